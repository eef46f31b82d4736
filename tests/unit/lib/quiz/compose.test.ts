import { describe, expect, it } from 'vitest';
import { composeQuiz, type QuizCatalog } from '../../../../src/lib/quiz/compose';
import type { Quiz } from '../../../../src/schemas/quiz';
import { makeQuiz, makeSingleChoice, makeTrueFalse } from '../../../fixtures/builders';

function catalog(quizzes: Record<string, Quiz>, modules: Record<string, string> = {}): QuizCatalog {
  return {
    quiz: (id) => quizzes[id],
    moduleOf: (id) => modules[id],
  };
}

const lessonA = makeQuiz({ questions: [makeSingleChoice({ id: 'q1' }), makeTrueFalse({ id: 'q2' })] });
const lessonB = makeQuiz({ questions: [makeSingleChoice({ id: 'q1' })] });

describe('composeQuiz', () => {
  it('keeps a quiz without "from" as it is, tagging its questions with its module', () => {
    const composed = composeQuiz('a', catalog({ a: lessonA }, { a: 'iam' }));
    expect(composed.questions.map((question) => question.id)).toEqual(['q1', 'q2']);
    expect(composed.questions.map((question) => question.tags.module)).toEqual(['iam', 'iam']);
    expect(composed.from).toEqual([]);
  });

  it('pools the questions of the quizzes it draws from, with ids made unique by their source', () => {
    const module = makeQuiz({ questions: [], from: ['a', 'b'], draw: 2 });
    const composed = composeQuiz('m', catalog({ a: lessonA, b: lessonB, m: module }, { a: 'iam', b: 'iam' }));
    expect(composed.questions.map((question) => question.id)).toEqual(['a/q1', 'a/q2', 'b/q1']);
    expect(composed.draw).toBe(2);
  });

  it('keeps each question’s own module when a final assessment draws from several modules', () => {
    const moduleOne = makeQuiz({ questions: [], from: ['a'] });
    const moduleTwo = makeQuiz({ questions: [], from: ['b'] });
    const finalQuiz = makeQuiz({ questions: [], from: ['m1', 'm2'] });
    const composed = composeQuiz(
      'final',
      catalog(
        { a: lessonA, b: lessonB, m1: moduleOne, m2: moduleTwo, final: finalQuiz },
        { a: 'iam', b: 'compliance', m1: 'iam', m2: 'compliance' },
      ),
    );
    expect(composed.questions.map((question) => [question.id, question.tags.module])).toEqual([
      ['a/q1', 'iam'],
      ['a/q2', 'iam'],
      ['b/q1', 'compliance'],
    ]);
  });

  it('leaves tags alone for a quiz no lesson or module uses', () => {
    const composed = composeQuiz('a', catalog({ a: lessonA }));
    expect(composed.questions[0]?.tags).toEqual(lessonA.questions[0]?.tags);
  });

  it('names the quiz that draws from a missing one', () => {
    const module = makeQuiz({ questions: [], from: ['missing'] });
    expect(() => composeQuiz('m', catalog({ m: module }))).toThrow(
      'quiz "m" draws from "missing", which is not in content/quizzes/',
    );
  });

  it('names a missing quiz asked for directly', () => {
    expect(() => composeQuiz('nowhere', catalog({}))).toThrow(
      'quiz "nowhere" draws from "nowhere", which is not in content/quizzes/',
    );
  });

  it('refuses a cycle and shows it', () => {
    const a = makeQuiz({ questions: [], from: ['b'] });
    const b = makeQuiz({ questions: [], from: ['a'] });
    expect(() => composeQuiz('a', catalog({ a, b }))).toThrow('quiz "from" forms a cycle: a → b → a');
  });
});
