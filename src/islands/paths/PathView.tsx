import { useStore } from '@nanostores/preact';
import { pathRecordHref } from '../../lib/course/routes';
import { pathProgress, type CourseInput } from '../../lib/paths/status';
import type { Path } from '../../schemas/path';
import { $progress } from '../../stores/progress';
import { $followedPaths, followPath, unfollowPath } from '../../stores/paths';
import { durationText, tp } from '../../i18n/en-paths';
import { ProgressNotice } from '../ProgressNotice';
import { useMounted } from '../use-mounted';
import { StepList } from './StepList';

export interface PathViewProps {
  id: string;
  path: Path;
  course: CourseInput;
}

/**
 * A learning path: whether the learner follows it (a shared link offers to follow it: "assign by
 * link"), the steps done, the time left, the next step, and each step's status. The server renders
 * the steps alone; the learner's status appears once stored progress has been read.
 */
export default function PathView({ id, path, course }: PathViewProps) {
  const mounted = useMounted();
  const progress = useStore($progress);
  const followed = useStore($followedPaths).includes(id);
  const status = pathProgress(path, progress, course);

  return (
    <div class="path-view">
      {mounted && <ProgressNotice />}
      {mounted && (
        <div class={followed ? 'path-follow' : 'path-follow notice'}>
          {followed ? (
            <p>
              {tp('following')}{' '}
              <button type="button" class="button-quiet" onClick={() => unfollowPath(id)}>
                {tp('unfollow')}
              </button>
            </p>
          ) : (
            <>
              <p>{tp('follow.offer')}</p>
              <button type="button" class="button" onClick={() => followPath(id)}>
                {tp('follow')}
              </button>
            </>
          )}
        </div>
      )}
      <p class="path-summary" aria-live="polite">
        {mounted
          ? `${tp('steps.done', { done: status.done, count: status.required })} · ${tp('time.left', {
              time: durationText(status.minutesLeft),
            })}`
          : '\u00a0'}
      </p>
      {mounted && status.complete && (
        <p class="path-complete">
          {tp('complete')} <a href={pathRecordHref(id)}>{tp('complete.record')}</a>
        </p>
      )}
      {mounted && status.next !== null && (
        <p class="path-next">
          {tp(status.complete ? 'next.optional' : 'next')} <a href={status.next.href}>{status.next.title}</a>
        </p>
      )}
      <StepList steps={status.steps} mounted={mounted} />
    </div>
  );
}
