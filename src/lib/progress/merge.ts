/**
 * Merging two copies of the learner's progress: what another tab stored, what this tab holds in
 * memory, or an imported file. Nothing either side knows is lost, and merging the same copies
 * again changes nothing.
 *
 * - Attempts: the union by id (an attempt's id is a random UUID, so both sides having an id means
 *   both hold the same attempt; should their contents differ, one is picked by a fixed rule so the
 *   merge does not depend on the order of its arguments), sorted by finishing time (then id).
 * - Lessons: the union by id, with the earliest first visit and the latest last visit.
 * - Archives (totals of attempts folded out of `attempts`, see `compact.ts`): per quiz the larger
 *   count, passed if either passed, the better best score and the later last score; per day the
 *   larger of each field; per tag (full and practice apart) the entry with the larger total.
 *
 * Why the larger count and not the sum: the two sides almost always share one history. Two tabs
 * of one browser fold the same old attempts, and an export re-imported into the browser it came
 * from holds totals the browser already has. Summing would count those attempts twice on every
 * merge (and the store merges on every write), so totals would grow without end; the larger of
 * two counts of the same history is that history's count. The price is paid only when the sides
 * really are separate histories (two devices): their archived counts and day and tag totals are
 * then under-counted, never over-counted. Passes and best scores are exact either way: "passed if
 * either passed" and "the better score" do not care whether the histories overlap.
 *
 * An attempt one side still holds in full that the other side has already folded into its archive
 * (it is not in the other side's attempts, and it finished no later than the other side's last
 * folded attempt at that quiz) is folded into its own side's archive before the archives are
 * merged, rather than kept in full: otherwise the next compaction would fold it a second time and
 * count it twice. Compaction folds the oldest attempts first, so within one history every attempt
 * at a quiz no later than that quiz's last folded one was folded.
 *
 * - Labs (version 5): the union by lab id; per lab the earliest first run and first completion,
 *   the latest run and the policy of that run, the larger number of runs (not the sum, for the
 *   reason below) and the better best run (most checks passed, then most probes denied).
 *
 * The result is compacted (`compactProgress` with its default limits).
 */
import { compactProgress, foldAttempts } from './compact';
import { betterLabRun } from './labs';
import { isBetter } from '../core/numbers';
import { compareTimes } from '../core/time';
import {
  PROGRESS_VERSION,
  type DayActivity,
  type LabRecord,
  type LessonRecord,
  type Progress,
  type ProgressArchive,
  type QuizArchive,
  type QuizAttempt,
  type TagScore,
} from './types';

/** Orders attempts by finishing time as instants, then by id, so every merge sorts alike. */
export const byFinishTime = (a: QuizAttempt, b: QuizAttempt): number =>
  compareTimes(a.finishedAt, b.finishedAt) || (a.id < b.id ? -1 : Number(a.id > b.id));

/** The earlier of two ISO times as instants; of two ways to write one instant, the smaller string. */
const earlier = (a: string, b: string): string => {
  const order = compareTimes(a, b);
  return order < 0 || (order === 0 && a <= b) ? a : b;
};

/** The later of two ISO times as instants; of two ways to write one instant, the larger string. */
const later = (a: string, b: string): string => {
  const order = compareTimes(a, b);
  return order > 0 || (order === 0 && a >= b) ? a : b;
};

/** Of two attempts with one id: the same one if they are equal, else the one that encodes smaller. */
function pickAttempt(a: QuizAttempt, b: QuizAttempt): QuizAttempt {
  if (a === b) return a;
  return JSON.stringify(a) <= JSON.stringify(b) ? a : b;
}

/**
 * Splits `side`'s attempts into those to keep in full and those `other` has already folded; the
 * latter are folded into `side`'s archive, which is returned with the kept attempts.
 */
function withoutFoldedByOther(side: Progress, other: Progress): [QuizAttempt[], ProgressArchive] {
  const otherIds = new Set(other.attempts.map((attempt) => attempt.id));
  // Practice has no per-quiz entry: the other side's latest folded full attempt bounds what it
  // folded, as compaction folds the oldest attempts of every kind first.
  const frontier = Object.values(other.archive.quizzes).reduce<string | undefined>(
    (latest, entry) =>
      latest === undefined || compareTimes(entry.lastAt, latest) > 0 ? entry.lastAt : latest,
    undefined,
  );
  const kept: QuizAttempt[] = [];
  const folded: QuizAttempt[] = [];
  for (const attempt of side.attempts) {
    const lastFolded =
      attempt.kind !== 'quiz'
        ? frontier
        : Object.hasOwn(other.archive.quizzes, attempt.quizId)
          ? other.archive.quizzes[attempt.quizId]?.lastAt
          : undefined;
    const foldedByOther =
      lastFolded !== undefined &&
      !otherIds.has(attempt.id) &&
      compareTimes(attempt.finishedAt, lastFolded) <= 0;
    (foldedByOther ? folded : kept).push(attempt);
  }
  if (folded.length === 0) return [kept, side.archive];
  return [kept, foldAttempts(side.archive, folded.sort(byFinishTime))];
}

/** Merges two keyed records: entries only one side has are copied, shared keys go through `both`. */
function mergeKeyed<T>(
  a: Readonly<Record<string, T>>,
  b: Readonly<Record<string, T>>,
  both: (x: T, y: T) => T,
): Record<string, T> {
  // A Map, then Object.fromEntries: keys are data, never a path to a prototype.
  const merged = new Map(Object.entries(a));
  for (const [key, value] of Object.entries(b)) {
    const existing = merged.get(key);
    merged.set(key, existing === undefined ? value : both(existing, value));
  }
  return Object.fromEntries(merged);
}

const mergeLesson = (a: LessonRecord, b: LessonRecord): LessonRecord => ({
  firstVisitedAt: earlier(a.firstVisitedAt, b.firstVisitedAt),
  lastVisitedAt: later(a.lastVisitedAt, b.lastVisitedAt),
});

/** Of two policy texts of runs at the same instant: a text over none, then the larger string. */
const laterPolicy = (a: string | null, b: string | null): string | null =>
  a === null || (b !== null && b > a) ? b : a;

function mergeLab(a: LabRecord, b: LabRecord): LabRecord {
  const lastRunAt = later(a.lastRunAt, b.lastRunAt);
  const policy =
    a.lastRunAt === b.lastRunAt
      ? laterPolicy(a.policy, b.policy)
      : lastRunAt === a.lastRunAt
        ? a.policy
        : b.policy;
  return {
    firstRunAt: earlier(a.firstRunAt, b.firstRunAt),
    lastRunAt,
    runs: Math.max(a.runs, b.runs),
    completedAt:
      a.completedAt === null || b.completedAt === null
        ? (a.completedAt ?? b.completedAt)
        : earlier(a.completedAt, b.completedAt),
    best: betterLabRun(a.best, b.best),
    policy,
  };
}

/** Of two scores, the better ratio; of equal ratios (2/3, 4/6), the larger total, then the larger earned. */
function betterScore(a: TagScore, b: TagScore): TagScore {
  if (isBetter(a, b)) return a;
  if (isBetter(b, a)) return b;
  return b.total > a.total || (b.total === a.total && b.earned > a.earned) ? b : a;
}

/**
 * Of two archive entries, the one whose last attempt is later; of equal instants, the one written
 * as the larger string, then the one with the better last score, so the choice does not depend on
 * the order of the arguments.
 */
function laterLast(a: QuizArchive, b: QuizArchive): QuizArchive {
  const order = compareTimes(a.lastAt, b.lastAt);
  if (order !== 0) return order > 0 ? a : b;
  if (a.lastAt !== b.lastAt) return a.lastAt > b.lastAt ? a : b;
  const lastOfA = { earned: a.lastEarned, total: a.lastTotal };
  return betterScore(lastOfA, { earned: b.lastEarned, total: b.lastTotal }) === lastOfA ? a : b;
}

function mergeQuizArchive(a: QuizArchive, b: QuizArchive): QuizArchive {
  const best = betterScore(
    { earned: a.bestEarned, total: a.bestTotal },
    { earned: b.bestEarned, total: b.bestTotal },
  );
  const last = laterLast(a, b);
  return {
    attempts: Math.max(a.attempts, b.attempts),
    passed: a.passed || b.passed,
    bestEarned: best.earned,
    bestTotal: best.total,
    lastEarned: last.lastEarned,
    lastTotal: last.lastTotal,
    lastAt: last.lastAt,
  };
}

const mergeDay = (a: DayActivity, b: DayActivity): DayActivity => ({
  attempts: Math.max(a.attempts, b.attempts),
  earned: Math.max(a.earned, b.earned),
  total: Math.max(a.total, b.total),
});

/** Of two tag totals, the one with the larger total (then the larger earned). */
const mergeTag = (a: TagScore, b: TagScore): TagScore =>
  b.total > a.total || (b.total === a.total && b.earned > a.earned) ? b : a;

function mergeArchives(a: ProgressArchive, b: ProgressArchive): ProgressArchive {
  return {
    quizzes: mergeKeyed(a.quizzes, b.quizzes, mergeQuizArchive),
    days: mergeKeyed(a.days, b.days, mergeDay),
    tags: mergeKeyed(a.tags, b.tags, mergeTag),
    practiceTags: mergeKeyed(a.practiceTags, b.practiceTags, mergeTag),
  };
}

/**
 * Merges two copies of progress (see the top of this file), then compacts the result. Pure: the
 * arguments are not changed. The result does not depend on the order of the arguments, and
 * merging it again with either of them (or with itself) returns it unchanged.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const [keptA, archiveA] = withoutFoldedByOther(a, b);
  const [keptB, archiveB] = withoutFoldedByOther(b, a);
  const byId = new Map<string, QuizAttempt>();
  for (const attempt of [...keptA, ...keptB]) {
    const existing = byId.get(attempt.id);
    byId.set(attempt.id, existing === undefined ? attempt : pickAttempt(existing, attempt));
  }
  return compactProgress({
    version: PROGRESS_VERSION,
    lessons: mergeKeyed(a.lessons, b.lessons, mergeLesson),
    attempts: [...byId.values()].sort(byFinishTime),
    archive: mergeArchives(archiveA, archiveB),
    labs: mergeKeyed(a.labs, b.labs, mergeLab),
  });
}
