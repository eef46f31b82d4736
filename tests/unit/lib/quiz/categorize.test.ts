import { describe, expect, it } from 'vitest';
import { categorize, scoreCategorize, validateCategorize } from '../../../../src/lib/quiz/categorize';
import type { Response } from '../../../../src/lib/quiz/types';
import { makeCategorize } from '../../../fixtures/builders';

// Items data-centre → aws, guest-os → customer, iam-policies → customer, patching → shared.
const question = makeCategorize();

const allRight = {
  'data-centre': 'aws',
  'guest-os': 'customer',
  'iam-policies': 'customer',
  patching: 'shared',
};

/** A stored value of the wrong shape, as a tampered or outdated attempt could hold. */
const malformed = (value: unknown) => value as Response;

describe('validateCategorize', () => {
  it('accepts every item placed in a known bucket, right or wrong', () => {
    expect(validateCategorize(question, allRight)).toEqual({ type: 'valid' });
    expect(
      validateCategorize(question, {
        'data-centre': 'customer',
        'guest-os': 'aws',
        'iam-policies': 'shared',
        patching: 'aws',
      }),
    ).toEqual({ type: 'valid' });
  });

  it('returns no-selection when no item is placed', () => {
    expect(validateCategorize(question, {})).toEqual({ type: 'invalid', code: 'no-selection' });
  });

  it('accepts a partly sorted response: an item left unsorted is allowed (it earns nothing)', () => {
    expect(validateCategorize(question, { 'data-centre': 'aws', 'guest-os': 'customer' })).toEqual({
      type: 'valid',
    });
  });

  it('accepts every item but one placed', () => {
    const threeOfFour = Object.fromEntries(Object.entries(allRight).slice(0, 3));

    expect(validateCategorize(question, threeOfFour)).toEqual({ type: 'valid' });
  });

  it('returns unknown-choice for an item id that is not in the question', () => {
    expect(validateCategorize(question, { ...allRight, 'root-keys': 'customer' })).toEqual({
      type: 'invalid',
      code: 'unknown-choice',
    });
  });

  it('returns unknown-choice for a bucket id that is not in the question', () => {
    expect(validateCategorize(question, { ...allRight, patching: 'nobody' })).toEqual({
      type: 'invalid',
      code: 'unknown-choice',
    });
  });

  it('returns unknown-choice when some items are unsorted and one is unknown', () => {
    expect(validateCategorize(question, { 'data-centre': 'aws', 'root-keys': 'customer' })).toEqual({
      type: 'invalid',
      code: 'unknown-choice',
    });
  });

  it('returns unknown-choice for ids in the wrong case', () => {
    expect(validateCategorize(question, { ...allRight, patching: 'Shared' })).toEqual({
      type: 'invalid',
      code: 'unknown-choice',
    });
  });

  it('returns unknown-choice for an Object.prototype name used as an item id', () => {
    expect(validateCategorize(question, { ...allRight, constructor: 'aws' })).toEqual({
      type: 'invalid',
      code: 'unknown-choice',
    });
  });

  it('returns invalid-response for a list, even a list of pairs', () => {
    expect(validateCategorize(question, ['data-centre', 'aws'])).toEqual({
      type: 'invalid',
      code: 'invalid-response',
    });
    expect(validateCategorize(question, [])).toEqual({ type: 'invalid', code: 'invalid-response' });
  });

  it('returns invalid-response for a string, a number and null', () => {
    for (const value of ['aws', 3, null]) {
      expect(validateCategorize(question, malformed(value))).toEqual({
        type: 'invalid',
        code: 'invalid-response',
      });
    }
  });

  it('returns invalid-response when a bucket is not a string', () => {
    expect(validateCategorize(question, malformed({ ...allRight, patching: ['shared'] }))).toEqual({
      type: 'invalid',
      code: 'invalid-response',
    });
    expect(validateCategorize(question, malformed({ ...allRight, patching: 1 }))).toEqual({
      type: 'invalid',
      code: 'invalid-response',
    });
  });
});

describe('scoreCategorize', () => {
  it('gives 1 of 1 point, correct, when every item is in its right bucket', () => {
    expect(scoreCategorize(question, allRight)).toEqual({
      type: 'points',
      earned: 1,
      total: 1,
      correct: true,
    });
  });

  it('gives 0.75 when 3 of 4 items are in their right bucket, not correct', () => {
    expect(scoreCategorize(question, { ...allRight, patching: 'aws' })).toEqual({
      type: 'points',
      earned: 0.75,
      total: 1,
      correct: false,
    });
  });

  it('gives 0.5 when 2 of 4 items are in their right bucket', () => {
    expect(scoreCategorize(question, { ...allRight, patching: 'aws', 'guest-os': 'shared' }).earned).toBe(
      0.5,
    );
  });

  it('gives 0.67 when 2 of 3 items are in their right bucket, rounded to 2 decimals', () => {
    const three = makeCategorize({ items: makeCategorize().items.slice(0, 3) });

    expect(
      scoreCategorize(three, { 'data-centre': 'aws', 'guest-os': 'customer', 'iam-policies': 'aws' }),
    ).toEqual({ type: 'points', earned: 0.67, total: 1, correct: false });
  });

  it('gives 0 points when every item is in a wrong bucket', () => {
    expect(
      scoreCategorize(question, {
        'data-centre': 'customer',
        'guest-os': 'aws',
        'iam-policies': 'shared',
        patching: 'aws',
      }),
    ).toEqual({ type: 'points', earned: 0, total: 1, correct: false });
  });

  it('gives a partly sorted response the share of the items placed right: 2 of 4 right, 2 unsorted, earn 0.5', () => {
    expect(scoreCategorize(question, { 'data-centre': 'aws', 'guest-os': 'customer' })).toEqual({
      type: 'points',
      earned: 0.5,
      total: 1,
      correct: false,
    });
  });

  it('gives nothing for unsorted items: 1 right, 1 wrong, 2 unsorted earn 0.25', () => {
    expect(scoreCategorize(question, { 'data-centre': 'aws', 'guest-os': 'aws' }).earned).toBe(0.25);
  });

  it('gives 0 points when a right response also names an unknown item', () => {
    expect(scoreCategorize(question, { ...allRight, 'root-keys': 'customer' })).toEqual({
      type: 'points',
      earned: 0,
      total: 1,
      correct: false,
    });
  });

  it('gives 0 points to responses of the wrong shape', () => {
    for (const value of [['aws'], 'aws', 3, null]) {
      expect(scoreCategorize(question, malformed(value))).toEqual({
        type: 'points',
        earned: 0,
        total: 1,
        correct: false,
      });
    }
  });
});

describe('categorize kind', () => {
  it('validates and scores with the categorize rules', () => {
    expect(categorize.validate(question, {})).toEqual({ type: 'invalid', code: 'no-selection' });
    expect(categorize.score(question, { ...allRight, 'data-centre': 'shared' })).toEqual({
      type: 'points',
      earned: 0.75,
      total: 1,
      correct: false,
    });
  });
});
