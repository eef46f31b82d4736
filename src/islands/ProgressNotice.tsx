import { useEffect, useState } from 'preact/hooks';
import { $progressNotice, dismissProgressNotice } from '../stores/progress';
import { useAtom } from './use-atom';

// The words load only when there is a notice to show: most pages never need them.
const noticeWords = () => import('../i18n/en-notices');

/** Tells the learner when progress cannot be saved or could not be read. Renders nothing otherwise. */
export function ProgressNotice() {
  const notice = useAtom($progressNotice);
  const [words, setWords] = useState<Awaited<ReturnType<typeof noticeWords>> | null>(null);
  useEffect(() => {
    if (notice !== null && words === null) void noticeWords().then(setWords);
  }, [notice, words]);
  if (notice === null || words === null) return null;
  const { problem } = notice;
  const code = typeof problem === 'string' ? problem : problem.code;
  const dropped = typeof problem === 'object' && problem.code === 'partly-invalid' ? problem.dropped : 0;
  return (
    <div class="notice notice-warning" role="alert">
      <p>{words.tn(code, { count: dropped })}</p>
      <button type="button" class="button-quiet" onClick={dismissProgressNotice}>
        {words.tn('dismiss')}
      </button>
    </div>
  );
}
