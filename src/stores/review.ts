/**
 * The learner's review deck, kept in this browser only (localStorage, key `csa:review`). The
 * stored shape, what enters the deck and how answers are rated are described in
 * `src/lib/review/deck.ts`; this store only reads, writes and keeps tabs in step.
 *
 * Reading goes decode → validate → fall back (`decodeDeck`) and never throws. Whatever could not
 * be read is copied to `csa:review:backup` (an older backup wins) before the repaired deck is
 * stored, so `$reviewNotice` shows once. Every action first merges the deck with what is in
 * storage now (`mergeDecks`), so a review recorded in another tab is never overwritten.
 *
 * Storage: every persistent store of a page writes through one engine. The progress store installs
 * it (a guarded localStorage that never throws and reports problems in `$progressNotice`), so this
 * module imports the progress store first and installs no engine of its own: replacing the engine
 * would split the in-memory copies the guard keeps when storage is full. For the backup and for
 * reading what other tabs wrote, it opens the same localStorage behind a guard of its own, which
 * reports to the same notice.
 */
import { atom, computed } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { createGuardedStorage, type GuardedStorage } from '../lib/progress/guarded-storage';
import {
  createEmptyDeck,
  decodeDeck,
  dueCount,
  encodeDeck,
  mergeDecks,
  type DeckProblem,
  type ReviewDeck,
} from '../lib/review/deck';
import { $progressNotice } from './progress';

export const REVIEW_KEY = 'csa:review';
export const REVIEW_BACKUP_KEY = 'csa:review:backup';

/** What was wrong with the stored deck, or null. Islands show it; `dismissReviewNotice` clears it. */
export const $reviewNotice = atom<DeckProblem | null>(null);

let storage: GuardedStorage | undefined;
if (typeof window !== 'undefined') {
  storage = createGuardedStorage(
    () => window.localStorage,
    (problem) => $progressNotice.set({ source: 'storage', problem }),
  );
}

function decode(stored: string): ReviewDeck {
  const { deck, problem } = decodeDeck(stored);
  if (problem !== null) {
    if (storage !== undefined) {
      if (!(REVIEW_BACKUP_KEY in storage)) storage[REVIEW_BACKUP_KEY] = stored;
      storage[REVIEW_KEY] = encodeDeck(deck);
    }
    $reviewNotice.set(problem);
  }
  return deck;
}

/** The review deck. Subscribing keeps it in sync with other tabs. */
export const $reviewDeck = persistentAtom<ReviewDeck>(REVIEW_KEY, createEmptyDeck(), {
  encode: encodeDeck,
  decode,
});

/**
 * How many cards are due, for "Review (N due)". Counted at the time it is read after the deck
 * last changed, so every page load counts afresh.
 */
export const $dueCount = computed($reviewDeck, (deck) => dueCount(deck, new Date()));

/** The deck in storage now: what this and other tabs last wrote. */
function storedDeck(): ReviewDeck {
  const stored = storage?.[REVIEW_KEY];
  return stored === undefined ? createEmptyDeck() : decode(stored);
}

/**
 * Applies `change` to this tab's deck merged with what storage holds now, and stores it, so two
 * tabs never lose each other's reviews. The actions that change cards are in `review-actions.ts`
 * (they load the scheduler); this module only reads.
 */
export function updateDeck(change: (deck: ReviewDeck) => ReviewDeck): void {
  $reviewDeck.set(change(mergeDecks($reviewDeck.get(), storedDeck())));
}

/** Hides the current notice. */
export function dismissReviewNotice(): void {
  $reviewNotice.set(null);
}
