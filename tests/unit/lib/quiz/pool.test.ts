import { describe, expect, it, vi } from 'vitest';
import { composeQuiz, type ComposedQuiz, type QuizCatalog } from '../../../../src/lib/quiz/compose';
import {
  loadQuestions,
  poolIds,
  startAttempt,
  type LoadQuiz,
  type ServedQuiz,
} from '../../../../src/lib/quiz/pool';
import { serveQuiz } from '../../../../src/lib/quiz/serve';
import { arrangeQuiz } from '../../../../src/lib/quiz/shuffle';
import type { Quiz } from '../../../../src/schemas/quiz';
import {
  makeCategorize,
  makeOrdering,
  makeQuiz,
  makeSingleChoice,
  makeTrueFalse,
} from '../../../fixtures/builders';

// A small course: two lesson quizzes per module, module quizzes with their own scenario
// questions drawing from their lessons, and a final drawing from the module quizzes.
const lesson = (prefix: string) =>
  makeQuiz({
    questions: [
      makeSingleChoice({ id: `${prefix}-one` }),
      makeTrueFalse({ id: `${prefix}-two` }),
      makeCategorize({ id: `${prefix}-three` }),
      makeOrdering({ id: `${prefix}-four` }),
    ],
  });
const quizzes: Record<string, Quiz> = {
  'iam-a': lesson('a'),
  'iam-b': lesson('b'),
  'net-c': lesson('c'),
  'net-d': lesson('d'),
  'iam-module': makeQuiz({
    questions: [makeSingleChoice({ id: 'scenario-one' }), makeOrdering({ id: 'scenario-two' })],
    from: ['iam-a', 'iam-b'],
    draw: 5,
    drawOwn: 2,
  }),
  'net-module': makeQuiz({
    questions: [makeTrueFalse({ id: 'scenario' })],
    from: ['net-c', 'net-d'],
    draw: 4,
  }),
  final: makeQuiz({ questions: [], from: ['iam-module', 'net-module'], draw: 7 }),
};
const modules: Record<string, string> = {
  'iam-a': 'iam',
  'iam-b': 'iam',
  'iam-module': 'iam',
  'net-c': 'net',
  'net-d': 'net',
  'net-module': 'net',
};
const catalog: QuizCatalog = { quiz: (id) => quizzes[id], moduleOf: (id) => modules[id] };
const composed = new Map(Object.keys(quizzes).map((id) => [id, composeQuiz(id, catalog)]));
const served = new Map([...composed].map(([id, quiz]) => [id, serveQuiz(quiz)]));
const get = <T>(map: Map<string, T>, id: string): T => map.get(id) as T;

/** Serves the course's files, recording which were asked for. */
function server(overrides: Record<string, () => Promise<ServedQuiz | undefined>> = {}) {
  const asked: string[] = [];
  const load: LoadQuiz = (id) => {
    asked.push(id);
    return overrides[id]?.() ?? Promise.resolve(served.get(id));
  };
  return { asked, load };
}

describe('serveQuiz', () => {
  it('keeps a lesson quiz as it is, with an empty pool', () => {
    const quiz = get(composed, 'iam-a');
    expect(serveQuiz(quiz)).toEqual({ ...quiz, pool: [] });
  });

  it('keeps a module quiz’s own questions and lists the rest by the quiz whose file holds them', () => {
    const module = get(served, 'iam-module');
    expect(module.questions.map(({ id }) => id)).toEqual(['scenario-one', 'scenario-two']);
    expect(module.pool).toEqual([
      { quiz: 'iam-a', ids: ['a-one', 'a-two', 'a-three', 'a-four'] },
      { quiz: 'iam-b', ids: ['b-one', 'b-two', 'b-three', 'b-four'] },
    ]);
  });

  it('gives the final no questions of its own: each question is in the file it is written in', () => {
    const final = get(served, 'final');
    expect(final.questions).toEqual([]);
    expect(final.pool.map(({ quiz }) => quiz)).toEqual([
      'iam-module',
      'iam-a',
      'iam-b',
      'net-module',
      'net-c',
      'net-d',
    ]);
  });

  it('lists the pool in the composed order, so every quiz’s ids are the composed ones', () => {
    for (const [id, quiz] of composed)
      expect(poolIds(get(served, id))).toEqual(quiz.questions.map((question) => question.id));
  });

  it('keeps a second draw from the same quiz as its own run', () => {
    const twice: ComposedQuiz = {
      ...get(composed, 'iam-a'),
      questions: [makeTrueFalse({ id: 'a/x' }), makeTrueFalse({ id: 'b/y' }), makeTrueFalse({ id: 'a/z' })],
    };
    expect(serveQuiz(twice).pool).toEqual([
      { quiz: 'a', ids: ['x'] },
      { quiz: 'b', ids: ['y'] },
      { quiz: 'a', ids: ['z'] },
    ]);
  });
});

describe('startAttempt', () => {
  it('asks the same questions in the same arrangement as the composed quiz, for every seed', async () => {
    for (const id of Object.keys(quizzes))
      for (const seed of [0, 1, 7, 42, 123456789, 4294967295]) {
        const attempt = await startAttempt(get(served, id), seed, server().load);
        const expected = arrangeQuiz(get(composed, id), seed);
        expect(attempt.arrangement).toEqual(expected);
        const byId = new Map(get(composed, id).questions.map((question) => [question.id, question]));
        expect(attempt.quiz.questions).toEqual(
          expected.questionIds.map((questionId) => byId.get(questionId)),
        );
      }
  });

  it('loads only the files holding the drawn questions, each once', async () => {
    const { asked, load } = server();
    const attempt = await startAttempt({ ...get(served, 'final'), draw: 2 }, 5, load);
    const files = new Set(attempt.arrangement.questionIds.map((id) => id.split('/')[0]));
    expect(asked.toSorted()).toEqual([...files].toSorted());
    expect(asked.length).toBeLessThanOrEqual(2);
  });

  it('loads nothing more for a lesson quiz', async () => {
    const { asked, load } = server();
    const attempt = await startAttempt(get(served, 'iam-a'), 3, load);
    expect(asked).toEqual([]);
    expect(attempt.quiz.questions).toHaveLength(4);
    expect(attempt.quiz).toEqual({ ...get(composed, 'iam-a'), questions: attempt.quiz.questions });
  });

  it('names each file that fails to load', async () => {
    const { load } = server({
      'iam-a': () => Promise.reject(new Error('offline')),
      'iam-b': () => Promise.reject(new Error('offline')),
    });
    const attempt = startAttempt({ ...get(served, 'iam-module'), draw: 10 }, 1, load);
    await expect(attempt).rejects.toThrow('quiz data could not be loaded: iam-a, iam-b');
  });

  it('fails, naming the quiz, when a drawn question is no longer in its file', async () => {
    const { load } = server({ 'iam-a': () => Promise.resolve(undefined) });
    await expect(startAttempt({ ...get(served, 'iam-module'), draw: 10 }, 1, load)).rejects.toThrow(
      'quiz data could not be loaded: iam-a',
    );
  });
});

describe('loadQuestions', () => {
  it('finds review keys in their quizzes’ files, in parallel, leaving out removed ones', async () => {
    const { asked, load } = server();
    const found = await loadQuestions(
      ['net-c/c-two', 'gone/q', 'iam-a/a-one', 'iam-a/removed', 'net-c/c-one'],
      undefined,
      load,
    );
    expect([...found.keys()].toSorted()).toEqual(['iam-a/a-one', 'net-c/c-one', 'net-c/c-two']);
    expect(found.get('iam-a/a-one')).toEqual({ ...get(composed, 'iam-a').questions[0], id: 'iam-a/a-one' });
    expect(asked.toSorted()).toEqual(['gone', 'iam-a', 'net-c']);
  });

  it('takes ids without a quiz from the quiz’s own questions, and skips them without', async () => {
    const own = get(served, 'iam-module').questions;
    const load = vi.fn<LoadQuiz>(() => Promise.resolve(undefined));
    expect([...(await loadQuestions(['scenario-two', 'nope'], own, load)).keys()]).toEqual(['scenario-two']);
    expect([...(await loadQuestions(['scenario-two'], undefined, load)).keys()]).toEqual([]);
    expect(load).not.toHaveBeenCalled();
  });
});
