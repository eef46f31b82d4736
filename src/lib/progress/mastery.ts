import { roundPoints, wholePercent } from '../core/numbers';
import { dayKey } from '../core/local-day';
import type { Progress, QuizAttempt, TagScore } from './types';

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
 * 69.9 % does not) and in distinct calendar days (the learner's own). `overall` is over every
 * answer on the topic in full quizzes, archived ones included; `last` is the most recent full
 * quiz that covered the topic. The dashboard writes these rules out from these numbers.
 */
export const MASTERY_THRESHOLDS = {
  familiar: { overall: 50 },
  proficient: { overall: 70, last: 70 },
  mastered: { overall: 85, last: 85, days: 2 },
} as const;

const { familiar: FAMILIAR, proficient: PROFICIENT, mastered: MASTERED } = MASTERY_THRESHOLDS;

/**
 * Whether `attempt` was a whole quiz (kind `quiz`). Only these set a topic's level; retries of
 * missed questions and review sessions are practice, reported apart (see `TagMastery`).
 */
export const isFullQuiz = (attempt: Pick<QuizAttempt, 'kind'>): boolean => attempt.kind === 'quiz';

/**
 * The learner's standing on one topic. The level and every figure it rests on come from full
 * quizzes (kind `quiz`) only; the `practice…` figures count the answers given in retries of missed
 * questions and in review sessions, as evidence shown apart.
 */
export interface TagMastery {
  level: MasteryLevel;
  /** Points earned over every answer on the topic in full quizzes, archived ones included (2 decimals). */
  earned: number;
  /** Points available over every answer on the topic in full quizzes: one per question asked. */
  total: number;
  /** `earned / total` as a whole percentage, rounded down; 0 when `total` is 0. */
  percent: number;
  /**
   * Score of the most recent attempt kept in full that covered the topic, as a whole percentage
   * rounded down; null when no such attempt is kept (the answers are archived or there are none).
   */
  lastPercent: number | null;
  /** Distinct local calendar days with full-quiz answers on the topic that can be told apart (see `masteryByTag`). */
  days: number;
  /** Points earned on the topic in practice (retries and reviews), archived ones included (2 decimals). */
  practiceEarned: number;
  /** Points available on the topic in practice; 0 when the learner has not practised it. */
  practiceTotal: number;
  /** `practiceEarned / practiceTotal` as a whole percentage, rounded down; 0 when `practiceTotal` is 0. */
  practicePercent: number;
}

/** What `masteryLevel` needs. */
export type MasteryStats = Pick<TagMastery, 'total' | 'percent' | 'lastPercent' | 'days'>;

/**
 * The level `stats` reach; see `MASTERY_THRESHOLDS`. When `lastPercent` is null (no attempt kept in
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
  /** Points over the full quizzes. */
  full: TagScore;
  /** Time and score of the latest full quiz kept in full that covered the tag. */
  lastTime: number;
  last: TagScore | null;
  days: Set<string>;
  practice: TagScore;
}

const add = (sum: TagScore, score: TagScore): TagScore => ({
  earned: roundPoints(sum.earned + score.earned),
  total: roundPoints(sum.total + score.total),
});

/**
 * Mastery per topic, keyed by tag as in `QuizAttempt.tagScores`, in key order, from every full
 * quiz kept in full plus `archive.tags`; practice (retries and reviews kept in full, plus
 * `archive.practiceTags`) adds only to the `practice…` figures. A tag is listed where points were
 * available (total > 0), in full quizzes or in practice.
 *
 * Days are the learner's calendar days in `timeZone` (an IANA name; by default this browser's), so
 * an evening attempt counts on that evening. Each full quiz kept in full adds the day it
 * finished. Archived answers on a tag are not dated one by one, so they add one day only when
 * none of `archive.days` is a day of the tag's newer answers (they cannot share a day with them);
 * otherwise they add none. Days are never over-counted, so "at least 2 days" always holds for
 * real.
 *
 * The latest attempt is the full quiz that finished last (the later in stored order on a tie); an
 * attempt whose time does not parse counts towards the totals only.
 */
export function masteryByTag(progress: Progress, timeZone?: string): Record<string, TagMastery> {
  // A Map, then Object.fromEntries: keys are data, never a path to a prototype.
  const tags = new Map<string, TagAccumulator>();
  const entry = (tag: string): TagAccumulator => {
    let found = tags.get(tag);
    if (found === undefined) {
      found = {
        full: { earned: 0, total: 0 },
        lastTime: Number.NEGATIVE_INFINITY,
        last: null,
        days: new Set(),
        practice: { earned: 0, total: 0 },
      };
      tags.set(tag, found);
    }
    return found;
  };

  for (const attempt of progress.attempts) {
    const full = isFullQuiz(attempt);
    const time = Date.parse(attempt.finishedAt);
    const day = dayKey(attempt.finishedAt, timeZone);
    for (const [tag, score] of Object.entries(attempt.tagScores)) {
      if (!(score.total > 0)) continue;
      const sum = entry(tag);
      if (!full) {
        sum.practice = add(sum.practice, score);
        continue;
      }
      sum.full = add(sum.full, score);
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
    sum.full = add(sum.full, score);
    archived.set(tag, archiveDays.some((day) => sum.days.has(day)) ? 0 : 1);
  }
  for (const [tag, score] of Object.entries(progress.archive.practiceTags)) {
    if (!(score.total > 0)) continue;
    const sum = entry(tag);
    sum.practice = add(sum.practice, score);
  }

  const result = Array.from(tags, ([tag, sum]): [string, TagMastery] => {
    const stats = {
      earned: sum.full.earned,
      total: sum.full.total,
      percent: wholePercent(sum.full.earned, sum.full.total),
      lastPercent: sum.last === null ? null : wholePercent(sum.last.earned, sum.last.total),
      days: sum.days.size + (archived.get(tag) ?? 0),
    };
    return [
      tag,
      {
        level: masteryLevel(stats),
        ...stats,
        practiceEarned: sum.practice.earned,
        practiceTotal: sum.practice.total,
        practicePercent: wholePercent(sum.practice.earned, sum.practice.total),
      },
    ];
  });
  // Tags are unique, so no two compare equal.
  result.sort(([a], [b]) => (a < b ? -1 : 1));
  return Object.fromEntries(result);
}
