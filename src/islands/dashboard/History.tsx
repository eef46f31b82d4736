import type { HistoryEntry } from '../../lib/progress/stats';
import { REVIEW_QUIZ_ID, type AttemptKind } from '../../lib/progress/types';
import { kindName, tl } from '../../i18n/en-dashboard-later';
import { DataTable } from './DataTable';

const KINDS: readonly AttemptKind[] = ['quiz', 'retry', 'review'];
const WIDTH = 600;
const HEIGHT = 200;
const PASS_LINE = 70;

/** The marker of one kind of attempt, centred on (x, y): a circle, a square or a diamond. */
function Marker({ kind, x, y, filled }: { kind: AttemptKind; x: number; y: number; filled: boolean }) {
  const className = `chart-point kind-${kind}${filled ? ' is-passed' : ''}`;
  if (kind === 'quiz') return <circle class={className} cx={x} cy={y} r="5" />;
  if (kind === 'retry') return <rect class={className} x={x - 4.5} y={y - 4.5} width="9" height="9" />;
  return <polygon class={className} points={`${x},${y - 6} ${x + 6},${y} ${x},${y + 6} ${x - 6},${y}`} />;
}

/**
 * The score of each attempt as a chart, one line per kind of attempt (full quiz, retry of missed
 * questions, review) with its own marker and a legend, and the same data as a table for every
 * reader.
 */
export function History({
  history,
  quizTitles,
}: {
  history: HistoryEntry[];
  quizTitles: Record<string, string>;
}) {
  const x = (index: number) =>
    history.length === 1 ? WIDTH / 2 : 20 + (index * (WIDTH - 40)) / (history.length - 1);
  const y = (percent: number) => HEIGHT - 20 - (percent * (HEIGHT - 40)) / 100;
  const placed = history.map((entry, index) => ({ entry, cx: x(index), cy: y(entry.percent) }));
  const kinds = KINDS.filter((kind) => history.some((entry) => entry.kind === kind));
  const full = history.filter((entry) => entry.kind === 'quiz').map((entry) => entry.percent);
  const desc = [
    tl('history.chartDesc', { count: history.length }),
    ...(full.length === 0
      ? []
      : [tl('history.chartDescFull', { latest: full[full.length - 1] ?? 0, best: Math.max(...full) })]),
  ].join(' ');
  const title = (entry: HistoryEntry) =>
    entry.quizId === REVIEW_QUIZ_ID ? tl('history.reviewTitle') : (quizTitles[entry.quizId] ?? entry.quizId);

  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{tl('history.heading')}</h2>
      <svg
        class="chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="chart-title chart-desc"
      >
        <title id="chart-title">{tl('history.chartTitle')}</title>
        <desc id="chart-desc">{desc}</desc>
        <line class="chart-axis" x1="20" x2={WIDTH - 20} y1={y(0)} y2={y(0)} />
        <line class="chart-pass" x1="20" x2={WIDTH - 20} y1={y(PASS_LINE)} y2={y(PASS_LINE)} />
        {kinds.map((kind) => (
          <polyline
            key={kind}
            class={`chart-line kind-${kind}`}
            points={placed
              .filter(({ entry }) => entry.kind === kind)
              .map(({ cx, cy }) => `${cx},${cy}`)
              .join(' ')}
          />
        ))}
        {placed.map(({ entry, cx, cy }) => (
          <Marker
            key={entry.id}
            kind={entry.kind}
            x={cx}
            y={cy}
            filled={entry.kind === 'quiz' && entry.passed}
          />
        ))}
      </svg>
      <ul class="chart-legend" aria-label={tl('history.legend')}>
        {kinds.map((kind) => (
          <li key={kind}>
            <svg class="chart-key" viewBox="-10 -8 20 16" aria-hidden="true">
              <line class={`chart-line kind-${kind}`} x1="-10" x2="10" y1="0" y2="0" />
              <Marker kind={kind} x={0} y={0} filled={false} />
            </svg>
            {kindName(kind)}
          </li>
        ))}
      </ul>
      <details>
        <summary>{tl('history.table')}</summary>
        <DataTable
          label={tl('history.tableLabel')}
          columns={[
            tl('history.date'),
            tl('history.quiz'),
            tl('history.kind'),
            tl('history.mode'),
            tl('history.score'),
            tl('history.passed'),
          ]}
          rows={history.map((entry) => ({
            key: entry.id,
            header: <span class="nowrap">{entry.day}</span>,
            cells: [
              title(entry),
              kindName(entry.kind),
              tl(`mode.${entry.mode}`),
              tl('percent', { percent: entry.percent }),
              entry.kind === 'quiz' ? tl(entry.passed ? 'history.yes' : 'history.no') : tl('none'),
            ],
          }))}
        />
      </details>
    </section>
  );
}
