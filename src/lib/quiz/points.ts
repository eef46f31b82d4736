import type { Score } from './types';

/**
 * `value` rounded to 2 decimals, the precision points are kept and stored at. Rounding a sum of
 * rounded scores again removes float noise such as 0.1 + 0.2 = 0.30000000000000004.
 */
export function roundPoints(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The score of a response that cannot be checked: 0 of 1 point. */
export function noPoints(): Score {
  return { type: 'points', earned: 0, total: 1, correct: false };
}

/**
 * Partial credit: `right` of `count` parts earn an equal share of the question's 1 point, rounded
 * to 2 decimals (2 of 3 earn 0.67). Correct only when every part is right; no parts earn nothing.
 */
export function shareOfPoint(right: number, count: number): Score {
  if (count <= 0) return noPoints();
  return {
    type: 'points',
    earned: Math.round((right * 100) / count) / 100,
    total: 1,
    correct: right === count,
  };
}
