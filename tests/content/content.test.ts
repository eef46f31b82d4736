import { describe, expect, it } from 'vitest';
import { buildOutline, lessonIdFromEntry } from '../../src/lib/course/outline';
import { loadContent } from './load-content';

const content = loadContent();

describe('content files', () => {
  it('every module, lesson and quiz file passes its schema', () => {
    expect(content.errors).toEqual([]);
  });

  it('no collection is empty', () => {
    expect(content.modules.length).toBeGreaterThan(0);
    expect(content.lessons.length).toBeGreaterThan(0);
    expect(content.quizzes.size).toBeGreaterThan(0);
  });

  it('module ids are unique', () => {
    const ids = content.modules.map((module) => module.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('each lesson sits in the folder of the module it names', () => {
    const misplaced = content.lessons
      .filter((lesson) => lesson.entryId.split('/')[0] !== lesson.data.module)
      .map(
        (lesson) =>
          `${lesson.file}: module: "${lesson.data.module}" does not match its folder; move the file or fix the field`,
      );
    expect(misplaced).toEqual([]);
  });

  it('lesson ids, and so page addresses, are unique', () => {
    const ids = content.lessons.map((lesson) => lessonIdFromEntry(lesson.entryId));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('every quiz a lesson names exists', () => {
    const missing = content.lessons
      .filter((lesson) => !content.quizzes.has(lesson.data.quiz))
      .map((lesson) => `${lesson.file}: quiz: no content/quizzes/${lesson.data.quiz}.yaml`);
    expect(missing).toEqual([]);
  });

  it('the course outline has no warnings', () => {
    const outline = buildOutline(
      content.modules,
      content.lessons.map(({ entryId, data }) => ({ ...data, id: lessonIdFromEntry(entryId) })),
    );
    expect(outline.warnings).toEqual([]);
  });

  it('the first lesson has a quiz of at least 8 questions', () => {
    const first = content.lessons.find((lesson) => lesson.data.module === 'shared-responsibility');
    expect(first).toBeDefined();
    expect(content.quizzes.get(first?.data.quiz ?? '')?.data.questions.length).toBeGreaterThanOrEqual(8);
  });
});
