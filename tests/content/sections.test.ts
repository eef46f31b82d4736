// Every question's `section` names a heading of the right lesson, so a wrong answer's "Review"
// link lands on the part that teaches it. Headings are read from the MDX the way the site builds
// their anchors (github-slugger on the heading's text); the build fails the same way (learnLink).
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { lessonIdFromEntry } from '../../src/lib/course/outline';
import { resolveSection, sectionProblemMessage, type LessonSections } from '../../src/lib/quiz/learn';
import { loadContent, type LoadedLesson } from './load-content';

/** The `##` and `###` headings of an MDX body (outside code blocks), with the anchors Astro gives them. */
function lessonHeadings(body: string): LessonSections['headings'] {
  const slugger = new GithubSlugger();
  const headings: { slug: string; text: string }[] = [];
  let inCode = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inCode = !inCode;
    const match = inCode ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (match === null) continue;
    const text = (match[2] ?? '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/(\*\*|__|\*|_)(.+?)\1/g, '$2');
    const slug = slugger.slug(text);
    if (match[1] === '##' || match[1] === '###') headings.push({ slug, text });
  }
  return headings;
}

const content = loadContent();
const sections = new Map<string, LessonSections>(
  content.lessons.map((lesson: LoadedLesson) => [
    lessonIdFromEntry(lesson.entryId),
    { title: lesson.data.title, headings: lessonHeadings(lesson.body) },
  ]),
);
const lessonOfQuiz = new Map(
  content.lessons.map((lesson) => [lesson.data.quiz, lessonIdFromEntry(lesson.entryId)]),
);

describe('question sections', () => {
  it('reads the headings of the lessons', () => {
    expect(sections.get('iam/policy-types')?.headings.map(({ slug }) => slug)).toContain(
      'permissions-boundaries',
    );
  });

  it.each([...content.quizzes].map(([id, quiz]) => [id, quiz] as const))(
    '%s: every section names a heading of the right lesson',
    (id, { file, data }) => {
      expect(sectionProblems(file, id, data.questions)).toEqual([]);
    },
  );

  it('names the quiz file, the question, the bad anchor and the anchors to choose from', () => {
    const questions = [
      { id: 'fine', section: 'permissions-boundaries' },
      { id: 'typo', section: 'boundaries' },
      { id: 'elsewhere', section: 'iam/identity-at-scale#permissions-boundaries' },
    ];
    const problems = sectionProblems('content/quizzes/iam-policy-types.yaml', 'iam-policy-types', questions);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^content\/quizzes\/iam-policy-types\.yaml: question "typo": section: lesson iam\/policy-types has no heading with the anchor "boundaries"; its anchors are: .*permissions-boundaries/,
    );
    expect(problems[1]).toMatch(
      /^content\/quizzes\/iam-policy-types\.yaml: question "elsewhere": .*iam\/identity-at-scale/,
    );
  });

  it('refuses a bare anchor in a quiz no lesson uses (a module quiz’s own question)', () => {
    expect(
      sectionProblems('content/quizzes/iam-module.yaml', 'iam-module', [{ id: 'q', section: 'abac' }]),
    ).toEqual([
      'content/quizzes/iam-module.yaml: question "q": section "abac": this quiz belongs to no lesson, so name the lesson too: "<module>/<slug>#abac"',
    ]);
  });
});

/** One line per question of quiz `quizId` whose `section` names no heading of the right lesson. */
function sectionProblems(
  file: string,
  quizId: string,
  questions: readonly { id: string; section?: string | undefined }[],
): string[] {
  return questions.flatMap(({ id, section }) => {
    if (section === undefined) return [];
    const result = resolveSection(section, lessonOfQuiz.get(quizId), sections);
    return 'problem' in result ? [`${file}: question "${id}": ${sectionProblemMessage(result.problem)}`] : [];
  });
}
