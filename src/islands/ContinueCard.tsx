import { dueCount } from '../lib/review/deck';
import { nextStep, type CourseStep } from '../lib/course/sequence';
import { reviewHref } from '../lib/course/routes';
import { $progress } from '../stores/progress';
import { $reviewDeck } from '../stores/review';
import { tc } from '../i18n/en-course';
import { useAtom } from './use-atom';

/** A step of the course as the card needs it, with its module's order and title. */
export type CardStep = Pick<CourseStep, 'href' | 'quiz'> & {
  /** The step's name: a lesson's title, "Module quiz: …" or "Final assessment". */
  name: string;
  /** "Module 2: …", or absent for the final assessment. */
  module?: string | undefined;
};

export interface ContinueCardProps {
  /** Every step of the course in order (see `courseSequence`). */
  steps: CardStep[];
}

/** "Continue where you left off": the first step not yet passed, and the reviews due today. */
export default function ContinueCard({ steps }: ContinueCardProps) {
  const next = nextStep(steps, useAtom($progress));
  const due = dueCount(useAtom($reviewDeck), new Date());
  return (
    <section class="continue-card" aria-labelledby="continue-course-heading">
      <h2 id="continue-course-heading">{tc('continue.heading')}</h2>
      {next === null ? (
        <p>{tc('continue.done')}</p>
      ) : (
        <>
          {next.module !== undefined && <p class="eyebrow">{next.module}</p>}
          <p>
            <a class="button" href={next.href}>
              {next.name}
            </a>
          </p>
        </>
      )}
      {due > 0 && (
        <p>
          <a href={reviewHref}>{tc('continue.reviews', { count: due })}</a>
        </p>
      )}
    </section>
  );
}
