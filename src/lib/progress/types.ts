/** Version of the stored progress shape. Bump it and add a migration in `decode.ts` when it changes. */
export const PROGRESS_VERSION = 1;

/** When the learner opened a lesson. Times are ISO 8601 strings in UTC. */
export interface LessonRecord {
  firstVisitedAt: string;
  lastVisitedAt: string;
}

/** One finished run through a quiz. */
export interface QuizAttempt {
  /** Unique id of the attempt (a random UUID), so attempts from two tabs never collide. */
  id: string;
  /** Id of the quiz: the file name of `content/quizzes/<id>.yaml`. */
  quizId: string;
  /** When the learner saw the result, ISO 8601 in UTC. */
  finishedAt: string;
  /** Points earned. */
  earned: number;
  /** Points available. */
  total: number;
  /** Whether the attempt reached the quiz's pass mark. */
  passed: boolean;
  /** The selected option ids, by question id. */
  responses: Record<string, string[]>;
}

/** Everything the site remembers about a learner; stored as JSON under `csa:progress`. */
export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Lessons opened, by lesson id (`<module>/<slug>`). */
  lessons: Record<string, LessonRecord>;
  /** Finished quiz attempts, oldest first. */
  attempts: QuizAttempt[];
}

/** A fresh, empty record. */
export function createEmptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {}, attempts: [] };
}
