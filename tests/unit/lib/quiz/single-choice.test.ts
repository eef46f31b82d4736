import { describe, expect, it } from 'vitest';
import {
  scoreSingleChoice,
  singleChoice,
  validateSingleChoice,
} from '../../../../src/lib/quiz/single-choice';
import type { Response } from '../../../../src/lib/quiz/types';
import { makeSingleChoice } from '../../../fixtures/builders';

// Options a (right), b and c (wrong).
const question = makeSingleChoice({
  choices: [
    { id: 'a', text: 'The customer', correct: true, rationale: 'The guest OS is yours on EC2.' },
    { id: 'b', text: 'AWS', correct: false, rationale: 'AWS patches the host, not the guest.' },
    { id: 'c', text: 'Nobody', correct: false, rationale: 'Someone must patch it.' },
  ],
});

describe('validateSingleChoice', () => {
  it('returns no-selection when nothing is selected', () => {
    expect(validateSingleChoice(question, [])).toEqual({ type: 'invalid', code: 'no-selection' });
  });

  it('accepts one known option, right or wrong', () => {
    expect(validateSingleChoice(question, ['a'])).toEqual({ type: 'valid' });
    expect(validateSingleChoice(question, ['c'])).toEqual({ type: 'valid' });
  });

  it('returns too-many-selected when two options are selected', () => {
    expect(validateSingleChoice(question, ['a', 'b'])).toEqual({
      type: 'invalid',
      code: 'too-many-selected',
    });
  });

  it('accepts the same option listed twice, since it counts once', () => {
    expect(validateSingleChoice(question, ['b', 'b'])).toEqual({ type: 'valid' });
  });

  it('returns unknown-choice for an id that is not an option', () => {
    expect(validateSingleChoice(question, ['d'])).toEqual({ type: 'invalid', code: 'unknown-choice' });
  });

  it('returns unknown-choice for an option id in the wrong case', () => {
    expect(validateSingleChoice(question, ['A'])).toEqual({ type: 'invalid', code: 'unknown-choice' });
  });

  it('returns invalid-response for a bare string, a number, null and a categorize-style object', () => {
    for (const value of ['a', 1, null, { a: 'a' }]) {
      expect(validateSingleChoice(question, value as Response)).toEqual({
        type: 'invalid',
        code: 'invalid-response',
      });
    }
  });

  it('returns invalid-response for a list holding something other than strings', () => {
    expect(validateSingleChoice(question, [0] as unknown as Response)).toEqual({
      type: 'invalid',
      code: 'invalid-response',
    });
  });
});

describe('scoreSingleChoice', () => {
  it('gives 1 of 1 point for the right option', () => {
    expect(scoreSingleChoice(question, ['a'])).toEqual({
      type: 'points',
      earned: 1,
      total: 1,
      correct: true,
    });
  });

  it('gives 0 points, not correct, to a response that is not a list of ids', () => {
    for (const value of ['a', 1, null, { a: 'a' }]) {
      expect(scoreSingleChoice(question, value as Response)).toEqual({
        type: 'points',
        earned: 0,
        total: 1,
        correct: false,
      });
    }
  });

  it('gives 0 of 1 point for a wrong option', () => {
    expect(scoreSingleChoice(question, ['b'])).toEqual({
      type: 'points',
      earned: 0,
      total: 1,
      correct: false,
    });
  });
});

describe('singleChoice kind', () => {
  it('validates and scores with the single-choice rules', () => {
    expect(singleChoice.validate(question, ['a', 'c'])).toEqual({
      type: 'invalid',
      code: 'too-many-selected',
    });
    expect(singleChoice.score(question, ['a'])).toEqual({
      type: 'points',
      earned: 1,
      total: 1,
      correct: true,
    });
  });
});
