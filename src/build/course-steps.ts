/**
 * The course's steps in order (every lesson, each module's quiz, the final assessment), computed
 * once per build rather than once per page: every lesson, module and final assessment page shows
 * its neighbours (`src/components/LessonPager.astro`), 1,000 and more pages in a large course.
 */
import { getCollection } from 'astro:content';
import { courseSequence, type CourseStep } from '../lib/course/sequence';
import { FINAL_ASSESSMENT, loadOutline } from './content';

let steps: Promise<readonly CourseStep[]> | undefined;

/** The course's steps, in the order a learner takes them. */
export function loadCourseSteps(): Promise<readonly CourseStep[]> {
  steps ??= (async () => {
    const [outline, modules] = await Promise.all([loadOutline(), getCollection('modules')]);
    const moduleQuizzes = Object.fromEntries(modules.map(({ data }) => [data.id, data.quiz]));
    return courseSequence(outline, moduleQuizzes, FINAL_ASSESSMENT);
  })();
  return steps;
}
