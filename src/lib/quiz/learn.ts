import type { LearnLink } from '../../schemas/quiz';
import { lessonHref } from '../course/routes';

/** What resolving a question's `section` needs to know about a lesson. */
export interface LessonSections {
  title: string;
  /** The lesson's heading anchors (its `##` and `###` headings) and their text, in page order. */
  headings: readonly { slug: string; text: string }[];
}

/** Why a `section` does not name a lesson heading; `sectionProblemMessage` words it for authors. */
export type SectionProblem =
  | { code: 'needs-lesson'; anchor: string }
  | { code: 'no-lesson'; lesson: string }
  | { code: 'no-anchor'; lesson: string; anchor: string; available: string[] };

/**
 * The lesson section a question's `section` names: a heading anchor of `ownLesson` (the lesson
 * whose quiz asks the question), or "<lesson id>#<anchor>". The link's label is the heading's text
 * and the lesson's title ("Permissions boundaries · Policy types").
 */
export function resolveSection(
  section: string,
  ownLesson: string | undefined,
  lessons: ReadonlyMap<string, LessonSections>,
): { link: LearnLink } | { problem: SectionProblem } {
  const hash = section.indexOf('#');
  const anchor = section.slice(hash + 1);
  const lessonId = hash === -1 ? ownLesson : section.slice(0, hash);
  if (lessonId === undefined) return { problem: { code: 'needs-lesson', anchor } };
  const lesson = lessons.get(lessonId);
  if (lesson === undefined) return { problem: { code: 'no-lesson', lesson: lessonId } };
  const heading = lesson.headings.find(({ slug }) => slug === anchor);
  if (heading === undefined) {
    const available = lesson.headings.map(({ slug }) => slug);
    return { problem: { code: 'no-anchor', lesson: lessonId, anchor, available } };
  }
  return { link: { href: `${lessonHref(lessonId)}#${anchor}`, label: `${heading.text} · ${lesson.title}` } };
}

/**
 * Where a learner reviews what a question asks: the section it names, else the top of its own
 * lesson (a lesson quiz's question), else nothing (a module quiz's own question without one).
 * Throws, naming the quiz, the question and the fix, when `section` names no lesson heading.
 */
export function learnLink(
  quizId: string,
  question: { id: string; section?: string | undefined },
  ownLesson: string | undefined,
  lessons: ReadonlyMap<string, LessonSections>,
): LearnLink | undefined {
  if (question.section === undefined) {
    const lesson = ownLesson === undefined ? undefined : lessons.get(ownLesson);
    return ownLesson === undefined || lesson === undefined
      ? undefined
      : { href: lessonHref(ownLesson), label: lesson.title };
  }
  const result = resolveSection(question.section, ownLesson, lessons);
  if ('problem' in result) {
    throw new Error(
      `content/quizzes/${quizId}.yaml: question "${question.id}": ${sectionProblemMessage(result.problem)}`,
    );
  }
  return result.link;
}

/** What is wrong with a `section`, and the fix. */
export function sectionProblemMessage(problem: SectionProblem): string {
  switch (problem.code) {
    case 'needs-lesson':
      return `section "${problem.anchor}": this quiz belongs to no lesson, so name the lesson too: "<module>/<slug>#${problem.anchor}"`;
    case 'no-lesson':
      return `section: no lesson "${problem.lesson}"; use a lesson id "<module>/<slug>" (the file name without its number)`;
    case 'no-anchor':
      return `section: lesson ${problem.lesson} has no heading with the anchor "${problem.anchor}"; its anchors are: ${problem.available.join(', ')}`;
  }
}
