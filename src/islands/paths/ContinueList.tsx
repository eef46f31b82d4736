import { useStore } from '@nanostores/preact';
import { pathHref, pathRecordHref } from '../../lib/course/routes';
import { pathProgress } from '../../lib/paths/status';
import { $progress } from '../../stores/progress';
import { $followedPaths } from '../../stores/paths';
import { tp } from '../../i18n/en-paths';
import type { ContinuePathsProps } from './types';

/**
 * "Continue <path>: <next step>" for each path the learner follows or has started, followed ones
 * first in the order followed; a completed path links its record. Nothing when there is none.
 */
export default function ContinueList({ paths, course }: ContinuePathsProps) {
  const progress = useStore($progress);
  const followed = useStore($followedPaths);
  const rank = (id: string) => (followed.includes(id) ? followed.indexOf(id) : followed.length);
  const shown = paths
    .map(({ id, path }) => ({ id, path, status: pathProgress(path, progress, course) }))
    .filter(({ id, status }) => followed.includes(id) || status.startedAt !== null)
    .sort((a, b) => rank(a.id) - rank(b.id));
  if (shown.length === 0) return null;
  return (
    <section class="continue-paths" aria-labelledby="continue-heading">
      <h2 id="continue-heading">{tp('continue.heading')}</h2>
      <ul>
        {shown.map(({ id, path, status }) => (
          <li key={id}>
            {status.complete || status.next === null ? (
              <>
                <a href={pathHref(id)}>{tp('continue.complete', { path: path.title })}</a>{' '}
                <a href={pathRecordHref(id)}>{tp('continue.record')}</a>
              </>
            ) : (
              <a href={status.next.href}>{tp('continue', { path: path.title, step: status.next.title })}</a>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
