import { useStore } from '@nanostores/preact';
import { pathHref } from '../../lib/course/routes';
import { pathProgress } from '../../lib/paths/status';
import { $progress } from '../../stores/progress';
import { $followedPaths } from '../../stores/paths';
import { durationText, tp } from '../../i18n/en-paths';
import { useMounted } from '../use-mounted';
import type { PathsProps } from './types';

export type PathCardsProps = PathsProps;

/** Every learning path with who it is for and how long it takes; once mounted, the learner's status in each. */
export default function PathCards({ paths, course }: PathCardsProps) {
  const mounted = useMounted();
  const progress = useStore($progress);
  const followed = useStore($followedPaths);
  return (
    <ul class="path-cards">
      {paths.map(({ id, path }) => {
        const status = pathProgress(path, progress, course);
        return (
          <li key={id} class="path-card">
            <h2>
              <a href={pathHref(id)}>{path.title}</a>
            </h2>
            <p class="eyebrow">{path.audience}</p>
            <p>{path.summary}</p>
            <p class="lesson-meta">
              {tp('steps.count', { count: path.steps.length })} · {durationText(status.minutesTotal)}
              {mounted && followed.includes(id) && <> · {tp('follow.badge')}</>}
              {mounted && status.startedAt !== null && (
                <> · {tp('steps.done', { done: status.done, count: status.required })}</>
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
