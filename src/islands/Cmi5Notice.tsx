import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $cmi5, startCmi5, type Cmi5Status } from '../stores/cmi5';
import { tc } from '../i18n/en-cmi5';
import { wholePercent } from '../lib/core/numbers';

const textOf = (status: Cmi5Status): string => {
  switch (status.state) {
    case 'connecting':
      return tc('status.connecting');
    case 'connected':
      return tc(
        status.mode === 'Normal'
          ? 'status.connected'
          : status.mode === 'Browse'
            ? 'status.browse'
            : 'status.review',
      );
    case 'sending':
      return tc('status.sending');
    case 'sent':
      return status.verb === null
        ? tc('status.sent.other')
        : tc(`status.sent.${status.verb}`, { score: wholePercent(status.scaled, 1) });
    case 'problem':
      return tc(`problem.${status.problem}`, { detail: status.detail });
  }
};

/**
 * What a quiz launched from an LMS tells the learner: that it reports to the LMS, whether the
 * result arrived, or why nothing is sent (local progress is always kept). QuizIsland loads it,
 * with the cmi5 runtime, only when the address carries cmi5 launch parameters; mounting it starts
 * the session (once a page, however often the quiz view changes).
 */
export function Cmi5Notice({ quizId }: { quizId: string }) {
  const status = useStore($cmi5);
  useEffect(() => {
    const policy = document.querySelector('meta[http-equiv="content-security-policy" i]');
    void startCmi5(quizId, {
      search: location.search,
      policy: policy?.getAttribute('content') ?? '',
      origin: location.origin,
    });
  }, [quizId]);
  const problem = status.state === 'problem';
  return (
    <div class={problem ? 'notice notice-warning' : 'notice'} role={problem ? 'alert' : 'status'}>
      <p>{textOf(status)}</p>
      {status.state === 'sent' && status.verb !== null && (
        <p>{tc(status.done ? 'status.done' : 'status.notDone')}</p>
      )}
      {status.state === 'sent' && status.returnUrl !== null && (
        <p>
          <a href={status.returnUrl}>{tc('status.return')}</a>
        </p>
      )}
    </div>
  );
}
