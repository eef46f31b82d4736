// Actions that change review cards. They load ts-fsrs, so islands import this module only when a
// quiz finishes or a review is answered (`import()`), never with the page.
import type { QuestionOutcome } from '../lib/quiz/grade-quiz';
import type { MissedAttempt, ReviewOutcome } from '../lib/review/deck';
import { addMisses, recordReview } from '../lib/review/schedule';
import { updateDeck } from './review';

export { outcomesOf } from '../lib/review/deck';

/**
 * Adds an attempt's misses (wrong, unanswered, or right but "not sure") to the deck. `finishedAt`
 * defaults to now.
 */
export function addMissesFromAttempt(
  attempt: Omit<MissedAttempt, 'finishedAt'> & { finishedAt?: string },
  outcomes: Readonly<Record<string, QuestionOutcome>>,
): void {
  const now = new Date();
  const finishedAt = attempt.finishedAt ?? now.toISOString();
  updateDeck((deck) => addMisses(deck, { ...attempt, finishedAt }, outcomes, now));
}

/** Records the learner's answer to the card `key`, now, and schedules its next review. */
export function recordReviewAnswer(key: string, outcome: ReviewOutcome, confident: boolean): void {
  updateDeck((deck) => recordReview(deck, key, outcome, confident, new Date()));
}
