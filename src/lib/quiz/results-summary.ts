import type { Confidence } from '../progress/types';
import { wholePercent } from '../core/numbers';
import { lineVerdict, scoreByTag, type QuizResult } from './grade-quiz';

/** One row of "Results by topic": a tag key (`module:iam`, `sec:3`…) and its points. */
export interface TopicRow {
  key: string;
  earned: number;
  total: number;
  /** `earned / total` as a whole percentage, rounded down. */
  percent: number;
}

// Module first, then exam domains, security pillar questions (by number), areas, and
// difficulties from easy to hard.
const RANK = [
  'module:',
  'domain:',
  'sec:',
  'area:',
  'difficulty:foundational',
  'difficulty:intermediate',
  'difficulty:advanced',
];
const tagRank = (key: string) => RANK.findIndex((prefix) => key.startsWith(prefix));
const secNumber = (key: string) => (key.startsWith('sec:') ? Number(key.slice('sec:'.length)) : 0);

/**
 * The rows of "Results by topic": every tag of the questions asked (see `scoreByTag`), modules
 * first, then exam domains, security pillar questions by number, areas and difficulties from
 * foundational to advanced; rows of one kind in the order of `labelOf` (the names the learner reads).
 */
export function topicRows(
  result: QuizResult,
  moduleId: string | undefined,
  labelOf: (key: string) => string,
): TopicRow[] {
  return Object.entries(scoreByTag(result, moduleId))
    .map(([key, { earned, total }]) => ({ key, earned, total, percent: wholePercent(earned, total) }))
    .sort(
      (a, b) =>
        tagRank(a.key) - tagRank(b.key) ||
        secNumber(a.key) - secNumber(b.key) ||
        labelOf(a.key).localeCompare(labelOf(b.key), 'en'),
    );
}

/**
 * The modules scoring below `passPercent`, weakest first, at most `limit` of them: where the final
 * assessment's advice sends a learner who did not pass. Ties keep the rows' order.
 */
export function weakestModules(
  rows: readonly TopicRow[],
  passPercent: number,
  limit: number,
): { id: string; percent: number }[] {
  return rows
    .filter((row) => row.key.startsWith('module:') && row.percent < passPercent)
    .map((row) => ({ id: row.key.slice('module:'.length), percent: row.percent }))
    .sort((a, b) => a.percent - b.percent)
    .slice(0, limit);
}

/** A question to fix first: answered wrongly while sure (`sure`), or otherwise missed. */
export interface FixFirst {
  questionId: string;
  sure: boolean;
}

/**
 * "Fix these first": the questions not fully right, those the learner was sure of first (the
 * misconceptions), then the rest; each group from fewest points earned (wrong and unanswered before
 * partly right), ties in the order asked; at most `limit`, with how many more were missed.
 */
export function fixTheseFirst(
  result: QuizResult,
  confidence: Readonly<Record<string, Confidence>>,
  limit: number,
): { items: FixFirst[]; more: number } {
  const missed = result.questions
    .filter((line) => lineVerdict(line) !== 'correct')
    .map((line) => ({
      questionId: line.questionId,
      earned: line.earned,
      sure:
        line.outcome === 'incorrect' &&
        Object.hasOwn(confidence, line.questionId) &&
        confidence[line.questionId] === 'sure',
    }))
    .sort((a, b) => Number(b.sure) - Number(a.sure) || a.earned - b.earned);
  return {
    items: missed.slice(0, limit).map(({ questionId, sure }) => ({ questionId, sure })),
    more: Math.max(0, missed.length - limit),
  };
}

/**
 * A duration in whole minutes and seconds ("75 min 3 s" reads as well as hours would), after
 * rounding to a whole second and clamping at zero (a clock set back).
 */
export function durationParts(seconds: number): { minutes: number; seconds: number } {
  const whole = Math.max(0, Math.round(seconds));
  return { minutes: Math.floor(whole / 60), seconds: whole % 60 };
}
