import { attemptCounts } from '../../lib/progress/stats';
import { summarizeQuiz } from '../../lib/progress/summary';
import type { Progress } from '../../lib/progress/types';
import { td } from '../../i18n/en-dashboard';

/** The final assessment as the dashboard needs it. */
export interface AssessmentInfo {
  id: string;
  href: string;
  /** Pass mark, whole percent. */
  passPercent: number;
}

/**
 * The final assessment on its own: its best full result and whether it was passed. Retries of its
 * missed questions are practice and are said to change nothing here.
 */
export function Assessment({ progress, assessment }: { progress: Progress; assessment: AssessmentInfo }) {
  const summary = summarizeQuiz(progress, assessment.id);
  const { practice } = attemptCounts(progress, assessment.id);
  const pass = assessment.passPercent;
  return (
    <section class="assessment-card" aria-labelledby="assessment-heading">
      <h2 id="assessment-heading">{td('assessment.heading')}</h2>
      {summary.best === null ? (
        <p>{td('assessment.none')}</p>
      ) : (
        <p>
          {td('assessment.best', { percent: summary.best.percent })}{' '}
          <strong class={summary.passed ? 'status status-completed' : 'status'}>
            {td(summary.passed ? 'assessment.passed' : 'assessment.notPassed', { pass })}
          </strong>
        </p>
      )}
      {practice > 0 && <p>{td('assessment.practice', { count: practice })}</p>}
      <p>
        <a href={assessment.href}>{td('assessment.link')}</a>
      </p>
    </section>
  );
}
