import { useState } from 'preact/hooks';
import { masteryByTag } from '../../lib/progress/mastery';
import type { Progress } from '../../lib/progress/types';
import { areaName } from '../../i18n/en-areas';
import { DOMAIN_NAMES, domainName, secName } from '../../i18n/en-tags';
import { levelName, td } from '../../i18n/en-dashboard';
import { tl } from '../../i18n/en-dashboard-later';
import { DataTable } from './DataTable';

const score = (percent: number, earned: number, total: number) =>
  total > 0 ? tl('mastery.scoreValue', { percent, earned, count: total }) : td('none');

/** Id of the rules the progress page writes out below the dashboard (server-rendered, in a closed `<details>`). */
export const RULES_ID = 'mastery-rules';

/** The ways the table groups answers: by topic, by exam domain, by security pillar question. */
const VIEWS = ['area', 'domain', 'sec'] as const;
type View = (typeof VIEWS)[number];

/** A row's name and its place in the table: domains in the exam guide's order, SEC by number, topics A–Z. */
const ROWS: Record<View, { name: (value: string) => string; rank: (value: string) => number }> = {
  area: { name: areaName, rank: () => 0 },
  domain: { name: domainName, rank: (value) => Object.keys(DOMAIN_NAMES).indexOf(value) },
  sec: { name: secName, rank: Number },
};

/**
 * Mastery by topic (area tags), by exam domain or by security pillar question, named for people,
 * full-quiz scores and practice apart, and a link to the rules that decide each level.
 */
export function Mastery({ progress }: { progress: Progress }) {
  const [view, setView] = useState<View>('area');
  const prefix = `${view}:`;
  const { name, rank } = ROWS[view];
  const topics = Object.entries(masteryByTag(progress))
    .filter(([tag]) => tag.startsWith(prefix))
    .map(([tag, mastery]) => {
      const value = tag.slice(prefix.length);
      return { tag, name: name(value), rank: rank(value), mastery };
    })
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'en'));
  return (
    <section aria-labelledby="mastery-heading">
      <h2 id="mastery-heading">{tl('mastery.heading')}</h2>
      <p>{tl('mastery.intro')}</p>
      <fieldset class="mastery-view">
        <legend>{tl('mastery.view')}</legend>
        {VIEWS.map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="mastery-view"
              value={option}
              checked={view === option}
              onChange={() => setView(option)}
            />{' '}
            {tl(`mastery.view.${option}`)}
          </label>
        ))}
      </fieldset>
      {topics.length > 0 ? (
        <DataTable
          label={tl(`mastery.table.${view}`)}
          columns={[
            tl(`mastery.topic.${view}`),
            tl('mastery.score'),
            tl('mastery.level'),
            tl('mastery.practice'),
          ]}
          rows={topics.map(({ tag, name: header, mastery }) => ({
            key: tag,
            header,
            cells: [
              score(mastery.percent, mastery.earned, mastery.total),
              levelName(mastery.level),
              score(mastery.practicePercent, mastery.practiceEarned, mastery.practiceTotal),
            ],
          }))}
        />
      ) : (
        <p>{tl('mastery.empty')}</p>
      )}
      <p>
        {/* The rules are folded away: the browser opens them when the link leads into them. */}
        <a href={`#${RULES_ID}`}>{tl('mastery.rulesLink')}</a>
      </p>
    </section>
  );
}
