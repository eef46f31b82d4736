/**
 * The team report: what a lead sees after loading several learners' progress files on `/team/`.
 * Everything is computed in the lead's browser from the files; nothing is sent anywhere.
 *
 * - a row per learner: lessons and module quizzes done, labs completed, the final assessment (best
 *   full attempt, passed), the last day of activity;
 * - a heat map of mastery, module × learner, from the same rules as the dashboard (`mastery.ts`);
 * - the questions most of the team got wrong, each with the lesson (or module) that teaches it;
 * - who has not started.
 *
 * Returns codes and numbers; the island turns them into words.
 */
import type { Question } from '../../schemas/quiz';
import { scoreResponse } from '../quiz/registry';
import type { Response } from '../quiz/types';
import { masteryByTag, type MasteryLevel, MASTERY_LEVELS } from '../progress/mastery';
import { activeDays, type CourseInput } from '../progress/stats';
import { isLabCompleted } from '../progress/lab-summary';
import { isLessonComplete, summarizeQuiz } from '../progress/summary';
import type { Progress } from '../progress/types';
import { pathProgress, type CourseInput as PathCourse } from '../paths/status';
import type { Path } from '../../schemas/path';

/** One learner's file, read and validated (see `readImport`). */
export interface TeamMember {
  /** The learner's name from the file, or the file name when the file names no one. */
  label: string;
  /** Whether `label` is the learner's own name (true) or the file name (false). */
  named: boolean;
  progress: Progress;
}

/** A learning path the report follows each learner on. */
export interface TeamPath {
  id: string;
  title: string;
  path: Path;
}

/** The course as the report needs it, with the final assessment's quiz id and the learning paths. */
export interface TeamCourse extends CourseInput {
  /** Id of the final assessment's quiz. */
  finalQuiz: string;
  /** The learning paths, in the order shown, with the course as paths see it. */
  paths: readonly TeamPath[];
  pathCourse: PathCourse;
  /** Every lab of the course, for the labs each learner completed; none when left out. */
  labs?: readonly { id: string }[];
}

/** A learner's status on one path: required steps done, and whether any step is started. */
export interface PathStatus {
  id: string;
  done: number;
  required: number;
  started: boolean;
  complete: boolean;
}

/** One learner's row. */
export interface LearnerRow {
  label: string;
  named: boolean;
  /** Whether the learner opened a lesson, finished any attempt or ran a lab. */
  started: boolean;
  /** Lessons whose quiz the learner passed in a full attempt, of `lessonsTotal`. */
  lessonsDone: number;
  lessonsTotal: number;
  /** Module quizzes passed in a full attempt, of `moduleQuizzesTotal`. */
  moduleQuizzesDone: number;
  moduleQuizzesTotal: number;
  /** Labs of the course completed (every check passed, every probe denied), of `labsTotal`. */
  labsCompleted: number;
  labsTotal: number;
  /** The final assessment: best full attempt as a whole percentage (null before any), and whether one passed. */
  final: { best: number | null; passed: boolean; attempts: number };
  /** The learner's last active day, `YYYY-MM-DD` in the lead's time zone, or null. */
  lastActive: string | null;
  /** One entry per path of the course, in its order. */
  paths: PathStatus[];
}

/** One cell of the heat map: a learner's level on a module, and the percentage it rests on. */
export interface HeatCell {
  level: MasteryLevel;
  /** Whole percentage over the full quizzes' answers on the module; 0 when not started. */
  percent: number;
}

/** One module's row of the heat map. */
export interface HeatRow {
  moduleId: string;
  /** One cell per learner, in the order of `TeamReport.learners`. */
  cells: HeatCell[];
  /** Learners at `proficient` or `mastered` on the module. */
  strong: number;
}

/** Where a question is taught: the lesson whose quiz asks it, or the module whose quiz does. */
export type TaughtIn = { kind: 'lesson'; id: string } | { kind: 'module'; id: string };

/** A question many learners got wrong. */
export interface MissedQuestion {
  /** The question's id in the bank: `<quiz>/<question>`. */
  id: string;
  /** The question, as in the bank. */
  question: Question;
  /** Learners whose latest full-attempt answer to it was not fully right. */
  wrong: number;
  /** Learners who answered it in a full attempt kept in full. */
  answered: number;
  /** Where it is taught; null when no lesson or module of the course asks its quiz. */
  taughtIn: TaughtIn | null;
}

export interface TeamReport {
  learners: LearnerRow[];
  heatMap: HeatRow[];
  /** Questions a majority of those who answered got wrong, most learners first (at most `MAX_MISSED`). */
  missed: MissedQuestion[];
  /** Labels of the learners who have not started, in file order. */
  notStarted: string[];
}

/** Most questions listed as "most of the team got wrong". */
export const MAX_MISSED = 10;

const STRONG = new Set<MasteryLevel>(MASTERY_LEVELS.slice(MASTERY_LEVELS.indexOf('proficient')));

/**
 * The id a response is known by in the question bank (the final assessment's pool): a lesson
 * quiz's own question `q` of quiz `lesson-quiz` is `lesson-quiz/q`; a module quiz or the final
 * already stores pulled-in questions as `<source quiz>/<question>`.
 */
export const bankId = (quizId: string, questionId: string): string =>
  questionId.includes('/') ? questionId : `${quizId}/${questionId}`;

/** The bank by id, from a composed quiz's pool (the final assessment draws every question). */
export const questionBank = (questions: readonly Question[]): ReadonlyMap<string, Question> =>
  new Map(questions.map((question) => [question.id, question]));

function learnerRow(member: TeamMember, course: TeamCourse, timeZone: string | undefined): LearnerRow {
  const { progress } = member;
  const lessons = course.modules.flatMap((module) => module.lessons);
  const moduleQuizzes = course.modules.flatMap((module) => (module.quiz === undefined ? [] : [module.quiz]));
  const final = summarizeQuiz(progress, course.finalQuiz);
  const labs = course.labs ?? [];
  const days = activeDays(progress, timeZone);
  return {
    label: member.label,
    named: member.named,
    started:
      progress.attempts.length > 0 ||
      Object.keys(progress.lessons).length > 0 ||
      Object.keys(progress.archive.days).length > 0 ||
      Object.keys(progress.labs).length > 0,
    lessonsDone: lessons.filter((lesson) => isLessonComplete(progress, lesson.quiz)).length,
    lessonsTotal: lessons.length,
    moduleQuizzesDone: moduleQuizzes.filter((quiz) => isLessonComplete(progress, quiz)).length,
    moduleQuizzesTotal: moduleQuizzes.length,
    labsCompleted: labs.filter((lab) => isLabCompleted(progress, lab.id)).length,
    labsTotal: labs.length,
    final: { best: final.best?.percent ?? null, passed: final.passed, attempts: final.attempts },
    lastActive: days.at(-1) ?? null,
    paths: course.paths.map(({ id, path }): PathStatus => {
      const status = pathProgress(path, progress, course.pathCourse);
      return {
        id,
        done: status.done,
        required: status.required,
        started: status.startedAt !== null,
        complete: status.complete,
      };
    }),
  };
}

/** Whether each question was last answered right, by bank id, over one learner's full attempts. */
function latestVerdicts(progress: Progress, bank: ReadonlyMap<string, Question>): Map<string, boolean> {
  const verdicts = new Map<string, boolean>();
  // Attempts are stored oldest first, so a later answer overwrites an earlier one.
  for (const attempt of progress.attempts) {
    if (attempt.kind !== 'quiz') continue;
    for (const [questionId, response] of Object.entries(attempt.responses)) {
      const id = bankId(attempt.quizId, questionId);
      const question = bank.get(id);
      if (question === undefined) continue;
      verdicts.set(id, scoreResponse(question, response as Response).correct);
    }
  }
  return verdicts;
}

function taughtIn(course: TeamCourse, id: string): TaughtIn | null {
  const quiz = id.slice(0, id.indexOf('/'));
  for (const module of course.modules) {
    const lesson = module.lessons.find((candidate) => candidate.quiz === quiz);
    if (lesson !== undefined) return { kind: 'lesson', id: lesson.id };
    if (module.quiz === quiz) return { kind: 'module', id: module.id };
  }
  return null;
}

/**
 * The team report over `members`, in their order. `bank` holds every question by bank id (see
 * `bankId`); answers to questions not in it (removed since) are left out of `missed`. Days are the
 * lead's calendar days in `timeZone` (by default this browser's).
 */
export function buildTeamReport(
  members: readonly TeamMember[],
  course: TeamCourse,
  bank: ReadonlyMap<string, Question>,
  timeZone?: string,
): TeamReport {
  const learners = members.map((member) => learnerRow(member, course, timeZone));

  const masteries = members.map((member) => masteryByTag(member.progress, timeZone));
  const heatMap = course.modules.map((module): HeatRow => {
    const cells = masteries.map((mastery): HeatCell => {
      const tag = `module:${module.id}`;
      const found = Object.hasOwn(mastery, tag) ? mastery[tag] : undefined;
      return { level: found?.level ?? 'not-started', percent: found?.percent ?? 0 };
    });
    return { moduleId: module.id, cells, strong: cells.filter((cell) => STRONG.has(cell.level)).length };
  });

  const tally = new Map<string, { wrong: number; answered: number }>();
  for (const member of members) {
    for (const [id, correct] of latestVerdicts(member.progress, bank)) {
      const count = tally.get(id) ?? { wrong: 0, answered: 0 };
      tally.set(id, { wrong: count.wrong + (correct ? 0 : 1), answered: count.answered + 1 });
    }
  }
  const missed = [...tally]
    .filter(([, count]) => count.wrong * 2 > count.answered)
    .sort(
      ([idA, a], [idB, b]) =>
        b.wrong - a.wrong || b.wrong / b.answered - a.wrong / a.answered || (idA < idB ? -1 : 1),
    )
    .slice(0, MAX_MISSED)
    .map(([id, count]): MissedQuestion => ({
      id,
      question: bank.get(id) as Question,
      ...count,
      taughtIn: taughtIn(course, id),
    }));

  return {
    learners,
    heatMap,
    missed,
    notStarted: learners.filter((learner) => !learner.started).map((learner) => learner.label),
  };
}
