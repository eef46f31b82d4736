import { describe, expect, it } from 'vitest';
import {
  correctChoiceIds,
  describeAnswer,
  describeResponse,
  isChoiceQuestion,
  listChoices,
  NOTHING,
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

describe('describeResponse', () => {
  it('lists the selected option texts of a multiple-choice question in authored order, joined with "; "', () => {
    expect(describeResponse(makeMultipleChoice(), ['c', 'a'])).toBe('Bucket policies; Disk replacement');
  });

  it('gives the one option text of a single-choice response, once even if repeated', () => {
    expect(describeResponse(makeSingleChoice(), ['b', 'b'])).toBe('AWS');
  });

  it('uses the given labels for a true-false response', () => {
    expect(describeResponse(makeTrueFalse(), ['false'], { true: 'Richtig', false: 'Falsch' })).toBe('Falsch');
    expect(describeResponse(makeTrueFalse(), ['true'])).toBe('True');
  });

  it('gives "—" for a choice question with nothing selected, no response or only unknown ids', () => {
    expect(describeResponse(makeSingleChoice(), [])).toBe(NOTHING);
    expect(describeResponse(makeSingleChoice(), undefined)).toBe('—');
    expect(describeResponse(makeMultipleChoice(), ['z'])).toBe('—');
  });

  it('leaves out unknown ids next to known ones', () => {
    expect(describeResponse(makeMultipleChoice(), ['a', 'z'])).toBe('Bucket policies');
  });

  it('gives "—" for a choice question with a response of the wrong shape', () => {
    expect(describeResponse(makeSingleChoice(), { a: 'a' })).toBe('—');
    expect(describeResponse(makeSingleChoice(), malformed('a'))).toBe('—');
  });

  it('describes a categorize response as "<item>: <bucket label>" per item, in authored order', () => {
    const response = {
      patching: 'aws',
      'data-centre': 'aws',
      'guest-os': 'customer',
      'iam-policies': 'shared',
    };

    expect(describeResponse(makeCategorize(), response)).toBe(
      'Data-centre security: AWS; Guest OS updates: You; IAM policies: Both; Patch management: AWS',
    );
  });

  it('shows "—" for the items of a categorize response not placed, or placed in an unknown bucket', () => {
    expect(describeResponse(makeCategorize(), { 'guest-os': 'customer', patching: 'nobody' })).toBe(
      'Data-centre security: —; Guest OS updates: You; IAM policies: —; Patch management: —',
    );
  });

  it('gives "—" for a categorize response with nothing placed, no response or the wrong shape', () => {
    expect(describeResponse(makeCategorize(), {})).toBe('—');
    expect(describeResponse(makeCategorize(), undefined)).toBe('—');
    expect(describeResponse(makeCategorize(), ['aws'])).toBe('—');
    expect(describeResponse(makeCategorize(), { 'root-keys': 'aws' })).toBe('—');
  });

  it('does not take an Object.prototype name for a placed item', () => {
    const question = makeCategorize({
      items: [
        { id: 'constructor', text: 'Builders', bucket: 'aws', rationale: 'Because.' },
        { id: 'guest-os', text: 'Guest OS updates', bucket: 'customer', rationale: 'Because.' },
      ],
    });

    expect(describeResponse(question, { 'guest-os': 'customer' })).toBe('Builders: —; Guest OS updates: You');
  });

  it('describes an ordering response as the step texts in the learner’s order, joined with " → "', () => {
    expect(describeResponse(makeOrdering(), ['detect', 'prepare', 'recover', 'contain'])).toBe(
      'Detect → Prepare → Recover → Contain',
    );
  });

  it('leaves unknown ids out of an ordering response and gives "—" when none is known', () => {
    expect(describeResponse(makeOrdering(), ['detect', 'panic'])).toBe('Detect');
    expect(describeResponse(makeOrdering(), ['panic'])).toBe('—');
    expect(describeResponse(makeOrdering(), [])).toBe('—');
    expect(describeResponse(makeOrdering(), { prepare: 'detect' })).toBe('—');
  });
});

describe('describeAnswer', () => {
  it('gives the right option of a single-choice question', () => {
    expect(describeAnswer(makeSingleChoice())).toBe('The customer');
  });

  it('gives every right option of a multiple-choice question, joined with "; "', () => {
    expect(describeAnswer(makeMultipleChoice())).toBe('Bucket policies; Data classification');
  });

  it('gives the right value of a true-false question in the given labels', () => {
    expect(describeAnswer(makeTrueFalse({ answer: false }))).toBe('False');
    expect(describeAnswer(makeTrueFalse({ answer: true }), { true: 'Richtig', false: 'Falsch' })).toBe(
      'Richtig',
    );
  });

  it('gives every categorize item with its right bucket label', () => {
    expect(describeAnswer(makeCategorize())).toBe(
      'Data-centre security: AWS; Guest OS updates: You; IAM policies: You; Patch management: Both',
    );
  });

  it('gives the ordering steps in their right order', () => {
    expect(describeAnswer(makeOrdering())).toBe('Prepare → Detect → Contain → Recover');
  });

  it('matches describeResponse for a fully right response of each type', () => {
    expect(describeResponse(makeOrdering(), ['prepare', 'detect', 'contain', 'recover'])).toBe(
      describeAnswer(makeOrdering()),
    );
    expect(
      describeResponse(makeCategorize(), {
        'data-centre': 'aws',
        'guest-os': 'customer',
        'iam-policies': 'customer',
        patching: 'shared',
      }),
    ).toBe(describeAnswer(makeCategorize()));
  });
});
