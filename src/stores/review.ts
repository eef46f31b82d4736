/**
 * The learner's review deck, kept in this browser only (localStorage, key `csa:review`). The
 * stored shape, what enters the deck and how answers are rated are described in
 * `src/lib/review/deck.ts`; this store only reads, writes and keeps tabs in step.
 *
 * It is a persistent record on the shared storage foundation (`storage.ts`): reading goes
 * decode → back up (`csa:review:backup`, an older backup wins) → repair, so `$reviewNotice` shows
 * once. Every write merges this tab's deck with what is in storage now (`mergeDecks`), so a review
 * recorded in another tab is never overwritten.
 */
import { computed } from 'nanostores';
import {
  createEmptyDeck,
  decodeDeck,
  dueCount,
  encodeDeck,
  mergeDecks,
  type DeckProblem,
  type ReviewDeck,
} from '../lib/review/deck';
import { REVIEW_BACKUP_KEY, REVIEW_KEY } from './keys';
import { createPersistentRecord } from './storage';

const record = createPersistentRecord<ReviewDeck, DeckProblem>({
  key: REVIEW_KEY,
  backupKey: REVIEW_BACKUP_KEY,
  empty: createEmptyDeck,
  decode: (stored) => {
    const { deck, problem } = decodeDeck(stored);
    return { value: deck, problem };
  },
  encode: encodeDeck,
  base: mergeDecks,
});

/** The review deck. Subscribing keeps it in sync with other tabs. */
export const $reviewDeck = record.$value;

/** What was wrong with the stored deck, or null. Islands show it; `dismissReviewNotice` clears it. */
export const $reviewNotice = record.$problem;

/**
 * How many cards are due, for "Review (N due)". Counted at the time it is read after the deck
 * last changed, so every page load counts afresh.
 */
export const $dueCount = computed($reviewDeck, (deck) => dueCount(deck, new Date()));

/**
 * Applies `change` to this tab's deck merged with what storage holds now, and stores it, so two
 * tabs never lose each other's reviews. The actions that change cards are in `review-actions.ts`
 * (they load the scheduler); this module only reads.
 */
export const updateDeck = record.update;

/** Replaces the deck on purpose (an import that replaces, a reset, undoing either). */
export const replaceDeck = record.replace;

/** Hides the current notice. */
export const dismissReviewNotice = record.dismissProblem;
