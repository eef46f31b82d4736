/**
 * Keeping stored progress small: the oldest attempts are folded into totals (`Progress.archive`)
 * once there are more than `keep` of them, or once the attempts kept in full take more than
 * `maxBytes` characters of JSON. What the site shows from folded attempts survives: per quiz the
 * number of full attempts, whether any passed, the best score and the last one; per local
 * calendar day the attempts and points; per tag the points, full quizzes and practice apart. Their answers, seeds, confidence and durations do not.
 *
 * Why a size budget as well as a count: attempts vary in size (a 12-question attempt with
 * confidence and tag scores is about 1.7 kB of JSON, a 500-question one far more), and stored
 * progress must stay well inside the browser's storage quota, or writes fail and progress is
 * lost. With the defaults, 10,000 realistic 12-question attempts store in under 200 kB: the
 * budget keeps about 80 of them in full, and the archive (a year of daily activity is about
 * 23 kB) holds the rest. Smaller attempts are kept up to `keep`.
 *
 * Compaction is pure, and idempotent: a compacted record is within both limits, so compacting it
 * again returns it unchanged.
 */
import { isBetter, roundPoints } from '../core/numbers';
import { dayKey } from '../core/local-day';
import { compareTimes } from '../core/time';
import type { DayActivity, Progress, ProgressArchive, QuizArchive, QuizAttempt, TagScore } from './types';

/** How many attempts are kept in full by default, at most. */
export const DEFAULT_KEEP = 200;

/** How many characters of JSON the attempts kept in full may take by default, at most. */
export const DEFAULT_MAX_BYTES = 140_000;

// Attempts never change once recorded, and the same objects pass from one progress value to the
// next, so their encoded sizes are remembered rather than encoded on every write.
const sizes = new WeakMap<QuizAttempt, number>();

/** Characters of JSON `attempt` takes in the stored record (its comma included). */
function sizeOf(attempt: QuizAttempt): number {
  let size = sizes.get(attempt);
  if (size === undefined) {
    size = JSON.stringify(attempt).length + 1;
    sizes.set(attempt, size);
  }
  return size;
}

/** A quiz's archive entry with one more attempt folded in. */
function foldQuiz(entry: QuizArchive | undefined, attempt: QuizAttempt): QuizArchive {
  if (entry === undefined) {
    return {
      attempts: 1,
      passed: attempt.passed,
      bestEarned: attempt.earned,
      bestTotal: attempt.total,
      lastEarned: attempt.earned,
      lastTotal: attempt.total,
      lastAt: attempt.finishedAt,
    };
  }
  // An older best wins a tie (the earliest of equal scores is the best, as in `summarizeQuiz`); a
  // later-folded attempt wins a tie of times (it was recorded later).
  const better = isBetter(attempt, { earned: entry.bestEarned, total: entry.bestTotal });
  const later = compareTimes(attempt.finishedAt, entry.lastAt) >= 0;
  return {
    attempts: entry.attempts + 1,
    passed: entry.passed || attempt.passed,
    bestEarned: better ? attempt.earned : entry.bestEarned,
    bestTotal: better ? attempt.total : entry.bestTotal,
    lastEarned: later ? attempt.earned : entry.lastEarned,
    lastTotal: later ? attempt.total : entry.lastTotal,
    lastAt: later ? attempt.finishedAt : entry.lastAt,
  };
}

const addPoints = (sum: TagScore | undefined, { earned, total }: TagScore): TagScore => ({
  earned: roundPoints((sum?.earned ?? 0) + earned),
  total: (sum?.total ?? 0) + total,
});

/**
 * `archive` with `attempts` folded in, oldest first. Returns a new archive; `archive` is not
 * changed. Only full quizzes fold into the per-quiz entries (a retry or a review never sets a best
 * score or a pass) and into `tags`; practice folds into `practiceTags`; every attempt counts on
 * its day, the learner's local calendar day in `timeZone` (default: this browser's). Keys are
 * handled in Maps and written with `Object.fromEntries`, so a key can never reach a prototype.
 */
export function foldAttempts(
  archive: ProgressArchive,
  attempts: readonly QuizAttempt[],
  timeZone?: string,
): ProgressArchive {
  const quizzes = new Map(Object.entries(archive.quizzes));
  const days = new Map(Object.entries(archive.days));
  const tags = new Map(Object.entries(archive.tags));
  const practiceTags = new Map(Object.entries(archive.practiceTags));
  for (const attempt of attempts) {
    const full = attempt.kind === 'quiz';
    if (full) quizzes.set(attempt.quizId, foldQuiz(quizzes.get(attempt.quizId), attempt));
    // Stored times are valid ISO times (the decoder checks), so every attempt has a day.
    const day = dayKey(attempt.finishedAt, timeZone) as string;
    const activity: DayActivity | undefined = days.get(day);
    days.set(day, { attempts: (activity?.attempts ?? 0) + 1, ...addPoints(activity, attempt) });
    const into = full ? tags : practiceTags;
    for (const [tag, score] of Object.entries(attempt.tagScores))
      into.set(tag, addPoints(into.get(tag), score));
  }
  return {
    quizzes: Object.fromEntries(quizzes),
    days: Object.fromEntries(days),
    tags: Object.fromEntries(tags),
    practiceTags: Object.fromEntries(practiceTags),
  };
}

/**
 * Folds the oldest attempts (by `finishedAt`, as instants; the earlier-recorded of equal times
 * first) into `archive` while there are more than `keep` or they take more than `maxBytes`
 * characters of JSON, keeping the newest in full and in the order they were. Returns `progress`
 * itself when there is nothing to fold.
 *
 * @param keep how many attempts to keep in full, at most: a whole number from 0 up (a fraction is
 *   rounded down, a negative number counts as 0, NaN as the default, Infinity as no limit).
 * @param maxBytes how many characters of JSON the attempts kept in full may take, at most
 *   (a negative number counts as 0, NaN as the default, Infinity as no limit).
 */
export function compactProgress(
  progress: Progress,
  keep: number = DEFAULT_KEEP,
  maxBytes: number = DEFAULT_MAX_BYTES,
): Progress {
  const countLimit = Number.isNaN(keep) ? DEFAULT_KEEP : Math.max(0, Math.floor(keep));
  const byteLimit = Number.isNaN(maxBytes) ? DEFAULT_MAX_BYTES : Math.max(0, maxBytes);
  const { attempts } = progress;
  let bytes = attempts.reduce((sum, attempt) => sum + sizeOf(attempt), 0);
  if (attempts.length <= countLimit && bytes <= byteLimit) return progress;
  const oldestFirst = attempts
    .map((attempt, index) => ({ attempt, index, time: Date.parse(attempt.finishedAt) }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map(({ attempt }) => attempt);
  let excess = 0;
  while (attempts.length - excess > countLimit || bytes > byteLimit) {
    bytes -= sizeOf(oldestFirst[excess] as QuizAttempt);
    excess += 1;
  }
  const folded = oldestFirst.slice(0, excess);
  const foldedSet = new Set(folded);
  return {
    ...progress,
    attempts: attempts.filter((attempt) => !foldedSet.has(attempt)),
    archive: foldAttempts(progress.archive, folded),
  };
}
