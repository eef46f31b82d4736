import { expect, test } from '@playwright/test';
import {
  answerWithKeyboard,
  answerWithPointer,
  firstOption,
  LESSON_URL,
  score,
  optionTexts,
  readBuiltQuiz,
  waitForQuiz,
} from './helpers';

const quiz = readBuiltQuiz();

test('learner finishes the quiz with only the keyboard, hears feedback and sees the score', async ({
  page,
}) => {
  await page.goto(LESSON_URL);
  await waitForQuiz(page);
  const status = page.locator('.quiz [role="status"]');

  for (const [index, question] of quiz.questions.entries()) {
    await expect(
      page.getByRole('heading', { name: `Question ${index + 1} of ${quiz.questions.length}` }),
    ).toBeVisible();
    const { all, right } = optionTexts(question);
    await answerWithKeyboard(page, right, all);
    await expect(status).toHaveText('Correct.');
    await expect(page.getByText(question.explanation)).toBeVisible();
    const last = index === quiz.questions.length - 1;
    const next = page.getByRole('button', { name: last ? 'See results' : 'Next question' });
    await expect(next).toBeFocused();
    // Screen readers only speak changes to a live region that was already in the page.
    const region = await status.elementHandle();
    await page.keyboard.press('Enter');
    expect(await region?.evaluate((element) => element.isConnected)).toBe(true);
    if (!last) {
      await expect(
        page.getByRole('heading', { name: `Question ${index + 2} of ${quiz.questions.length}` }),
      ).toBeFocused();
    }
  }

  const total = quiz.questions.length;
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(score(page, `You scored ${total} of ${total} (100 %).`)).toBeVisible();
  await expect(page.getByText(/^Passed: the pass mark is \d+ %/)).toBeVisible();
  await expect(status).toHaveText(`You scored ${total} of ${total} (100 %).`);
});

test('a wrong answer explains every option and the results list what was missed', async ({ page }) => {
  await page.goto(LESSON_URL);
  await waitForQuiz(page);
  const first = quiz.questions[0];
  if (first === undefined || first.type === 'true-false') throw new Error('expected a choice question first');
  const wrong = first.choices.find((choice) => !choice.correct);
  const right = first.choices.find((choice) => choice.correct);
  if (wrong === undefined || right === undefined) throw new Error('expected right and wrong options');

  await page.getByRole('radio', { name: wrong.text }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.locator('.quiz [role="status"]')).toHaveText('Not quite.');
  for (const choice of first.choices) {
    await expect(page.getByText(choice.rationale, { exact: true })).toBeVisible();
  }
  const rightRow = page.locator('li.choice', { hasText: right.text });
  await expect(rightRow.getByText('Right answer')).toBeVisible();
  await expect(page.locator('li.choice', { hasText: wrong.text }).getByText('Your choice')).toBeVisible();
  await expect(page.getByRole('radio', { name: right.text })).toBeDisabled();

  await page.getByRole('button', { name: 'Next question' }).click();
  for (let index = 1; index < quiz.questions.length; index += 1) {
    await answerWithPointer(page, quiz, index, firstOption(quiz, index));
  }
  const review = page.getByRole('list').filter({ hasText: first.prompt }).first();
  await expect(review.getByText(`Right answer: ${right.text}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try the quiz again' })).toBeVisible();
  await page.getByRole('button', { name: 'Try the quiz again' }).click();
  await expect(page.getByRole('heading', { name: `Question 1 of ${quiz.questions.length}` })).toBeFocused();
  await expect(page.getByRole('radio', { name: wrong.text })).not.toBeChecked();
});

test('checking with nothing selected asks for an answer and keeps the question', async ({ page }) => {
  await page.goto(LESSON_URL);
  await waitForQuiz(page);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(
    page.getByRole('paragraph').filter({ hasText: 'Choose an answer before checking.' }),
  ).toBeVisible();
  await expect(page.locator('.quiz [role="status"]')).toHaveText('Choose an answer before checking.');
  await expect(page.getByRole('heading', { name: `Question 1 of ${quiz.questions.length}` })).toBeVisible();
});

test('a multiple-choice question states its all-or-nothing rule', async ({ page }) => {
  await page.goto(LESSON_URL);
  await waitForQuiz(page);
  const index = quiz.questions.findIndex((question) => question.type === 'multiple-choice');
  expect(index).toBeGreaterThanOrEqual(0);
  for (let step = 0; step < index; step += 1) {
    await answerWithPointer(page, quiz, step, firstOption(quiz, step));
  }
  await expect(page.getByText('Select all that apply. Scored all or nothing')).toBeVisible();
  await expect(page.getByRole('checkbox').first()).toBeVisible();
});

test('the hint opens from the keyboard before answering', async ({ page }) => {
  const hint = quiz.questions[0]?.hint ?? '';
  expect(hint, 'the first question of the quiz has a hint').not.toBe('');
  await page.goto(LESSON_URL);
  await waitForQuiz(page);
  await expect(page.getByText(hint)).toBeHidden();
  await page.getByText('Show a hint').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(hint)).toBeVisible();
});

test('without JavaScript the questions are readable and the page says checking needs JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(LESSON_URL);
  await expect(page.getByText('Checking answers needs JavaScript')).toBeVisible();
  for (const question of quiz.questions) {
    await expect(page.getByText(question.prompt, { exact: true })).toBeVisible();
  }
  await context.close();
});
