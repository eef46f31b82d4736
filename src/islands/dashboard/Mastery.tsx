import { masteryByTag } from '../../lib/progress/mastery';
import type { Progress } from '../../lib/progress/types';
import { areaName } from '../../i18n/en-areas';
import { levelName, td } from '../../i18n/en-dashboard';
import { DataTable } from './DataTable';

const score = (percent: number, earned: number, total: number) =>
  total > 0 ? td('mastery.scoreValue', { percent, earned, count: total }) : td('none');

/** Id of the rules the progress page writes out below the dashboard (server-rendered). */
export const RULES_ID = 'mastery-rules';

/**
 * Mastery by topic (area tags) with topics named for people, full-quiz scores and practice apart,
 * and a link to the rules that decide each level.
 */
export function Mastery({ progress }: { progress: Progress }) {
  const topics = Object.entries(masteryByTag(progress))
    .filter(([tag]) => tag.startsWith('area:'))
    .map(([tag, mastery]) => ({ tag, name: areaName(tag.slice('area:'.length)), mastery }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return (
    <section aria-labelledby="mastery-heading">
      <h2 id="mastery-heading">{td('mastery.heading')}</h2>
      <p>{td('mastery.intro')}</p>
      {topics.length > 0 && (
        <DataTable
          label={td('mastery.table')}
          columns={[td('mastery.topic'), td('mastery.score'), td('mastery.level'), td('mastery.practice')]}
          rows={topics.map(({ tag, name, mastery }) => ({
            key: tag,
            header: name,
            cells: [
              score(mastery.percent, mastery.earned, mastery.total),
              levelName(mastery.level),
              score(mastery.practicePercent, mastery.practiceEarned, mastery.practiceTotal),
            ],
          }))}
        />
      )}
      <p>
        <a href={`#${RULES_ID}`}>{td('mastery.rulesLink')}</a>
      </p>
    </section>
  );
}
