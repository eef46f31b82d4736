/**
 * Reading stored progress: decode → validate → migrate → fall back, never throwing.
 *
 * What each kind of stored text becomes:
 * - nothing stored: empty progress, no problem.
 * - not JSON: empty progress, `unreadable`.
 * - JSON that is not an object with a whole version ≥ 1: empty progress, `not-progress`.
 * - a version above `PROGRESS_VERSION`: empty progress, `newer-version` (the store leaves the
 *   stored text alone, so that newer site still finds it).
 * - version 5 (current; version 4 as migrated, below): every lesson, attempt and archive entry is validated field by field; an
 *   invalid one is dropped and counted (`partly-invalid`), the valid ones are kept in order.
 *   A missing `lessons`, `attempts` or `archive` (or archive section) is simply empty; one of the
 *   wrong kind (a list of lessons, say) counts as one dropped entry.
 * - version 3: migrated by `migrateV3`: every attempt gets a kind (`quiz`, or `retry` for what
 *   the "retry missed" button stored as an ordinary attempt before version 4, see `kindsOfV3`),
 *   and the archive an empty `practiceTags`.
 * - version 2: migrated by `migrateV2` (an empty archive is added), then as version 3.
 *   Version-2 attempts follow the same rules as version-3 ones.
 * - version 1: migrated step by step (see `MIGRATIONS`): `migrateV1`, `migrateV2`, `migrateV3`.
 *   `migrateV1` checks each attempt by the version-1 rules (whole points, responses as lists of
 *   ids) and converts it: mode `practice`, seed null, `questionIds` = the keys of its responses in
 *   stored order, no confidence, duration null, no tag scores. Lessons are the same in every
 *   version and pass through. An attempt that breaks a version-1 rule (fractional points, say)
 *   is dropped and counted, as is one that breaks a version-2 rule once converted (more than 500
 *   responses). A valid version-1 record migrates with no problem.
 *
 * The archive (since version 3) holds totals of attempts folded out of `attempts` (see `compact.ts`).
 * It is checked as strictly as attempts: quiz ids like every id, tag keys like tag scores, days
 * keyed `YYYY-MM-DD` (a real calendar day), no name Object.prototype has, every number finite and
 * not negative, earned never above total, counts whole and at least 1, `lastAt` an ISO time.
 *
 * - version 4: migrated by `migrateV4`, which adds empty `labs` (version 4 had no labs); then as
 *   version 5. A version-4 record holds nothing a lab could be made of, so any `labs` field it
 *   has is left behind.
 * - version 5 (current) adds `labs`, by lab id: each lab record is checked like an attempt (see
 *   `readLab`: ISO times, whole run counts from 1, checks passed never above checks run, at most
 *   1,000 checks or probes, a policy text of at most 20,000 characters or null) and dropped on its
 *   own if wrong.
 *
 * Adding version 6: write `migrateV5` (version 5 → 6), register it in `MIGRATIONS` under 5, update
 * the readers to the new rules, and test it from a literal version-5 record.
 */
import type { Response } from '../quiz/types';
import { isDayKey, isIsoTime } from '../core/time';
import {
  MAX_LAB_POLICY_LENGTH,
  PROGRESS_VERSION,
  createEmptyProgress,
  type AttemptKind,
  type Confidence,
  type DayActivity,
  type LabBest,
  type LabRecord,
  type LessonRecord,
  type Progress,
  type ProgressArchive,
  type QuizArchive,
  type QuizAttempt,
  type QuizMode,
  type TagScore,
} from './types';

/**
 * What went wrong reading stored progress. The island turns each code into words.
 * - `unreadable`: not JSON at all (truncated write, hand edit).
 * - `not-progress`: JSON, but not a progress record (another app's data under our key).
 * - `newer-version`: written by a newer version of the site; left as it is.
 * - `partly-invalid`: a progress record with some entries that fail validation; those were dropped.
 */
export type DecodeProblem =
  | { code: 'unreadable' }
  | { code: 'not-progress' }
  | { code: 'newer-version'; version: number }
  | { code: 'partly-invalid'; dropped: number };

/** Decoded progress, always usable, and what was wrong with the stored text if anything. */
export interface DecodeResult {
  progress: Progress;
  problem: DecodeProblem | null;
}

/** A parsed record, not validated yet. */
type StoredRecord = Record<string, unknown>;

/** Turns a record of one version into a record of the next one. Never throws. */
export type Migration = (data: StoredRecord) => StoredRecord;

// Ids are kebab-case segments joined by "/"; names that Object.prototype has ("constructor",
// "__proto__"…) are refused as well, so stored keys can never reach an object's prototype.
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
// Tag keys: `area:`, `difficulty:`, `module:`, `sec:` or `domain:`, then one kebab-case segment.
const TAG_KEY = /^(?:area|difficulty|module|sec|domain):[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 200;
const MAX_ATTEMPT_ID_LENGTH = 100;
const MAX_POINTS = 10_000;
/** Most ids in one response (options selected, steps ordered, items categorized). */
const MAX_RESPONSE_IDS = 50;
/** Most questions in one attempt. */
const MAX_QUESTIONS = 500;
const MAX_SEED = 0xffff_ffff;
const MAX_DURATION_SECONDS = 1e7;
const NO_LIMIT = Number.POSITIVE_INFINITY;

/** `value` with -0 made 0 (JSON can hold -0, which would not survive encoding and decoding again). */
const unsigned = (value: number): number => value + 0;

const isRecord = (value: unknown): value is StoredRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isId = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length <= MAX_ID_LENGTH &&
  ID.test(value) &&
  !Object.hasOwn(Object.prototype, value);

const isTagKey = (value: string): boolean => value.length <= MAX_ID_LENGTH && TAG_KEY.test(value);

const isAttemptId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ATTEMPT_ID_LENGTH;

const isKind = (value: unknown): value is AttemptKind =>
  value === 'quiz' || value === 'retry' || value === 'review';

/** A count of folded attempts: whole, at least 1 (an archive entry exists only once one was folded). */
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 1;

const isWholePoints = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_POINTS;

const isMode = (value: unknown): value is QuizMode => value === 'practice' || value === 'exam';

const isSeed = (value: unknown): value is number | null =>
  value === null || (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_SEED);

const isDuration = (value: unknown): value is number | null =>
  value === null ||
  (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_DURATION_SECONDS);

const isQuestionIds = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length <= MAX_QUESTIONS &&
  value.every(isId) &&
  new Set(value).size === value.length;

/**
 * Points as stored: a whole total up to 10,000 and an earned number from 0 to the total, which
 * partial credit can make fractional.
 */
function readScore(earned: unknown, total: unknown): TagScore | null {
  if (!isWholePoints(total) || typeof earned !== 'number' || !Number.isFinite(earned)) return null;
  return earned >= 0 && earned <= total ? { earned: unsigned(earned), total: unsigned(total) } : null;
}

/**
 * Copies an object whose keys pass `isKey` and whose values `read` accepts, or returns null if
 * any entry fails or there are more than `maxKeys`. Every accepted key is an id or tag key, never
 * a name Object.prototype has, so writing it cannot reach a prototype.
 */
function readKeyed<T>(
  value: unknown,
  isKey: (key: string) => boolean,
  read: (entry: unknown) => T | null,
  maxKeys: number,
): Record<string, T> | null {
  if (!isRecord(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > maxKeys) return null;
  const result: Record<string, T> = {};
  for (const [key, entry] of entries) {
    const item = isKey(key) ? read(entry) : null;
    if (item === null) return null;
    result[key] = item;
  }
  return result;
}

/**
 * A sum of points over many attempts, as the archive keeps it: a whole total (no upper limit but
 * the safe integers) and an earned number from 0 to the total.
 */
function readSum(earned: unknown, total: unknown): TagScore | null {
  if (!Number.isSafeInteger(total) || (total as number) < 0) return null;
  if (typeof earned !== 'number' || !Number.isFinite(earned)) return null;
  return earned >= 0 && earned <= (total as number)
    ? { earned: unsigned(earned), total: unsigned(total as number) }
    : null;
}

const readIdList = (value: unknown): string[] | null =>
  Array.isArray(value) && value.length <= MAX_RESPONSE_IDS && value.every(isId) ? [...value] : null;

/** A choice or ordering response (a list of ids) or a categorize one (bucket id by item id). */
const readResponse = (value: unknown): Response | null =>
  Array.isArray(value)
    ? readIdList(value)
    : readKeyed(value, isId, (bucket) => (isId(bucket) ? bucket : null), MAX_RESPONSE_IDS);

const readConfidence = (value: unknown): Confidence | null =>
  value === 'sure' || value === 'unsure' ? value : null;

const readTagScore = (value: unknown): TagScore | null =>
  isRecord(value) ? readScore(value['earned'], value['total']) : null;

function readLesson(value: unknown): LessonRecord | null {
  if (!isRecord(value)) return null;
  const { firstVisitedAt, lastVisitedAt } = value;
  if (!isIsoTime(firstVisitedAt) || !isIsoTime(lastVisitedAt)) return null;
  return { firstVisitedAt, lastVisitedAt };
}

/** Checks one attempt of the current version; returns a fresh copy, or null if anything is wrong. */
function readAttempt(value: unknown): QuizAttempt | null {
  if (!isRecord(value)) return null;
  const { id, quizId, finishedAt, kind, passed, mode, seed, questionIds, durationSeconds } = value;
  const score = readScore(value['earned'], value['total']);
  const responses = readKeyed(value['responses'], isId, readResponse, NO_LIMIT);
  const confidence = readKeyed(value['confidence'], isId, readConfidence, NO_LIMIT);
  const tagScores = readKeyed(value['tagScores'], isTagKey, readTagScore, NO_LIMIT);
  if (
    !isAttemptId(id) ||
    !isId(quizId) ||
    !isIsoTime(finishedAt) ||
    !isKind(kind) ||
    score === null ||
    typeof passed !== 'boolean' ||
    !isMode(mode) ||
    !isSeed(seed) ||
    !isQuestionIds(questionIds) ||
    responses === null ||
    confidence === null ||
    !isDuration(durationSeconds) ||
    tagScores === null
  ) {
    return null;
  }
  return {
    id,
    quizId,
    finishedAt,
    kind,
    earned: score.earned,
    total: score.total,
    // Only a full quiz passes: a practice attempt that says otherwise was tampered with.
    passed: passed && kind === 'quiz',
    mode,
    seed: seed === null ? null : unsigned(seed),
    questionIds: [...questionIds],
    responses,
    confidence,
    durationSeconds: durationSeconds === null ? null : unsigned(durationSeconds),
    tagScores,
  };
}

/** Checks one folded quiz entry of the archive; returns a fresh copy, or null if anything is wrong. */
function readQuizArchive(value: unknown): QuizArchive | null {
  if (!isRecord(value)) return null;
  const { attempts, passed, lastAt } = value;
  const best = readScore(value['bestEarned'], value['bestTotal']);
  const last = readScore(value['lastEarned'], value['lastTotal']);
  if (
    !isCount(attempts) ||
    typeof passed !== 'boolean' ||
    best === null ||
    last === null ||
    !isIsoTime(lastAt)
  ) {
    return null;
  }
  return {
    attempts,
    passed,
    bestEarned: best.earned,
    bestTotal: best.total,
    lastEarned: last.earned,
    lastTotal: last.total,
    lastAt,
  };
}

/** Checks one day of the archive; returns a fresh copy, or null if anything is wrong. */
function readDayActivity(value: unknown): DayActivity | null {
  if (!isRecord(value) || !isCount(value['attempts'])) return null;
  const sum = readSum(value['earned'], value['total']);
  return sum === null ? null : { attempts: value['attempts'], earned: sum.earned, total: sum.total };
}

const readTagSum = (value: unknown): TagScore | null =>
  isRecord(value) ? readSum(value['earned'], value['total']) : null;

/** Most checks (or probes) one lab may have; far more than any lab asks. */
const MAX_LAB_REQUESTS = 1_000;

const isRequestCount = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_LAB_REQUESTS;

/**
 * A lab's best run as stored (or as a run reports it): whole counts from 0, never more passed than
 * run. Returns a fresh copy, or null if anything is wrong.
 */
export function readLabBest(value: unknown): LabBest | null {
  if (!isRecord(value)) return null;
  const { checksPassed, checksTotal, probesDenied, probesTotal } = value;
  if (
    !isRequestCount(checksPassed) ||
    !isRequestCount(checksTotal) ||
    !isRequestCount(probesDenied) ||
    !isRequestCount(probesTotal) ||
    checksPassed > checksTotal ||
    probesDenied > probesTotal
  ) {
    return null;
  }
  return {
    checksPassed: unsigned(checksPassed),
    checksTotal: unsigned(checksTotal),
    probesDenied: unsigned(probesDenied),
    probesTotal: unsigned(probesTotal),
  };
}

const isLabPolicy = (value: unknown): value is string | null =>
  value === null || (typeof value === 'string' && value.length <= MAX_LAB_POLICY_LENGTH);

/** Checks one stored lab record; returns a fresh copy, or null if any field is wrong. */
export function readLab(value: unknown): LabRecord | null {
  if (!isRecord(value)) return null;
  const { firstRunAt, lastRunAt, runs, completedAt, policy } = value;
  const best = readLabBest(value['best']);
  if (
    !isIsoTime(firstRunAt) ||
    !isIsoTime(lastRunAt) ||
    !isCount(runs) ||
    !(completedAt === null || isIsoTime(completedAt)) ||
    best === null ||
    !isLabPolicy(policy)
  ) {
    return null;
  }
  return { firstRunAt, lastRunAt, runs, completedAt, best, policy };
}

/**
 * Copies the valid entries of one keyed section (lessons, or a part of the archive) into `into`
 * and returns how many were dropped. A missing section is empty; one that is not an object counts
 * as one dropped entry. Keys are checked by `isKey`, which never accepts a name Object.prototype
 * has, so writing an accepted key cannot reach a prototype.
 */
function readSection<T>(
  value: unknown,
  isKey: (key: string) => boolean,
  read: (entry: unknown) => T | null,
  into: Record<string, T>,
): number {
  if (value === undefined) return 0;
  if (!isRecord(value)) return 1;
  let dropped = 0;
  for (const [key, entry] of Object.entries(value)) {
    const item = isKey(key) ? read(entry) : null;
    if (item === null) dropped += 1;
    else into[key] = item;
  }
  return dropped;
}

/** Copies the valid entries of a stored archive into `into`; returns how many were dropped. */
function readArchive(value: unknown, into: ProgressArchive): number {
  if (value === undefined) return 0;
  if (!isRecord(value)) return 1;
  return (
    readSection(value['quizzes'], isId, readQuizArchive, into.quizzes) +
    readSection(value['days'], isDayKey, readDayActivity, into.days) +
    readSection(value['tags'], isTagKey, readTagSum, into.tags) +
    readSection(value['practiceTags'], isTagKey, readTagSum, into.practiceTags)
  );
}

/** Copies the valid attempts into `into` (the first of each id); returns how many were dropped. */
function readAttempts(value: unknown, into: QuizAttempt[]): number {
  if (value === undefined) return 0;
  if (!Array.isArray(value)) return 1;
  let dropped = 0;
  const seen = new Set<string>();
  for (const entry of value) {
    const attempt = readAttempt(entry);
    if (attempt === null) dropped += 1;
    else if (!seen.has(attempt.id)) {
      seen.add(attempt.id);
      into.push(attempt);
    }
  }
  return dropped;
}

/**
 * Checks a record of the current version field by field. Valid entries are copied into a fresh
 * object; invalid ones are dropped and counted, so one bad attempt never costs the others.
 */
function readCurrentVersion(data: StoredRecord): DecodeResult {
  const progress = createEmptyProgress();
  const dropped =
    readSection(data['lessons'], isId, readLesson, progress.lessons) +
    readAttempts(data['attempts'], progress.attempts) +
    readArchive(data['archive'], progress.archive) +
    readSection(data['labs'], isId, readLab, progress.labs);
  return { progress, problem: dropped > 0 ? { code: 'partly-invalid', dropped } : null };
}

/** An attempt as version 1 stored it. */
interface QuizAttemptV1 {
  id: string;
  quizId: string;
  finishedAt: string;
  earned: number;
  total: number;
  passed: boolean;
  responses: Record<string, string[]>;
}

/** Checks one attempt by the version-1 rules; returns a fresh copy, or null if anything is wrong. */
function readAttemptV1(value: unknown): QuizAttemptV1 | null {
  if (!isRecord(value)) return null;
  const { id, quizId, finishedAt, earned, total, passed } = value;
  const responses = readKeyed(value['responses'], isId, readIdList, NO_LIMIT);
  if (
    !isAttemptId(id) ||
    !isId(quizId) ||
    !isIsoTime(finishedAt) ||
    !isWholePoints(earned) ||
    !isWholePoints(total) ||
    earned > total ||
    typeof passed !== 'boolean' ||
    responses === null
  ) {
    return null;
  }
  return { id, quizId, finishedAt, earned: unsigned(earned), total: unsigned(total), passed, responses };
}

/** A version-1 attempt as version 2 stores it; null (dropped and counted later) if it is invalid. */
function migrateAttemptV1(value: unknown): Omit<QuizAttempt, 'kind'> | null {
  const attempt = readAttemptV1(value);
  if (attempt === null) return null;
  return {
    ...attempt,
    mode: 'practice',
    seed: null,
    questionIds: Object.keys(attempt.responses),
    confidence: {},
    durationSeconds: null,
    tagScores: {},
  };
}

/**
 * Version 1 → version 2. Lessons pass through unchanged. Each attempt valid by the version-1
 * rules is converted (practice mode, no seed, the questions it has responses for, no confidence,
 * no duration, no tag scores); an invalid one becomes null, which the version-2 check drops and
 * counts. Attempts that are not a list pass through for that check to count.
 */
export function migrateV1(data: StoredRecord): StoredRecord {
  const attempts = data['attempts'];
  return {
    version: 2,
    lessons: data['lessons'],
    attempts: Array.isArray(attempts) ? attempts.map(migrateAttemptV1) : attempts,
  };
}

/**
 * Version 2 → version 3: adds an empty archive. Lessons and attempts pass through unchanged (the
 * version-3 rules for them are the version-2 ones) for the version-3 check to validate; anything
 * else a version-2 record holds, an `archive` field included, is left behind.
 */
export function migrateV2(data: StoredRecord): StoredRecord {
  const archive = { quizzes: {}, days: {}, tags: {} };
  return { version: 3, lessons: data['lessons'], attempts: data['attempts'], archive };
}

/** The question ids of a stored attempt, if it has a list of them. */
const storedQuestionIds = (attempt: unknown): ReadonlySet<unknown> | null =>
  isRecord(attempt) && Array.isArray(attempt['questionIds']) ? new Set(attempt['questionIds']) : null;

/**
 * The kind of each version-3 attempt, in stored order. Before version 4 the "retry missed" button
 * stored a practice run of only the missed questions as an ordinary attempt at the same quiz, and
 * its score counted as a result. Such a run is recognised here: a practice attempt whose questions
 * are a strict subset of those of the quiz's previous attempt (stored order is finishing order) is
 * a `retry`; every other attempt is a `quiz`. A full run always asks as many questions as the
 * previous full run (draws are of a fixed size), so it is never a strict subset.
 */
export function kindsOfV3(attempts: readonly unknown[]): AttemptKind[] {
  const previous = new Map<unknown, ReadonlySet<unknown>>();
  return attempts.map((attempt) => {
    const ids = storedQuestionIds(attempt);
    if (!isRecord(attempt) || ids === null) return 'quiz';
    const before = previous.get(attempt['quizId']);
    previous.set(attempt['quizId'], ids);
    const subset =
      before !== undefined &&
      ids.size > 0 &&
      ids.size < before.size &&
      [...ids].every((id) => before.has(id));
    return attempt['mode'] === 'practice' && subset ? 'retry' : 'quiz';
  });
}

/**
 * Version 3 → version 4: every attempt gets a kind (see `kindsOfV3`); a retry that was stored as
 * passed is not a pass. The archive gains an empty `practiceTags` (archived answers cannot be told
 * apart any more, so they stay full-quiz answers). Anything that is not what version 3 stored
 * passes through for the version-4 check to count.
 */
export function migrateV3(data: StoredRecord): StoredRecord {
  const { attempts, archive } = data;
  const kinds = Array.isArray(attempts) ? kindsOfV3(attempts) : [];
  return {
    version: 4,
    lessons: data['lessons'],
    attempts: Array.isArray(attempts)
      ? attempts.map((attempt: unknown, index) =>
          isRecord(attempt)
            ? { ...attempt, kind: kinds[index], passed: kinds[index] === 'quiz' && attempt['passed'] }
            : attempt,
        )
      : attempts,
    archive: isRecord(archive) ? { ...archive, practiceTags: {} } : archive,
  };
}

/**
 * Version 4 → version 5: adds empty `labs`. Lessons, attempts and the archive pass through
 * unchanged for the version-5 check (their rules did not change); a `labs` field in a version-4
 * record cannot be the learner's (version 4 stored none) and is left behind.
 */
export function migrateV4(data: StoredRecord): StoredRecord {
  return {
    version: 5,
    lessons: data['lessons'],
    attempts: data['attempts'],
    archive: data['archive'],
    labs: {},
  };
}

/**
 * The migration steps, keyed by the version they start from: `MIGRATIONS[1]` turns a version-1
 * record into a version-2 one. A record runs through every step from its own version up, in
 * ascending order (the order of integer keys), so each new version adds exactly one step.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: migrateV1,
  2: migrateV2,
  3: migrateV3,
  4: migrateV4,
};

function migrate(data: StoredRecord, version: number): StoredRecord {
  return Object.entries(MIGRATIONS)
    .filter(([from]) => Number(from) >= version)
    .reduce((record, [, step]) => step(record), data);
}

/**
 * Stored text → progress, never throwing: parse, check the version, migrate an older one, validate
 * each entry, and fall back to empty progress with a problem code. `undefined` (nothing stored)
 * is not a problem.
 */
export function decodeProgress(stored: string | undefined): DecodeResult {
  if (stored === undefined) return { progress: createEmptyProgress(), problem: null };
  let data: unknown;
  try {
    data = JSON.parse(stored);
  } catch {
    return { progress: createEmptyProgress(), problem: { code: 'unreadable' } };
  }
  return decodeProgressData(data);
}

/**
 * Parsed JSON → progress, never throwing: the part of `decodeProgress` after parsing, for callers
 * that parsed a larger document (an export file) themselves. Never returns `unreadable`.
 */
export function decodeProgressData(data: unknown): DecodeResult {
  if (!isRecord(data) || !Number.isInteger(data['version']) || (data['version'] as number) < 1) {
    return { progress: createEmptyProgress(), problem: { code: 'not-progress' } };
  }
  const version = data['version'] as number;
  if (version > PROGRESS_VERSION) {
    return { progress: createEmptyProgress(), problem: { code: 'newer-version', version } };
  }
  return readCurrentVersion(migrate(data, version));
}

/** Progress → stored text. */
export function encodeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}
