import { useStore } from '@nanostores/preact';
import { $progressNotice, dismissProgressNotice, type ProgressNotice as Notice } from '../stores/progress';
import { t, type MessageKey } from '../i18n/en';

type NoticeCode =
  | Extract<Notice, { source: 'storage' }>['problem']
  | Extract<Notice, { source: 'decode' }>['problem']['code'];

const MESSAGES: { [Code in NoticeCode]: MessageKey } = {
  unavailable: 'progress.notice.unavailable',
  'write-failed': 'progress.notice.write-failed',
  unreadable: 'progress.notice.unreadable',
  'not-progress': 'progress.notice.not-progress',
  'newer-version': 'progress.notice.newer-version',
  'partly-invalid': 'progress.notice.partly-invalid',
};

/** Tells the learner when progress cannot be saved or could not be read. Renders nothing otherwise. */
export function ProgressNotice() {
  const notice = useStore($progressNotice);
  if (notice === null) return null;
  const { problem } = notice;
  const code = typeof problem === 'string' ? problem : problem.code;
  const dropped = typeof problem === 'object' && problem.code === 'partly-invalid' ? problem.dropped : 0;
  return (
    <div class="notice notice-warning" role="alert">
      <p>{t(MESSAGES[code], { dropped })}</p>
      <button type="button" class="button-quiet" onClick={dismissProgressNotice}>
        {t('progress.notice.dismiss')}
      </button>
    </div>
  );
}
