import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { lessonIdFromEntry } from '../../src/lib/course/outline';
import { lessonHref } from '../../src/lib/course/routes';
import type { Question, Quiz } from '../../src/schemas/quiz';
import type { ServedQuiz } from '../../src/lib/quiz/pool';
import type { Progress, QuizAttempt } from '../../src/lib/progress/types';
import { answerSpotWithKeyboard, answerSpotWithPointer } from './spot-answer';

/**
 * The warning Playwright's own stub logs when a page registers a service worker under
 * `serviceWorkers: 'block'` (playwright.config.ts): not the site's, so console checks skip it.
 */
const SW_BLOCKED_WARNING = 'Service Worker registration blocked by Playwright';

/**
 * Collects what goes wrong on a page from the moment it opens: console errors, uncaught exceptions
 * and Content-Security-Policy violations (reported as console errors), and with `warnings` the
 * console's warnings too, but never Playwright's own blocked-service-worker warning.
 */
export async function watchProblems(page: Page, { warnings = false } = {}): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.text() === SW_BLOCKED_WARNING) return;
    if (message.type() === 'error' || (warnings && message.type() === 'warning'))
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

export const LESSON_URL = '/lessons/shared-responsibility/security-of-and-in-the-cloud/';

const ROOT = join(import.meta.dirname, '../..');

/** Every lesson page's path, from the files in content/lessons/ (not from the build). */
export function lessonPaths(): string[] {
  const folder = join(ROOT, 'content/lessons');
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => lessonHref(lessonIdFromEntry(file.replaceAll('\\', '/').replace(/\.mdx$/, ''))))
    .sort();
}

const readServed = (id: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../dist/quizzes/${id}.json`), 'utf8')) as ServedQuiz;

/**
 * The quiz as the built site serves it, its whole pool read from the files that hold it (a module
 * quiz's lessons, the final's modules and lessons: see `serveQuiz`), to know which answers are right.
 */
export function readBuiltQuiz(id = 'shared-responsibility'): Quiz {
  const { pool, ...quiz } = readServed(id);
  const pulled = pool.flatMap((source) => {
    const file = readServed(source.quiz).questions;
    return source.ids.flatMap((questionId) =>
      file
        .filter((question) => question.id === questionId)
        .map((question) => ({ ...question, id: `${source.quiz}/${questionId}` })),
    );
  });
  return { ...quiz, questions: [...quiz.questions, ...pulled] };
}

/** Number of questions one attempt asks. */
export const askedCount = (quiz: Quiz) => quiz.draw ?? quiz.questions.length;

/**
 * Presses Tab until the focused element has the accessible name `value` (`by: 'name'`) or sits
 * in a fieldset whose legend reads `value` (`by: 'legend'`), at most `limit` times.
 */
async function tabUntil(page: Page, by: 'name' | 'legend', value: string, limit = 120): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      ([kind, wanted]) => {
        const element = document.activeElement;
        if (element === null) return false;
        if (kind === 'legend')
          return element.closest('fieldset')?.querySelector('legend')?.textContent === wanted;
        const label = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
        return (label ?? element.getAttribute('aria-label') ?? element.textContent ?? '').trim() === wanted;
      },
      [by, value] as const,
    );
    if (found) return;
  }
  throw new Error(`Could not reach "${value}" with the Tab key`);
}

/** Presses Tab until the focused element has the accessible name `name`. */
export async function tabTo(page: Page, name: string): Promise<void> {
  await tabUntil(page, 'name', name);
}

/** Opens the lesson and starts the quiz in `mode` from its start panel. */
export async function startQuiz(
  page: Page,
  mode: 'practice' | 'exam' = 'practice',
  time?: string,
): Promise<void> {
  await page.goto(LESSON_URL);
  const start = page.getByRole('button', { name: mode === 'practice' ? 'Start practice' : 'Start exam' });
  if (mode === 'exam') await page.getByRole('radio', { name: /^Exam:/ }).check();
  if (time !== undefined) await page.getByRole('radio', { name: time }).check();
  await start.click();
  await expect(page.getByRole('heading', { name: /^Question 1 of \d+$/ })).toBeFocused();
}

/** The question on screen, found in the quiz data by its prompt. */
export async function currentQuestion(page: Page, quiz: Quiz): Promise<Question> {
  const prompt =
    (await page.locator('.quiz-body form').locator('legend, .question-prompt').first().textContent()) ?? '';
  const question = quiz.questions.find((candidate) => candidate.prompt === prompt.trim());
  if (question === undefined) throw new Error(`No question with the prompt "${prompt}"`);
  return question;
}

/** The texts of a choice question's options and of its right options. */
export function optionTexts(question: Question): { all: string[]; right: string[] } {
  if (question.type === 'true-false')
    return { all: ['True', 'False'], right: [question.answer ? 'True' : 'False'] };
  if (question.type === 'categorize' || question.type === 'ordering' || question.type === 'spot')
    return { all: [], right: [] };
  return {
    all: question.choices.map((choice) => choice.text),
    right: question.choices.filter((choice) => choice.correct).map((choice) => choice.text),
  };
}

/**
 * Answers the question on screen with the pointer: rightly, or wrongly when `right` is false
 * (first wrong option, every item in a wrong group, steps left as shown unless already solved).
 */
export async function answerWithPointer(page: Page, question: Question, right = true): Promise<void> {
  if (question.type === 'categorize') {
    for (const item of question.items) {
      const bucket = right
        ? question.buckets.find((candidate) => candidate.id === item.bucket)
        : question.buckets.find((candidate) => candidate.id !== item.bucket);
      const group = page.getByRole('group', { name: item.text, exact: true });
      await group.getByRole('radio', { name: bucket?.label ?? '', exact: true }).check();
    }
    return;
  }
  if (question.type === 'ordering') {
    if (right) await putStepsInOrder(page, question, false);
    return;
  }
  if (question.type === 'spot') {
    await answerSpotWithPointer(page, question, right);
    return;
  }
  const { all, right: rightTexts } = optionTexts(question);
  const texts = right ? rightTexts : all.filter((text) => !rightTexts.includes(text)).slice(0, 1);
  const role = question.type === 'multiple-choice' ? 'checkbox' : 'radio';
  for (const text of texts) await page.getByRole(role, { name: text, exact: true }).check();
}

/** The step texts in the order the page shows them. */
async function shownSteps(page: Page): Promise<string[]> {
  return (await page.locator('.steps .step-text').allTextContents()).map((text) => text.trim());
}

/**
 * Moves each step up into its right place, with the pointer or, when `keyboard` is set, by
 * pressing Enter on the focused "Move up" button (focus stays on the moved step).
 */
export async function putStepsInOrder(
  page: Page,
  question: Extract<Question, { type: 'ordering' }>,
  keyboard: boolean,
): Promise<void> {
  for (const [target, step] of question.steps.entries()) {
    let index = (await shownSteps(page)).indexOf(step.text);
    if (index > target && keyboard) await tabTo(page, `Move “${step.text}” up`);
    while (index > target) {
      if (keyboard) await page.keyboard.press('Enter');
      else await page.getByRole('button', { name: `Move “${step.text}” up` }).click();
      index -= 1;
      await expect(page.locator('.steps .step-text').nth(index)).toHaveText(step.text);
    }
  }
}

/** Answers the question on screen rightly with the keyboard only. */
export async function answerWithKeyboard(page: Page, question: Question): Promise<void> {
  if (question.type === 'ordering') {
    await putStepsInOrder(page, question, true);
    return;
  }
  if (question.type === 'spot') {
    await answerSpotWithKeyboard(page, question);
    return;
  }
  if (question.type === 'categorize') {
    for (const item of question.items) {
      // Tab into the item's radio group, Space selects the first bucket, arrows move on.
      await tabUntil(page, 'legend', item.text);
      await page.keyboard.press('Space');
      const target = question.buckets.findIndex((bucket) => bucket.id === item.bucket);
      for (let step = 0; step < target; step += 1) await page.keyboard.press('ArrowRight');
    }
    return;
  }
  const { all, right } = optionTexts(question);
  const shown = await page.locator('.choices label').allTextContents();
  await tabTo(page, shown[0] ?? all[0] ?? '');
  if (question.type === 'multiple-choice') {
    for (const [index, text] of shown.entries()) {
      if (index > 0) await page.keyboard.press('Tab');
      if (right.includes(text)) await page.keyboard.press('Space');
    }
  } else {
    await page.keyboard.press('Space');
    const target = shown.indexOf(right[0] ?? '');
    for (let step = 0; step < target; step += 1) await page.keyboard.press('ArrowDown');
  }
}

/** Checks the current practice question and goes on to the next one or the results. */
export async function checkAndContinue(page: Page, last: boolean): Promise<void> {
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: last ? 'See results' : 'Next question' }).click();
}

/** Answers every practice question with the pointer, `wrongCount` of them wrongly. */
export async function finishPractice(page: Page, quiz: Quiz, wrongCount = 0): Promise<void> {
  const total = askedCount(quiz);
  for (let index = 0; index < total; index += 1) {
    await expect(page.getByRole('heading', { name: `Question ${index + 1} of ${total}` })).toBeVisible();
    const question = await currentQuestion(page, quiz);
    await answerWithPointer(page, question, index >= total - wrongCount ? false : true);
    await checkAndContinue(page, index === total - 1);
  }
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
}

/** The visible score line of the results (the live region repeats it for screen readers). */
export function score(page: Page, text: string | RegExp) {
  return page.getByRole('paragraph').filter({ hasText: text });
}

/** A full exam attempt at `quizId`, 9 of 10 and passed, on day `day` of November 2026. */
export function passedAttempt(
  quizId: string,
  day: number,
  overrides: Partial<QuizAttempt> = {},
): QuizAttempt {
  return {
    id: `seeded-${quizId}-${day}`,
    quizId,
    finishedAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
    kind: 'quiz',
    earned: 9,
    total: 10,
    passed: true,
    mode: 'exam',
    seed: 1,
    questionIds: [],
    responses: {},
    confidence: {},
    durationSeconds: 600,
    tagScores: {},
    ...overrides,
  };
}

/**
 * Stores `attempts` (and `labs`) as the learner's progress (version 5) before the page's first
 * load, once per browser tab, so a later reload keeps what the page itself wrote since.
 */
export async function seedProgress(
  page: Page,
  attempts: QuizAttempt[],
  labs: Progress['labs'] = {},
): Promise<void> {
  const progress: Progress = {
    version: 5,
    lessons: {},
    attempts,
    archive: { quizzes: {}, days: {}, tags: {}, practiceTags: {} },
    labs,
  };
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('csa:progress', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(progress));
}

/** The quizzes that decide the onboarding path's required steps (content/paths/new-engineer-onboarding.yaml). */
export const ONBOARDING_QUIZZES = [
  'shared-responsibility',
  'security-pillar-principles',
  'iam-policy-types',
  'iam-policy-evaluation',
  'iam-access-practices',
  'iam-module',
  'data-protection-s3-secrets',
  'detection-response-services',
  'detection-response-incidents',
];

/** The WCAG 2.2 AA rule sets every browser test checks with axe. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails listing each WCAG 2.2 AA violation axe finds on the page as it is: rule, help, where. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}
