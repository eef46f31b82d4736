// Build-time content access: pages call these while `astro build` renders them. They read the
// content collections (`astro:content`) and hand plain data to `src/lib/course` and `src/lib/quiz`.
// Nothing here reaches the browser.
import { getCollection, render } from 'astro:content';
import type { Question } from '../schemas/quiz';
import { buildOutline, lessonIdFromEntry, type Outline } from '../lib/course/outline';
import { FINAL_QUIZ_ID } from '../lib/course/routes';
import { composeQuiz, type ComposedQuiz } from '../lib/quiz/compose';
import { learnLink, type LessonSections } from '../lib/quiz/learn';

/**
 * The course outline from the content collections, built once per build: every page with the
 * course navigation or the pager reads it, so rebuilding it per page costs the build time in
 * proportion to pages × lessons. Fails the build on any outline warning.
 */
export function loadOutline(): Promise<Outline> {
  outline ??= buildFromCollections();
  return outline;
}

let outline: Promise<Outline> | undefined;

async function buildFromCollections(): Promise<Outline> {
  const [modules, lessons] = await Promise.all([getCollection('modules'), getCollection('lessons')]);
  const outline = buildOutline(
    modules.map(({ data }) => data),
    lessons.map(({ id, data }) => ({
      id: lessonIdFromEntry(id),
      title: data.title,
      summary: data.summary,
      module: data.module,
      order: data.order,
      minutes: data.minutes,
      quiz: data.quiz,
    })),
  );
  if (outline.warnings.length > 0) {
    throw new Error(`The course outline has problems:\n- ${outline.warnings.join('\n- ')}`);
  }
  return outline;
}

/** The quiz a lesson or page names, composed; fails the build with `file` when it does not exist. */
export async function loadQuizFor(file: string, quizId: string): Promise<ComposedQuiz> {
  const quiz = (await loadComposedQuizzes()).get(quizId);
  if (quiz === undefined) throw missingQuiz(file, quizId);
  return quiz;
}

const missingQuiz = (file: string, quizId: string) =>
  new Error(
    `${file}: quiz: no quiz "${quizId}" in content/quizzes/. Create content/quizzes/${quizId}.yaml or fix the "quiz" field.`,
  );

/** Glossary entries by id. */
export async function loadGlossary() {
  return new Map((await getCollection('glossary')).map((entry) => [entry.id, entry.data]));
}

/** Id of the final assessment quiz, shown on /assessment/. */
export const FINAL_ASSESSMENT = FINAL_QUIZ_ID;

/**
 * Every quiz with its `from` resolved (see `composeQuiz`), keyed by id, with each question's
 * module set from the lesson or module that uses its quiz.
 */
export function loadComposedQuizzes(): Promise<Map<string, ComposedQuiz>> {
  composed ??= composeAll();
  return composed;
}

// Built once per build: every page that shows a quiz reads from the same map.
let composed: Promise<Map<string, ComposedQuiz>> | undefined;

async function composeAll(): Promise<Map<string, ComposedQuiz>> {
  const [quizzes, lessons, modules] = await Promise.all([
    getCollection('quizzes'),
    getCollection('lessons'),
    getCollection('modules'),
  ]);
  const byId = new Map(quizzes.map((quiz) => [quiz.id, quiz.data]));
  // A lesson naming no quiz fails here first: its quiz would otherwise be found to have no lesson.
  const orphan = lessons.find((lesson) => !byId.has(lesson.data.quiz));
  if (orphan !== undefined) throw missingQuiz(orphan.filePath ?? orphan.id, orphan.data.quiz);
  const moduleOf = new Map<string, string>([
    ...lessons.map((lesson) => [lesson.data.quiz, lesson.data.module] as const),
    ...modules.map((module) => [module.data.quiz, module.data.id] as const),
  ]);
  // Each lesson's headings, so a question's `section` becomes a link to the part that teaches it.
  const sections = new Map<string, LessonSections>(
    await Promise.all(
      lessons.map(async (lesson) => {
        const { headings } = await render(lesson);
        const anchors = headings.filter(({ depth }) => depth === 2 || depth === 3);
        return [lessonIdFromEntry(lesson.id), { title: lesson.data.title, headings: anchors }] as const;
      }),
    ),
  );
  const lessonOf = new Map(lessons.map((lesson) => [lesson.data.quiz, lessonIdFromEntry(lesson.id)]));
  const catalog = {
    quiz: (id: string) => byId.get(id),
    moduleOf: (id: string) => moduleOf.get(id),
    learn: (id: string, question: Question) => learnLink(id, question, lessonOf.get(id), sections),
  };
  return new Map(quizzes.map((quiz) => [quiz.id, composeQuiz(quiz.id, catalog)]));
}
