/**
 * Points and percentages, one definition for the whole site: quiz grading, progress summaries,
 * mastery, compaction and merging all round and compare scores here, so they always agree.
 */

/** A score: points earned of points available. */
export interface Points {
  earned: number;
  total: number;
}

// Earned points are kept to 2 decimals, so two different scores differ by at least 0.01 point
// (after cross-multiplying by whole totals) and a ratio that is not a whole percentage is at least
// 1/10,000 of a percent away from one. Floating-point error is far smaller than this tolerance:
// 0.29 * 100 is 28.999999999999996, which must still show as 29 %.
export const TOLERANCE = 1e-6;

/**
 * `points` rounded to 2 decimals, the precision points are kept and stored at. Rounding a sum of
 * rounded scores again removes float noise (1.1 + 2.2 is 3.3, not 3.3000000000000003).
 */
export const roundPoints = (points: number): number => Math.round(points * 100) / 100;

/**
 * `earned / total` as a whole percentage rounded down, so 69.9 % never shows as 70 % and 0.29 of 1
 * is 29 % despite float error; 0 when `total` is 0 (or not a positive number).
 */
export const wholePercent = (earned: number, total: number): number =>
  total > 0 ? Math.floor((earned * 100) / total + TOLERANCE) : 0;

/**
 * Whether `a` is a strictly higher ratio than `b`. Ratios are compared by cross-multiplying, so
 * 2/3 and 4/6 (or 1.5/3 and 0.5/1) tie. A total of 0 (so 0 earned) counts as 0/1, or it would tie
 * with everything and never be replaced.
 */
export const isBetter = (a: Points, b: Points): boolean =>
  a.earned * Math.max(b.total, 1) - b.earned * Math.max(a.total, 1) > TOLERANCE;
