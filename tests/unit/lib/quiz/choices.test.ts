import { describe, expect, it } from 'vitest';
import {
  correctChoiceIds,
  isChoiceQuestion,
  listChoices,
  scoreExactSelection,
  validateSelection,
} from '../../../../src/lib/quiz/choices';
import type { Response } from '../../../../src/lib/quiz/types';
import {
  makeCategorize,
  makeMultipleChoice,
  makeOrdering,
  makeSingleChoice,
  makeTrueFalse,
} from '../../../fixtures/builders';

/** A stored value of the wrong shape, as a tampered or outdated attempt could hold. */
const malformed = (value: unknown) => value as Response;

describe('isChoiceQuestion', () => {
  it('is true for single-choice, multiple-choice and true-false questions', () => {
    expect([makeSingleChoice(), makeMultipleChoice(), makeTrueFalse()].map(isChoiceQuestion)).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('is false for categorize and ordering questions', () => {
    expect([makeCategorize(), makeOrdering()].map(isChoiceQuestion)).toEqual([false, false]);
  });
});

describe('listChoices', () => {
  it('shows the options of a choice question in their authored order with text, correctness and rationale', () => {
    const question = makeSingleChoice({
      choices: [
        { id: 'b', text: 'AWS', correct: false, rationale: 'AWS patches the host.' },
        { id: 'a', text: 'The customer', correct: true, rationale: 'The guest OS is yours.' },
      ],
    });

    expect(listChoices(question)).toEqual([
      { id: 'b', text: 'AWS', correct: false, rationale: 'AWS patches the host.' },
      { id: 'a', text: 'The customer', correct: true, rationale: 'The guest OS is yours.' },
    ]);
  });

  it('shows True then False for a true-false question, marking the answer and keeping each rationale', () => {
    const question = makeTrueFalse({
      answer: true,
      rationales: { true: 'Right: it is.', false: 'It is, actually.' },
    });

    expect(listChoices(question)).toEqual([
      { id: 'true', text: 'True', correct: true, rationale: 'Right: it is.' },
      { id: 'false', text: 'False', correct: false, rationale: 'It is, actually.' },
    ]);
  });

  it('uses the given labels for the true-false options but keeps the ids "true" and "false"', () => {
    const question = makeTrueFalse({ answer: false });

    const choices = listChoices(question, { true: 'Richtig', false: 'Falsch' });

    expect(choices.map(({ id, text, correct }) => ({ id, text, correct }))).toEqual([
      { id: 'true', text: 'Richtig', correct: false },
      { id: 'false', text: 'Falsch', correct: true },
    ]);
  });
});

describe('correctChoiceIds', () => {
  it('lists every right option of a multiple-choice question', () => {
    expect(correctChoiceIds(makeMultipleChoice())).toEqual(['a', 'b']);
  });

  it('lists the one right option of a single-choice question', () => {
    const question = makeSingleChoice({
      choices: [
        { id: 'x', text: 'Wrong', correct: false, rationale: 'No.' },
        { id: 'y', text: 'Right', correct: true, rationale: 'Yes.' },
      ],
    });

    expect(correctChoiceIds(question)).toEqual(['y']);
  });

  it('names "false" as the right option of a false statement and "true" for a true one', () => {
    expect(correctChoiceIds(makeTrueFalse({ answer: false }))).toEqual(['false']);
    expect(correctChoiceIds(makeTrueFalse({ answer: true }))).toEqual(['true']);
  });
});

describe('validateSelection', () => {
  const question = makeMultipleChoice();

  it('returns no-selection when nothing is selected', () => {
    expect(validateSelection(question, [], 4)).toEqual({ type: 'invalid', code: 'no-selection' });
  });

  it('returns unknown-choice when an id is not an option of the question', () => {
    expect(validateSelection(question, ['a', 'z'], 4)).toEqual({ type: 'invalid', code: 'unknown-choice' });
  });

  it('reports unknown-choice rather than too-many-selected when both apply', () => {
    expect(validateSelection(question, ['a', 'b', 'z'], 1)).toEqual({
      type: 'invalid',
      code: 'unknown-choice',
    });
  });

  it('returns too-many-selected when more ids than allowed are selected', () => {
    expect(validateSelection(question, ['a', 'b'], 1)).toEqual({
      type: 'invalid',
      code: 'too-many-selected',
    });
  });

  it('counts a repeated id once when checking the limit', () => {
    expect(validateSelection(question, ['a', 'a', 'a'], 1)).toEqual({ type: 'valid' });
  });

  it('accepts exactly as many known ids as allowed', () => {
    expect(validateSelection(question, ['a', 'c'], 2)).toEqual({ type: 'valid' });
  });

  it('returns invalid-response for anything but a list of strings', () => {
    for (const value of ['a', 1, null, undefined, { a: 'a' }, [1], ['a', null]]) {
      expect(validateSelection(question, malformed(value), 4)).toEqual({
        type: 'invalid',
        code: 'invalid-response',
      });
    }
  });
});

describe('scoreExactSelection', () => {
  const question = makeMultipleChoice();

  it('gives 1 of 1 point when the selection equals the right options, in any order', () => {
    expect(scoreExactSelection(question, ['b', 'a'])).toEqual({
      type: 'points',
      earned: 1,
      total: 1,
      correct: true,
    });
  });

  it('gives 0 of 1 point when a right option is missing', () => {
    expect(scoreExactSelection(question, ['a'])).toEqual({
      type: 'points',
      earned: 0,
      total: 1,
      correct: false,
    });
  });

  it('gives 0 of 1 point when a wrong option is added to the right ones', () => {
    expect(scoreExactSelection(question, ['a', 'b', 'c'])).toEqual({
      type: 'points',
      earned: 0,
      total: 1,
      correct: false,
    });
  });

  it('counts repeated ids once, so a duplicated right answer still scores', () => {
    expect(scoreExactSelection(question, ['a', 'b', 'a'])).toEqual({
      type: 'points',
      earned: 1,
      total: 1,
      correct: true,
    });
  });

  it('gives 0 points, not correct, to a response that is not a list of strings', () => {
    for (const value of ['a', 1, null, { a: 'a', b: 'b' }, [1, 2]]) {
      expect(scoreExactSelection(question, malformed(value))).toEqual({
        type: 'points',
        earned: 0,
        total: 1,
        correct: false,
      });
    }
  });

  it('does not score a selection padded to the right size with a repeated id', () => {
    // Two entries, like the two right options, but only one distinct id.
    expect(scoreExactSelection(question, ['a', 'a'])).toEqual({
      type: 'points',
      earned: 0,
      total: 1,
      correct: false,
    });
  });
});
