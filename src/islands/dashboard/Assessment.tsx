import { dayKey } from '../../lib/core/local-day';
import { attemptCounts, lastFullAttemptAt } from '../../lib/progress/stats';
import { summarizeQuiz } from '../../lib/progress/summary';
import type { Progress } from '../../lib/progress/types';
import { longDay, td } from '../../i18n/en-dashboard';
import { tl } from '../../i18n/en-dashboard-later';

/** The final assessment as the dashboard needs it. */
export interface AssessmentInfo {
  id: string;
  href: string;
  /** Pass mark, whole percent. */
  passPercent: number;
}

/**
 * The final assessment on its own card: the best full result and whether it passed, the pass
 * mark, how many full attempts and the learner's day of the last, and the way to it. Retries of
 * its missed questions are practice and are said to change nothing here.
 */
export function Assessment({ progress, assessment }: { progress: Progress; assessment: AssessmentInfo }) {
  const { best, passed, attempts } = summarizeQuiz(progress, assessment.id);
  const { practice } = attemptCounts(progress, assessment.id);
  const last = dayKey(lastFullAttemptAt(progress, assessment.id) ?? '');
  const percent = (value: number) => td('percent', { percent: value });
  return (
    <section class="assessment-card" aria-labelledby="assessment-heading">
      <h2 id="assessment-heading">{tl('assessment.heading')}</h2>
      {best === null && <p>{tl('assessment.none')}</p>}
      <dl class="facts">
        {best !== null && (
          <div>
            <dt>{tl('assessment.best')}</dt>
            <dd>
              {percent(best.percent)}{' '}
              <strong class={passed ? 'status status-completed' : 'status'}>
                {tl(passed ? 'assessment.passed' : 'assessment.notPassed')}
              </strong>
            </dd>
          </div>
        )}
        <div>
          <dt>{tl('assessment.pass')}</dt>
          <dd>{percent(assessment.passPercent)}</dd>
        </div>
        {attempts > 0 && (
          <div>
            <dt>{tl('assessment.attempts')}</dt>
            <dd>{attempts}</dd>
          </div>
        )}
        {last !== null && (
          <div>
            <dt>{tl('assessment.last')}</dt>
            <dd>{longDay(last)}</dd>
          </div>
        )}
      </dl>
      {practice > 0 && <p>{tl('assessment.practice', { count: practice })}</p>}
      <p>
        <a class="button" href={assessment.href}>
          {tl('assessment.link')}
        </a>
      </p>
    </section>
  );
}
