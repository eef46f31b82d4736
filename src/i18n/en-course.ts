import { createTranslator, type Message } from './translate';
import type { CourseStep } from '../lib/course/sequence';

/**
 * Words of the way through the course: the names of steps in the course navigation, the
 * previous/next links, the home page's start and "Continue" card, and the course outline with
 * the learner's status. The navigation's status words are in `en-nav.ts`.
 */
const words = {
  'nav.label': 'Course',
  'nav.contents': 'Course contents',
  'nav.moduleQuiz': 'Module quiz',
  'nav.final': 'Final assessment',
  'pager.label': 'Previous and next steps',
  'pager.previous': 'Previous',
  'pager.next': 'Next',
  'pager.moduleQuiz': 'Module quiz: {title}',
  'start.link': 'Start the course',
  'start.first': 'Module {order}: {module}. First lesson: {lesson}, about {minutes}\u00a0minutes.',
  'continue.heading': 'Continue where you left off',
  'continue.module': 'Module {order}: {module}',
  'continue.done': 'You have passed every lesson, every module quiz and the final assessment.',
  'continue.reviews': { one: '{count} review due', other: '{count} reviews due' },
  'progress.summary': {
    one: '{completed} of {count} lesson completed',
    other: '{completed} of {count} lessons completed',
  },
  'progress.status.notStarted': 'Not started',
  'progress.status.visited': 'Visited',
  'progress.status.completed': 'Completed',
  'progress.best': 'Best {percent}\u00a0%',
  'lesson.minutes': '{minutes}\u00a0min',
  'lesson.moduleCount': { one: '{count} module', other: '{count} modules' },
  'lesson.lessonCount': { one: '{count} lesson', other: '{count} lessons' },
} as const satisfies Record<string, Message>;

/** The words of the way through the course. */
export const tc = createTranslator(words);

/** The name of a step as links show it: a lesson's title, "Module quiz: …" or "Final assessment". */
export const stepName = (step: CourseStep): string =>
  step.kind === 'final'
    ? tc('nav.final')
    : step.kind === 'module-quiz'
      ? tc('pager.moduleQuiz', { title: step.title })
      : step.title;
