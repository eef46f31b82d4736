/**
 * Reading stored progress: decode → validate → migrate → fall back, never throwing.
 *
 * What each kind of stored text becomes:
 * - nothing stored: empty progress, no problem.
 * - not JSON: empty progress, `unreadable`.
 * - JSON that is not an object with a whole version ≥ 1: empty progress, `not-progress`.
 * - a version above `PROGRESS_VERSION`: empty progress, `newer-version` (the store leaves the
 *   stored text alone, so that newer site still finds it).
 * - version 2 (current): every lesson and attempt is validated field by field; an invalid one is
 *   dropped and counted (`partly-invalid`), the valid ones are kept in order.
 * - version 1: migrated step by step (see `MIGRATIONS`), then validated as version 2.
 *   `migrateV1` checks each attempt by the version-1 rules (whole points, responses as lists of
 *   ids) and converts it: mode `practice`, seed null, `questionIds` = the keys of its responses in
 *   stored order, no confidence, duration null, no tag scores. Lessons are the same in both
 *   versions and pass through. An attempt that breaks a version-1 rule (fractional points, say)
 *   is dropped and counted, as is one that breaks a version-2 rule once converted (more than 500
 *   responses). A valid version-1 record migrates with no problem.
 *
 * Adding version 3: keep the version-2 reader as a migration step (`migrateV2`, version 2 → 3),
 * register it in `MIGRATIONS` under 2, and update `readAttempt` to the new rules.
 */
import type { Response } from '../quiz/types';
import {
  PROGRESS_VERSION,
  createEmptyProgress,
  type Confidence,
  type LessonRecord,
  type Progress,
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
// Tag keys: `area:`, `difficulty:` or `module:`, then one kebab-case segment.
const TAG_KEY = /^(?:area|difficulty|module):[a-z0-9]+(?:-[a-z0-9]+)*$/;
// What `Date.prototype.toISOString` writes, with optional seconds and any UTC offset. Looser
// formats parse differently from one browser to another.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
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

const isTimestamp = (value: unknown): value is string =>
  typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));

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
  return earned >= 0 && earned <= total ? { earned, total } : null;
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
  if (!isTimestamp(firstVisitedAt) || !isTimestamp(lastVisitedAt)) return null;
  return { firstVisitedAt, lastVisitedAt };
}

/** Checks one attempt of the current version; returns a fresh copy, or null if anything is wrong. */
function readAttempt(value: unknown): QuizAttempt | null {
  if (!isRecord(value)) return null;
  const { id, quizId, finishedAt, passed, mode, seed, questionIds, durationSeconds } = value;
  const score = readScore(value['earned'], value['total']);
  const responses = readKeyed(value['responses'], isId, readResponse, NO_LIMIT);
  const confidence = readKeyed(value['confidence'], isId, readConfidence, NO_LIMIT);
  const tagScores = readKeyed(value['tagScores'], isTagKey, readTagScore, NO_LIMIT);
  if (
    !isAttemptId(id) ||
    !isId(quizId) ||
    !isTimestamp(finishedAt) ||
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
    earned: score.earned,
    total: score.total,
    passed,
    mode,
    seed,
    questionIds: [...questionIds],
    responses,
    confidence,
    durationSeconds,
    tagScores,
  };
}

/**
 * Checks a record of the current version field by field. Valid entries are copied into a fresh
 * object; invalid ones are dropped and counted, so one bad attempt never costs the others.
 */
function readCurrentVersion(data: StoredRecord): DecodeResult {
  const progress = createEmptyProgress();
  let dropped = 0;

  const lessons = data['lessons'];
  if (isRecord(lessons)) {
    for (const [lessonId, record] of Object.entries(lessons)) {
      const lesson = isId(lessonId) ? readLesson(record) : null;
      if (lesson === null) dropped += 1;
      else progress.lessons[lessonId] = lesson;
    }
  } else if (lessons !== undefined) {
    dropped += 1;
  }

  const attempts = data['attempts'];
  if (Array.isArray(attempts)) {
    const seen = new Set<string>();
    for (const entry of attempts) {
      const attempt = readAttempt(entry);
      if (attempt === null) dropped += 1;
      else if (!seen.has(attempt.id)) {
        seen.add(attempt.id);
        progress.attempts.push(attempt);
      }
    }
  } else if (attempts !== undefined) {
    dropped += 1;
  }

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
    !isTimestamp(finishedAt) ||
    !isWholePoints(earned) ||
    !isWholePoints(total) ||
    earned > total ||
    typeof passed !== 'boolean' ||
    responses === null
  ) {
    return null;
  }
  return { id, quizId, finishedAt, earned, total, passed, responses };
}

/** A version-1 attempt as version 2 stores it; null (dropped and counted later) if it is invalid. */
function migrateAttemptV1(value: unknown): QuizAttempt | null {
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
 * The migration steps, keyed by the version they start from: `MIGRATIONS[1]` turns a version-1
 * record into a version-2 one. A record runs through every step from its own version up, in
 * ascending order (the order of integer keys), so each new version adds exactly one step.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: migrateV1 };

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
