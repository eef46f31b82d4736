import type { Response } from '../quiz/types';

/** Version of the stored progress shape. Bump it and add a migration in `decode.ts` when it changes. */
export const PROGRESS_VERSION = 5;

/** When the learner opened a lesson. Times are ISO 8601 strings (`toISOString`, so UTC). */
export interface LessonRecord {
  firstVisitedAt: string;
  lastVisitedAt: string;
}

/** How a quiz was taken: feedback after each answer, or only at the end. */
export type QuizMode = 'practice' | 'exam';

/**
 * What an attempt was, which decides what it may change:
 * - `quiz`: the whole quiz (or the final assessment), as set. Only these count for a quiz's best
 *   score, "passed", lesson completion, module status and the final assessment's result.
 * - `retry`: the learner retried only the questions they had missed, right after a full attempt.
 * - `review`: a spaced-review session of due questions from any quiz.
 * Retries and reviews are practice: their answers feed the review deck and the per-topic evidence
 * (shown as practice), never a result.
 */
export type AttemptKind = 'quiz' | 'retry' | 'review';

/** The quiz id under which review sessions are recorded: they draw questions from every quiz. */
export const REVIEW_QUIZ_ID = 'review';

/** How sure the learner said they were of an answer. */
export type Confidence = 'sure' | 'unsure';

/** Points earned and available for one tag. */
export interface TagScore {
  earned: number;
  total: number;
}

/** One finished run through a quiz. */
export interface QuizAttempt {
  /** Unique id of the attempt (a random UUID), so attempts from two tabs never collide. */
  id: string;
  /** Id of the quiz: the file name of `content/quizzes/<id>.yaml`. */
  quizId: string;
  /** When the learner saw the result, ISO 8601 in UTC. */
  finishedAt: string;
  /** Points earned; partial credit can make it a fraction (kept to 2 decimals). */
  earned: number;
  /** Points available: one per question asked. */
  total: number;
  /** Whether the attempt reached the quiz's pass mark. */
  passed: boolean;
  /** A full quiz, a retry of missed questions, or a review session. Attempts before version 4 were `quiz`. */
  kind: AttemptKind;
  /** Practice or exam. Attempts from version 1 were all practice. */
  mode: QuizMode;
  /** Seed of the question and option order, so a review shows what the learner saw; null if unknown. */
  seed: number | null;
  /** Ids of the questions asked, in the order shown. */
  questionIds: string[];
  /** The learner's responses, by question id. */
  responses: Record<string, Response>;
  /** The confidence the learner gave, by question id (only where they gave one). */
  confidence: Record<string, Confidence>;
  /** Seconds from start to result; null if unknown. */
  durationSeconds: number | null;
  /** Score per tag, keyed `area:<area>`, `difficulty:<level>` or `module:<module>`. */
  tagScores: Record<string, TagScore>;
}

/** What is kept of one quiz's attempts once they are folded out of `attempts`. */
export interface QuizArchive {
  /** Number of folded attempts. */
  attempts: number;
  /** Whether any folded attempt passed. */
  passed: boolean;
  /** Best folded score (highest earned / total). */
  bestEarned: number;
  bestTotal: number;
  /** Latest folded score and when it was. */
  lastEarned: number;
  lastTotal: number;
  lastAt: string;
}

/** Quiz activity on one of the learner's calendar days. */
export interface DayActivity {
  attempts: number;
  earned: number;
  total: number;
}

/**
 * Totals of attempts folded out of `attempts` so stored progress stays small (see `compact.ts`):
 * best scores, passes, activity by day and tag totals survive; answers of old attempts do not.
 */
export interface ProgressArchive {
  /** By quiz id: full quizzes only (kind `quiz`); practice never sets a best score or a pass. */
  quizzes: Record<string, QuizArchive>;
  /**
   * By the learner's local calendar day, `YYYY-MM-DD`, every kind of attempt. Days folded before
   * version 4 are UTC days.
   */
  days: Record<string, DayActivity>;
  /** By tag key, as in `QuizAttempt.tagScores`: answers of full quizzes (kind `quiz`). */
  tags: Record<string, TagScore>;
  /** By tag key: answers of practice (retries and reviews), kept apart so they never set a level. */
  practiceTags: Record<string, TagScore>;
}

/** The best run of a lab: most checks passed, then most probes denied (see `isBetterLabRun`). */
export interface LabBest {
  checksPassed: number;
  checksTotal: number;
  /** Least-privilege probes the policy denied; a spot lab has none (0 of 0). */
  probesDenied: number;
  probesTotal: number;
}

/** Longest policy text kept with a lab record; a longer one is stored as null. */
export const MAX_LAB_POLICY_LENGTH = 20_000;

/** What the learner did in one lab (`content/labs/<id>.yaml`), since version 5. */
export interface LabRecord {
  /** First and latest runs of the checks, ISO 8601 in UTC. */
  firstRunAt: string;
  lastRunAt: string;
  /** How many times the learner ran the checks. */
  runs: number;
  /** The first run that passed every check and denied every probe; null until then. */
  completedAt: string | null;
  best: LabBest;
  /** The learner's policy at the latest run (at most `MAX_LAB_POLICY_LENGTH` characters), or null. */
  policy: string | null;
}

/** Everything the site remembers about a learner; stored as JSON under `csa:progress`. */
export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Lessons opened, by lesson id (`<module>/<slug>`). */
  lessons: Record<string, LessonRecord>;
  /** The most recent finished quiz attempts in full, oldest first. */
  attempts: QuizAttempt[];
  /** Totals of older attempts. */
  archive: ProgressArchive;
  /** Labs run, by lab id (version 5; older records have none). */
  labs: Record<string, LabRecord>;
}

/** An empty archive. */
export function createEmptyArchive(): ProgressArchive {
  return { quizzes: {}, days: {}, tags: {}, practiceTags: {} };
}

/** A fresh, empty record. */
export function createEmptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {}, attempts: [], archive: createEmptyArchive(), labs: {} };
}
