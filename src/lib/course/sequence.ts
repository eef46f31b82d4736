import { isLessonComplete } from '../progress/summary';
import type { Progress } from '../progress/types';
import type { Outline } from './outline';
import { assessmentHref, moduleQuizHref } from './routes';

/**
 * One step of the way through the course: a lesson, a module's quiz (on the module page) or the
 * final assessment. `key` names the step (a lesson id, `module:<id>` or `final`); `quiz` is the
 * quiz whose passing completes it.
 */
export type CourseStep =
  | { kind: 'lesson'; key: string; href: string; quiz: string; moduleId: string; title: string }
  | { kind: 'module-quiz'; key: string; href: string; quiz: string; moduleId: string; title: string }
  | { kind: 'final'; key: string; href: string; quiz: string };

/** The key of a module quiz's step. */
export const moduleQuizKey = (moduleId: string): string => `module:${moduleId}`;

/** The key of the final assessment's step. */
export const FINAL_KEY = 'final';

/**
 * The course in order: each module's lessons, then that module's quiz; after the last module, the
 * final assessment. `moduleQuizzes` names each module's quiz by module id; a module without one
 * has no quiz step. `title` of a module-quiz step is its module's title.
 */
export function courseSequence(
  outline: Outline,
  moduleQuizzes: Readonly<Record<string, string>>,
  finalQuiz: string,
): CourseStep[] {
  const steps: CourseStep[] = [];
  for (const module of outline.modules) {
    for (const lesson of module.lessons) {
      steps.push({
        kind: 'lesson',
        key: lesson.id,
        href: lesson.href,
        quiz: lesson.quiz,
        moduleId: module.id,
        title: lesson.title,
      });
    }
    const quiz = Object.hasOwn(moduleQuizzes, module.id) ? moduleQuizzes[module.id] : undefined;
    if (quiz !== undefined) {
      steps.push({
        kind: 'module-quiz',
        key: moduleQuizKey(module.id),
        href: moduleQuizHref(module.id),
        quiz,
        moduleId: module.id,
        title: module.title,
      });
    }
  }
  steps.push({ kind: 'final', key: FINAL_KEY, href: assessmentHref, quiz: finalQuiz });
  return steps;
}

/** The steps before and after the step `key`, for previous/next links; both null if it is unknown. */
export function stepNeighbours(
  steps: readonly CourseStep[],
  key: string,
): { previous: CourseStep | null; next: CourseStep | null } {
  const index = steps.findIndex((step) => step.key === key);
  if (index === -1) return { previous: null, next: null };
  return { previous: steps[index - 1] ?? null, next: steps[index + 1] ?? null };
}

/**
 * The next thing to do in course order: the first step whose quiz has not been passed (a lesson
 * not completed, a module quiz or the final assessment not passed), or null once all are.
 */
export function nextStep<S extends Pick<CourseStep, 'quiz'>>(
  steps: readonly S[],
  progress: Progress,
): S | null {
  return steps.find((step) => !isLessonComplete(progress, step.quiz)) ?? null;
}
