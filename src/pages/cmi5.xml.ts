// The cmi5 course structure (`dist/cmi5.xml`), built with the site from the same content: one
// block a module (its lesson quizzes, then its module quiz) and the final assessment. The
// `cmi5-package` integration (src/build/cmi5-package.ts) zips it for an LMS to import.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { FINAL_ASSESSMENT, loadComposedQuizzes, loadOutline } from '../build/content';
import { siteUrl } from '../build/site-url';
import { courseStructureXml, type Cmi5UnitInput } from '../lib/cmi5/course-structure';
import { assessmentHref, lessonHref, moduleHref } from '../lib/course/routes';
import { tc } from '../i18n/en-cmi5';

export const GET: APIRoute = async () => {
  const [outline, quizzes, modules] = await Promise.all([
    loadOutline(),
    loadComposedQuizzes(),
    getCollection('modules'),
  ]);
  const unit = (quizId: string, href: string, description: string): Cmi5UnitInput => {
    const quiz = quizzes.get(quizId);
    if (quiz === undefined) throw new Error(`cmi5.xml: no quiz "${quizId}" in content/quizzes/`);
    return { quizId, title: quiz.title, description, href, passPercent: quiz.passPercent };
  };
  const moduleQuiz = new Map(modules.map(({ data }) => [data.id, data.quiz]));
  const xml = courseStructureXml(
    {
      title: tc('package.title'),
      description: tc('package.description'),
      blocks: outline.modules.map((module) => ({
        moduleId: module.id,
        title: module.title,
        description: module.description,
        units: [
          ...module.lessons.map((lesson) =>
            unit(lesson.quiz, lessonHref(lesson.id), tc('package.quiz.description', { title: lesson.title })),
          ),
          unit(
            moduleQuiz.get(module.id) as string,
            moduleHref(module.id),
            tc('package.module.description', { title: module.title }),
          ),
        ],
      })),
      final: unit(FINAL_ASSESSMENT, assessmentHref, tc('package.final.description')),
    },
    siteUrl(process.env),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
