// Export, import and reset: loaded only when the learner uses one of them.
import {
  MAX_IMPORT_BYTES,
  buildExport,
  describeImport,
  readImport,
  type ImportResult,
} from '../../lib/progress/transfer';
import { mergeProgress } from '../../lib/progress/merge';
import { compactProgress } from '../../lib/progress/compact';
import { createEmptyProgress, type Progress } from '../../lib/progress/types';
import { $progress, replaceProgress, updateProgress } from '../../stores/progress';
import { $reviewDeck, updateDeck } from '../../stores/review';
import { createEmptyDeck, decodeDeck, mergeDecks, type ReviewDeck } from '../../lib/review/deck';
import { quietExportReminder } from '../../stores/export-reminder';
import { dayKey } from '../../lib/core/local-day';
export { importError } from '../../i18n/en-import';

/** Downloads the learner's progress as a JSON file and returns the file name. */
export function exportProgress(siteVersion: string): string {
  const now = new Date();
  const text = buildExport($progress.get(), { siteVersion, exportedAt: now, review: $reviewDeck.get() });
  const name = `cloud-security-academy-progress-${dayKey(now) ?? 'export'}.json`;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
  quietExportReminder();
  return name;
}

/** Reads a chosen file; never throws. */
export async function readProgressFile(file: File): Promise<ImportResult> {
  // Check the size before reading, so a huge file is never loaded into memory.
  if (file.size > MAX_IMPORT_BYTES) {
    return { ok: false, code: 'too-large', detail: `${file.size} bytes; the limit is ${MAX_IMPORT_BYTES}` };
  }
  try {
    return readImport(await file.text());
  } catch {
    return { ok: false, code: 'not-json', detail: 'the file could not be read' };
  }
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

/** What an import or reset replaces, so it can be undone. */
export interface Snapshot {
  progress: Progress;
  review: ReviewDeck;
}

/**
 * Adds an imported file to what this browser holds: union of attempts, best kept, both decks.
 * `mergeProgress` compacts the result once; nothing compacts it again.
 */
export function mergeImported(incoming: Progress, review: unknown): void {
  updateProgress((current) => mergeProgress(current, incoming));
  updateDeck((current) => mergeDecks(current, deckOf(review)));
}

/** Replaces the review deck on purpose (a replacing import, a reset, an undo). */
const replaceDeck = (deck: ReviewDeck) => updateDeck(() => deck);

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
