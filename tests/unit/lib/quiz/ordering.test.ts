import { describe, expect, it } from 'vitest';
import { ordering, scoreOrdering, validateOrdering } from '../../../../src/lib/quiz/ordering';
import type { Response } from '../../../../src/lib/quiz/types';
import { makeOrdering } from '../../../fixtures/builders';

// Right order: prepare, detect, contain, recover.
const question = makeOrdering();

/** A stored value of the wrong shape, as a tampered or outdated attempt could hold. */
const malformed = (value: unknown) => value as Response;

/** An ordering question with steps s1…s`count`, right in that order. */
function stepsQuestion(count: number) {
  return makeOrdering({
    steps: Array.from({ length: count }, (_, index) => ({
      id: `s${index + 1}`,
      text: `Step ${index + 1}`,
      rationale: 'Because.',
    })),
  });
}

describe('validateOrdering', () => {
  it('accepts every step exactly once, in any order', () => {
    expect(validateOrdering(question, ['prepare', 'detect', 'contain', 'recover'])).toEqual({
      type: 'valid',
    });
    expect(validateOrdering(question, ['recover', 'contain', 'detect', 'prepare'])).toEqual({
      type: 'valid',
    });
  });

  it('returns no-selection for an empty list', () => {
    expect(validateOrdering(question, [])).toEqual({ type: 'invalid', code: 'no-selection' });
  });

  it('returns incomplete when a step is missing', () => {
    expect(validateOrdering(question, ['prepare', 'detect', 'contain'])).toEqual({
      type: 'invalid',
      code: 'incomplete',
    });
  });

  it('returns incomplete when a step is repeated in place of another', () => {
    expect(validateOrdering(question, ['prepare', 'detect', 'detect', 'recover'])).toEqual({
      type: 'invalid',
      code: 'incomplete',
    });
  });

  it('returns incomplete when every step is there but one is listed twice', () => {
    expect(validateOrdering(question, ['prepare', 'detect', 'contain', 'recover', 'prepare'])).toEqual({
      type: 'invalid',
      code: 'incomplete',
    });
  });

  it('returns unknown-choice for a step id that is not in the question', () => {
    expect(validateOrdering(question, ['prepare', 'detect', 'contain', 'eradicate'])).toEqual({
      type: 'invalid',
      code: 'unknown-choice',
    });
  });

  it('reports unknown-choice rather than incomplete when both apply', () => {
    expect(validateOrdering(question, ['prepare', 'panic'])).toEqual({
      type: 'invalid',
      code: 'unknown-choice',
    });
  });

  it('returns invalid-response for a string, a number, null and an object', () => {
    for (const value of ['prepare', 4, null, { 0: 'prepare' }]) {
      expect(validateOrdering(question, malformed(value))).toEqual({
        type: 'invalid',
        code: 'invalid-response',
      });
    }
  });

  it('returns invalid-response for a list holding something other than strings', () => {
    expect(validateOrdering(question, malformed(['prepare', 'detect', 'contain', 3]))).toEqual({
      type: 'invalid',
      code: 'invalid-response',
    });
  });
});

describe('scoreOrdering', () => {
  it('gives 1 of 1 point, correct, for the right order', () => {
    expect(scoreOrdering(question, ['prepare', 'detect', 'contain', 'recover'])).toEqual({
      type: 'points',
      earned: 1,
      total: 1,
      correct: true,
    });
  });

  it('gives 0.5 when two neighbouring steps are swapped (2 of 4 in place)', () => {
    expect(scoreOrdering(question, ['prepare', 'detect', 'recover', 'contain'])).toEqual({
      type: 'points',
      earned: 0.5,
      total: 1,
      correct: false,
    });
  });

  it('gives 0.25 when only 1 of 4 steps is in place', () => {
    expect(scoreOrdering(question, ['prepare', 'contain', 'recover', 'detect']).earned).toBe(0.25);
  });

  it('gives 0 points for the reversed order of 4 steps, where none is in place', () => {
    expect(scoreOrdering(question, ['recover', 'contain', 'detect', 'prepare'])).toEqual({
      type: 'points',
      earned: 0,
      total: 1,
      correct: false,
    });
  });

  it('gives 0.67 when 4 of 6 steps are in place, rounded to 2 decimals', () => {
    expect(scoreOrdering(stepsQuestion(6), ['s1', 's2', 's3', 's4', 's6', 's5'])).toEqual({
      type: 'points',
      earned: 0.67,
      total: 1,
      correct: false,
    });
  });

  it('gives 0.33 when 1 of 3 steps is in place', () => {
    expect(scoreOrdering(stepsQuestion(3), ['s1', 's3', 's2']).earned).toBe(0.33);
  });

  it('gives 0 points to a list missing a step, even with the others in place', () => {
    expect(scoreOrdering(question, ['prepare', 'detect', 'contain'])).toEqual({
      type: 'points',
      earned: 0,
      total: 1,
      correct: false,
    });
  });

  it('gives 0 points to a list repeating a step, so repeats cannot collect credit', () => {
    expect(scoreOrdering(question, ['prepare', 'detect', 'contain', 'contain'])).toEqual({
      type: 'points',
      earned: 0,
      total: 1,
      correct: false,
    });
  });

  it('gives 0 points when an unknown id is listed after the right order', () => {
    expect(scoreOrdering(question, ['prepare', 'detect', 'contain', 'recover', 'panic']).earned).toBe(0);
  });

  it('gives 0 points to responses of the wrong shape', () => {
    for (const value of ['prepare', 4, null, { prepare: '0' }]) {
      expect(scoreOrdering(question, malformed(value))).toEqual({
        type: 'points',
        earned: 0,
        total: 1,
        correct: false,
      });
    }
  });
});

describe('ordering kind', () => {
  it('validates and scores with the ordering rules', () => {
    expect(ordering.validate(question, ['prepare'])).toEqual({ type: 'invalid', code: 'incomplete' });
    expect(ordering.score(question, ['detect', 'prepare', 'contain', 'recover'])).toEqual({
      type: 'points',
      earned: 0.5,
      total: 1,
      correct: false,
    });
  });
});
