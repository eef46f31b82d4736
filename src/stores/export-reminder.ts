import { persistentAtom } from '@nanostores/persistent';
import './progress';

/**
 * When the learner last exported or dismissed the reminder to export (ISO time, or '' never).
 * Stored under `csa:export-reminder` through the same guarded storage as progress (importing
 * `./progress` installs it first).
 */
export const $exportReminderAt = persistentAtom<string>('csa:export-reminder', '');

/** How long a dismissal or an export quiets the reminder. */
export const REMIND_AFTER_DAYS = 14;

/** Notes that the learner exported or dismissed the reminder now. */
export function quietExportReminder(): void {
  $exportReminderAt.set(new Date().toISOString());
}
