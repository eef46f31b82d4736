import type { Progress, QuizAttempt, TagScore } from './types';

/** A score as earned over total points, with the whole percentage rounded down. */
export interface ScoreSummary {
  earned: number;
  total: number;
  percent: number;
}

/** What the learner has done with one quiz. */
export interface QuizSummary {
  /** Number of finished attempts. */
  attempts: number;
  /** Highest-scoring attempt by percentage (the earliest of equals), or null before any attempt. */
  best: ScoreSummary | null;
  /** Most recent attempt, or null before any attempt. */
  last: ScoreSummary | null;
  /** Whether any attempt passed. */
  passed: boolean;
}

// Earned points are kept to 2 decimals, so two different scores differ by at least 0.01 point
// (after cross-multiplying by whole totals) and a ratio that is not a whole percentage is at least
// 1/10,000 of a percent away from one. Floating-point error is far smaller than this tolerance:
// 0.29 * 100 is 28.999999999999996, which must still show as 29 %.
const TOLERANCE = 1e-6;

const percentOf = ({ earned, total }: TagScore): number =>
  total === 0 ? 0 : Math.floor((earned * 100) / total + TOLERANCE);

const toScore = ({ earned, total }: TagScore): ScoreSummary => ({
  earned,
  total,
  percent: percentOf({ earned, total }),
});

/**
 * Whether `a` is a strictly higher ratio than `b`. Ratios are compared by cross-multiplying, so
 * 2/3 and 4/6 (or 1.5/3 and 0.5/1) tie. A total of 0 (so 0 earned) counts as 0/1, or it would tie
 * with everything and never be replaced.
 */
const isBetter = (a: TagScore, b: TagScore): boolean =>
  a.earned * Math.max(b.total, 1) - b.earned * Math.max(a.total, 1) > TOLERANCE;

/** Sums up the attempts at `quizId`. */
export function summarizeQuiz(progress: Progress, quizId: string): QuizSummary {
  const attempts = progress.attempts.filter((attempt) => attempt.quizId === quizId);
  let best: TagScore | undefined;
  let last: QuizAttempt | undefined;
  for (const attempt of attempts) {
    if (best === undefined || isBetter(attempt, best)) best = attempt;
    if (last === undefined || Date.parse(attempt.finishedAt) >= Date.parse(last.finishedAt)) last = attempt;
  }
  return {
    attempts: attempts.length,
    best: best === undefined ? null : toScore(best),
    last: last === undefined ? null : toScore(last),
    passed: attempts.some((attempt) => attempt.passed),
  };
}

/**
 * Points per tag over every attempt (or only the attempts at `quizId`), keyed like
 * `QuizAttempt.tagScores` (`area:iam`, `difficulty:foundational`, `module:iam`). Sums are kept to
 * 2 decimals. Attempts from version 1 have no tag scores and add nothing.
 */
export function summarizeTags(progress: Progress, quizId?: string): Record<string, ScoreSummary> {
  // A Map, then Object.fromEntries: keys are data, never a path to a prototype.
  const sums = new Map<string, TagScore>();
  for (const attempt of progress.attempts) {
    if (quizId !== undefined && attempt.quizId !== quizId) continue;
    for (const [tag, { earned, total }] of Object.entries(attempt.tagScores)) {
      const sum = sums.get(tag) ?? { earned: 0, total: 0 };
      sums.set(tag, { earned: Math.round((sum.earned + earned) * 100) / 100, total: sum.total + total });
    }
  }
  return Object.fromEntries(Array.from(sums, ([tag, sum]) => [tag, toScore(sum)]));
}

/** A lesson is complete once any attempt at its quiz passed. */
export function isLessonComplete(progress: Progress, quizId: string): boolean {
  return progress.attempts.some((attempt) => attempt.quizId === quizId && attempt.passed);
}
