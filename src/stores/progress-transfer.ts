// Importing, replacing and resetting progress: transactions over both stores (progress and the
// review deck), so each is one action here. Loaded with the dashboard's data section, only when
// the learner uses it; the file handling itself is in `src/islands/progress/data-actions.ts`.
import { compactProgress } from '../lib/progress/compact';
import { mergeProgress } from '../lib/progress/merge';
import { describeImport } from '../lib/progress/transfer';
import { createEmptyProgress, type Progress } from '../lib/progress/types';
import { createEmptyDeck, decodeDeck, mergeDecks, type ReviewDeck } from '../lib/review/deck';
import { $progress, replaceProgress, updateProgress } from './progress';
import { $reviewDeck, replaceDeck, updateDeck } from './review';

/** What an import or reset replaces, so it can be undone. */
export interface Snapshot {
  progress: Progress;
  review: ReviewDeck;
}

/** What merging `incoming` would change. */
export const previewImport = (incoming: Progress) => describeImport($progress.get(), incoming);

/**
 * The review deck in an imported file, checked like a stored one; an export without a deck (or
 * with an unreadable one) brings an empty deck.
 */
function deckOf(review: unknown): ReviewDeck {
  if (review === undefined || review === null) return createEmptyDeck();
  const { deck, problem } = decodeDeck(JSON.stringify(review));
  return problem === null ? deck : createEmptyDeck();
}

/**
 * Adds an imported file to what this browser holds: union of attempts, best kept, both decks.
 * `mergeProgress` compacts the result once; nothing compacts it again.
 */
export function mergeImported(incoming: Progress, review: unknown): void {
  updateProgress((current) => mergeProgress(current, incoming));
  updateDeck((current) => mergeDecks(current, deckOf(review)));
}

/** Replaces this browser's progress and review deck with an imported file's, compacted once. */
export function replaceWithImported(incoming: Progress, review: unknown): void {
  replaceProgress(compactProgress(incoming));
  replaceDeck(deckOf(review));
}

/** Empties progress and the review deck, and returns what was there, for undo. */
export function resetProgress(): Snapshot {
  const previous = { progress: $progress.get(), review: $reviewDeck.get() };
  replaceProgress(createEmptyProgress());
  replaceDeck(createEmptyDeck());
  return previous;
}

/** Puts back what `resetProgress` removed. */
export function undoReset(snapshot: Snapshot): void {
  replaceProgress(snapshot.progress);
  replaceDeck(snapshot.review);
}
