import {
  PROGRESS_VERSION,
  createEmptyProgress,
  type LessonRecord,
  type Progress,
  type QuizAttempt,
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

// Ids are kebab-case segments joined by "/"; names that Object.prototype has ("constructor",
// "__proto__"…) are refused as well, so stored keys can never reach an object's prototype.
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;
// What `Date.prototype.toISOString` writes, with optional seconds and any UTC offset. Looser
// formats parse differently from one browser to another.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const MAX_ID_LENGTH = 200;
const MAX_POINTS = 10_000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isId = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.length <= MAX_ID_LENGTH &&
  ID.test(value) &&
  !Object.hasOwn(Object.prototype, value);

const isTimestamp = (value: unknown): value is string =>
  typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));

const isPoints = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_POINTS;

function readLesson(value: unknown): LessonRecord | null {
  if (!isRecord(value)) return null;
  const { firstVisitedAt, lastVisitedAt } = value;
  if (!isTimestamp(firstVisitedAt) || !isTimestamp(lastVisitedAt)) return null;
  return { firstVisitedAt, lastVisitedAt };
}

function readResponses(value: unknown): Record<string, string[]> | null {
  if (!isRecord(value)) return null;
  const responses: Record<string, string[]> = {};
  for (const [questionId, selected] of Object.entries(value)) {
    if (!isId(questionId) || !Array.isArray(selected) || selected.length > 50) return null;
    if (!selected.every(isId)) return null;
    responses[questionId] = [...selected];
  }
  return responses;
}

function readAttempt(value: unknown): QuizAttempt | null {
  if (!isRecord(value)) return null;
  const { id, quizId, finishedAt, earned, total, passed } = value;
  const responses = readResponses(value['responses']);
  if (
    typeof id !== 'string' ||
    id.length === 0 ||
    id.length > 100 ||
    !isId(quizId) ||
    !isTimestamp(finishedAt) ||
    !isPoints(earned) ||
    !isPoints(total) ||
    earned > total ||
    typeof passed !== 'boolean' ||
    responses === null
  ) {
    return null;
  }
  return { id, quizId, finishedAt, earned, total, passed, responses };
}

/**
 * Checks a parsed value of the current version field by field. Valid entries are copied into a
 * fresh object; invalid ones are dropped and counted, so one bad attempt never costs the others.
 */
function readCurrentVersion(data: Record<string, unknown>): DecodeResult {
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

/**
 * Stored text → progress, never throwing: parse, check the version, validate each entry, and
 * fall back to empty progress with a problem code. `undefined` (nothing stored) is not a problem.
 *
 * Migrations: when `PROGRESS_VERSION` goes up, convert each older version here, step by step,
 * before `readCurrentVersion`, with a test per step.
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
  return readCurrentVersion(data);
}

/** Progress → stored text. */
export function encodeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}
