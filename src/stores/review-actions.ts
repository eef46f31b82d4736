// Actions that change review cards. They load ts-fsrs, so they are imported only when a quiz
// finishes (`recordQuizResult`) or a review is answered (`import()`), never with the page.
import type { QuestionOutcome } from '../lib/quiz/grade-quiz';
import type { MissedAttempt, ReviewOutcome } from '../lib/review/deck';
import { addMisses, recordReview } from '../lib/review/schedule';
import { updateDeck } from './review';

/** Adds an attempt's misses (wrong, unanswered, or right but "not sure") to the deck, at `now`. */
export function addMissesFromAttempt(
  attempt: MissedAttempt,
  outcomes: Readonly<Record<string, QuestionOutcome>>,
  now = new Date(),
): void {
  updateDeck((deck) => addMisses(deck, attempt, outcomes, now));
}

/** Records the learner's answer to the card `key`, now, and schedules its next review. */
export function recordReviewAnswer(key: string, outcome: ReviewOutcome, confident: boolean): void {
  updateDeck((deck) => recordReview(deck, key, outcome, confident, new Date()));
}
