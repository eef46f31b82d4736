import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $exportReminderAt, quietExportReminder, REMIND_AFTER_DAYS } from '../../stores/export-reminder';
import { attemptCounts } from '../../lib/progress/stats';
import type { Progress } from '../../lib/progress/types';
import { td } from '../../i18n/en-dashboard';

/**
 * Once the learner has progress, a reminder that it lives only here, with its own Export button
 * (the same export as "Keep your progress safe", loaded on use), until exported or dismissed.
 * After an export, the reminder gives way to the name of the file, which takes focus.
 */
export function ExportReminder({ progress, siteVersion }: { progress: Progress; siteVersion: string }) {
  const quietSince = useStore($exportReminderAt);
  const [file, setFile] = useState<string | null>(null);
  const done = useRef<HTMLParagraphElement>(null);
  useEffect(() => done.current?.focus(), [file]);
  if (file !== null)
    return (
      <p class="notice" role="status" tabIndex={-1} ref={done}>
        {td('exported', { file })}
      </p>
    );
  const quiet = quietSince !== '' && Date.now() - Date.parse(quietSince) < REMIND_AFTER_DAYS * 86_400_000;
  const { quizzes, practice } = attemptCounts(progress);
  if (quizzes + practice === 0 || quiet) return null;
  return (
    <div class="notice">
      <p>{td('reminder.text')}</p>
      <div class="quiz-actions">
        <button
          type="button"
          class="button"
          onClick={async () =>
            setFile((await import('../progress/data-actions')).exportProgress(siteVersion))
          }
        >
          {td('reminder.export')}
        </button>
        <button type="button" class="button-quiet" onClick={quietExportReminder}>
          {td('reminder.dismiss')}
        </button>
      </div>
    </div>
  );
}
