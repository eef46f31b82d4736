import { compareTimes } from '../core/time';
import { lessonHref } from '../course/routes';
import { isLessonComplete, summarizeQuiz } from '../progress/summary';
import type { LabBest, Progress, QuizAttempt } from '../progress/types';
import type { Path } from '../../schemas/path';

/** A lesson as a path needs it: `id` is the lesson id (`<module>/<slug>`), `quiz` its quiz id. */
export interface PathLessonInput {
  id: string;
  title: string;
  minutes: number;
  quiz: string;
}

/** A quiz a path can name as a step: a module quiz or the final assessment. */
export interface PathQuizInput {
  id: string;
  title: string;
  /** The page the quiz is taken on (the module page, or the assessment page). */
  href: string;
  /** The quiz's time limit in minutes, or null where it has none. */
  minutes: number | null;
}

/** A lab a path can name as a step (`content/labs/<id>.yaml`). */
export interface PathLabInput {
  id: string;
  title: string;
  /** The lab's estimated minutes. */
  minutes: number;
  /** The lab's page, `/labs/<id>/`. */
  href: string;
}

/** What `pathProgress` needs of the course, built from the content collections. */
export interface CourseInput {
  lessons: readonly PathLessonInput[];
  /** Module quizzes and the final assessment: the quizzes a step may name. */
  quizzes: readonly PathQuizInput[];
  /** The labs a step may name (none when left out). */
  labs?: readonly PathLabInput[];
}

export type StepKind = 'lesson' | 'quiz' | 'lab';
export type StepStatus = 'not-started' | 'started' | 'done';

/** One step of a path with the learner's status. */
export interface StepProgress {
  kind: StepKind;
  /** Lesson id, quiz id or lab id. */
  id: string;
  /** The quiz whose full attempts decide the step: the lesson's quiz, or the step's quiz; null for a lab. */
  quizId: string | null;
  title: string;
  href: string;
  required: boolean;
  minutes: number;
  status: StepStatus;
  /** Best full-attempt percent at the step's quiz (archived attempts included), or null before one (and for a lab). */
  bestPercent: number | null;
  /** A lab step's best run (checks passed, probes denied), or null before a run (and for a lesson or quiz). */
  labBest: LabBest | null;
  /**
   * When the step was first done (its first passing full attempt, or the lab's first completion),
   * or null. See `PathProgress.completedAt`.
   */
  doneAt: string | null;
}

/** A learner's progress through one path. */
export interface PathProgress {
  steps: StepProgress[];
  /** Required steps done, and required steps in all. */
  done: number;
  required: number;
  /** The first step not done, required steps first (in path order), or null when every step is done. */
  next: StepProgress | null;
  /** Minutes of the steps not done yet, required ones only. */
  minutesLeft: number;
  /** Minutes of every required step. */
  minutesTotal: number;
  /** Every required step done. */
  complete: boolean;
  /** Earliest visit of a step's lesson, attempt at a step's quiz or run of a step's lab, or null before any. */
  startedAt: string | null;
  /**
   * When the last required step was first done, or null while incomplete. A pass that survives
   * only in the archive (attempts folded by `compact.ts`) is dated by the archive's last attempt,
   * the latest time it can have happened.
   */
  completedAt: string | null;
}

/** Thrown when a path names a lesson, quiz or lab the course does not have; the content test prevents it. */
export class UnknownStepError extends Error {}

const earliest = (a: string | null, b: string | null): string | null =>
  a === null || (b !== null && compareTimes(b, a) < 0) ? b : a;

const latest = (a: string | null, b: string | null): string | null =>
  a === null || (b !== null && compareTimes(b, a) > 0) ? b : a;

/** Attempts of every kind at `quizId` kept in full. */
const attemptsAt = (progress: Progress, quizId: string): QuizAttempt[] =>
  progress.attempts.filter((attempt) => attempt.quizId === quizId);

/** When a full attempt at `quizId` first passed, or null if none did. */
function firstPass(progress: Progress, quizId: string): string | null {
  const archived = Object.hasOwn(progress.archive.quizzes, quizId)
    ? progress.archive.quizzes[quizId]
    : undefined;
  if (archived?.passed === true) return archived.lastAt;
  let at: string | null = null;
  for (const attempt of attemptsAt(progress, quizId)) {
    if (attempt.kind === 'quiz' && attempt.passed) at = earliest(at, attempt.finishedAt);
  }
  return at;
}

/** When the learner first touched `quizId` (any kind of attempt), or null. */
function firstAttempt(progress: Progress, quizId: string): string | null {
  const archived = Object.hasOwn(progress.archive.quizzes, quizId)
    ? progress.archive.quizzes[quizId]
    : undefined;
  let at: string | null = archived === undefined ? null : archived.lastAt;
  for (const attempt of attemptsAt(progress, quizId)) at = earliest(at, attempt.finishedAt);
  return at;
}

/** Resolves a step against the course; throws `UnknownStepError` for a name the course lacks. */
function resolveStep(step: Path['steps'][number], course: CourseInput) {
  if (step.lab !== undefined) {
    const lab = (course.labs ?? []).find((candidate) => candidate.id === step.lab);
    if (lab === undefined) throw new UnknownStepError(`No lab "${step.lab}" in the course.`);
    return {
      kind: 'lab' as const,
      id: lab.id,
      quizId: null,
      title: lab.title,
      href: lab.href,
      minutes: lab.minutes,
    };
  }
  if (step.lesson !== undefined) {
    const lesson = course.lessons.find((candidate) => candidate.id === step.lesson);
    if (lesson === undefined) throw new UnknownStepError(`No lesson "${step.lesson}" in the course.`);
    const href = lessonHref(lesson.id);
    return {
      kind: 'lesson' as const,
      id: lesson.id,
      quizId: lesson.quiz,
      title: lesson.title,
      href,
      minutes: lesson.minutes,
    };
  }
  const quiz = course.quizzes.find((candidate) => candidate.id === step.quiz);
  if (quiz === undefined) throw new UnknownStepError(`No module quiz or final assessment "${step.quiz}".`);
  return {
    kind: 'quiz' as const,
    id: quiz.id,
    quizId: quiz.id,
    title: quiz.title,
    href: quiz.href,
    minutes: quiz.minutes ?? 0,
  };
}

/**
 * The learner's progress through `path`. A lesson step is done when a full attempt at its quiz
 * passed (`isLessonComplete`), a quiz step when a full attempt at the quiz passed; retries and
 * reviews never make a step done, though they show it as started. A lesson step is started once
 * the lesson was opened or its quiz tried. A lab step is started at the lab's first run and done
 * once the lab is completed (every check passed, every probe denied), whatever later runs gave.
 */
export function pathProgress(
  path: Pick<Path, 'steps'>,
  progress: Progress,
  course: CourseInput,
): PathProgress {
  let startedAt: string | null = null;
  const steps = path.steps.map((step): StepProgress => {
    const resolved = resolveStep(step, course);
    const required = step.optional !== true;
    const minutes = step.minutes ?? resolved.minutes;
    if (resolved.quizId === null) {
      const record = Object.hasOwn(progress.labs, resolved.id) ? progress.labs[resolved.id] : undefined;
      startedAt = earliest(startedAt, record?.firstRunAt ?? null);
      const doneAt = record?.completedAt ?? null;
      return {
        ...resolved,
        required,
        minutes,
        status: doneAt !== null ? 'done' : record === undefined ? 'not-started' : 'started',
        bestPercent: null,
        labBest: record?.best ?? null,
        doneAt,
      };
    }
    const summary = summarizeQuiz(progress, resolved.quizId);
    const visit = resolved.kind === 'lesson' && Object.hasOwn(progress.lessons, resolved.id);
    const visited = visit ? (progress.lessons[resolved.id]?.firstVisitedAt ?? null) : null;
    const touched = earliest(visited, firstAttempt(progress, resolved.quizId));
    startedAt = earliest(startedAt, touched);
    const done = isLessonComplete(progress, resolved.quizId);
    return {
      ...resolved,
      required,
      minutes,
      status: done ? 'done' : touched === null ? 'not-started' : 'started',
      bestPercent: summary.best === null ? null : summary.best.percent,
      labBest: null,
      doneAt: done ? firstPass(progress, resolved.quizId) : null,
    };
  });
  const required = steps.filter((step) => step.required);
  const left = required.filter((step) => step.status !== 'done');
  const complete = left.length === 0;
  return {
    steps,
    done: required.length - left.length,
    required: required.length,
    next: left[0] ?? steps.find((step) => step.status !== 'done') ?? null,
    minutesLeft: left.reduce((sum, step) => sum + step.minutes, 0),
    minutesTotal: required.reduce((sum, step) => sum + step.minutes, 0),
    complete,
    startedAt,
    completedAt: complete
      ? required.reduce<string | null>((at, step) => latest(at, step.doneAt), null)
      : null,
  };
}

/** The quizzes whose full attempts decide a path's required steps, in path order without repeats (labs have none). */
export const requiredQuizIds = (progress: PathProgress): string[] => [
  ...new Set(progress.steps.flatMap((step) => (step.required && step.quizId !== null ? [step.quizId] : []))),
];

/**
 * The full attempts (kind `quiz`) a completion record summarises: those kept in full at the
 * quizzes of the path's required steps, finished no later than `until` (the record's
 * `generatedAt`, when given), oldest first (ties by id). Retries and reviews are left out, as they
 * never count for a result. To check a record against an export file, pass the export's progress
 * and the record's `generatedAt`: attempts taken after the record then do not change the digest.
 */
export function recordAttempts(progress: Progress, pathStatus: PathProgress, until?: string): QuizAttempt[] {
  const quizzes = new Set(requiredQuizIds(pathStatus));
  return progress.attempts
    .filter(
      (attempt) =>
        attempt.kind === 'quiz' &&
        quizzes.has(attempt.quizId) &&
        (until === undefined || compareTimes(attempt.finishedAt, until) <= 0),
    )
    .sort((a, b) => compareTimes(a.finishedAt, b.finishedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The final assessment as a one-step path, so its completion record uses the same code. */
export const finalAssessmentPath = (title: string, quizId: string): Path => ({
  title,
  audience: '',
  summary: '',
  steps: [{ quiz: quizId }],
});
