// Build-time access to learning paths: reads the `paths` collection, checks every step against
// the course (failing the build with the file, the field and the fix), and hands plain data to
// pages. Nothing here reaches the browser.
import { getCollection } from 'astro:content';
import { buildCourseInput, pathProblems } from '../lib/paths/course';
import { pathProgress, type CourseInput } from '../lib/paths/status';
import { createEmptyProgress } from '../lib/progress/types';
import type { Path } from '../schemas/path';
import { FINAL_ASSESSMENT, loadOutline } from './content';
import { labHref } from '../lib/course/routes';

/** A path with its id (the file name). */
export interface LoadedPath {
  id: string;
  path: Path;
}

/** The course as paths see it, from the content collections. */
export async function loadCourseInput(): Promise<CourseInput> {
  const [outline, modules, quizzes, labs] = await Promise.all([
    loadOutline(),
    getCollection('modules'),
    getCollection('quizzes'),
    getCollection('labs'),
  ]);
  return buildCourseInput(
    outline,
    new Map(modules.map(({ data }) => [data.id, data.quiz])),
    new Map(quizzes.map(({ id, data }) => [id, data])),
    FINAL_ASSESSMENT,
    labs.map(({ id, data }) => ({ id, title: data.title, minutes: data.minutes, href: labHref(id) })),
  );
}

/**
 * Every path, the shortest first (by the minutes of its required steps, then by title); fails the
 * build when a step names something the course lacks.
 */
export async function loadPaths(): Promise<{ paths: LoadedPath[]; course: CourseInput }> {
  const [entries, course] = await Promise.all([getCollection('paths'), loadCourseInput()]);
  const problems = entries.flatMap((entry) =>
    pathProblems(`content/paths/${entry.id}.yaml`, entry.data, course),
  );
  if (problems.length > 0) throw new Error(`Learning paths have problems:\n- ${problems.join('\n- ')}`);
  const empty = createEmptyProgress();
  const minutes = (path: Path) => pathProgress(path, empty, course).minutesTotal;
  const paths = entries
    .map((entry) => ({ id: entry.id, path: entry.data }))
    .sort((a, b) => minutes(a.path) - minutes(b.path) || a.path.title.localeCompare(b.path.title));
  return { paths, course };
}
