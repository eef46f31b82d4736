import { lessonHref } from './routes';

/** A module as the outline needs it. */
export interface ModuleInput {
  id: string;
  title: string;
  description: string;
  order: number;
}

/** A lesson as the outline needs it. `id` is the lesson id, see `lessonIdFromEntry`. */
export interface LessonInput {
  id: string;
  title: string;
  summary: string;
  module: string;
  order: number;
  minutes: number;
  quiz: string;
}

/** A lesson in the outline, with its page address. */
export interface OutlineLesson extends LessonInput {
  /** Site-relative address of the lesson page, e.g. `/lessons/shared-responsibility/intro/`. */
  href: string;
}

/** A module in the outline with its lessons in order. */
export interface OutlineModule extends ModuleInput {
  lessons: OutlineLesson[];
}

/** The course: modules in order, each with lessons in order, and plain-words warnings. */
export interface Outline {
  modules: OutlineModule[];
  /** Problems an author should fix; the content test requires none. */
  warnings: string[];
}

/**
 * Lesson id from a content entry id: the numeric order prefix of the file name is dropped, so
 * renumbering a file keeps the learner's progress and the page address.
 * `shared-responsibility/01-of-and-in` → `shared-responsibility/of-and-in`.
 */
export function lessonIdFromEntry(entryId: string): string {
  return entryId.replace(/(^|\/)\d+-(?=[^/]+$)/, '$1');
}

const byOrder = (a: { order: number; id: string }, b: { order: number; id: string }) =>
  a.order - b.order || a.id.localeCompare(b.id);

/**
 * Orders modules and lessons and warns about what would confuse a learner: a lesson whose
 * module does not exist (left out of the course), a module without lessons, two lessons or two
 * modules sharing a position.
 */
export function buildOutline(modules: readonly ModuleInput[], lessons: readonly LessonInput[]): Outline {
  const warnings: string[] = [];
  const known = new Set(modules.map((module) => module.id));
  for (const lesson of lessons) {
    if (!known.has(lesson.module)) {
      warnings.push(
        `Lesson "${lesson.id}" names module "${lesson.module}", which is not in content/modules.yaml, so it is left out of the course. Add the module or fix the lesson's "module" field.`,
      );
    }
  }
  const sortedModules = [...modules].sort(byOrder);
  warnDuplicateOrder(sortedModules, 'Modules', 'content/modules.yaml', warnings);

  const outlineModules = sortedModules.map((module): OutlineModule => {
    const moduleLessons = lessons
      .filter((lesson) => lesson.module === module.id)
      .sort(byOrder)
      .map((lesson) => ({ ...lesson, href: lessonHref(lesson.id) }));
    if (moduleLessons.length === 0) {
      warnings.push(
        `Module "${module.id}" has no lessons. Add a lesson under content/lessons/${module.id}/ or remove the module.`,
      );
    }
    warnDuplicateOrder(moduleLessons, 'Lessons', `module "${module.id}"`, warnings);
    return { ...module, lessons: moduleLessons };
  });
  return { modules: outlineModules, warnings };
}

function warnDuplicateOrder(
  sorted: readonly { id: string; order: number }[],
  what: string,
  where: string,
  warnings: string[],
) {
  sorted.forEach((item, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && previous.order === item.order) {
      warnings.push(
        `${what} "${previous.id}" and "${item.id}" in ${where} share order ${item.order}. Give each a different "order".`,
      );
    }
  });
}
