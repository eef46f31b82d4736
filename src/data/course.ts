// Server-only: reads the content collections and hands plain data to `src/lib/course`.
import { getCollection, getEntry } from 'astro:content';
import { buildOutline, lessonIdFromEntry, type Outline } from '../lib/course/outline';

/** The course outline from the content collections. Fails the build on any outline warning. */
export async function loadOutline(): Promise<Outline> {
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

/** The quiz a lesson names; fails the build with the lesson's file when it does not exist. */
export async function loadLessonQuiz(lessonFile: string, quizId: string) {
  const quiz = await getEntry('quizzes', quizId);
  if (quiz === undefined) {
    throw new Error(
      `${lessonFile}: quiz: no quiz "${quizId}" in content/quizzes/. Create content/quizzes/${quizId}.yaml or fix the lesson's "quiz" field.`,
    );
  }
  return quiz;
}
