import { describe, expect, it } from 'vitest';
import {
  MARGIN,
  MIN_TICK_SPACING,
  layoutHistory,
  seriesOf,
  type QuizRoles,
} from '../../../../src/lib/progress/history-chart';
import type { HistoryEntry } from '../../../../src/lib/progress/stats';
import type { AttemptKind } from '../../../../src/lib/progress/types';

const roles: QuizRoles = { moduleQuizzes: ['iam-module'], finalQuiz: 'final-assessment' };

let nextId = 0;
function entry(
  day: string,
  percent: number,
  quizId = 'iam-policy-types',
  kind: AttemptKind = 'quiz',
): HistoryEntry {
  nextId += 1;
  return {
    id: `a${nextId}`,
    at: `${day}T10:00:00.000Z`,
    day,
    quizId,
    kind,
    percent,
    passed: percent >= 70,
    mode: 'exam',
  };
}

/** `count` consecutive days from 1 December 2026, one attempt each. */
const daily = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    entry(new Date(Date.UTC(2026, 11, 1 + index)).toISOString().slice(0, 10), 50),
  );

describe('seriesOf', () => {
  it('puts full attempts in their quiz’s series and practice in its kind’s', () => {
    expect(seriesOf({ kind: 'quiz', quizId: 'iam-policy-types' }, roles)).toBe('lesson');
    expect(seriesOf({ kind: 'quiz', quizId: 'iam-module' }, roles)).toBe('module');
    expect(seriesOf({ kind: 'quiz', quizId: 'final-assessment' }, roles)).toBe('final');
    expect(seriesOf({ kind: 'retry', quizId: 'final-assessment' }, roles)).toBe('retry');
    expect(seriesOf({ kind: 'review', quizId: 'review' }, roles)).toBe('review');
  });
});

describe('layoutHistory', () => {
  it('draws nothing but the percent axis for no attempts', () => {
    const chart = layoutHistory([], { width: 600, height: 220, roles });
    expect(chart.points).toEqual([]);
    expect(chart.lines).toEqual([]);
    expect(chart.dayTicks).toEqual([]);
    expect(chart.percentTicks.map((tick) => tick.percent)).toEqual([0, 25, 50, 75, 100]);
  });

  it('maps 0 % to the bottom of the plot and 100 % to its top', () => {
    const chart = layoutHistory(daily(1), { width: 600, height: 220, roles });
    expect(chart.y(0)).toBe(220 - MARGIN.bottom);
    expect(chart.y(100)).toBe(MARGIN.top);
    expect(chart.percentTicks[2]?.y).toBe((220 - MARGIN.bottom + MARGIN.top) / 2);
  });

  it('keeps one line per series that has attempts, in legend order, each oldest first', () => {
    const history = [
      entry('2026-12-01', 40, 'review', 'review'),
      entry('2026-12-01', 60),
      entry('2026-12-02', 80, 'final-assessment'),
      entry('2026-12-03', 90),
    ];
    const chart = layoutHistory(history, { width: 600, height: 220, roles });
    expect(chart.lines.map((line) => line.series)).toEqual(['lesson', 'final', 'review']);
    expect(chart.lines[0]?.points.map((point) => point.entry.percent)).toEqual([60, 90]);
  });

  it('gives each day an equal slot and spreads a day’s attempts across it in order', () => {
    const history = [entry('2026-12-01', 10), entry('2026-12-01', 20), entry('2026-12-03', 30)];
    const chart = layoutHistory(history, { width: 376, height: 220, roles });
    // Plot from 48 to 348: three days of 100 pixels each; the 2nd has no attempt.
    expect(chart.points.map((point) => point.x)).toEqual([73, 123, 298]);
    expect(chart.dayTicks).toEqual([
      { day: '2026-12-01', x: 98 },
      { day: '2026-12-02', x: 198 },
      { day: '2026-12-03', x: 298 },
    ]);
  });

  it('labels every day while they fit, then fewer, never closer than the spacing, inside the chart', () => {
    for (const width of [288, 320, 390, 600, 900]) {
      for (const count of [1, 2, 3, 5, 8, 13, 30, 90, 400, 1500]) {
        const chart = layoutHistory(daily(count), { width, height: 220, roles });
        const xs = chart.dayTicks.map((tick) => tick.x);
        expect(xs.length).toBeGreaterThan(0);
        for (let index = 1; index < xs.length; index += 1) {
          expect((xs[index] ?? 0) - (xs[index - 1] ?? 0)).toBeGreaterThanOrEqual(MIN_TICK_SPACING - 1e-9);
        }
        // A label about 44 pixels wide, centred on its tick, stays inside the chart.
        expect(Math.min(...xs) - 22).toBeGreaterThanOrEqual(0);
        expect(Math.max(...xs) + 22).toBeLessThanOrEqual(width);
      }
    }
  });

  it('labels the first day and steps by whole days or weeks', () => {
    const chart = layoutHistory(daily(30), { width: 390, height: 220, roles });
    expect(chart.dayTicks.map((tick) => tick.day)).toEqual([
      '2026-12-01',
      '2026-12-08',
      '2026-12-15',
      '2026-12-22',
      '2026-12-29',
    ]);
    const wide = layoutHistory(daily(5), { width: 900, height: 220, roles });
    expect(wide.dayTicks).toHaveLength(5);
  });
});
