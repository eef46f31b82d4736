import { describe, expect, it } from 'vitest';
import { questionKinds, scoreResponse, validateResponse } from '../../../../src/lib/quiz/registry';
import { multipleChoice } from '../../../../src/lib/quiz/multiple-choice';
import { singleChoice } from '../../../../src/lib/quiz/single-choice';
import { trueFalse } from '../../../../src/lib/quiz/true-false';
import { makeMultipleChoice, makeSingleChoice, makeTrueFalse } from '../../../fixtures/builders';

describe('questionKinds', () => {
  it('has a validator and scorer for every question type', () => {
    expect(questionKinds).toEqual({
      'single-choice': singleChoice,
      'multiple-choice': multipleChoice,
      'true-false': trueFalse,
    });
  });
});

describe('validateResponse', () => {
  it('allows only one option for a single-choice question', () => {
    expect(validateResponse(makeSingleChoice(), ['a', 'b'])).toEqual({
      type: 'invalid',
      code: 'too-many-selected',
    });
  });

  it('allows several options for a multiple-choice question', () => {
    expect(validateResponse(makeMultipleChoice(), ['a', 'b'])).toEqual({ type: 'valid' });
  });

  it('allows only "true" or "false" for a true-false question', () => {
    expect(validateResponse(makeTrueFalse(), ['a'])).toEqual({ type: 'invalid', code: 'unknown-choice' });
    expect(validateResponse(makeTrueFalse(), ['true', 'false'])).toEqual({
      type: 'invalid',
      code: 'too-many-selected',
    });
  });
});

describe('scoreResponse', () => {
  it('scores each question type by its own right answer', () => {
    expect(scoreResponse(makeSingleChoice(), ['a'])).toEqual({
      type: 'points',
      earned: 1,
      total: 1,
      correct: true,
    });
    expect(scoreResponse(makeMultipleChoice(), ['a'])).toEqual({
      type: 'points',
      earned: 0,
      total: 1,
      correct: false,
    });
    expect(scoreResponse(makeTrueFalse({ answer: false }), ['false'])).toEqual({
      type: 'points',
      earned: 1,
      total: 1,
      correct: true,
    });
  });
});
