/**
 * The spaced-repetition review deck: questions the learner missed or was unsure of, scheduled with
 * FSRS (ts-fsrs, default parameters, no fuzz so the same answers always give the same schedule).
 * Everything here is pure: the caller passes the current time, and every function returns a new
 * deck and never changes the one it was given.
 *
 * What enters the deck (`addMisses`), per question of a finished quiz attempt:
 * - `incorrect` (partly right answers included) and `unanswered`: both enter. An unanswered
 *   question is one the learner could not answer when it counted; the project treats it as missed
 *   everywhere else too ("Retry the ones I missed", `missedQuestionIds`).
 * - `correct` with confidence `unsure`: enters, so a lucky guess is checked again.
 * - `correct` otherwise: does not enter.
 * A question that is not in the deck yet becomes a new card due at once. One already in the deck
 * that is missed again gets a review rated Again at that time; an unsure right answer leaves it as
 * scheduled. A miss counts only if the attempt finished after the card last changed (added or
 * reviewed), so recording the same attempt twice (two tabs, a retry) counts it once.
 *
 * How a review answer becomes an FSRS rating (`reviewRating`):
 * - `incorrect` → Again, however sure the learner was: they did not recall it.
 * - `partial` → Hard: they recalled part of it, with serious difficulty.
 * - `correct`, not sure → Hard: FSRS's Hard means "recalled, but with difficulty". Most questions
 *   are multiple choice, where a guess is often right; rating an unsure right answer Good would
 *   grow the interval as if it were solid recall. Hard still counts as recalled (no lapse).
 * - `correct`, sure → Good.
 * - Easy is never used: nothing tells us an answer was effortless (there is no response time),
 *   and Easy stretches intervals the most, so a wrong guess of it costs the learner the most.
 *
 * Stored JSON (key `csa:review`):
 * ```json
 * { "version": 1,
 *   "cards": { "iam-policy-types/least-privilege":
 *     { "due": "2026-11-30T10:00:00.000Z", "stability": 2.3065, "difficulty": 2.118, "elapsed_days": 0,
 *       "scheduled_days": 2, "learning_steps": 0, "reps": 2, "lapses": 0, "state": 2,
 *       "last_review": "2026-11-28T10:10:00.000Z", "addedAt": "2026-11-28T10:00:00.000Z" } } }
 * ```
 */
import { isIsoTime } from '../core/time';
import type { State } from 'ts-fsrs';

// Values of ts-fsrs's `State` and `S_MAX`, written here so reading a deck (on every page that
// shows a due count) does not load the scheduler; `schedule.ts` loads it when a card changes.
const NEW: State = 0;
const RELEARNING: State = 3;
/** ts-fsrs's largest stability, in days. */
const S_MAX = 36_500;
import type { QuizAttempt } from '../progress/types';
import { isQuestionKey } from './keys';

/** Version of the stored deck shape. */
export const DECK_VERSION = 1;

/**
 * One question's card: ts-fsrs's `Card` as JSON (dates as ISO 8601 strings in UTC, no review yet
 * as null) plus when the question entered the deck.
 */
export interface ReviewCard {
  due: string;
  stability: number;
  difficulty: number;
  /** Kept because ts-fsrs 5 still reads it; ts-fsrs deprecates it for version 6. */
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: State;
  last_review: string | null;
  addedAt: string;
}

/** Every card, by question key (see `questionKey`). */
export interface ReviewDeck {
  version: typeof DECK_VERSION;
  cards: Record<string, ReviewCard>;
}

/** How the learner answered a question in review. */
export type ReviewOutcome = 'correct' | 'partial' | 'incorrect';

/** What `addMisses` needs of a finished attempt. */
export type MissedAttempt = Pick<QuizAttempt, 'quizId' | 'finishedAt' | 'questionIds' | 'confidence'>;

/**
 * What went wrong reading a stored deck.
 * - `unreadable`: not JSON at all.
 * - `not-deck`: JSON, but not a version-1 deck with a `cards` object.
 * - `partly-invalid`: a deck with some cards that fail validation; those were dropped.
 */
export type DeckProblem = 'unreadable' | 'not-deck' | 'partly-invalid';

/** A decoded deck, always usable, and what was wrong with the stored text if anything. */
export interface DeckDecodeResult {
  deck: ReviewDeck;
  problem: DeckProblem | null;
}

const MAX_DIFFICULTY = 10;
const MIN_REVIEWED_DIFFICULTY = 1;

/** An empty deck. */
export function createEmptyDeck(): ReviewDeck {
  return { version: DECK_VERSION, cards: {} };
}

/** Whether a card is due at `now`. */
const isDue = (card: ReviewCard, now: Date): boolean => Date.parse(card.due) <= now.getTime();

/**
 * Keys of the cards due at `now`, most overdue (earliest due) first, ties by key, at most `cap`
 * (a fraction is rounded down; below 1 gives none).
 */
export function dueKeys(deck: ReviewDeck, now: Date, cap = 20): string[] {
  return Object.entries(deck.cards)
    .filter(([, card]) => isDue(card, now))
    .map(([key, card]) => ({ key, due: Date.parse(card.due) }))
    .sort((a, b) => a.due - b.due || (a.key < b.key ? -1 : 1))
    .slice(0, Math.max(0, Math.floor(cap)))
    .map(({ key }) => key);
}

/** How many cards are due at `now`, with no cap. */
export function dueCount(deck: ReviewDeck, now: Date): number {
  return Object.values(deck.cards).filter((card) => isDue(card, now)).length;
}

/**
 * Both decks in one, so two tabs never lose a review: every card of either, and for a key in both
 * the card reviewed last; if neither or both at the same time, the one with more reviews; then the
 * one added first; then `a`'s. Keys that are not question keys are left out.
 */
export function mergeDecks(a: ReviewDeck, b: ReviewDeck): ReviewDeck {
  const cards: Record<string, ReviewCard> = {};
  for (const [key, card] of [...Object.entries(a.cards), ...Object.entries(b.cards)]) {
    if (!isQuestionKey(key)) continue;
    const kept = Object.hasOwn(cards, key) ? cards[key] : undefined;
    if (kept === undefined || isNewer(card, kept)) cards[key] = card;
  }
  return { version: DECK_VERSION, cards };
}

/** When the card was last reviewed, or added if never, in ms. */
export const reviewedAt = (card: ReviewCard): number =>
  card.last_review === null ? Number.NEGATIVE_INFINITY : Date.parse(card.last_review);

function isNewer(card: ReviewCard, than: ReviewCard): boolean {
  const [time, otherTime] = [reviewedAt(card), reviewedAt(than)];
  if (time !== otherTime) return time > otherTime;
  if (card.reps !== than.reps) return card.reps > than.reps;
  return Date.parse(card.addedAt) < Date.parse(than.addedAt);
}

/**
 * Stored text → deck, never throwing. Nothing stored is an empty deck and no problem. Every card
 * is checked field by field (see `readCard`) and its key must be a question key; invalid cards are
 * dropped, valid ones kept.
 */
export function decodeDeck(stored: string | undefined): DeckDecodeResult {
  if (stored === undefined) return { deck: createEmptyDeck(), problem: null };
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return { deck: createEmptyDeck(), problem: 'unreadable' };
  }
  if (!isRecord(data) || data['version'] !== DECK_VERSION || !isRecord(data['cards'])) {
    return { deck: createEmptyDeck(), problem: 'not-deck' };
  }
  const deck = createEmptyDeck();
  let dropped = 0;
  for (const [key, value] of Object.entries(data['cards'])) {
    const card = isQuestionKey(key) ? readCard(value) : null;
    if (card === null) dropped += 1;
    else deck.cards[key] = card;
  }
  return { deck, problem: dropped > 0 ? 'partly-invalid' : null };
}

/** Deck → stored text. */
export function encodeDeck(deck: ReviewDeck): string {
  return JSON.stringify(deck);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isInRange = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max;

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

const isState = (value: unknown): value is State =>
  Number.isInteger(value) && (value as number) >= NEW && (value as number) <= RELEARNING;

/**
 * Checks one stored card; returns a fresh copy of its known fields, or null if anything is wrong:
 * dates must be ISO 8601 times; stability 0 to 36,500 days, difficulty 0 to 10, elapsed and
 * scheduled days finite and not negative; steps, reviews and lapses whole, with no more lapses than
 * reviews; state 0 to 3. A new card has no review yet; any other has been reviewed, with a
 * stability above 0 and a difficulty of at least 1, as ts-fsrs needs to schedule it.
 */
export function readCard(value: unknown): ReviewCard | null {
  if (!isRecord(value)) return null;
  const { due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state } =
    value;
  const { last_review: lastReview, addedAt } = value;
  if (
    !isIsoTime(due) ||
    !isInRange(stability, S_MAX) ||
    !isInRange(difficulty, MAX_DIFFICULTY) ||
    !isInRange(elapsed_days, Number.MAX_VALUE) ||
    !isInRange(scheduled_days, Number.MAX_VALUE) ||
    !isCount(learning_steps) ||
    !isCount(reps) ||
    !isCount(lapses) ||
    lapses > reps ||
    !isState(state) ||
    (lastReview !== null && !isIsoTime(lastReview)) ||
    !isIsoTime(addedAt)
  ) {
    return null;
  }
  const reviewed =
    state !== NEW &&
    reps > 0 &&
    lastReview !== null &&
    stability > 0 &&
    difficulty >= MIN_REVIEWED_DIFFICULTY;
  const fresh = state === NEW && reps === 0 && lastReview === null;
  if (!reviewed && !fresh) return null;
  return {
    due,
    stability,
    difficulty,
    elapsed_days,
    scheduled_days,
    learning_steps,
    reps,
    lapses,
    state,
    last_review: lastReview,
    addedAt,
  };
}
