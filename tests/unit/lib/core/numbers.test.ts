import { describe, expect, it } from 'vitest';
import { isBetter, roundPoints, wholePercent } from '../../../../src/lib/core/numbers';

describe('roundPoints', () => {
  it('keeps 2 decimals and removes float noise from sums', () => {
    expect(roundPoints(1.1 + 2.2)).toBe(3.3);
    expect(roundPoints(2 / 3)).toBe(0.67);
  });
});

describe('wholePercent', () => {
  it('rounds down, so 69.9 % never shows as 70 %, yet 0.29 of 1 is 29 % despite float error', () => {
    expect(wholePercent(6.99, 10)).toBe(69);
    expect(wholePercent(0.29, 1)).toBe(29);
  });

  it('is 0 when nothing was available', () => {
    expect(wholePercent(0, 0)).toBe(0);
  });
});

describe('isBetter', () => {
  it('compares ratios, so equal ratios tie and a higher one wins', () => {
    expect(isBetter({ earned: 4, total: 6 }, { earned: 2, total: 3 })).toBe(false);
    expect(isBetter({ earned: 3, total: 4 }, { earned: 2, total: 3 })).toBe(true);
  });

  it('counts 0 of 0 as 0 of 1, so it never ties with a real score', () => {
    expect(isBetter({ earned: 1, total: 2 }, { earned: 0, total: 0 })).toBe(true);
    expect(isBetter({ earned: 0, total: 0 }, { earned: 1, total: 2 })).toBe(false);
  });
});
