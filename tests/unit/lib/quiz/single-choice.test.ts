import { describe, expect, it } from 'vitest';
import {
  scoreSingleChoice,
  singleChoice,
  validateSingleChoice,
} from '../../../../src/lib/quiz/single-choice';
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
