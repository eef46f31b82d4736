/**
 * The learner's progress, kept in this browser only (localStorage, key `csa:progress`).
 *
 * Stored JSON (version 5):
 * ```json
 * {
 *   "version": 5,
 *   "lessons": { "shared-responsibility/security-of-and-in-the-cloud":
 *                { "firstVisitedAt": "2026-11-28T10:00:00.000Z", "lastVisitedAt": "2026-11-28T10:20:00.000Z" } },
 *   "attempts": [ { "id": "3f0c…", "quizId": "shared-responsibility", "finishedAt": "2026-11-28T10:19:00.000Z",
 *                   "kind": "quiz", "earned": 8.5, "total": 10, "passed": true, "mode": "exam", "seed": 2718281828,
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
 *   },
 *   "labs": { "read-one-bucket": { "firstRunAt": "2026-11-29T09:00:00.000Z", "lastRunAt": "2026-11-29T09:12:00.000Z",
 *                                  "runs": 4, "completedAt": "2026-11-29T09:12:00.000Z",
 *                                  "best": { "checksPassed": 3, "checksTotal": 3, "probesDenied": 2, "probesTotal": 2 },
 *                                  "policy": "{ \"Version\": \"2012-10-17\", … }" } }
 * }
 * ```
 * Only the newest attempts are kept in full (at most `DEFAULT_KEEP`, taking at most
 * `DEFAULT_MAX_BYTES` characters of JSON; see `src/lib/progress/compact.ts`); older ones are
 * folded into `archive`, which keeps per quiz the count, pass, best and last score of full
 * attempts, per local calendar day the attempts and points, and per tag the points of full attempts
 * and of practice apart, so the record stays small (10,000 realistic attempts store in about
 * 180 kB). A finished quiz is recorded by `recordQuizResult` (`quiz-results.ts`), which compacts;
 * it loads with the quiz session, not with every page.
 *
 * Kinds of attempt: `quiz` (the whole quiz), `retry` (only the questions missed) and `review`
 * (spaced review). Only `quiz` attempts count for best scores, passes, lesson completion, module
 * status and the final assessment; retries and reviews are practice (see `AttemptKind`).
 *
 * Writing never loses what another tab saved: every write (`updateProgress`) reads what storage
 * holds right now and applies its change to that, not to this tab's copy, so two tabs finishing
 * attempts one after the other both keep theirs. An import that merges uses `mergeProgress`
 * (attempts by id, best scores kept) through `updateProgress`. `replaceProgress` replaces on
 * purpose (an import that replaces, a reset, undoing either).
 *
 * Reading goes decode → validate → migrate → fall back, in `src/lib/progress/decode.ts`, and
 * never throws. When the format or the content changed after progress was saved:
 * - version 1 → 2 → 3 → 4 → 5: an older record is migrated as it is read: a version-1 attempt becomes
 *   a practice attempt with seed null, the questions it has responses for, no confidence, duration
 *   null and no tag scores; version 3 adds an empty archive; version 4 gives every attempt a kind; version 5 adds empty `labs`.
 *   Before version 4 a "retry missed" was stored like a full attempt at the same quiz: one whose
 *   questions are a strict subset of the quiz's previous attempt's, finished after it, is taken
 *   as a retry (see `decode.ts`), so an inflated best score from a retry is undone.
 *   Migrating is not a problem, so there is no notice and no backup. Storage keeps the older text until the next write (a lesson visit or an
 *   attempt), which stores version 5; reading alone never rewrites it, so an open tab of the older
 *   site keeps working until then. An older record with invalid entries is repaired like any other
 *   (below): the invalid entries are dropped, and the repaired record is stored as version 5 at once.
 * - lesson renamed: its visit record stays under the old id and is simply not shown;
 * - quiz removed: its attempts stay stored and are not counted anywhere;
 * - question ids changed: old `questionIds`, responses, confidence and tag scores stay in the
 *   attempt as recorded, and scores already earned are kept; ids that no longer match a
 *   question are simply not shown.
 * Whatever could not be read is copied to `csa:progress:backup` before it can be overwritten, and
 * the repaired record is stored at once so the notice shows only once. Text that cannot be read
 * when a write reads storage is kept the same way (and the notice shown) before the write.
 */
import { computed } from 'nanostores';
import { decodeProgress, encodeProgress, type DecodeProblem } from '../lib/progress/decode';
import type { StorageProblem } from '../lib/progress/guarded-storage';
import { recordLessonVisit } from '../lib/progress/reducers';
import { createEmptyProgress, type Progress } from '../lib/progress/types';
import { PROGRESS_BACKUP_KEY, PROGRESS_KEY } from './keys';
import { $storageProblem, createPersistentRecord } from './storage';

/** Something the learner should know about their saved progress. */
export type ProgressNotice =
  { source: 'storage'; problem: StorageProblem } | { source: 'decode'; problem: DecodeProblem };

const record = createPersistentRecord<Progress, DecodeProblem>({
  key: PROGRESS_KEY,
  backupKey: PROGRESS_BACKUP_KEY,
  empty: createEmptyProgress,
  decode: (stored) => {
    const { progress, problem } = decodeProgress(stored);
    // Data from a newer version of the site stays as it is until the learner records something new.
    return { value: progress, problem, repair: problem?.code !== 'newer-version' };
  },
  encode: encodeProgress,
});

/** The learner's progress. Subscribing keeps it in sync with other tabs. */
export const $progress = record.$value;

/**
 * The notice to show about saved progress, or null: a storage problem (nothing can be saved)
 * first, then what was wrong with the stored record. `dismissProgressNotice` clears it.
 */
export const $progressNotice = computed(
  [$storageProblem, record.$problem],
  (storage, decoded): ProgressNotice | null =>
    storage !== null
      ? { source: 'storage', problem: storage }
      : decoded !== null
        ? { source: 'decode', problem: decoded }
        : null,
);

/**
 * Applies `change` to what storage holds right now and stores the result. Reading storage first,
 * not this tab's copy, means an attempt another tab finished a moment ago is kept: each write
 * adds to the latest record instead of replacing it. (The guarded engine returns a value it could
 * not save from memory, so an unsaved change in this tab is not lost either.)
 */
export const updateProgress = record.update;

/** Replaces the learner's progress (import "replace", reset, and undo of a reset). */
export const replaceProgress = record.replace;

/** Notes that the learner opened `lessonId` now. */
export function recordVisit(lessonId: string): void {
  updateProgress((progress) => recordLessonVisit(progress, lessonId, new Date()));
}

/** Hides the current notice. */
export function dismissProgressNotice(): void {
  $storageProblem.set(null);
  record.dismissProblem();
}
