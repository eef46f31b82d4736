import { useStore } from '@nanostores/preact';
import { $exportReminderAt, quietExportReminder, REMIND_AFTER_DAYS } from '../../stores/export-reminder';
import { attemptCounts } from '../../lib/progress/stats';
import type { Progress } from '../../lib/progress/types';
import { td } from '../../i18n/en-dashboard';

/** Once the learner has progress, a reminder that it lives only here, until exported or dismissed. */
export function ExportReminder({ progress }: { progress: Progress }) {
  const quietSince = useStore($exportReminderAt);
  const quiet = quietSince !== '' && Date.now() - Date.parse(quietSince) < REMIND_AFTER_DAYS * 86_400_000;
  const { quizzes, practice } = attemptCounts(progress);
  if (quizzes + practice === 0 || quiet) return null;
  return (
    <div class="notice">
      <p>{td('reminder.text')}</p>
      <button type="button" class="button-quiet" onClick={quietExportReminder}>
        {td('reminder.dismiss')}
      </button>
    </div>
  );
}
