/**
 * The learner's progress, kept in this browser only (localStorage, key `csa:progress`).
 *
 * Stored JSON (version 2):
 * ```json
 * {
 *   "version": 2,
 *   "lessons": { "shared-responsibility/security-of-and-in-the-cloud":
 *                { "firstVisitedAt": "2026-11-28T10:00:00.000Z", "lastVisitedAt": "2026-11-28T10:20:00.000Z" } },
 *   "attempts": [ { "id": "3f0c…", "quizId": "shared-responsibility", "finishedAt": "2026-11-28T10:19:00.000Z",
 *                   "earned": 8.5, "total": 10, "passed": true, "mode": "exam", "seed": 2718281828,
 *                   "questionIds": ["of-vs-in", "guest-os", …],
 *                   "responses": { "of-vs-in": ["a"], "who-does-what": { "guest-os": "customer" }, … },
 *                   "confidence": { "of-vs-in": "sure" }, "durationSeconds": 312,
 *                   "tagScores": { "area:shared-responsibility": { "earned": 8.5, "total": 10 },
 *                                  "difficulty:foundational": { "earned": 5, "total": 5 },
 *                                  "module:shared-responsibility": { "earned": 8.5, "total": 10 } } } ]
 * }
 * ```
 * Reading goes decode → validate → migrate → fall back, in `src/lib/progress/decode.ts`, and
 * never throws. When the format or the content changed after progress was saved:
 * - version 1 → 2: a version-1 record (attempts without mode, seed, questionIds, confidence,
 *   durationSeconds and tagScores) is migrated as it is read: each attempt becomes a practice
 *   attempt with seed null, the questions it has responses for, no confidence, duration null and
 *   no tag scores. That is not a problem, so there is no notice and no backup. Storage keeps the
 *   version-1 text until the next write (a lesson visit or an attempt), which stores version 2;
 *   reading alone never rewrites it, so an open tab of the older site keeps working until then.
 *   A version-1 record with invalid entries is repaired like any other (below): the invalid
 *   entries are dropped, and the repaired record is stored as version 2 at once.
 * - lesson renamed: its visit record stays under the old id and is simply not shown;
 * - quiz removed: its attempts stay stored and are not counted anywhere;
 * - question ids changed: old `questionIds`, responses, confidence and tag scores stay in the
 *   attempt as recorded, and scores already earned are kept; ids that no longer match a
 *   question are simply not shown.
 * Whatever could not be read is copied to `csa:progress:backup` before it can be overwritten, and
 * the repaired record is stored at once so the notice shows only once.
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

function decode(stored: string): Progress {
  const { progress, problem } = decodeProgress(stored);
  if (problem !== null) {
    // Keep what could not be read before the next write replaces it. An older backup wins: it
    // is the one most likely to hold what the learner lost first.
    if (engine !== undefined) {
      if (!(BACKUP_KEY in engine)) engine[BACKUP_KEY] = stored;
      // Store the repaired record so the notice shows once, not on every page. Data from a newer
      // version of the site stays as it is until the learner records something new.
      if (problem.code !== 'newer-version') engine[PROGRESS_KEY] = encodeProgress(progress);
    }
    $progressNotice.set({ source: 'decode', problem });
  }
  return progress;
}

/** The learner's progress. Subscribing keeps it in sync with other tabs. */
export const $progress = persistentAtom<Progress>(PROGRESS_KEY, createEmptyProgress(), {
  encode: encodeProgress,
  decode,
});

/** Notes that the learner opened `lessonId` now. */
export function recordVisit(lessonId: string): void {
  $progress.set(recordLessonVisit($progress.get(), lessonId, new Date()));
}

/**
 * Records a finished quiz attempt with a fresh id and the current time; everything else (mode,
 * seed, questions, responses, confidence, duration, tag scores) comes from the caller.
 */
export function recordQuizAttempt(attempt: Omit<QuizAttempt, 'id' | 'finishedAt'>): void {
  $progress.set(
    applyQuizResult($progress.get(), {
      ...attempt,
      id: newAttemptId(),
      finishedAt: new Date().toISOString(),
    }),
  );
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
