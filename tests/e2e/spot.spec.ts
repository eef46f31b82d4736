import { expect, test, type Page } from '@playwright/test';
import { spotCodeLines, spotSelectableLines } from '../../src/lib/quiz/spot-lines';
import { answerSpotWithKeyboard, answerSpotWithPointer, waitForSpot, type SpotQuestion } from './spot-answer';
import {
  answerWithPointer,
  askedCount,
  checkAndContinue,
  currentQuestion,
  expectNoAxeViolations,
  readBuiltQuiz,
  tabTo,
  watchProblems,
} from './helpers';

// "Spot the misconfiguration" in a lesson quiz: the network lesson's quiz has two (a security
// group and a network ACL), asked in a random order among the others.
const LESSON = '/lessons/infrastructure-protection/network-layers/';
const QUIZ_ID = 'infrastructure-protection-network';
const quiz = readBuiltQuiz(QUIZ_ID);
const total = askedCount(quiz);
const status = '.quiz-body > [role="status"]';

type Spot = SpotQuestion;

/** Starts practice with the keyboard and answers the questions before the first spot question. */
async function reachSpotQuestion(page: Page): Promise<Spot> {
  await page.goto(LESSON);
  await tabTo(page, 'Start practice');
  await page.keyboard.press('Enter');
  for (let index = 0; index < total; index += 1) {
    await expect(page.getByRole('heading', { name: `Question ${index + 1} of ${total}` })).toBeFocused();
    const question = await currentQuestion(page, quiz);
    if (question.type === 'spot') {
      await waitForSpot(page);
      return question;
    }
    await answerWithPointer(page, question);
    await checkAndContinue(page, index === total - 1);
  }
  throw new Error(`${QUIZ_ID} asked no spot question`);
}

/** Picks `line` and the reason with text `reason`, keyboard only, then checks the answer. */
async function answerSpot(page: Page, question: Spot, line: number, reason: string): Promise<void> {
  await answerSpotWithKeyboard(page, question, line, reason);
  await tabTo(page, 'Check answer');
  await page.keyboard.press('Enter');
}

const rightReason = (question: Spot) => question.reasons.find((reason) => reason.correct)?.text ?? '';

test('a learner spots the misconfigured line and its reason with the keyboard only', async ({ page }) => {
  test.slow();
  const problems = await watchProblems(page);
  const question = await reachSpotQuestion(page);
  const wrongLine = question.wrong[0] ?? 0;

  await expect(page.getByRole('group', { name: /: pick the misconfigured line$/ })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Why is it wrong?' })).toBeVisible();
  await expectNoAxeViolations(page);

  await answerSpot(page, question, wrongLine, rightReason(question));

  await expect(page.locator(status)).toHaveText('Correct.');
  await expect(page.getByText(question.explanation)).toBeVisible();
  const picked = page.locator('.spot-line.is-wrong');
  await expect(picked).toContainText('✗ Misconfigured');
  await expect(picked).toContainText('Your pick');
  await expect(page.locator('.spot .choice.is-right')).toContainText('Right reason');
  await expect(page.getByRole('button', { name: /^(Next question|See results)$/ })).toBeFocused();
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test('a right reason on the wrong line earns half the point, and the feedback shows both lines', async ({
  page,
}) => {
  test.slow();
  const problems = await watchProblems(page);
  const question = await reachSpotQuestion(page);
  const fineLine = spotSelectableLines(question.code, question.selectable).find(
    (line) => !question.wrong.includes(line),
  );
  if (fineLine === undefined) throw new Error(`${question.id} has no right line to pick`);

  await answerSpot(page, question, fineLine, rightReason(question));

  await expect(page.locator(status)).toHaveText('Partly right: 50\u00a0% of this question.');
  await expect(page.locator('.spot-line.is-wrong')).toContainText('✗ Misconfigured');
  await expect(page.locator('.spot-line.is-wrong')).not.toContainText('Your pick');
  await expect(page.locator('.spot-line.is-picked')).toContainText('Your pick');
  await expect(page.getByText(question.explanation)).toBeVisible();
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test('the questions page lists a spot question’s code with line numbers and its reasons, never the answer', async ({
  page,
}) => {
  const problems = await watchProblems(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`/questions/${QUIZ_ID}/`);
  const spots = quiz.questions.filter((question): question is Spot => question.type === 'spot');
  expect(spots.length).toBeGreaterThan(0);
  for (const question of spots) {
    const item = page.locator('.quiz-static > li').filter({ hasText: question.prompt });
    await expect(item.getByRole('list', { name: question.artifact.label })).toBeVisible();
    await expect(item.locator('.spot-line')).toHaveCount(spotCodeLines(question.code).length);
    for (const reason of question.reasons) await expect(item.getByText(reason.text)).toBeVisible();
    await expect(item).not.toContainText('Misconfigured');
  }
  // The code scrolls inside its box; the page never scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test('a spot question fits a 320 px screen before and after checking: the code scrolls inside its box', async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 320, height: 800 });
  const question = await reachSpotQuestion(page);
  const box = page.locator('.spot-code');
  await expect(box).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // Both spot questions of this quiz have lines of more than 55 characters: wider than the box.
  expect(Math.max(...spotCodeLines(question.code).map((line) => line.length))).toBeGreaterThan(55);
  expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  // Once checked, the radios are locked: the box itself takes focus so a keyboard can still scroll.
  await answerSpotWithPointer(page, question, false);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.locator(status)).toHaveText('Not quite.');
  await expect(page.getByRole('list', { name: question.artifact.label })).toHaveAttribute('tabindex', '0');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
});
