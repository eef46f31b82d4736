import { describe, expect, it } from 'vitest';
import { isStringList, isStringRecord } from '../../../../src/lib/quiz/response-shape';

describe('isStringList', () => {
  it('accepts a list of strings, and the empty list', () => {
    expect(isStringList(['a', 'b'])).toBe(true);
    expect(isStringList([])).toBe(true);
  });

  it('rejects a list with anything but strings in it', () => {
    expect(isStringList(['a', 1])).toBe(false);
    expect(isStringList([null])).toBe(false);
    expect(isStringList([['a']])).toBe(false);
  });

  it('rejects a string, a number, null, undefined and an object', () => {
    for (const value of ['a', 1, null, undefined, { 0: 'a' }]) {
      expect(isStringList(value)).toBe(false);
    }
  });
});

describe('isStringRecord', () => {
  it('accepts a plain object of strings, and the empty object', () => {
    expect(isStringRecord({ item: 'bucket' })).toBe(true);
    expect(isStringRecord({})).toBe(true);
  });

  it('accepts an object without a prototype', () => {
    const record: Record<string, string> = Object.create(null) as Record<string, string>;
    record['item'] = 'bucket';

    expect(isStringRecord(record)).toBe(true);
  });

  it('rejects an object with a value that is not a string', () => {
    expect(isStringRecord({ item: 1 })).toBe(false);
    expect(isStringRecord({ item: ['bucket'] })).toBe(false);
    expect(isStringRecord({ item: null })).toBe(false);
  });

  it('rejects an array, null, a string and a number', () => {
    for (const value of [['bucket'], [], null, 'bucket', 1, undefined]) {
      expect(isStringRecord(value)).toBe(false);
    }
  });

  it('rejects class instances such as a Map or a Date', () => {
    expect(isStringRecord(new Map([['item', 'bucket']]))).toBe(false);
    expect(isStringRecord(new Date(0))).toBe(false);
  });
});
