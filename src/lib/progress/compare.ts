/**
 * Comparisons of scores and times shared by the summaries, compaction and merging, so every part
 * of the progress code agrees on which score is best and which time is later.
 */
import type { TagScore } from './types';

// Earned points are kept to 2 decimals, so two different scores differ by at least 0.01 point
// (after cross-multiplying by whole totals) and a ratio that is not a whole percentage is at least
// 1/10,000 of a percent away from one. Floating-point error is far smaller than this tolerance:
// 0.29 * 100 is 28.999999999999996, which must still show as 29 %.
export const TOLERANCE = 1e-6;

/**
 * Whether `a` is a strictly higher ratio than `b`. Ratios are compared by cross-multiplying, so
 * 2/3 and 4/6 (or 1.5/3 and 0.5/1) tie. A total of 0 (so 0 earned) counts as 0/1, or it would tie
 * with everything and never be replaced.
 */
export const isBetter = (a: TagScore, b: TagScore): boolean =>
  a.earned * Math.max(b.total, 1) - b.earned * Math.max(a.total, 1) > TOLERANCE;

/** Milliseconds between two ISO times, compared as instants whatever their UTC offsets: < 0 if `a` is earlier. */
export const compareTimes = (a: string, b: string): number => Date.parse(a) - Date.parse(b);

/** Points rounded to 2 decimals, as sums of points are kept (1.1 + 2.2 is 3.3, not 3.3000000000000003). */
export const roundPoints = (points: number): number => Math.round(points * 100) / 100;
