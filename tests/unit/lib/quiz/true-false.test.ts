import { describe, expect, it } from 'vitest';
import { scoreTrueFalse, trueFalse, validateTrueFalse } from '../../../../src/lib/quiz/true-false';
import type { Response } from '../../../../src/lib/quiz/types';
import { makeTrueFalse } from '../../../fixtures/builders';

const falseStatement = makeTrueFalse({ answer: false });
const trueStatement = makeTrueFalse({ answer: true });

describe('validateTrueFalse', () => {
  it('returns no-selection when nothing is selected', () => {
    expect(validateTrueFalse(falseStatement, [])).toEqual({ type: 'invalid', code: 'no-selection' });
  });

  it('accepts "true" and accepts "false"', () => {
    expect(validateTrueFalse(falseStatement, ['true'])).toEqual({ type: 'valid' });
    expect(validateTrueFalse(falseStatement, ['false'])).toEqual({ type: 'valid' });
  });

  it('returns too-many-selected when both "true" and "false" are selected', () => {
    expect(validateTrueFalse(falseStatement, ['true', 'false'])).toEqual({
      type: 'invalid',
      code: 'too-many-selected',
    });
  });

  it('returns unknown-choice for anything but "true" and "false"', () => {
    expect(validateTrueFalse(falseStatement, ['yes'])).toEqual({ type: 'invalid', code: 'unknown-choice' });
    expect(validateTrueFalse(falseStatement, ['True'])).toEqual({ type: 'invalid', code: 'unknown-choice' });
    expect(validateTrueFalse(falseStatement, ['a'])).toEqual({ type: 'invalid', code: 'unknown-choice' });
  });
});

describe('validateTrueFalse with stored values of the wrong shape', () => {
  it('returns invalid-response for a boolean, a bare string, null and an object', () => {
    for (const value of [false, 'false', null, { false: 'false' }]) {
      expect(validateTrueFalse(falseStatement, value as Response)).toEqual({
        type: 'invalid',
        code: 'invalid-response',
      });
    }
  });

  it('returns invalid-response for a list holding a boolean', () => {
    expect(validateTrueFalse(falseStatement, [false] as unknown as Response)).toEqual({
      type: 'invalid',
      code: 'invalid-response',
    });
  });
});

describe('scoreTrueFalse', () => {
  it('gives 0 points to the right value stored as a boolean or a bare string', () => {
    for (const value of [false, 'false']) {
      expect(scoreTrueFalse(falseStatement, value as unknown as Response)).toEqual({
        type: 'points',
        earned: 0,
        total: 1,
        correct: false,
      });
    }
  });

  it('gives 1 point for "false" on a false statement and 0 for "true"', () => {
    expect(scoreTrueFalse(falseStatement, ['false'])).toEqual({
      type: 'points',
      earned: 1,
      total: 1,
      correct: true,
    });
    expect(scoreTrueFalse(falseStatement, ['true'])).toEqual({
      type: 'points',
      earned: 0,
      total: 1,
      correct: false,
    });
  });

  it('gives 1 point for "true" on a true statement and 0 for "false"', () => {
    expect(scoreTrueFalse(trueStatement, ['true'])).toEqual({
      type: 'points',
      earned: 1,
      total: 1,
      correct: true,
    });
    expect(scoreTrueFalse(trueStatement, ['false'])).toEqual({
      type: 'points',
      earned: 0,
      total: 1,
      correct: false,
    });
  });
});

describe('trueFalse kind', () => {
  it('validates and scores with the true-false rules', () => {
    expect(trueFalse.validate(trueStatement, ['false', 'true'])).toEqual({
      type: 'invalid',
      code: 'too-many-selected',
    });
    expect(trueFalse.score(trueStatement, ['true'])).toEqual({
      type: 'points',
      earned: 1,
      total: 1,
      correct: true,
    });
  });
});
