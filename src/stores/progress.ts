/**
 * The learner's progress, kept in this browser only (localStorage, key `csa:progress`).
 *
 * Stored JSON (version 3):
 * ```json
 * {
 *   "version": 3,
 *   "lessons": { "shared-responsibility/security-of-and-in-the-cloud":
 *                { "firstVisitedAt": "2026-11-28T10:00:00.000Z", "lastVisitedAt": "2026-11-28T10:20:00.000Z" } },
 *   "attempts": [ { "id": "3f0c…", "quizId": "shared-responsibility", "finishedAt": "2026-11-28T10:19:00.000Z",
 *                   "earned": 8.5, "total": 10, "passed": true, "mode": "exam", "seed": 2718281828,
 *                   "questionIds": ["of-vs-in", "guest-os", …],
 *                   "responses": { "of-vs-in": ["a"], "who-does-what": { "guest-os": "customer" }, … },
 *                   "confidence": { "of-vs-in": "sure" }, "durationSeconds": 312,
 *                   "tagScores": { "area:shared-responsibility": { "earned": 8.5, "total": 10 },
 *                                  "difficulty:foundational": { "earned": 5, "total": 5 },
 *                                  "module:shared-responsibility": { "earned": 8.5, "total": 10 } } } ],
 *   "archive": {
 *     "quizzes": { "iam-basics": { "attempts": 12, "passed": true, "bestEarned": 10, "bestTotal": 10,
 *                                  "lastEarned": 7, "lastTotal": 10, "lastAt": "2026-10-02T18:00:00.000Z" } },
 *     "days": { "2026-10-02": { "attempts": 3, "earned": 21.5, "total": 30 } },
 *     "tags": { "area:iam": { "earned": 80.25, "total": 120 } }
 *   }
 * }
 * ```
 * Only the newest attempts are kept in full (at most `DEFAULT_KEEP`, taking at most
 * `DEFAULT_MAX_BYTES` characters of JSON; see `src/lib/progress/compact.ts`); older ones are
 * folded into `archive`, which keeps per quiz the count, pass, best and last score, per UTC day
 * the attempts and points, and per tag the points, so the record stays small (10,000 realistic
 * attempts store in about 180 kB). The quiz session compacts when it records an attempt, so the
 * compaction code loads with the session, not with every page.
 *
 * Writing never loses what another tab saved: every write (`updateProgress`) reads what storage
 * holds right now and applies its change to that, not to this tab's copy, so two tabs finishing
 * attempts one after the other both keep theirs. An import that merges uses `mergeProgress`
 * (attempts by id, best scores kept) through `updateProgress`. `replaceProgress` replaces on
 * purpose (an import that replaces, a reset, undoing either).
 *
 * Reading goes decode → validate → migrate → fall back, in `src/lib/progress/decode.ts`, and
 * never throws. When the format or the content changed after progress was saved:
 * - version 1 → 2 → 3: an older record is migrated as it is read: a version-1 attempt becomes a
 *   practice attempt with seed null, the questions it has responses for, no confidence, duration
 *   null and no tag scores; version 3 adds an empty archive. That is not a problem, so there is no
 *   notice and no backup. Storage keeps the older text until the next write (a lesson visit or an
 *   attempt), which stores version 3; reading alone never rewrites it, so an open tab of the older
 *   site keeps working until then. An older record with invalid entries is repaired like any other
 *   (below): the invalid entries are dropped, and the repaired record is stored as version 3 at once.
 * - lesson renamed: its visit record stays under the old id and is simply not shown;
 * - quiz removed: its attempts stay stored and are not counted anywhere;
 * - question ids changed: old `questionIds`, responses, confidence and tag scores stay in the
 *   attempt as recorded, and scores already earned are kept; ids that no longer match a
 *   question are simply not shown.
 * Whatever could not be read is copied to `csa:progress:backup` before it can be overwritten, and
 * the repaired record is stored at once so the notice shows only once. Text that cannot be read
 * when a write reads storage is kept the same way (and the notice shown) before the write.
 */
import { atom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { decodeProgress, encodeProgress, type DecodeProblem } from '../lib/progress/decode';
import {
  createGuardedStorage,
  type GuardedStorage,
  type StorageProblem,
} from '../lib/progress/guarded-storage';
import { applyQuizResult, recordLessonVisit } from '../lib/progress/reducers';
import { createEmptyProgress, type Progress, type QuizAttempt } from '../lib/progress/types';

export const PROGRESS_KEY = 'csa:progress';
export const BACKUP_KEY = 'csa:progress:backup';

/** Something the learner should know about their saved progress. */
export type ProgressNotice =
  { source: 'storage'; problem: StorageProblem } | { source: 'decode'; problem: DecodeProblem };

/** The latest notice, or null. Islands show it; `dismissProgressNotice` clears it. */
export const $progressNotice = atom<ProgressNotice | null>(null);

let engine: GuardedStorage | undefined;
if (typeof window !== 'undefined') {
  engine = createGuardedStorage(
    () => window.localStorage,
    (problem) => $progressNotice.set({ source: 'storage', problem }),
  );
  setPersistentEngine(engine, windowPersistentEvents);
}

/** Keeps stored text that could not be fully read as a backup, and tells the learner. */
function keepBackup(stored: string, problem: DecodeProblem): void {
  // An older backup wins: it is the one most likely to hold what the learner lost first.
  if (engine !== undefined && !(BACKUP_KEY in engine)) engine[BACKUP_KEY] = stored;
  $progressNotice.set({ source: 'decode', problem });
}

/** Stored text → progress, on page load and when another tab writes. */
function decode(stored: string): Progress {
  const { progress, problem } = decodeProgress(stored);
  if (problem !== null) {
    keepBackup(stored, problem);
    // Store the repaired record so the notice shows once, not on every page. Data from a newer
    // version of the site stays as it is until the learner records something new.
    if (engine !== undefined && problem.code !== 'newer-version')
      engine[PROGRESS_KEY] = encodeProgress(progress);
  }
  return progress;
}

/** What storage holds right now (another tab may have written since this one last looked). */
function readStored(): Progress {
  const stored = engine?.[PROGRESS_KEY];
  if (stored === undefined) return createEmptyProgress();
  const { progress, problem } = decodeProgress(stored);
  if (problem !== null) keepBackup(stored, problem);
  return progress;
}

/** The learner's progress. Subscribing keeps it in sync with other tabs. */
export const $progress = persistentAtom<Progress>(PROGRESS_KEY, createEmptyProgress(), {
  encode: encodeProgress,
  decode,
});

/**
 * Applies `change` to what storage holds right now and stores the result. Reading storage first,
 * not this tab's copy, means an attempt another tab finished a moment ago is kept: each write
 * adds to the latest record instead of replacing it. (The guarded engine returns a value it could
 * not save from memory, so an unsaved change in this tab is not lost either.)
 */
export function updateProgress(change: (progress: Progress) => Progress): void {
  $progress.set(change(readStored()));
}

/** Notes that the learner opened `lessonId` now. */
export function recordVisit(lessonId: string): void {
  updateProgress((progress) => recordLessonVisit(progress, lessonId, new Date()));
}

/**
 * Records a finished quiz attempt with a fresh id and the current time. `tidy` runs on the new
 * record before it is stored: the quiz session passes `compactProgress`, which then loads with
 * the session instead of with every page.
 */
export function recordQuizAttempt(
  attempt: Omit<QuizAttempt, 'id' | 'finishedAt'>,
  tidy: (progress: Progress) => Progress = (progress) => progress,
): void {
  updateProgress((progress) =>
    tidy(applyQuizResult(progress, { ...attempt, id: newAttemptId(), finishedAt: new Date().toISOString() })),
  );
}

/** Replaces the learner's progress (import "replace", reset, and undo of a reset). */
export function replaceProgress(next: Progress): void {
  $progress.set(next);
}

/** Hides the current notice. */
export function dismissProgressNotice(): void {
  $progressNotice.set(null);
}

function newAttemptId(): string {
  // randomUUID needs a secure context (https or localhost); a plain-http host gets a random id.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
