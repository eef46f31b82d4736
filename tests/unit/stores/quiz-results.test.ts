// Recording a finished quiz as a page does: one action, `recordQuizResult`, over a fake browser.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FinishedQuiz } from '../../../src/lib/progress/attempt';
import { isLessonComplete, summarizeQuiz } from '../../../src/lib/progress/summary';
import { REVIEW_QUIZ_ID, type Progress } from '../../../src/lib/progress/types';
import { dueCount, type ReviewDeck } from '../../../src/lib/review/deck';
import { gradeQuiz } from '../../../src/lib/quiz/grade-quiz';
import type { Response } from '../../../src/lib/quiz/types';
import { makeQuiz } from '../../fixtures/builders';
import { installBrowser, type FakeBrowser } from '../../fixtures/fake-browser';

async function loadPage() {
  vi.resetModules();
  const { recordQuizResult } = await import('../../../src/stores/quiz-results');
  const { $progress } = await import('../../../src/stores/progress');
  const { $reviewDeck } = await import('../../../src/stores/review');
  return { recordQuizResult, $progress, $reviewDeck };
}

afterEach(() => vi.unstubAllGlobals());

const QUIZ = makeQuiz(); // single (a), multiple (a, b), true-false (false); 70 % to pass
const ALL_IDS = ['single', 'multiple', 'true-false'];
const RIGHT: Record<string, Response> = { single: ['a'], multiple: ['a', 'b'], 'true-false': ['false'] };

/** What a session produces for `questionIds` answered with `responses`. */
function finished(
  kind: FinishedQuiz['kind'],
  questionIds: string[],
  responses: Record<string, Response>,
  overrides: Partial<FinishedQuiz> = {},
): FinishedQuiz {
  return {
    quizId: 'final-assessment',
    kind,
    mode: kind === 'quiz' ? 'exam' : 'practice',
    seed: 7,
    questionIds,
    responses,
    confidence: {},
    result: gradeQuiz(QUIZ, questionIds, responses),
    moduleId: 'iam',
    durationSeconds: 60,
    ...overrides,
  };
}

const saved = (browser: FakeBrowser): Progress => JSON.parse(browser.data.get('csa:progress') ?? 'null');
const savedDeck = (browser: FakeBrowser): ReviewDeck => JSON.parse(browser.data.get('csa:review') ?? 'null');

describe('recordQuizResult', () => {
  it('stores a full quiz with a fresh id and time, its kind, score and tag scores, and saves it', async () => {
    const browser = installBrowser();
    const { recordQuizResult } = await loadPage();
    const before = Date.now();

    const attempt = await recordQuizResult(finished('quiz', ALL_IDS, RIGHT));

    expect(saved(browser).attempts).toEqual([attempt]);
    expect(attempt).toMatchObject({
      quizId: 'final-assessment',
      kind: 'quiz',
      earned: 3,
      total: 3,
      passed: true,
      mode: 'exam',
      seed: 7,
      questionIds: ALL_IDS,
      durationSeconds: 60,
    });
    expect(attempt.tagScores['module:iam']).toEqual({ earned: 3, total: 3 });
    expect(Date.parse(attempt.finishedAt)).toBeGreaterThanOrEqual(before - 1000);
    const again = await recordQuizResult(finished('quiz', ALL_IDS, RIGHT));
    expect(again.id).not.toBe(attempt.id);
  });

  it('puts the misses of a full quiz in the review deck, due at once', async () => {
    const browser = installBrowser();
    const { recordQuizResult, $reviewDeck } = await loadPage();

    await recordQuizResult(finished('quiz', ALL_IDS, { single: ['b'], multiple: ['a', 'b'] }));

    expect(Object.keys(savedDeck(browser).cards).sort()).toEqual([
      'final-assessment/single',
      'final-assessment/true-false',
    ]);
    expect(dueCount($reviewDeck.get(), new Date())).toBe(2);
  });

  it('a retry of the missed questions, all right, changes no best score, pass or completion (defect 1)', async () => {
    const browser = installBrowser();
    const { recordQuizResult } = await loadPage();
    // The full run: 1 of 3 (33 %), failed.
    await recordQuizResult(finished('quiz', ALL_IDS, { multiple: ['a', 'b'] }));
    // "Retry missed": the two missed questions, both right.
    const retry = await recordQuizResult(
      finished('retry', ['single', 'true-false'], { single: ['a'], 'true-false': ['false'] }),
    );

    const progress = saved(browser);
    expect(retry).toMatchObject({ kind: 'retry', earned: 2, total: 2, passed: false });
    expect(summarizeQuiz(progress, 'final-assessment')).toMatchObject({
      attempts: 1,
      best: { earned: 1, total: 3, percent: 33 },
      passed: false,
    });
    expect(isLessonComplete(progress, 'final-assessment')).toBe(false);
  });

  it('a retry still feeds the deck: a question missed again comes back', async () => {
    const browser = installBrowser();
    const { recordQuizResult } = await loadPage();
    await recordQuizResult(finished('retry', ['single'], { single: ['c'] }));

    expect(Object.keys(savedDeck(browser).cards)).toEqual(['final-assessment/single']);
  });

  it('records a review session as practice under the review id and leaves the deck to the answers', async () => {
    const browser = installBrowser();
    const { recordQuizResult } = await loadPage();

    const attempt = await recordQuizResult(
      finished('review', ALL_IDS, {}, { quizId: REVIEW_QUIZ_ID, seed: null }),
    );

    expect(attempt).toMatchObject({ quizId: 'review', kind: 'review', passed: false, earned: 0 });
    expect(saved(browser).attempts).toHaveLength(1);
    expect(browser.data.has('csa:review')).toBe(false);
  });

  it('compacts what it stores, so stored progress stays within its limits', async () => {
    const old = Array.from({ length: 200 }, (_, i) => ({
      id: `old-${i}`,
      quizId: 'iam-policy-types',
      finishedAt: new Date(Date.parse('2026-01-01T00:00:00.000Z') + i * 60_000).toISOString(),
      kind: 'quiz',
      earned: 1,
      total: 1,
      passed: true,
      mode: 'practice',
      seed: 1,
      questionIds: ['q'],
      responses: {},
      confidence: {},
      durationSeconds: 1,
      tagScores: {},
    }));
    const browser = installBrowser({
      'csa:progress': JSON.stringify({
        version: 4,
        lessons: {},
        attempts: old,
        archive: { quizzes: {}, days: {}, tags: {}, practiceTags: {} },
      }),
    });
    const { recordQuizResult } = await loadPage();

    await recordQuizResult(finished('quiz', ALL_IDS, RIGHT));

    const progress = saved(browser);
    expect(progress.attempts).toHaveLength(200);
    expect(progress.archive.quizzes['iam-policy-types']?.attempts).toBe(1);
  });
});
