/**
 * The attempt history as a chart: which series each attempt belongs to, where it sits, and which
 * dates and percentages label the axes. Numbers and day keys only: the dashboard draws the SVG
 * and words the labels. Geometry is in the chart's own pixels, so the page can draw it at the
 * width it has and keep its text at reading size.
 */
import { dayNumber } from '../core/time';
import type { HistoryEntry } from './stats';

/**
 * The series of the chart, in legend order: full attempts at a lesson quiz, a module quiz or the
 * final assessment, then the practice kinds of `AttemptKind` (retries of missed questions, of
 * whichever quiz, and review sessions).
 */
export const SERIES = ['lesson', 'module', 'final', 'retry', 'review'] as const;
export type Series = (typeof SERIES)[number];

/** Which quiz ids are module quizzes and which is the final assessment; every other is a lesson's. */
export interface QuizRoles {
  moduleQuizzes: readonly string[];
  finalQuiz: string;
}

/** The series of one attempt. */
export function seriesOf(entry: Pick<HistoryEntry, 'kind' | 'quizId'>, roles: QuizRoles): Series {
  if (entry.kind !== 'quiz') return entry.kind;
  if (entry.quizId === roles.finalQuiz) return 'final';
  return roles.moduleQuizzes.includes(entry.quizId) ? 'module' : 'lesson';
}

/** Space around the plot for the axis labels, in chart pixels. */
export const MARGIN = { top: 12, right: 28, bottom: 34, left: 48 } as const;

/** Percentages labelled on the y axis. */
export const PERCENT_TICKS = [0, 25, 50, 75, 100] as const;

/**
 * Fewest pixels between the centres of two date labels: a label ("28 Nov") is at most about 44
 * pixels wide at the chart's text size, plus a gap.
 */
export const MIN_TICK_SPACING = 60;

/** Day steps between date labels, smallest first: every day, every other day, …, weekly, monthly. */
const DAY_STEPS = [1, 2, 3, 7, 14, 28, 56, 91, 182, 364];

export interface ChartPoint {
  entry: HistoryEntry;
  series: Series;
  x: number;
  y: number;
}

export interface HistoryChart {
  width: number;
  height: number;
  /** The plot area inside the margins. */
  plot: { left: number; right: number; top: number; bottom: number };
  /** Every attempt, in the order given (oldest first). */
  points: ChartPoint[];
  /** The series that have attempts, in `SERIES` order, each with its points oldest first. */
  lines: { series: Series; points: ChartPoint[] }[];
  /** Date labels: a learner's day (`YYYY-MM-DD`) and the x of that day's middle. */
  dayTicks: { day: string; x: number }[];
  /** Percent labels and their y. */
  percentTicks: { percent: number; y: number }[];
  /** The y of a percentage. */
  y: (percent: number) => number;
}

const DAY_MS = 86_400_000;
const keyOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Lays out `history` (oldest first, dated on the learner's days) on a chart `width` by `height`
 * pixels. The x axis is calendar days, from the first attempt's day to the last's: each day is one
 * equal slot, and a day's attempts share its slot in the order they were made, so several
 * attempts on one day stay apart and a week without any shows as a gap. Date labels name a day
 * every 1, 2, 3, 7, 14, 28… days, the smallest step that keeps their centres at least
 * `minSpacing` pixels apart, starting with the first day. The y axis is 0 to 100 %.
 */
export function layoutHistory(
  history: readonly HistoryEntry[],
  {
    width,
    height,
    roles,
    minSpacing = MIN_TICK_SPACING,
  }: {
    width: number;
    height: number;
    roles: QuizRoles;
    minSpacing?: number;
  },
): HistoryChart {
  const plot = {
    left: MARGIN.left,
    right: Math.max(MARGIN.left + 1, width - MARGIN.right),
    top: MARGIN.top,
    bottom: Math.max(MARGIN.top + 1, height - MARGIN.bottom),
  };
  const y = (percent: number) => plot.bottom - (percent * (plot.bottom - plot.top)) / 100;
  const days = history.map((entry) => dayNumber(entry.day));
  const first = days.length === 0 ? 0 : Math.min(...days);
  const last = days.length === 0 ? 0 : Math.max(...days);
  const slot = (plot.right - plot.left) / (last - first + 1);
  const x = (day: number) => plot.left + (day - first) * slot;

  const perDay = new Map<number, number>();
  for (const day of days) perDay.set(day, (perDay.get(day) ?? 0) + 1);
  const seen = new Map<number, number>();
  const points = history.map((entry, index) => {
    const day = days[index] ?? first;
    const place = seen.get(day) ?? 0;
    seen.set(day, place + 1);
    return {
      entry,
      series: seriesOf(entry, roles),
      x: x(day + (place + 0.5) / (perDay.get(day) ?? 1)),
      y: y(entry.percent),
    };
  });
  const lines = SERIES.map((series) => ({
    series,
    points: points.filter((point) => point.series === series),
  })).filter((line) => line.points.length > 0);

  const step = DAY_STEPS.find((days) => days * slot >= minSpacing) ?? Math.ceil(minSpacing / slot);
  const dayTicks =
    history.length === 0
      ? []
      : Array.from({ length: Math.floor((last - first) / step) + 1 }, (_, index) => {
          const day = first + index * step;
          return { day: keyOfDay(day), x: x(day + 0.5) };
        });
  const percentTicks = PERCENT_TICKS.map((percent) => ({ percent, y: y(percent) }));
  return { width, height, plot, points, lines, dayTicks, percentTicks, y };
}
