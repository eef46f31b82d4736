import { TOLERANCE, roundPoints } from './compare';
import type { Progress, TagScore } from './types';

/**
 * How well the learner knows one topic: a tag key such as `area:patch-management` or
 * `module:iam`. From lowest to highest, see `MASTERY_LEVELS`.
 */
export type MasteryLevel = 'not-started' | 'attempted' | 'familiar' | 'proficient' | 'mastered';

/** The levels from lowest to highest. */
export const MASTERY_LEVELS: readonly MasteryLevel[] = [
  'not-started',
  'attempted',
  'familiar',
  'proficient',
  'mastered',
];

/**
 * What each level needs, in whole percent (a score reaches 70 % when earned / total ≥ 0.70, so
 * 69.9 % does not) and in distinct UTC days. `overall` is over every answer on the topic,
 * archived ones included; `last` is the most recent attempt that covered the topic.
 */
export const MASTERY_THRESHOLDS = {
  familiar: { overall: 50 },
  proficient: { overall: 70, last: 70 },
  mastered: { overall: 85, last: 85, days: 2 },
} as const;

const { familiar: FAMILIAR, proficient: PROFICIENT, mastered: MASTERED } = MASTERY_THRESHOLDS;

/**
 * The rules in plain English, one per level from lowest to highest, for the dashboard to show as
 * written. Keep them in step with `masteryLevel` and `masteryByTag`.
 */
export const MASTERY_RULES: readonly { level: MasteryLevel; rule: string }[] = [
  {
    level: 'not-started',
    rule: 'Not started: you have not answered any question on this topic yet.',
  },
  {
    level: 'attempted',
    rule: `Attempted: you have answered questions on this topic but have less than ${FAMILIAR.overall} % over all your answers.`,
  },
  {
    level: 'familiar',
    rule: `Familiar: at least ${FAMILIAR.overall} % over all your answers on this topic.`,
  },
  {
    level: 'proficient',
    rule:
      `Proficient: at least ${PROFICIENT.overall} % over all your answers on this topic and at least ` +
      `${PROFICIENT.last} % on your latest attempt that covered it. If that attempt is so old that only your ` +
      'totals keep it, your overall score counts instead.',
  },
  {
    level: 'mastered',
    rule:
      `Mastered: at least ${MASTERED.overall} % over all your answers on this topic, at least ` +
      `${MASTERED.last} % on your latest attempt that covered it (counted as for Proficient), and answers on ` +
      `at least ${MASTERED.days} different days (in UTC), so one lucky run is not mastery. Answers that only ` +
      'your totals keep count as one day at most, and as none when they may fall on a day of your newer answers.',
  },
];

/** The learner's standing on one topic. */
export interface TagMastery {
  level: MasteryLevel;
  /** Points earned over every answer on the topic, archived ones included (2 decimals). */
  earned: number;
  /** Points available over every answer on the topic: one per question asked. */
  total: number;
  /** `earned / total` as a whole percentage, rounded down; 0 when `total` is 0. */
  percent: number;
  /**
   * Score of the most recent attempt kept in full that covered the topic, as a whole percentage
   * rounded down; null when no such attempt is kept (the answers are archived or there are none).
   */
  lastPercent: number | null;
  /** Distinct UTC days with answers on the topic that can be told apart (see `masteryByTag`). */
  days: number;
}

/** What `masteryLevel` needs. */
export type MasteryStats = Pick<TagMastery, 'total' | 'percent' | 'lastPercent' | 'days'>;

/**
 * `earned / total` as a whole percentage rounded down, as `summary.ts` shows it (0.29 of 1 is
 * 29 % despite float error); 0 when total is 0.
 */
export function wholePercent(earned: number, total: number): number {
  return total > 0 ? Math.floor((earned * 100) / total + TOLERANCE) : 0;
}

/** The UTC day (`YYYY-MM-DD`) of an ISO 8601 time, or null when it is not a valid time. */
export function utcDay(iso: string): string | null {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

/**
 * The level `stats` reach; see `MASTERY_RULES`. When `lastPercent` is null (no attempt kept in
 * full covered the topic), the overall percentage stands in for the latest attempt.
 */
export function masteryLevel(stats: MasteryStats): MasteryLevel {
  if (!(stats.total > 0)) return 'not-started';
  const { percent, days } = stats;
  const last = stats.lastPercent ?? percent;
  if (percent >= MASTERED.overall && last >= MASTERED.last && days >= MASTERED.days) return 'mastered';
  if (percent >= PROFICIENT.overall && last >= PROFICIENT.last) return 'proficient';
  if (percent >= FAMILIAR.overall) return 'familiar';
  return 'attempted';
}

interface TagAccumulator {
  earned: number;
  total: number;
  /** Time and score of the latest attempt kept in full that covered the tag. */
  lastTime: number;
  last: TagScore | null;
  days: Set<string>;
}

/**
 * Mastery per topic, keyed by tag as in `QuizAttempt.tagScores`, in key order, from every attempt
 * kept in full plus `archive.tags`. A tag counts only where points were available (total > 0).
 *
 * Days: each attempt kept in full adds the UTC day it finished. Archived answers on a tag are not
 * dated one by one, so they add one day only when none of `archive.days` is a day of the tag's
 * newer answers (they cannot share a day with them); otherwise they add none. Days are never
 * over-counted, so "at least 2 days" always holds for real.
 *
 * The latest attempt is the one that finished last (the later in stored order on a tie); an
 * attempt whose time does not parse counts towards the totals only.
 */
export function masteryByTag(progress: Progress): Record<string, TagMastery> {
  // A Map, then Object.fromEntries: keys are data, never a path to a prototype.
  const tags = new Map<string, TagAccumulator>();
  const entry = (tag: string): TagAccumulator => {
    let found = tags.get(tag);
    if (found === undefined) {
      found = { earned: 0, total: 0, lastTime: Number.NEGATIVE_INFINITY, last: null, days: new Set() };
      tags.set(tag, found);
    }
    return found;
  };

  for (const attempt of progress.attempts) {
    const time = Date.parse(attempt.finishedAt);
    const day = utcDay(attempt.finishedAt);
    for (const [tag, score] of Object.entries(attempt.tagScores)) {
      if (!(score.total > 0)) continue;
      const sum = entry(tag);
      sum.earned = roundPoints(sum.earned + score.earned);
      sum.total = roundPoints(sum.total + score.total);
      if (day === null) continue;
      sum.days.add(day);
      if (time >= sum.lastTime) {
        sum.lastTime = time;
        sum.last = score;
      }
    }
  }

  const archiveDays = Object.keys(progress.archive.days);
  const archived = new Map<string, number>();
  for (const [tag, score] of Object.entries(progress.archive.tags)) {
    if (!(score.total > 0)) continue;
    const sum = entry(tag);
    sum.earned = roundPoints(sum.earned + score.earned);
    sum.total = roundPoints(sum.total + score.total);
    archived.set(tag, archiveDays.some((day) => sum.days.has(day)) ? 0 : 1);
  }

  const result = Array.from(tags, ([tag, sum]): [string, TagMastery] => {
    const stats = {
      earned: sum.earned,
      total: sum.total,
      percent: wholePercent(sum.earned, sum.total),
      lastPercent: sum.last === null ? null : wholePercent(sum.last.earned, sum.last.total),
      days: sum.days.size + (archived.get(tag) ?? 0),
    };
    return [tag, { level: masteryLevel(stats), ...stats }];
  });
  // Tags are unique, so no two compare equal.
  result.sort(([a], [b]) => (a < b ? -1 : 1));
  return Object.fromEntries(result);
}
