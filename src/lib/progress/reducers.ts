import type { Progress, QuizAttempt } from './types';

/**
 * Notes that the learner opened a lesson at `now`: sets the first visit once and the last visit
 * every time.
 */
export function recordLessonVisit(progress: Progress, lessonId: string, now: Date): Progress {
  const at = now.toISOString();
  const previous = Object.hasOwn(progress.lessons, lessonId) ? progress.lessons[lessonId] : undefined;
  return {
    ...progress,
    lessons: {
      ...progress.lessons,
      [lessonId]: { firstVisitedAt: previous?.firstVisitedAt ?? at, lastVisitedAt: at },
    },
  };
}

/** Adds a finished attempt. An attempt whose id is already recorded is ignored (no duplicates). */
export function applyQuizResult(progress: Progress, attempt: QuizAttempt): Progress {
  if (progress.attempts.some((existing) => existing.id === attempt.id)) return progress;
  return { ...progress, attempts: [...progress.attempts, attempt] };
}
