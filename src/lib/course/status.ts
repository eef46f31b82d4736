import { isLessonComplete, summarizeQuiz } from '../progress/summary';
import type { Progress } from '../progress/types';

/**
 * Where the learner stands on one step of the course, read from stored progress:
 * - `not-started`: no visit to the lesson and no full attempt at the quiz;
 * - `visited`: the lesson was opened, its quiz not yet taken;
 * - `tried`: the quiz was taken in full without passing; `best` is the best whole percent;
 * - `passed`: a full attempt passed (a lesson is then complete); `best` as above.
 * Retries and reviews are practice and change nothing here (see `summarizeQuiz`).
 */
export type StepStatus =
  { code: 'not-started' } | { code: 'visited' } | { code: 'tried' | 'passed'; best: number };

/** The status of the step whose quiz is `quizId`; `lessonId` also counts a visit to that lesson. */
export function stepStatus(progress: Progress, quizId: string, lessonId?: string): StepStatus {
  const summary = summarizeQuiz(progress, quizId);
  if (summary.best !== null) return { code: summary.passed ? 'passed' : 'tried', best: summary.best.percent };
  if (lessonId !== undefined && Object.hasOwn(progress.lessons, lessonId)) return { code: 'visited' };
  return { code: 'not-started' };
}

/** How many of the quizzes `quizIds` (a module's lessons' quizzes) are passed, of how many. */
export function completedCount(
  progress: Progress,
  quizIds: readonly string[],
): { completed: number; count: number } {
  return {
    completed: quizIds.filter((quizId) => isLessonComplete(progress, quizId)).length,
    count: quizIds.length,
  };
}
