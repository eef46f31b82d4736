// The one action that records a finished quiz. Quiz sessions import it (it loads with the session,
// not with every page); it loads the review scheduler (ts-fsrs) itself, only when there are misses.
import { newId } from '../lib/core/ids';
import { buildAttempt, type FinishedQuiz } from '../lib/progress/attempt';
import { compactProgress } from '../lib/progress/compact';
import { applyQuizResult } from '../lib/progress/reducers';
import type { QuizAttempt } from '../lib/progress/types';
import { outcomesOf } from '../lib/review/deck';
import { updateProgress } from './progress';

export type { FinishedQuiz };

/**
 * Records a finished quiz, whatever its kind, in one transaction: builds the attempt (a fresh id,
 * finished now), adds it to what storage holds now and compacts the record, then adds the misses
 * of a full quiz or a retry (wrong, unanswered, or right but "not sure") to the review deck, due
 * at once. A review session's answers already updated the deck one by one
 * (`recordReviewAnswer`), so it adds no misses. Resolves with the stored attempt once the deck is
 * updated too.
 */
export async function recordQuizResult(finished: FinishedQuiz): Promise<QuizAttempt> {
  const now = new Date();
  const attempt = buildAttempt(finished, newId(), now.toISOString());
  updateProgress((progress) => compactProgress(applyQuizResult(progress, attempt)));
  if (attempt.kind !== 'review') {
    const { addMissesFromAttempt } = await import('./review-actions');
    addMissesFromAttempt(attempt, outcomesOf(finished.result), now);
  }
  return attempt;
}
