import { isBetter, roundPoints, wholePercent } from '../core/numbers';
import { compareTimes } from '../core/time';
import type { Progress, TagScore } from './types';

/** A score as earned over total points, with the whole percentage rounded down. */
export interface ScoreSummary {
  earned: number;
  total: number;
  percent: number;
}

/**
 * What the learner has done with one quiz: full attempts only (kind `quiz`). A retry of missed
 * questions or a review is practice and never changes a best score, a pass or completion.
 */
export interface QuizSummary {
  /** Number of finished full attempts. */
  attempts: number;
  /** Highest-scoring attempt by percentage (the earliest of equals), or null before any attempt. */
  best: ScoreSummary | null;
  /** Most recent attempt, or null before any attempt. */
  last: ScoreSummary | null;
  /** Whether any full attempt passed. */
  passed: boolean;
}

/** The full attempts at `quizId` kept in full. */
const fullAttempts = (progress: Progress, quizId: string) =>
  progress.attempts.filter((attempt) => attempt.quizId === quizId && attempt.kind === 'quiz');

const toScore = ({ earned, total }: TagScore): ScoreSummary => ({
  earned,
  total,
  percent: wholePercent(earned, total),
});

/** The archive entry of `quizId`, if any (an own key only: a quiz id is data, never a prototype name). */
const archivedQuiz = (progress: Progress, quizId: string) =>
  Object.hasOwn(progress.archive.quizzes, quizId) ? progress.archive.quizzes[quizId] : undefined;

/**
 * Sums up the attempts at `quizId`: those kept in full and those folded into the archive (see
 * `compact.ts`). Archived attempts are older than every attempt kept in full, so the archive's
 * best wins a tie, and a kept attempt wins a tie of finishing times.
 */
export function summarizeQuiz(progress: Progress, quizId: string): QuizSummary {
  const archived = archivedQuiz(progress, quizId);
  const attempts = fullAttempts(progress, quizId);
  let best: TagScore | undefined;
  let last: (TagScore & { at: string }) | undefined;
  if (archived !== undefined) {
    best = { earned: archived.bestEarned, total: archived.bestTotal };
    last = { earned: archived.lastEarned, total: archived.lastTotal, at: archived.lastAt };
  }
  for (const attempt of attempts) {
    if (best === undefined || isBetter(attempt, best)) best = attempt;
    if (last === undefined || compareTimes(attempt.finishedAt, last.at) >= 0) {
      last = { earned: attempt.earned, total: attempt.total, at: attempt.finishedAt };
    }
  }
  return {
    attempts: (archived?.attempts ?? 0) + attempts.length,
    best: best === undefined ? null : toScore(best),
    last: last === undefined ? null : toScore(last),
    passed: archived?.passed === true || attempts.some((attempt) => attempt.passed),
  };
}

/**
 * Points per tag over every full attempt (or only the full attempts at `quizId`), keyed like
 * `QuizAttempt.tagScores` (`area:iam`, `difficulty:foundational`, `module:iam`). Sums are kept to
 * 2 decimals. Attempts from version 1 have no tag scores and add nothing. Over every attempt, the
 * archive's tag totals (attempts folded by `compact.ts`) count too; the archive keeps no tag
 * totals per quiz, so with `quizId` only the attempts kept in full count.
 */
export function summarizeTags(progress: Progress, quizId?: string): Record<string, ScoreSummary> {
  // A Map, then Object.fromEntries: keys are data, never a path to a prototype.
  const sums = new Map<string, TagScore>(quizId === undefined ? Object.entries(progress.archive.tags) : []);
  for (const attempt of progress.attempts) {
    if (attempt.kind !== 'quiz' || (quizId !== undefined && attempt.quizId !== quizId)) continue;
    for (const [tag, { earned, total }] of Object.entries(attempt.tagScores)) {
      const sum = sums.get(tag) ?? { earned: 0, total: 0 };
      sums.set(tag, { earned: roundPoints(sum.earned + earned), total: sum.total + total });
    }
  }
  return Object.fromEntries(Array.from(sums, ([tag, sum]) => [tag, toScore(sum)]));
}

/** A lesson is complete once a full attempt at its quiz passed, archived attempts included. */
export function isLessonComplete(progress: Progress, quizId: string): boolean {
  return (
    archivedQuiz(progress, quizId)?.passed === true ||
    fullAttempts(progress, quizId).some((attempt) => attempt.passed)
  );
}
