// The cmi5 course structure (`dist/cmi5.xml`), built with the site from the same content: one
// block a module (its lesson quizzes, then its module quiz) and the final assessment. The
// `cmi5-package` integration (src/build/cmi5-package.ts) zips it for an LMS to import.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { FINAL_ASSESSMENT, loadOutline, loadQuizFor } from '../build/content';
import { siteUrl } from '../build/site-url';
import { courseStructureXml, type Cmi5UnitInput } from '../lib/cmi5/course-structure';
import { lessonIdFromEntry } from '../lib/course/outline';
import { assessmentHref, lessonHref, moduleHref } from '../lib/course/routes';
import { tc } from '../i18n/en-cmi5';

export const GET: APIRoute = async () => {
  const [outline, modules, lessons] = await Promise.all([
    loadOutline(),
    getCollection('modules'),
    getCollection('lessons'),
  ]);
  const moduleQuiz = new Map(modules.map(({ data }) => [data.id, data.quiz]));
  const lessonFile = new Map(
    lessons.map((entry) => [lessonIdFromEntry(entry.id), entry.filePath ?? entry.id]),
  );
  // A quiz that does not exist fails the build naming the file that names it, as the pages do.
  const unit = async (
    file: string,
    quizId: string,
    href: string,
    description: string,
  ): Promise<Cmi5UnitInput> => {
    const quiz = await loadQuizFor(file, quizId);
    return { quizId, title: quiz.title, description, href, passPercent: quiz.passPercent };
  };
  const blocks = await Promise.all(
    outline.modules.map(async (module) => ({
      moduleId: module.id,
      title: module.title,
      description: module.description,
      units: await Promise.all([
        ...module.lessons.map((lesson) =>
          unit(
            lessonFile.get(lesson.id) ?? lesson.id,
            lesson.quiz,
            lessonHref(lesson.id),
            tc('package.quiz.description', { title: lesson.title }),
          ),
        ),
        unit(
          'content/modules.yaml',
          moduleQuiz.get(module.id) ?? '',
          moduleHref(module.id),
          tc('package.module.description', { title: module.title }),
        ),
      ]),
    })),
  );
  const final = await unit(
    'src/pages/cmi5.xml.ts',
    FINAL_ASSESSMENT,
    assessmentHref,
    tc('package.final.description'),
  );
  const xml = courseStructureXml(
    { title: tc('package.title'), description: tc('package.description'), blocks, final },
    siteUrl(process.env),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
