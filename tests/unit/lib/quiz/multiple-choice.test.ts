import { describe, expect, it } from 'vitest';
import {
  multipleChoice,
  scoreMultipleChoice,
  validateMultipleChoice,
} from '../../../../src/lib/quiz/multiple-choice';
import type { Response } from '../../../../src/lib/quiz/types';
import { makeMultipleChoice } from '../../../fixtures/builders';

// Options a and b right, c and d wrong.
const question = makeMultipleChoice({
  choices: [
    { id: 'a', text: 'Bucket policies', correct: true, rationale: 'Access is always yours.' },
    { id: 'b', text: 'Data classification', correct: true, rationale: 'Your data is always yours.' },
    { id: 'c', text: 'Disk replacement', correct: false, rationale: 'Hardware is AWS’s.' },
    { id: 'd', text: 'Host OS patching', correct: false, rationale: 'The host is AWS’s.' },
  ],
});

describe('validateMultipleChoice', () => {
  it('returns no-selection when nothing is selected', () => {
    expect(validateMultipleChoice(question, [])).toEqual({ type: 'invalid', code: 'no-selection' });
  });

  it('accepts a single selected option', () => {
    expect(validateMultipleChoice(question, ['c'])).toEqual({ type: 'valid' });
  });

  it('accepts every option selected at once', () => {
    expect(validateMultipleChoice(question, ['a', 'b', 'c', 'd'])).toEqual({ type: 'valid' });
  });

  it('accepts every option selected with repeats, since each id counts once', () => {
    expect(validateMultipleChoice(question, ['a', 'b', 'c', 'd', 'a', 'd'])).toEqual({ type: 'valid' });
  });

  it('returns invalid-response for a bare string, a number, null and a categorize-style object', () => {
    for (const value of ['a', 2, null, { a: 'b' }]) {
      expect(validateMultipleChoice(question, value as Response)).toEqual({
        type: 'invalid',
        code: 'invalid-response',
      });
    }
  });

  it('returns unknown-choice when one of the selected ids is not an option', () => {
    expect(validateMultipleChoice(question, ['a', 'b', 'e'])).toEqual({
      type: 'invalid',
      code: 'unknown-choice',
    });
  });
});

describe('scoreMultipleChoice', () => {
  it('gives 1 of 1 point when exactly the right options are selected', () => {
    expect(scoreMultipleChoice(question, ['b', 'a'])).toEqual({
      type: 'points',
      earned: 1,
      total: 1,
      correct: true,
    });
  });

  it('gives 0 points when only some of the right options are selected (all or nothing)', () => {
    expect(scoreMultipleChoice(question, ['a'])).toEqual({
      type: 'points',
      earned: 0,
      total: 1,
      correct: false,
    });
  });

  it('gives 0 points when the right options come with a wrong one', () => {
    expect(scoreMultipleChoice(question, ['a', 'b', 'd'])).toEqual({
      type: 'points',
      earned: 0,
      total: 1,
      correct: false,
    });
  });

  it('gives 0 points for selecting every option', () => {
    expect(scoreMultipleChoice(question, ['a', 'b', 'c', 'd'])).toEqual({
      type: 'points',
      earned: 0,
      total: 1,
      correct: false,
    });
  });

  it('gives 0 points to a categorize-style object naming the right options', () => {
    expect(scoreMultipleChoice(question, { a: 'a', b: 'b' })).toEqual({
      type: 'points',
      earned: 0,
      total: 1,
      correct: false,
    });
  });

  it('gives 0 points for selecting only wrong options', () => {
    expect(scoreMultipleChoice(question, ['c', 'd'])).toEqual({
      type: 'points',
      earned: 0,
      total: 1,
      correct: false,
    });
  });
});

describe('multipleChoice kind', () => {
  it('validates and scores with the multiple-choice rules', () => {
    expect(multipleChoice.validate(question, ['a', 'b', 'c'])).toEqual({ type: 'valid' });
    expect(multipleChoice.score(question, ['a', 'b'])).toEqual({
      type: 'points',
      earned: 1,
      total: 1,
      correct: true,
    });
  });
});
