/**
 * The learner's progress, kept in this browser only (localStorage, key `csa:progress`).
 *
 * Stored JSON (version 1):
 * ```json
 * {
 *   "version": 1,
 *   "lessons": { "shared-responsibility/security-of-and-in-the-cloud":
 *                { "firstVisitedAt": "2026-11-28T10:00:00.000Z", "lastVisitedAt": "2026-11-28T10:20:00.000Z" } },
 *   "attempts": [ { "id": "3f0c…", "quizId": "shared-responsibility", "finishedAt": "2026-11-28T10:19:00.000Z",
 *                   "earned": 8, "total": 10, "passed": true, "responses": { "of-vs-in": ["a"] } } ]
 * }
 * ```
 * Reading goes decode → validate → (migrate) → fall back, in `src/lib/progress/decode.ts`, and
 * never throws. When content changes after progress was saved:
 * - lesson renamed: its visit record stays under the old id and is simply not shown;
 * - quiz removed: its attempts stay stored and are not counted anywhere;
 * - question ids changed: old responses stay in the attempt; scores already earned are kept.
 * Whatever could not be read is copied to `csa:progress:backup` before it can be overwritten.
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

/** Records a finished quiz attempt with a fresh id and the current time. */
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
