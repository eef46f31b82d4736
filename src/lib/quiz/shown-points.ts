import { TOLERANCE } from '../core/numbers';

/**
 * Points as a learner reads them: rounded down to one decimal (7.67 → 7.6, 6.96 → 6.9), so a
 * shown score never exceeds the real one and agrees with `wholePercent`, which also rounds down
 * (6.96 of 10 reads "6.9 of 10 points (69 %)", never "7 of 10 points (69 %)").
 */
export const shownPoints = (points: number): number => Math.floor(points * 10 + TOLERANCE) / 10;
