// Export and reading an import file: the browser's side of moving progress (a download, a file).
// Loaded only when the learner uses one of them; what an import or a reset changes is in
// `src/stores/progress-transfer.ts`.
import { buildExport } from '../../lib/progress/transfer';
import { offerDownload } from '../download';
import { $progress } from '../../stores/progress';
import { $reviewDeck } from '../../stores/review';
import { $learnerName } from '../../stores/learner';
import { quietExportReminder } from '../../stores/export-reminder';
import { dayKey } from '../../lib/core/local-day';
export { importError } from '../../i18n/en-import';
export { readProgressFile } from './read-file';

/** Downloads the learner's progress (with their name, when they gave one) as a JSON file and returns the file name. */
export function exportProgress(siteVersion: string): string {
  const now = new Date();
  const text = buildExport($progress.get(), {
    siteVersion,
    exportedAt: now,
    review: $reviewDeck.get(),
    learnerName: $learnerName.get(),
  });
  const name = `cloud-security-academy-progress-${dayKey(now) ?? 'export'}.json`;
  offerDownload(text, name, 'application/json');
  quietExportReminder();
  return name;
}
