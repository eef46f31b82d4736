import type { Outline } from '../course/outline';
import { assessmentHref, moduleHref } from '../course/routes';
import type { Path } from '../../schemas/path';
import type { CourseInput, PathLabInput } from './status';

/** What a path needs of a quiz: its title and time limit. */
export interface QuizFacts {
  title: string;
  timeLimitMinutes?: number | undefined;
}

/**
 * The course as paths see it: every lesson of the outline, the quizzes a step may name (each
 * module's quiz, on its module page, and the final assessment, on the assessment page) and the
 * labs. `moduleQuizzes` maps a module id to its quiz id. Quizzes missing from `quizzes` are left out.
 */
export function buildCourseInput(
  outline: Outline,
  moduleQuizzes: ReadonlyMap<string, string>,
  quizzes: ReadonlyMap<string, QuizFacts>,
  finalId: string,
  labs: readonly PathLabInput[] = [],
): CourseInput {
  const named: { id: string; href: string }[] = [
    ...outline.modules.flatMap((module) => {
      const quizId = moduleQuizzes.get(module.id);
      return quizId === undefined ? [] : [{ id: quizId, href: moduleHref(module.id) }];
    }),
    { id: finalId, href: assessmentHref },
  ];
  return {
    lessons: outline.modules.flatMap((module) =>
      module.lessons.map(({ id, title, minutes, quiz }) => ({ id, title, minutes, quiz })),
    ),
    quizzes: named.flatMap(({ id, href }) => {
      const facts = quizzes.get(id);
      return facts === undefined
        ? []
        : [{ id, href, title: facts.title, minutes: facts.timeLimitMinutes ?? null }];
    }),
    labs: [...labs],
  };
}

/**
 * What is wrong with `path` against the course, one line per step, naming the file, the field and
 * the fix; empty when every step names a lesson, a lab, a module quiz or the final assessment, and
 * every quiz step without a time limit sets `minutes`.
 */
export function pathProblems(file: string, path: Path, course: CourseInput): string[] {
  const problems: string[] = [];
  path.steps.forEach((step, index) => {
    if (step.lab !== undefined) {
      if (!(course.labs ?? []).some((lab) => lab.id === step.lab)) {
        problems.push(
          `${file}: steps[${index}].lab: no lab "${step.lab}"; use the name of a file in content/labs/ without ".yaml"`,
        );
      }
      return;
    }
    if (step.lesson !== undefined) {
      if (!course.lessons.some((lesson) => lesson.id === step.lesson)) {
        problems.push(
          `${file}: steps[${index}].lesson: no lesson "${step.lesson}"; use "<module>/<slug>" of a file in content/lessons/ (the file name without its number)`,
        );
      }
      return;
    }
    const quiz = course.quizzes.find((candidate) => candidate.id === step.quiz);
    if (quiz === undefined) {
      problems.push(
        `${file}: steps[${index}].quiz: "${step.quiz}" is not a module quiz or the final assessment; name one of: ${course.quizzes.map((candidate) => candidate.id).join(', ')}`,
      );
    } else if (quiz.minutes === null && step.minutes === undefined) {
      problems.push(`${file}: steps[${index}].minutes: the quiz has no time limit; give the step's minutes`);
    }
  });
  return problems;
}

/** Only the lessons, quizzes and labs `paths` name, so a page sends its island no more than it uses. */
export function courseFor(paths: readonly Path[], course: CourseInput): CourseInput {
  const steps = paths.flatMap((path) => path.steps);
  const lessons = new Set(steps.map((step) => step.lesson));
  const quizzes = new Set(steps.map((step) => step.quiz));
  const labs = new Set(steps.map((step) => step.lab));
  return {
    lessons: course.lessons.filter((lesson) => lessons.has(lesson.id)),
    quizzes: course.quizzes.filter((quiz) => quizzes.has(quiz.id)),
    labs: (course.labs ?? []).filter((lab) => labs.has(lab.id)),
  };
}
