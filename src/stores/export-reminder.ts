import { isIsoTime } from '../lib/core/time';
import { EXPORT_REMINDER_KEY } from './keys';
import { createPersistentRecord } from './storage';

const record = createPersistentRecord<string, never>({
  key: EXPORT_REMINDER_KEY,
  empty: () => '',
  // Anything but a time (tampered, or from elsewhere) reads as "never": the reminder shows again.
  decode: (stored) => ({ value: isIsoTime(stored) ? stored : '', problem: null }),
  encode: (value) => value,
});

/**
 * When the learner last exported or dismissed the reminder to export (ISO time, or '' never).
 * Stored under `csa:export-reminder` on the shared storage foundation.
 */
export const $exportReminderAt = record.$value;

/** How long a dismissal or an export quiets the reminder. */
export const REMIND_AFTER_DAYS = 14;

/** Notes that the learner exported or dismissed the reminder now. */
export function quietExportReminder(): void {
  record.replace(new Date().toISOString());
}
