// The one action that records a finished quiz. Quiz sessions import it (it loads with the session,
// not with every page). What it needs only once a quiz ends, compaction and the review scheduler
// (ts-fsrs), it loads itself; `prepareQuizResult` fetches both ahead, near a quiz's end.
import { newId } from '../lib/core/ids';
import { buildAttempt, type FinishedQuiz } from '../lib/progress/attempt';
import { outcomesOf } from '../lib/quiz/grade-quiz';
import { applyQuizResult } from '../lib/progress/reducers';
import type { QuizAttempt } from '../lib/progress/types';
import { updateProgress } from './progress';

export type { FinishedQuiz };

const compaction = () => import('../lib/progress/compact');
const reviewActions = () => import('./review-actions');

/** Fetches the code `recordQuizResult` loads, so that a quiz that ends soon is recorded at once. */
export function prepareQuizResult(): void {
  void compaction().catch(() => undefined);
  void reviewActions().catch(() => undefined);
}

/**
 * Records a finished quiz, whatever its kind: builds the attempt (a fresh id, finished now) and
 * adds it to what storage holds now at once, so it is never lost, even if the code below cannot
 * load; then compacts the record, and adds the misses of a full quiz or a retry (wrong,
 * unanswered, or right but "not sure") to the review deck, due at once. A review session's
 * answers already updated the deck one by one (`recordReviewAnswer`), so it adds no misses.
 * Resolves with the stored attempt once all of that is done.
 */
export async function recordQuizResult(finished: FinishedQuiz): Promise<QuizAttempt> {
  const now = new Date();
  const attempt = buildAttempt(finished, newId(), now.toISOString());
  updateProgress((progress) => applyQuizResult(progress, attempt));
  const [{ compactProgress }, actions] = await Promise.all([
    compaction(),
    attempt.kind === 'review' ? null : reviewActions(),
  ]);
  updateProgress(compactProgress);
  actions?.addMissesFromAttempt(attempt, outcomesOf(finished.result), now);
  return attempt;
}
