import { MASTERY_THRESHOLDS } from '../../lib/progress/mastery';
import { studyNext, type CourseModule, type StudySuggestion } from '../../lib/progress/stats';
import type { Progress } from '../../lib/progress/types';
import { areaName } from '../../i18n/en-areas';
import { tl } from '../../i18n/en-dashboard-later';

/** What to call a suggestion, where it links, and why, in words. */
function describe(suggestion: StudySuggestion): { name: string; href?: string | undefined; reason: string } {
  if (suggestion.kind === 'not-started') {
    return {
      name: suggestion.title,
      href: suggestion.href,
      reason: tl('next.notStarted', { module: suggestion.module }),
    };
  }
  const { topic, page, percent, total: count } = suggestion;
  const name = topic.type === 'module' ? topic.title : areaName(topic.area);
  if (suggestion.kind === 'strong-topic') {
    const mastered = MASTERY_THRESHOLDS.mastered.overall;
    return { name, href: page?.href, reason: tl('next.strong', { percent, count, mastered }) };
  }
  if (topic.type === 'module')
    return { name, href: page?.href, reason: tl('next.weakModule', { percent, count }) };
  return page === undefined
    ? { name, reason: tl('next.weakAreaNoPage', { percent, count }) }
    : { name, href: page.href, reason: tl('next.weakArea', { percent, count, page: page.title }) };
}

/** Up to three suggestions: weak topics, then lessons not started, then topics to master. */
export function StudyNext({ progress, modules }: { progress: Progress; modules: readonly CourseModule[] }) {
  const suggestions = studyNext(progress, { modules }).map((suggestion) => ({
    key: `${suggestion.kind}-${suggestion.tag}-${suggestion.kind === 'not-started' ? suggestion.href : ''}`,
    ...describe(suggestion),
  }));
  return (
    <section aria-labelledby="next-heading">
      <h2 id="next-heading">{tl('next.heading')}</h2>
      {suggestions.length === 0 ? (
        <p>{tl('next.empty')}</p>
      ) : (
        <ul>
          {suggestions.map(({ key, name, href, reason }) => (
            <li key={key}>
              {href === undefined ? <strong>{name}</strong> : <a href={href}>{name}</a>}
              {`: ${reason}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
