import { describe, expect, it } from 'vitest';
import { allOrNothing, noPoints, partialCredit, shareOfPoint } from '../../../../src/lib/quiz/points';

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

describe('verdicts', () => {
  it('all or nothing: correct when every point is earned, otherwise incorrect', () => {
    expect(allOrNothing(shareOfPoint(1, 1))).toBe('correct');
    expect(allOrNothing(shareOfPoint(0, 1))).toBe('incorrect');
  });

  it('partial credit: correct, partial when some points are earned, incorrect when none', () => {
    expect(partialCredit(shareOfPoint(4, 4))).toBe('correct');
    expect(partialCredit(shareOfPoint(3, 4))).toBe('partial');
    expect(partialCredit(shareOfPoint(0, 4))).toBe('incorrect');
  });
});
