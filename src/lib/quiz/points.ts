import type { Score, Verdict } from './types';

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

/** The verdict of an all-or-nothing type: correct, or incorrect. */
export const allOrNothing = (score: Score): Verdict => (score.correct ? 'correct' : 'incorrect');

/** The verdict of a partial-credit type: correct, partial when some points were earned, or incorrect. */
export const partialCredit = (score: Score): Verdict =>
  score.correct ? 'correct' : score.earned > 0 ? 'partial' : 'incorrect';
