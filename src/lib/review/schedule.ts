// Changing cards: adding misses and recording reviews, scheduled with ts-fsrs (default
// parameters, no fuzz, so the same answers always give the same schedule). Loaded only when a
// quiz finishes or a review is answered; reading a deck needs only `deck.ts`.
import { Rating, createEmptyCard, fsrs, type Card, type CardInput, type Grade } from 'ts-fsrs';
import type { QuestionOutcome } from '../quiz/grade-quiz';
import { isQuestionKey, questionKey } from './keys';
import {
  DECK_VERSION,
  readCard,
  reviewedAt,
  type MissedAttempt,
  type ReviewCard,
  type ReviewDeck,
  type ReviewOutcome,
} from './deck';

const scheduler = fsrs({ enable_fuzz: false });

/** The FSRS rating of a review answer; see the top of this file for why. */
export function reviewRating(outcome: ReviewOutcome, confident: boolean): Grade {
  if (outcome === 'incorrect') return Rating.Again;
  if (outcome === 'partial') return Rating.Hard;
  return confident ? Rating.Good : Rating.Hard;
}

/**
 * Adds an attempt's misses to the deck (see the top of this file for what counts). Questions are
 * taken in `attempt.questionIds` order; ids without an outcome, repeats and ids that make no
 * valid key are skipped. An invalid `now` changes nothing.
 */
export function addMisses(
  deck: ReviewDeck,
  attempt: MissedAttempt,
  outcomes: Readonly<Record<string, QuestionOutcome>>,
  now: Date,
): ReviewDeck {
  if (Number.isNaN(now.getTime())) return deck;
  const cards = { ...deck.cards };
  const finishedAt = Date.parse(attempt.finishedAt);
  for (const questionId of new Set(attempt.questionIds)) {
    const outcome = Object.hasOwn(outcomes, questionId) ? outcomes[questionId] : undefined;
    const key = questionKey(attempt.quizId, questionId);
    if (outcome === undefined || !isQuestionKey(key)) continue;
    const missed = outcome !== 'correct';
    const unsure =
      Object.hasOwn(attempt.confidence, questionId) && attempt.confidence[questionId] === 'unsure';
    if (!missed && !unsure) continue;
    const card = Object.hasOwn(cards, key) ? cards[key] : undefined;
    if (card === undefined) {
      cards[key] = fromCard(createEmptyCard(now), now.toISOString());
    } else if (missed && finishedAt > Date.parse(card.last_review ?? card.addedAt)) {
      const next = schedule(card, Rating.Again, now);
      // A question just missed is due at once, not after FSRS's first learning step: right after
      // a failed attempt, the learner can review what they missed.
      cards[key] = next === null ? card : { ...next, due: next.last_review ?? next.due };
    }
  }
  return { version: DECK_VERSION, cards };
}

/**
 * Records a review answer to the card `key` at `now`, rated by `reviewRating`, and schedules its
 * next review. A key not in the deck, or a review ts-fsrs cannot schedule (an invalid `now`),
 * leaves the deck as it is. A `now` before the card's last review (another tab's clock) counts as
 * the time of that review, so a review is never scheduled into the past.
 */
export function recordReview(
  deck: ReviewDeck,
  key: string,
  outcome: ReviewOutcome,
  confident: boolean,
  now: Date,
): ReviewDeck {
  const card = Object.hasOwn(deck.cards, key) ? deck.cards[key] : undefined;
  const next = card === undefined ? null : schedule(card, reviewRating(outcome, confident), now);
  return next === null ? deck : { version: DECK_VERSION, cards: { ...deck.cards, [key]: next } };
}

/** A ts-fsrs card as stored. */
function fromCard(card: Card, addedAt: string): ReviewCard {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review?.toISOString() ?? null,
    addedAt,
  };
}

/**
 * The card after a review rated `rating` at `now` (or at its last review, if `now` is earlier),
 * or null if ts-fsrs cannot schedule it or gives a card that would not pass `readCard`.
 */
function schedule(card: ReviewCard, rating: Grade, now: Date): ReviewCard | null {
  const { addedAt, ...fields } = card;
  const input: CardInput = fields;
  const at = new Date(Math.max(now.getTime(), reviewedAt(card)));
  try {
    return readCard(fromCard(scheduler.next(input, at, rating).card, addedAt));
  } catch {
    return null;
  }
}
