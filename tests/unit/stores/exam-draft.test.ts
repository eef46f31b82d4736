// Exam drafts as a browser keeps them: saved on every change, there after a reload, gone once
// submitted, and a tampered draft never breaks the page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExamDraft } from '../../../src/lib/quiz/draft';
import { installBrowser } from '../../fixtures/fake-browser';

async function loadPage() {
  vi.resetModules();
  return import('../../../src/stores/exam-draft');
}

afterEach(() => vi.unstubAllGlobals());

/** Five answers into a 60-minute final. */
const draft = (overrides: Partial<ExamDraft> = {}): ExamDraft => ({
  quizId: 'final-assessment',
  mode: 'exam',
  seed: 12345,
  questionIds: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'],
  order: { q1: ['a', 'b'], q2: ['b', 'a'], q3: ['a', 'b'], q4: ['a', 'b'], q5: ['a', 'b'], q6: ['a', 'b'] },
  responses: { q1: ['a'], q2: ['b'], q3: ['a'], q4: ['a'], q5: ['b'] },
  flagged: ['q3'],
  confidence: {},
  askConfidence: false,
  current: 5,
  startedAt: '2026-12-01T18:00:00.000Z',
  deadline: '2026-12-01T19:00:00.000Z',
  timeLimitSeconds: 3600,
  ...overrides,
});

describe('exam drafts', () => {
  it('keeps a saved draft across a page load, answers, flags and deadline included', async () => {
    const browser = installBrowser();
    const first = await loadPage();
    first.saveExamDraft(draft());

    installBrowser(Object.fromEntries(browser.data));
    const second = await loadPage();
    expect(second.examDraftOf('final-assessment')).toEqual(draft());
    expect(second.examDraftOf('iam-policy-types')).toBeUndefined();
  });

  it('removes the stored key once the last draft is submitted or discarded', async () => {
    const browser = installBrowser();
    const page = await loadPage();
    page.saveExamDraft(draft());
    page.discardExamDraft('final-assessment');

    expect(browser.data.has('csa:exam-draft')).toBe(false);
    expect(page.examDraftOf('final-assessment')).toBeUndefined();
  });

  it('keeps a draft another tab saved for another quiz when this tab saves its own', async () => {
    const browser = installBrowser();
    const page = await loadPage();
    const other = draft({ quizId: 'iam-module', current: 0 });
    browser.data.set('csa:exam-draft', JSON.stringify({ 'iam-module': other }));

    page.saveExamDraft(draft());

    expect(Object.keys(JSON.parse(browser.data.get('csa:exam-draft') ?? '{}')).sort()).toEqual([
      'final-assessment',
      'iam-module',
    ]);
  });

  it('drops a tampered draft, keeps the others, backs the text up and says so', async () => {
    const tampered = JSON.stringify({
      'final-assessment': draft(),
      'iam-module': { ...draft({ quizId: 'iam-module' }), current: 99 },
    });
    const browser = installBrowser({ 'csa:exam-draft': tampered });
    const page = await loadPage();

    expect(page.examDraftOf('final-assessment')).toEqual(draft());
    expect(page.examDraftOf('iam-module')).toBeUndefined();
    expect(page.$examDraftProblem.get()).toBe('invalid');
    expect(browser.data.get('csa:exam-draft:backup')).toBe(tampered);
  });

  it('reads unreadable text as no drafts, without throwing', async () => {
    installBrowser({ 'csa:exam-draft': '{"final-assessment":' });
    const page = await loadPage();

    expect(page.$examDrafts.get()).toEqual({});
    expect(page.$examDraftProblem.get()).toBe('unreadable');
  });

  it('keeps the draft in memory when storage is full, so the running exam loses nothing', async () => {
    installBrowser({}, 'quota');
    const page = await loadPage();
    page.saveExamDraft(draft());

    expect(page.examDraftOf('final-assessment')).toEqual(draft());
  });
});
