import { describe, expect, it } from 'vitest';
import { noPoints, roundPoints, shareOfPoint } from '../../../../src/lib/quiz/points';

describe('roundPoints', () => {
  it('rounds to 2 decimals, so 2/3 becomes 0.67 and 1/3 becomes 0.33', () => {
    expect(roundPoints(2 / 3)).toBe(0.67);
    expect(roundPoints(1 / 3)).toBe(0.33);
  });

  it('removes float noise from sums of rounded points', () => {
    expect(roundPoints(0.1 + 0.2)).toBe(0.3);
    expect(roundPoints(0.67 + 0.67 + 0.67)).toBe(2.01);
  });

  it('leaves whole points unchanged', () => {
    expect(roundPoints(3)).toBe(3);
    expect(roundPoints(0)).toBe(0);
  });
});

describe('noPoints', () => {
  it('is 0 of 1 point, not correct', () => {
    expect(noPoints()).toEqual({ type: 'points', earned: 0, total: 1, correct: false });
  });

  it('returns a fresh object each time, so changing one result cannot change another', () => {
    expect(noPoints()).not.toBe(noPoints());
  });
});

describe('shareOfPoint', () => {
  it('gives 0.75 for 3 of 4 parts right, not correct', () => {
    expect(shareOfPoint(3, 4)).toEqual({ type: 'points', earned: 0.75, total: 1, correct: false });
  });

  it('gives 0.67 for 2 of 3 and 0.33 for 1 of 3', () => {
    expect(shareOfPoint(2, 3).earned).toBe(0.67);
    expect(shareOfPoint(1, 3).earned).toBe(0.33);
  });

  it('gives 1 point and correct when every part is right', () => {
    expect(shareOfPoint(4, 4)).toEqual({ type: 'points', earned: 1, total: 1, correct: true });
  });

  it('gives 0 points when no part is right', () => {
    expect(shareOfPoint(0, 4)).toEqual({ type: 'points', earned: 0, total: 1, correct: false });
  });

  it('gives 0 points, not correct, when there are no parts at all', () => {
    expect(shareOfPoint(0, 0)).toEqual({ type: 'points', earned: 0, total: 1, correct: false });
  });
});
