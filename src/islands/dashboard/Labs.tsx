import { dayKey } from '../../lib/core/local-day';
import { summarizeLabs, type CourseLab } from '../../lib/progress/lab-summary';
import type { Progress } from '../../lib/progress/types';
import { tableDay, tl } from '../../i18n/en-dashboard-later';
import { labHref, labsHref } from '../../lib/course/routes';
import { DataTable } from './DataTable';

/**
 * The labs: how many of the course's labs are completed, then each started lab with its status,
 * its best run (checks passed, least-privilege probes denied) and the day of its last run.
 */
export function Labs({ progress, labs }: { progress: Progress; labs: readonly CourseLab[] }) {
  if (labs.length === 0) return null;
  const summary = summarizeLabs(progress, labs);
  return (
    <section aria-labelledby="labs-heading">
      <h2 id="labs-heading">{tl('labs.heading')}</h2>
      <p>
        {tl('labs.completed', { completed: summary.completed, total: summary.total })}{' '}
        <a href={labsHref}>{tl('labs.browse')}</a>
      </p>
      {summary.started.length === 0 ? (
        <p>{tl('labs.none')}</p>
      ) : (
        <>
          <p class="lesson-meta">{tl('labs.bestNote')}</p>
          <DataTable
            label={tl('labs.table')}
            columns={[
              tl('labs.lab'),
              tl('labs.status'),
              tl('labs.checks'),
              tl('labs.probes'),
              tl('labs.last'),
            ]}
            rows={summary.started.map((lab) => ({
              key: lab.id,
              header: <a href={labHref(lab.id)}>{lab.title}</a>,
              cells: [
                <span key="status" class={lab.status === 'completed' ? 'status status-completed' : 'status'}>
                  {tl(`labs.status.${lab.status}`)}
                </span>,
                tl('labs.ofTotal', { passed: lab.best.checksPassed, total: lab.best.checksTotal }),
                lab.best.probesTotal === 0
                  ? tl('labs.noProbes')
                  : tl('labs.ofTotal', { passed: lab.best.probesDenied, total: lab.best.probesTotal }),
                <span key="last" class="nowrap">
                  {tableDay(dayKey(lab.lastRunAt) ?? '')}
                </span>,
              ],
            }))}
          />
        </>
      )}
    </section>
  );
}
