import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { layoutHistory, type QuizRoles, type Series } from '../../lib/progress/history-chart';
import type { HistoryEntry } from '../../lib/progress/stats';
import { REVIEW_QUIZ_ID } from '../../lib/progress/types';
import { td } from '../../i18n/en-dashboard';
import { seriesName, shortDay, tableDay, tl } from '../../i18n/en-dashboard-later';
import { DataTable } from './DataTable';

const HEIGHT = 220;

/** The marker of one series, centred on (x, y): circle, square, triangle, diamond or ring. */
function Marker({ series, x, y }: { series: Series; x: number; y: number }) {
  const className = `chart-point series-${series}`;
  if (series === 'lesson' || series === 'retry') return <circle class={className} cx={x} cy={y} r="4.5" />;
  if (series === 'module') return <rect class={className} x={x - 4} y={y - 4} width="8" height="8" />;
  const points =
    series === 'final'
      ? `${x},${y - 6} ${x + 6},${y + 4.5} ${x - 6},${y + 4.5}`
      : `${x},${y - 6} ${x + 6},${y} ${x},${y + 6} ${x - 6},${y}`;
  return <polygon class={className} points={points} />;
}

/** The width the chart has on the page, in CSS pixels, kept up to date; null before it is measured. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const measure = () => setWidth(Math.round(element.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

/**
 * The score of each attempt by day: a y axis from 0 to 100 % with the pass mark, an x axis of the
 * learner's days, one line per kind of quiz (lesson quiz, module quiz, final assessment, retries
 * of missed questions, reviews), each with its own colour, dash and marker, and a legend. The
 * chart is drawn at the width it has, so its labels keep their reading size on a phone; the same
 * attempts follow as a table for every reader.
 */
export function History({
  history,
  quizTitles,
  roles,
  passPercent,
}: {
  history: HistoryEntry[];
  quizTitles: Record<string, string>;
  roles: QuizRoles;
  passPercent: number;
}) {
  const [ref, width] = useWidth();
  const chart = layoutHistory(history, { width: width ?? 600, height: HEIGHT, roles });
  const { plot, y } = chart;
  const full = history.filter((entry) => entry.kind === 'quiz').map((entry) => entry.percent);
  const desc = [
    tl('history.chartDesc', {
      count: history.length,
      from: tableDay(history[0]?.day ?? ''),
      to: tableDay(history[history.length - 1]?.day ?? ''),
    }),
    full.length === 0
      ? ''
      : tl('history.chartDescFull', {
          first: full[0] ?? 0,
          latest: full[full.length - 1] ?? 0,
          best: Math.max(...full),
        }),
    tl('history.chartDescPass', { pass: passPercent }),
  ].join(' ');
  const title = (entry: HistoryEntry) =>
    entry.quizId === REVIEW_QUIZ_ID ? tl('history.reviewTitle') : (quizTitles[entry.quizId] ?? entry.quizId);

  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{tl('history.heading')}</h2>
      <div class="chart-box" ref={ref}>
        {width !== null && (
          <svg
            class="chart"
            width={width}
            height={HEIGHT}
            viewBox={`0 0 ${width} ${HEIGHT}`}
            role="img"
            aria-labelledby="chart-title"
            aria-describedby="chart-desc"
          >
            <title id="chart-title">{tl('history.chartTitle')}</title>
            <desc id="chart-desc">{desc}</desc>
            {chart.percentTicks.map((tick) => (
              <g key={tick.percent}>
                <line class="chart-grid" x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
                <text class="chart-label" x={plot.left - 6} y={tick.y + 4} text-anchor="end">
                  {td('percent', { percent: tick.percent })}
                </text>
              </g>
            ))}
            <line class="chart-axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
            {chart.dayTicks.map((tick) => (
              <g key={tick.day}>
                <line class="chart-axis" x1={tick.x} x2={tick.x} y1={plot.bottom} y2={plot.bottom + 5} />
                <text class="chart-label" x={tick.x} y={plot.bottom + 20} text-anchor="middle">
                  {shortDay(tick.day)}
                </text>
              </g>
            ))}
            <line class="chart-pass" x1={plot.left} x2={plot.right} y1={y(passPercent)} y2={y(passPercent)} />
            {chart.lines.map((line) => (
              <polyline
                key={line.series}
                class={`chart-line series-${line.series}`}
                points={line.points.map((point) => `${point.x},${point.y}`).join(' ')}
              />
            ))}
            {chart.points.map((point) => (
              <Marker key={point.entry.id} series={point.series} x={point.x} y={point.y} />
            ))}
          </svg>
        )}
      </div>
      <ul class="chart-legend" aria-label={tl('history.legend')}>
        {chart.lines.map(({ series }) => (
          <li key={series}>
            <svg class="chart-key" viewBox="-14 -8 28 16" aria-hidden="true">
              <line class={`chart-line series-${series}`} x1="-14" x2="14" y1="0" y2="0" />
              <Marker series={series} x={0} y={0} />
            </svg>
            {seriesName(series)}
          </li>
        ))}
        <li>
          <svg class="chart-key" viewBox="-14 -8 28 16" aria-hidden="true">
            <line class="chart-pass" x1="-14" x2="14" y1="0" y2="0" />
          </svg>
          {tl('history.passKey', { pass: passPercent })}
        </li>
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
          rows={chart.points.map(({ entry, series }) => ({
            key: entry.id,
            header: <span class="nowrap">{tableDay(entry.day)}</span>,
            cells: [
              title(entry),
              seriesName(series),
              tl(`mode.${entry.mode}`),
              td('percent', { percent: entry.percent }),
              entry.kind === 'quiz' ? tl(entry.passed ? 'history.yes' : 'history.no') : td('none'),
            ],
          }))}
        />
      </details>
    </section>
  );
}
