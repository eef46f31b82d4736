// The served quiz data on the real course: every question ships once, in the file of the quiz
// it is written in, and an attempt built from those files asks what the composed quiz would.
import { describe, expect, it } from 'vitest';
import { composeQuiz } from '../../src/lib/quiz/compose';
import { poolIds, startAttempt } from '../../src/lib/quiz/pool';
import { serveQuiz } from '../../src/lib/quiz/serve';
import { arrangeQuiz } from '../../src/lib/quiz/shuffle';
import { loadContent, quizCatalog } from './load-content';

const content = loadContent();
const catalog = quizCatalog(content);
const composed = new Map([...content.quizzes.keys()].map((id) => [id, composeQuiz(id, catalog)]));
const served = new Map([...composed].map(([id, quiz]) => [id, serveQuiz(quiz)]));
const load = (id: string) => Promise.resolve(served.get(id));
const get = <T>(map: Map<string, T>, id: string): T => map.get(id) as T;

describe('served quiz data', () => {
  it('ships each question once across all quiz files', () => {
    const shipped = [...served].flatMap(([id, quiz]) =>
      quiz.questions.map((question) => `${id}/${question.id}`),
    );
    expect(shipped.length).toBeGreaterThan(0);
    expect(new Set(shipped).size).toBe(shipped.length);
  });

  it('lists every pooled question in the file that holds it', () => {
    const missing = [...served].flatMap(([id, quiz]) =>
      quiz.pool.flatMap((source) =>
        source.ids
          .filter(
            (questionId) =>
              !served.get(source.quiz)?.questions.some((question) => question.id === questionId),
          )
          .map((questionId) => `${id}: ${source.quiz}/${questionId}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it.each([...composed.keys()])(
    '%s: the same seed asks the same questions, arranged the same',
    async (id) => {
      const quiz = get(composed, id);
      expect(poolIds(get(served, id))).toEqual(quiz.questions.map((question) => question.id));
      const byId = new Map(quiz.questions.map((question) => [question.id, question]));
      for (const seed of [1, 2024, 987654321]) {
        const attempt = await startAttempt(get(served, id), seed, load);
        const expected = arrangeQuiz(quiz, seed);
        expect(attempt.arrangement).toEqual(expected);
        expect(attempt.quiz.questions).toEqual(
          expected.questionIds.map((questionId) => byId.get(questionId)),
        );
      }
    },
  );
});
