import { describe, expect, it } from 'vitest';
import { questionKinds, scoreResponse, validateResponse } from '../../../../src/lib/quiz/registry';
import { multipleChoice } from '../../../../src/lib/quiz/multiple-choice';
import { singleChoice } from '../../../../src/lib/quiz/single-choice';
import { trueFalse } from '../../../../src/lib/quiz/true-false';
import { categorize } from '../../../../src/lib/quiz/categorize';
import { ordering } from '../../../../src/lib/quiz/ordering';
import {
  makeCategorize,
  makeMultipleChoice,
  makeOrdering,
  makeSingleChoice,
  makeTrueFalse,
} from '../../../fixtures/builders';

describe('questionKinds', () => {
  it('has a validator and scorer for every question type', () => {
    expect(questionKinds).toEqual({
      'single-choice': singleChoice,
      'multiple-choice': multipleChoice,
      'true-false': trueFalse,
      categorize,
      ordering,
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

describe('validateResponse for categorize and ordering', () => {
  it('returns incomplete for a categorize question with an item not placed', () => {
    expect(validateResponse(makeCategorize(), { 'data-centre': 'aws' })).toEqual({
      type: 'invalid',
      code: 'incomplete',
    });
  });

  it('returns incomplete for an ordering question with a step missing', () => {
    expect(validateResponse(makeOrdering(), ['prepare', 'detect'])).toEqual({
      type: 'invalid',
      code: 'incomplete',
    });
  });

  it('returns invalid-response when a list answers a categorize question or an object an ordering one', () => {
    expect(validateResponse(makeCategorize(), ['aws'])).toEqual({
      type: 'invalid',
      code: 'invalid-response',
    });
    expect(validateResponse(makeOrdering(), { prepare: 'detect' })).toEqual({
      type: 'invalid',
      code: 'invalid-response',
    });
  });

  it('returns invalid-response when an object answers a choice question', () => {
    expect(validateResponse(makeSingleChoice(), { a: 'a' })).toEqual({
      type: 'invalid',
      code: 'invalid-response',
    });
  });
});

describe('scoreResponse', () => {
  it('gives partial credit for categorize and ordering questions', () => {
    expect(
      scoreResponse(makeCategorize(), {
        'data-centre': 'aws',
        'guest-os': 'customer',
        'iam-policies': 'customer',
        patching: 'aws',
      }),
    ).toEqual({ type: 'points', earned: 0.75, total: 1, correct: false });
    expect(scoreResponse(makeOrdering(), ['prepare', 'detect', 'recover', 'contain'])).toEqual({
      type: 'points',
      earned: 0.5,
      total: 1,
      correct: false,
    });
  });

  it('gives 0 points to a response validateResponse rejects', () => {
    expect(scoreResponse(makeOrdering(), ['prepare', 'prepare', 'prepare', 'prepare']).earned).toBe(0);
    expect(scoreResponse(makeSingleChoice(), { a: 'a' }).earned).toBe(0);
  });

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
