// Answering a "spot the misconfiguration" question in a browser test, by pointer or keyboard only.
// Kept apart from helpers.ts so any journey through a quiz can answer spot questions too.
import { expect, type Page } from '@playwright/test';
import type { Question } from '../../src/schemas/quiz';
import { spotCodeLines, spotSelectableLines } from '../../src/lib/quiz/spot-lines';

export type SpotQuestion = Extract<Question, { type: 'spot' }>;

/** What a screen reader announces for a line's radio: "Line 4: SSH    TCP …". */
export const lineName = (question: SpotQuestion, line: number): string =>
  `Line ${line}: ${(spotCodeLines(question.code)[line - 1] ?? '').trim()}`;

/** The first misconfigured line, or with `right` false the first line that is fine. */
export function lineToPick(question: SpotQuestion, right: boolean): number {
  const lines = spotSelectableLines(question.code, question.selectable);
  const line = right ? question.wrong[0] : lines.find((candidate) => !question.wrong.includes(candidate));
  if (line === undefined) throw new Error(`${question.id} has no line to pick`);
  return line;
}

/** The text of the right reason, or with `right` false of the first wrong one. */
export const reasonToPick = (question: SpotQuestion, right: boolean): string =>
  question.reasons.find((reason) => reason.correct === right)?.text ?? '';

/** The renderer loads with the first spot question of a page: waits for its line group. */
export async function waitForSpot(page: Page): Promise<void> {
  await expect(page.getByRole('group', { name: /: pick the misconfigured line$/ })).toBeVisible();
}

/** Answers with the pointer: the wrong line and the right reason, or both wrong when `right` is false. */
export async function answerSpotWithPointer(page: Page, question: SpotQuestion, right = true): Promise<void> {
  await waitForSpot(page);
  await page
    .getByRole('radio', { name: lineName(question, lineToPick(question, right)), exact: true })
    .check();
  await page.getByRole('radio', { name: reasonToPick(question, right), exact: true }).check();
}

/** Presses Tab until a radio inside `selector` has focus. */
async function tabInto(page: Page, selector: string): Promise<void> {
  for (let step = 0; step < 60; step += 1) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(
      (wanted) => document.activeElement?.matches(`${wanted} input[type="radio"]`) ?? false,
      selector,
    );
    if (inside) return;
  }
  throw new Error(`Could not reach ${selector} with the Tab key`);
}

/** Picks entry `index` of the focused radio group: Space on the first, else arrows (which select). */
async function pickWithArrows(page: Page, index: number): Promise<void> {
  if (index === 0) await page.keyboard.press('Space');
  for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowDown');
}

/**
 * Picks `line` and the reason with text `reason` with the keyboard only: Tab into the lines (the
 * first one is focused, named "Line n: <code>"), arrows to the line, Tab into the reasons, arrows.
 */
export async function answerSpotWithKeyboard(
  page: Page,
  question: SpotQuestion,
  line = lineToPick(question, true),
  reason = reasonToPick(question, true),
): Promise<void> {
  await waitForSpot(page);
  const lines = spotSelectableLines(question.code, question.selectable);
  await tabInto(page, '.spot-lines');
  await expect(
    page.getByRole('radio', { name: lineName(question, lines[0] ?? 0), exact: true }),
  ).toBeFocused();
  await pickWithArrows(page, lines.indexOf(line));
  await expect(page.getByRole('radio', { name: lineName(question, line), exact: true })).toBeChecked();
  const shown = (await page.locator('.spot .choices label').allTextContents()).map((text) => text.trim());
  await tabInto(page, '.spot .choices');
  await pickWithArrows(page, shown.indexOf(reason));
  await expect(page.getByRole('radio', { name: reason, exact: true })).toBeChecked();
}
