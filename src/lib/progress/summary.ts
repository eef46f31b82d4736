import type { Progress, QuizAttempt } from './types';

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

const toScore = ({ earned, total }: QuizAttempt): ScoreSummary => ({
  earned,
  total,
  percent: total === 0 ? 0 : Math.floor((earned * 100) / total),
});

/** Sums up the attempts at `quizId`. */
export function summarizeQuiz(progress: Progress, quizId: string): QuizSummary {
  const attempts = progress.attempts.filter((attempt) => attempt.quizId === quizId);
  let best: QuizAttempt | undefined;
  let last: QuizAttempt | undefined;
  for (const attempt of attempts) {
    // Compare ratios by cross-multiplying, so 2/3 and 4/6 tie exactly. A total of 0 (so 0
    // earned) counts as 0/1, or it would tie with everything and never be replaced.
    if (
      best === undefined ||
      attempt.earned * Math.max(best.total, 1) > best.earned * Math.max(attempt.total, 1)
    ) {
      best = attempt;
    }
    if (last === undefined || Date.parse(attempt.finishedAt) >= Date.parse(last.finishedAt)) last = attempt;
  }
  return {
    attempts: attempts.length,
    best: best === undefined ? null : toScore(best),
    last: last === undefined ? null : toScore(last),
    passed: attempts.some((attempt) => attempt.passed),
  };
}

/** A lesson is complete once any attempt at its quiz passed. */
export function isLessonComplete(progress: Progress, quizId: string): boolean {
  return progress.attempts.some((attempt) => attempt.quizId === quizId && attempt.passed);
}
