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
import { quietExportReminder } from '../../stores/export-reminder';

/** Downloads the learner's progress as a JSON file and returns the file name. */
export function exportProgress(siteVersion: string): string {
  const now = new Date();
  const text = buildExport($progress.get(), { siteVersion, exportedAt: now });
  const name = `cloud-security-academy-progress-${now.toISOString().slice(0, 10)}.json`;
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

/** Adds an imported file's progress to what this browser holds: union of attempts, best kept. */
export function mergeImported(incoming: Progress): void {
  updateProgress((current) => compactProgress(mergeProgress(current, incoming)));
}

/** Replaces this browser's progress with an imported file's. */
export function replaceWithImported(incoming: Progress): void {
  replaceProgress(compactProgress(incoming));
}

/** Empties progress and returns what was there, for undo. */
export function resetProgress(): Progress {
  const previous = $progress.get();
  replaceProgress(createEmptyProgress());
  return previous;
}
