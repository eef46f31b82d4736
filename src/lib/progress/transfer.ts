/**
 * Moving progress between browsers: a progress file the learner downloads (export) and later
 * loads here or elsewhere (import), merged into what this browser has or replacing it.
 *
 * The file is pretty-printed JSON:
 * ```json
 * {
 *   "format": "csa-progress",
 *   "schemaVersion": 5,
 *   "siteVersion": "0.1.0",
 *   "exportedAt": "2026-11-28T10:00:00.000Z",
 *   "checksum": "1b2c3d4e",
 *   "learner": { "name": "Ada Lovelace" },
 *   "progress": { "version": 5, "lessons": {…}, "attempts": […], "archive": {…}, "labs": {…} },
 *   "review": null
 * }
 * ```
 * `schemaVersion` is the version of `progress` (`PROGRESS_VERSION` when written); a file of an
 * older version is migrated through `decodeProgressData` like stored progress, and one of a newer
 * version is refused. `review` is whatever the caller exported next to the progress (review
 * scheduling, say), or null; it is returned as parsed, for its owner to validate. `learner` is
 * optional: the name the learner gave, so a team lead who collects several files can tell them
 * apart (`/team/`); files written before it existed, or by a learner who gave no name, have none.
 *
 * The checksum is FNV-1a (32 bits, as 8 lower-case hex digits) over the UTF-8 bytes of the
 * canonical JSON of `{ progress, review }`, or of `{ learner, progress, review }` when the file
 * names its learner (so older files, which have no `learner`, still verify): keys sorted (by UTF-16
 * code units) at every level, no white space. It catches accidental damage (a truncated download, a stray edit, a copy-paste that
 * lost a line), so such a file is refused rather than half-read. It is no defence against someone
 * who means to change the file: anyone can recompute it. Nothing in the file is secret, and an
 * edited file can only change the learner's own progress in their own browser.
 */
import { decodeProgressData } from './decode';
import { mergeProgress } from './merge';
import { isBetter } from '../core/numbers';
import { isLabCompleted } from './lab-summary';
import { summarizeQuiz } from './summary';
import { PROGRESS_VERSION, type Progress } from './types';

/** The `format` of a progress file. */
export const EXPORT_FORMAT = 'csa-progress';

/** Largest progress file read: 2 MiB of UTF-8. A real one is far smaller (stored progress is compacted). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** Longest learner name kept in a file, in UTF-16 code units. */
export const MAX_LEARNER_NAME = 100;

/** Who a file belongs to, as the learner named themselves. */
export interface ExportLearner {
  /** The name the learner typed, trimmed; never empty. */
  name: string;
}

/** Deepest nesting of JSON read from a file (an export is a few levels deep). */
const MAX_DEPTH = 64;

/** What `buildExport` writes next to the progress. */
export interface ExportExtra {
  /** Version of the site that wrote the file (`package.json` version). */
  siteVersion: string;
  /** When the file was written. */
  exportedAt: Date;
  /** Other learner data to carry along (review scheduling); must be JSON. Written as null if absent. */
  review?: unknown;
  /** The learner's name; a blank or missing name writes no `learner` field. Trimmed, cut to `MAX_LEARNER_NAME`. */
  learnerName?: string | undefined;
}

/**
 * Why a file cannot be imported. The island turns each code into words.
 * - `too-large`: over `MAX_IMPORT_BYTES`.
 * - `not-json`: not JSON at all (not a progress file, or badly damaged).
 * - `not-an-export`: JSON, but not a progress file: no `format: "csa-progress"`, or a malformed
 *   envelope (schema version, site version, export time, learner name), or nested too deeply.
 * - `newer-version`: written by a newer version of the site; update the site (reload) first.
 * - `checksum-mismatch`: the progress or review data changed after the file was written.
 * - `invalid-progress`: the progress in the file is not valid. Any invalid entry refuses the whole
 *   file, so nothing half-valid is merged.
 */
export type ImportErrorCode =
  'too-large' | 'not-json' | 'not-an-export' | 'newer-version' | 'checksum-mismatch' | 'invalid-progress';

/** What an importable file holds, for the screen that asks to merge or replace. */
export interface ImportSummary {
  /** Version of the progress in the file, before migration. */
  schemaVersion: number;
  siteVersion: string;
  /** As written in the file (ISO 8601). */
  exportedAt: string;
  /** Lessons visited. */
  lessons: number;
  /** Attempts, archived ones included. */
  attempts: number;
  /** Quizzes with at least one attempt. */
  quizzes: number;
  /** Labs run at least once (none in files of version 4 and older). */
  labs: number;
}

/** The outcome of reading a progress file. `detail` is for developers (English), not for learners. */
export type ImportResult =
  | {
      ok: true;
      progress: Progress;
      review: unknown;
      summary: ImportSummary;
      /** Who the file belongs to, when it says; null for older files and unnamed learners. */
      learner: ExportLearner | null;
    }
  | { ok: false; code: Exclude<ImportErrorCode, 'invalid-progress'>; detail: string }
  | {
      ok: false;
      code: 'invalid-progress';
      detail: string;
      /** Entries that failed validation. */ dropped: number;
    };

/** What importing `incoming` (merged) would change, for the "what will change" screen. */
export interface ImportChanges {
  /** Attempts the merge adds (archived ones included). */
  newAttempts: number;
  /** Lessons visited in the file and never here. */
  newLessons: number;
  /** Ids of the quizzes whose best score the merge raises, sorted. */
  betterScores: string[];
  /** Labs completed in the file and not here. */
  newLabsCompleted: number;
}

class TooDeep extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Canonical JSON of parsed JSON: keys sorted at every level, no white space. Throws `TooDeep`
 * past `MAX_DEPTH` levels, so a hostile file cannot exhaust the stack.
 */
export function canonicalJson(value: unknown, depth = 0): string {
  if (depth > MAX_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item, depth + 1)).join(',')}]`;
  if (isRecord(value)) {
    const fields = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key], depth + 1)}`);
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** FNV-1a, 32 bits, over the UTF-8 bytes of `text`, as 8 lower-case hex digits. */
export function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash = Math.imul(hash ^ byte, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The checksum of a file's content; a file without `learner` keeps the original canonical form. */
const checksumOf = (progress: unknown, review: unknown, learner?: unknown): string =>
  fnv1a32(canonicalJson(learner === undefined ? { progress, review } : { learner, progress, review }));

/** `name` trimmed and cut to `MAX_LEARNER_NAME`, or undefined when nothing is left. */
export function cleanLearnerName(name: string | undefined): string | undefined {
  const trimmed = (name ?? '').trim().slice(0, MAX_LEARNER_NAME).trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * A progress file for `progress` (see the top of this file), pretty-printed. `review` must be
 * JSON (it is written as `JSON.stringify` writes it, and null when absent).
 */
export function buildExport(progress: Progress, extra: ExportExtra): string {
  // Through JSON first, so the checksum covers exactly what the file holds (a Date becomes its
  // string, an undefined field disappears), as `readImport` will see it.
  const data = JSON.parse(JSON.stringify({ progress, review: extra.review ?? null })) as {
    progress: unknown;
    review: unknown;
  };
  const name = cleanLearnerName(extra.learnerName);
  const learner = name === undefined ? undefined : { name };
  return JSON.stringify(
    {
      format: EXPORT_FORMAT,
      schemaVersion: PROGRESS_VERSION,
      siteVersion: extra.siteVersion,
      exportedAt: extra.exportedAt.toISOString(),
      checksum: checksumOf(data.progress, data.review, learner),
      ...(learner === undefined ? {} : { learner }),
      progress: data.progress,
      review: data.review,
    },
    null,
    2,
  );
}

const fail = (code: Exclude<ImportErrorCode, 'invalid-progress'>, detail: string): ImportResult => ({
  ok: false,
  code,
  detail,
});

// A UTF-16 code unit is at least one UTF-8 byte, so a string longer than the limit is too large
// without encoding it.
const isTooLarge = (text: string): boolean =>
  text.length > MAX_IMPORT_BYTES || new TextEncoder().encode(text).length > MAX_IMPORT_BYTES;

const attemptCount = (progress: Progress): number =>
  Object.values(progress.archive.quizzes).reduce(
    (sum, quiz) => sum + quiz.attempts,
    progress.attempts.length,
  );

const quizIdsOf = (progress: Progress): Set<string> =>
  new Set([...Object.keys(progress.archive.quizzes), ...progress.attempts.map((attempt) => attempt.quizId)]);

/** A `learner` field as written by `buildExport`: a name, trimmed and within the limit. */
const isLearner = (value: unknown): value is ExportLearner =>
  isRecord(value) && typeof value['name'] === 'string' && cleanLearnerName(value['name']) === value['name'];

/**
 * Reads a progress file, never throwing. Checks, in order: size, JSON, the envelope (format,
 * schema version, site version, export time), the version, the learner's name, the checksum, then
 * every entry of the progress (migrating an older version); the first check that fails gives the code.
 */
export function readImport(text: string): ImportResult {
  if (isTooLarge(text)) return fail('too-large', `more than ${MAX_IMPORT_BYTES} bytes`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail('not-json', (error as Error).message);
  }
  if (!isRecord(data) || data['format'] !== EXPORT_FORMAT) {
    return fail('not-an-export', `no "format": "${EXPORT_FORMAT}"`);
  }
  const { schemaVersion, siteVersion, exportedAt, checksum, progress } = data;
  if (!Number.isInteger(schemaVersion) || (schemaVersion as number) < 1) {
    return fail('not-an-export', 'schemaVersion is not a whole number from 1 up');
  }
  if (
    typeof siteVersion !== 'string' ||
    typeof exportedAt !== 'string' ||
    Number.isNaN(Date.parse(exportedAt))
  ) {
    return fail('not-an-export', 'siteVersion or exportedAt is missing or malformed');
  }
  if ((schemaVersion as number) > PROGRESS_VERSION) {
    return fail(
      'newer-version',
      `schema version ${String(schemaVersion)}; this site reads up to ${PROGRESS_VERSION}`,
    );
  }
  const learner = data['learner'];
  if (learner !== undefined && !isLearner(learner)) {
    return fail('not-an-export', `learner is not { "name": <text of 1 to ${MAX_LEARNER_NAME} characters> }`);
  }
  const review = data['review'] ?? null;
  let expected: string;
  try {
    expected = checksumOf(progress, review, learner);
  } catch {
    return fail('not-an-export', `nested more than ${MAX_DEPTH} levels deep`);
  }
  if (checksum !== expected) {
    return fail(
      'checksum-mismatch',
      `checksum ${JSON.stringify(checksum) ?? 'missing'}, content gives "${expected}"`,
    );
  }
  const decoded = decodeProgressData(progress);
  const problem = decoded.problem;
  if (problem?.code === 'newer-version') {
    return fail(
      'newer-version',
      `progress version ${problem.version}; this site reads up to ${PROGRESS_VERSION}`,
    );
  }
  if (problem?.code === 'partly-invalid') {
    const entries = problem.dropped === 1 ? 'entry' : 'entries';
    return {
      ok: false,
      code: 'invalid-progress',
      detail: `${problem.dropped} ${entries} of the progress failed validation; nothing was imported`,
      dropped: problem.dropped,
    };
  }
  if (problem !== null) {
    return { ok: false, code: 'invalid-progress', detail: 'the file holds no progress record', dropped: 0 };
  }
  return {
    ok: true,
    progress: decoded.progress,
    review,
    learner: learner === undefined ? null : { name: learner.name },
    summary: {
      schemaVersion: schemaVersion as number,
      siteVersion,
      exportedAt,
      lessons: Object.keys(decoded.progress.lessons).length,
      attempts: attemptCount(decoded.progress),
      quizzes: quizIdsOf(decoded.progress).size,
      labs: Object.keys(decoded.progress.labs).length,
    },
  };
}

/**
 * What merging `incoming` into `current` (as `mergeProgress` does) would change: attempts added
 * (counted as the merge counts them, so an attempt both hold, or one `current` already archived,
 * is not new), lessons visited only in `incoming`, the quizzes whose best score goes up, and the
 * labs completed in `incoming` and not in `current`.
 */
export function describeImport(current: Progress, incoming: Progress): ImportChanges {
  const merged = mergeProgress(current, incoming);
  const betterScores = [...quizIdsOf(incoming)]
    .filter((quizId) => {
      const before = summarizeQuiz(current, quizId).best;
      const after = summarizeQuiz(merged, quizId).best;
      return after !== null && (before === null || isBetter(after, before));
    })
    .sort();
  return {
    newAttempts: Math.max(0, attemptCount(merged) - attemptCount(current)),
    newLessons: Object.keys(incoming.lessons).filter((lessonId) => !Object.hasOwn(current.lessons, lessonId))
      .length,
    betterScores,
    newLabsCompleted: Object.keys(incoming.labs).filter(
      (labId) => isLabCompleted(incoming, labId) && !isLabCompleted(current, labId),
    ).length,
  };
}
