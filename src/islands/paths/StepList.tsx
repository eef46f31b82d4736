import type { StepProgress } from '../../lib/paths/status';
import { tp } from '../../i18n/en-paths';

/** The steps of a path, in order, each with its kind, time and (once mounted) the learner's status. */
export function StepList({ steps, mounted }: { steps: StepProgress[]; mounted: boolean }) {
  return (
    <ol class="path-steps">
      {steps.map((step) => (
        <li
          key={`${step.kind}:${step.id}`}
          class={mounted && step.status === 'done' ? 'path-step is-done' : 'path-step'}
        >
          <a href={step.href}>{step.title}</a>
          <p class="lesson-meta">
            {tp(`kind.${step.kind}`)}
            {' · '}
            {tp('minutes', { minutes: step.minutes })}
            {!step.required && <> · {tp('optional')}</>}
            {mounted && (
              <>
                {' · '}
                <span class={step.status === 'done' ? 'status status-completed' : 'status'}>
                  {tp(`status.${step.status}`)}
                </span>
                {step.bestPercent !== null && <> · {tp('best', { percent: step.bestPercent })}</>}
                {step.labBest !== null && (
                  <>
                    {' · '}
                    {tp('lab.checks', { passed: step.labBest.checksPassed, count: step.labBest.checksTotal })}
                  </>
                )}
              </>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
