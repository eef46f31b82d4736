import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Quiz } from '../../src/schemas/quiz';

export const LESSON_URL = '/lessons/shared-responsibility/security-of-and-in-the-cloud/';

/** The quiz as the built site serves it, to know which answers are right. */
export function readBuiltQuiz(id = 'shared-responsibility'): Quiz {
  return JSON.parse(readFileSync(join(import.meta.dirname, `../../dist/quizzes/${id}.json`), 'utf8')) as Quiz;
}

/** Presses Tab until the focused element has the accessible name `name` (at most `limit` times). */
export async function tabTo(page: Page, name: string, limit = 40): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element) return '';
      const label = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
      return (label ?? element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
    });
    if (focused === name) return;
  }
  throw new Error(`Could not reach "${name}" with the Tab key`);
}

/**
 * Answers the current question with the keyboard only: Tab into the options, then Space on each
 * option to select (radios move with the arrow keys), then Tab to "Check answer" and Enter.
 */
export async function answerWithKeyboard(
  page: Page,
  texts: readonly string[],
  all: readonly string[],
): Promise<void> {
  const first = all[0] ?? '';
  await tabTo(page, first);
  const isCheckbox = await page.evaluate(
    () => (document.activeElement as HTMLInputElement).type === 'checkbox',
  );
  if (isCheckbox) {
    for (const [index, text] of all.entries()) {
      if (index > 0) await page.keyboard.press('Tab');
      if (texts.includes(text)) await page.keyboard.press('Space');
    }
  } else {
    const target = all.indexOf(texts[0] ?? '');
    await page.keyboard.press('Space');
    for (let step = 0; step < target; step += 1) await page.keyboard.press('ArrowDown');
  }
  await tabTo(page, 'Check answer');
  await page.keyboard.press('Enter');
}

/** The texts of a question's options and of its right options, as the page shows them. */
export function optionTexts(question: Quiz['questions'][number]): { all: string[]; right: string[] } {
  if (question.type === 'true-false') {
    return { all: ['True', 'False'], right: [question.answer ? 'True' : 'False'] };
  }
  return {
    all: question.choices.map((choice) => choice.text),
    right: question.choices.filter((choice) => choice.correct).map((choice) => choice.text),
  };
}

/** Waits until the quiz island is interactive. */
export async function waitForQuiz(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
}

/** The visible score line of the results (the live region repeats it for screen readers). */
export function score(page: Page, text: string | RegExp) {
  return page.getByRole('paragraph').filter({ hasText: text });
}

/**
 * The pointer path through question `index`: select the options with these texts, check, let
 * `whileChecked` look at the feedback, then go on to the next question or the results.
 */
export async function answerWithPointer(
  page: Page,
  quiz: Quiz,
  index: number,
  texts: readonly string[],
  whileChecked?: () => Promise<void>,
): Promise<void> {
  const question = quiz.questions[index];
  if (question === undefined) throw new Error(`the quiz has no question ${index + 1}`);
  const role = question.type === 'multiple-choice' ? 'checkbox' : 'radio';
  for (const text of texts) await page.getByRole(role, { name: text, exact: true }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await whileChecked?.();
  const last = index === quiz.questions.length - 1;
  await page.getByRole('button', { name: last ? 'See results' : 'Next question' }).click();
}

/** The text of the first option of question `index`. */
export function firstOption(quiz: Quiz, index: number): string[] {
  const question = quiz.questions[index];
  return question === undefined ? [] : optionTexts(question).all.slice(0, 1);
}
