// The curriculum rules: what every module, lesson, quiz and glossary entry must have, checked on
// the real content. Messages name the file and the fix.
import { describe, expect, it } from 'vitest';
import { lessonIdFromEntry } from '../../src/lib/course/outline';
import { composeQuiz } from '../../src/lib/quiz/compose';
import { EXAM_DOMAINS } from '../../src/schemas/quiz';
import { loadContent, quizCatalog } from './load-content';

const content = loadContent();
const FINAL = 'final-assessment';
const quizOf = (id: string) => content.quizzes.get(id)?.data;
const catalog = quizCatalog(content);
const { moduleOfQuiz } = catalog;
const glossaryIds = new Set(content.glossary.map((entry) => entry.data.id));
const lessonIds = new Set(content.lessons.map((lesson) => lessonIdFromEntry(lesson.entryId)));
const lessonsOf = (moduleId: string) => content.lessons.filter((lesson) => lesson.data.module === moduleId);
const ownQuestions = (moduleId: string) =>
  lessonsOf(moduleId).flatMap((lesson) => quizOf(lesson.data.quiz)?.questions ?? []);

describe('modules', () => {
  it.each(content.modules.map((module) => [module.id, module] as const))(
    '%s has 2 to 4 lessons',
    (_id, module) => {
      const count = lessonsOf(module.id).length;
      expect(
        count,
        `content/lessons/${module.id}/ has ${count} lessons; a module needs 2 to 4`,
      ).toBeGreaterThanOrEqual(2);
      expect(
        count,
        `content/lessons/${module.id}/ has ${count} lessons; a module needs 2 to 4`,
      ).toBeLessThanOrEqual(4);
    },
  );

  it.each(content.modules.map((module) => [module.id, module] as const))(
    '%s has at least 25 questions across its lessons’ quizzes',
    (_id, module) => {
      expect(ownQuestions(module.id).length).toBeGreaterThanOrEqual(25);
    },
  );

  it.each(content.modules.map((module) => [module.id, module] as const))(
    '%s has at least one diagram (<Layers> or <Flow>)',
    (_id, module) => {
      const diagrams = lessonsOf(module.id).filter((lesson) => /<(Layers|Flow)\b/.test(lesson.body));
      expect(
        diagrams.length,
        `add a <Layers> or <Flow> diagram to a lesson in content/lessons/${module.id}/`,
      ).toBeGreaterThan(0);
    },
  );

  it.each(content.modules.map((module) => [module.id, module] as const))(
    '%s has a module quiz drawn from every one of its lessons’ quizzes',
    (_id, module) => {
      const quiz = quizOf(module.quiz);
      expect(quiz, `content/modules.yaml: quiz: create content/quizzes/${module.quiz}.yaml`).toBeDefined();
      expect([...(quiz?.from ?? [])].sort()).toEqual(
        lessonsOf(module.id)
          .map((lesson) => lesson.data.quiz)
          .sort(),
      );
    },
  );
});

/** The questions a module quiz has of its own, beside those it draws from its lessons' quizzes. */
const moduleQuizQuestions = (moduleId: string) => {
  const module = content.modules.find((entry) => entry.id === moduleId);
  return module === undefined ? [] : (quizOf(module.quiz)?.questions ?? []);
};

describe('question bank', () => {
  const lessonQuestions = content.modules.flatMap((module) => ownQuestions(module.id));
  const all = [...lessonQuestions, ...content.modules.flatMap((module) => moduleQuizQuestions(module.id))];

  it('holds at least 300 questions', () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
  });

  it.each(content.modules.map((module) => [module.id, module] as const))(
    'the %s module quiz has at least 8 questions of its own, beside those of its lessons',
    (_id, module) => {
      const count = moduleQuizQuestions(module.id).length;
      expect(
        count,
        `content/quizzes/${module.quiz}.yaml: has ${count} questions of its own; add scenario questions under "questions:" until there are at least 8`,
      ).toBeGreaterThanOrEqual(8);
    },
  );

  it.each(content.modules.map((module) => [module.id, module] as const))(
    'the %s module quiz asks at least 5 of its own questions in every attempt',
    (_id, module) => {
      const quiz = quizOf(module.quiz);
      expect(
        quiz?.drawOwn ?? 0,
        `content/quizzes/${module.quiz}.yaml: set "drawOwn: 5" so every attempt asks some of the quiz's own scenario questions`,
      ).toBeGreaterThanOrEqual(5);
    },
  );

  it.each(content.lessons.map((lesson) => [lesson.file, lesson] as const))(
    '%s has a quiz of at least 12 questions',
    (_file, lesson) => {
      const count = quizOf(lesson.data.quiz)?.questions.length ?? 0;
      expect(
        count,
        `content/quizzes/${lesson.data.quiz}.yaml: has ${count} questions; a lesson's quiz needs at least 12`,
      ).toBeGreaterThanOrEqual(12);
    },
  );

  it('every question names its exam domain, and every domain and security pillar question is taught', () => {
    expect(new Set(all.map((question) => question.tags.domain))).toEqual(new Set(EXAM_DOMAINS));
    const secs = new Set(
      all.flatMap((question) => (question.tags.sec === undefined ? [] : [question.tags.sec])),
    );
    expect([...secs].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('uses every question type', () => {
    expect([...new Set(all.map((question) => question.type))].sort()).toEqual([
      'categorize',
      'multiple-choice',
      'ordering',
      'single-choice',
      'spot',
      'true-false',
    ]);
  });

  it('every quiz that draws questions has at least as many in its pool', () => {
    const short = [...content.quizzes.keys()].flatMap((id) => {
      const composed = composeQuiz(id, catalog);
      return composed.draw !== undefined && composed.draw > composed.questions.length
        ? [
            `content/quizzes/${id}.yaml: draw: ${composed.draw} is more than the ${composed.questions.length} questions in its pool`,
          ]
        : [];
    });
    expect(short).toEqual([]);
  });

  it('the final assessment is an exam of 40 questions drawn from every module quiz', () => {
    const quiz = quizOf(FINAL);
    expect(quiz?.modes).toEqual(['exam']);
    expect(quiz?.draw).toBe(40);
    expect([...(quiz?.from ?? [])].sort()).toEqual(content.modules.map((module) => module.quiz).sort());
    const pool = composeQuiz(FINAL, catalog).questions;
    // Every lesson question and every module quiz's own scenario questions.
    expect(pool.length).toBe(all.length);
    expect(new Set(pool.map((question) => question.tags.module))).toEqual(
      new Set(content.modules.map((m) => m.id)),
    );
  });

  it('every quiz is used by a lesson, a module or the final assessment', () => {
    const used = new Set([...moduleOfQuiz.keys(), FINAL]);
    const unused = [...content.quizzes.values()]
      .filter(({ file }) => !used.has(file.replace(/^content\/quizzes\//, '').replace(/\.yaml$/, '')))
      .map(
        ({ file }) =>
          `${file}: no lesson or module uses this quiz; name it in a lesson's or module's "quiz", or delete it`,
      );
    expect(unused).toEqual([]);
  });
});

describe('lessons', () => {
  it('every lesson ends with a summary section', () => {
    const missing = content.lessons
      .filter((lesson) => !/^## Summary\s*$/m.test(lesson.body))
      .map((lesson) => `${lesson.file}: add a "## Summary" section at the end`);
    expect(missing).toEqual([]);
  });

  it('every key term and every <Term> links to a glossary entry', () => {
    const broken = content.lessons.flatMap((lesson) => [
      ...lesson.data.keyTerms
        .filter((id) => !glossaryIds.has(id))
        .map((id) => `${lesson.file}: keyTerms: no glossary entry "${id}"`),
      ...[...lesson.body.matchAll(/<Term\s+id="([^"]+)"/g)]
        .map((match) => match[1] ?? '')
        .filter((id) => !glossaryIds.has(id))
        .map((id) => `${lesson.file}: <Term id="${id}">: no glossary entry "${id}"`),
    ]);
    expect(broken).toEqual([]);
  });
});

describe('glossary', () => {
  it('has at least 140 terms', () => {
    expect(content.glossary.length).toBeGreaterThanOrEqual(140);
  });

  it('ids are unique across all glossary files', () => {
    const seen = new Map<string, string>();
    const duplicates = content.glossary.flatMap(({ file, data }) => {
      const first = seen.get(data.id);
      seen.set(data.id, file);
      return first === undefined ? [] : [`${file}: id "${data.id}" is already used in ${first}`];
    });
    expect(duplicates).toEqual([]);
  });

  it('every term links to a lesson that exists', () => {
    const broken = content.glossary
      .filter(({ data }) => !lessonIds.has(data.lesson))
      .map(({ file, data }) => `${file}: "${data.id}": lesson: no lesson "${data.lesson}"`);
    expect(broken).toEqual([]);
  });
});
