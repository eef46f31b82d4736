import { expect, test } from '@playwright/test';
import {
  answerWithKeyboard,
  answerWithPointer,
  askedCount,
  checkAndContinue,
  currentQuestion,
  finishPractice,
  LESSON_URL,
  readBuiltQuiz,
  score,
  startQuiz,
  tabTo,
} from './helpers';

const quiz = readBuiltQuiz();
const total = askedCount(quiz);
const status = '.quiz-body > [role="status"]';

test('learner finishes a practice quiz of every question type with only the keyboard', async ({ page }) => {
  // A long journey (every question, key by key): room for a busy machine.
  test.slow();
  await page.goto(LESSON_URL);
  await tabTo(page, 'Start practice');
  await page.keyboard.press('Enter');
  const seenTypes = new Set<string>();
  for (let index = 0; index < total; index += 1) {
    await expect(page.getByRole('heading', { name: `Question ${index + 1} of ${total}` })).toBeFocused();
    const question = await currentQuestion(page, quiz);
    seenTypes.add(question.type);
    await answerWithKeyboard(page, question);
    await tabTo(page, 'Check answer');
    await page.keyboard.press('Enter');
    await expect(page.locator(status)).toHaveText('Correct.');
    await expect(page.getByText(question.explanation)).toBeVisible();
    const next = page.getByRole('button', { name: index === total - 1 ? 'See results' : 'Next question' });
    await expect(next).toBeFocused();
    // Screen readers only speak changes to a live region that was already in the page.
    const region = await page.locator(status).elementHandle();
    await page.keyboard.press('Enter');
    expect(await region?.evaluate((element) => element.isConnected)).toBe(true);
  }
  expect([...seenTypes].sort()).toEqual([
    'categorize',
    'multiple-choice',
    'ordering',
    'single-choice',
    'true-false',
  ]);
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(score(page, `You scored ${total} of ${total} (100 %).`)).toBeVisible();
  await expect(page.locator(status)).toHaveText(`You scored ${total} of ${total} (100 %).`);
});

test('a wrong answer explains every option, and "retry the ones I missed" asks exactly those', async ({
  page,
}) => {
  await startQuiz(page);
  let missedPrompt = '';
  for (let index = 0; index < total; index += 1) {
    const question = await currentQuestion(page, quiz);
    if (missedPrompt === '' && question.type === 'single-choice') {
      missedPrompt = question.prompt;
      await answerWithPointer(page, question, false);
      await page.getByRole('button', { name: 'Check answer' }).click();
      await expect(page.locator(status)).toHaveText('Not quite.');
      for (const choice of question.choices) {
        await expect(page.getByText(choice.rationale, { exact: true })).toBeVisible();
      }
      const right = question.choices.find((choice) => choice.correct)?.text ?? '';
      await expect(page.locator('li.choice', { hasText: right }).getByText('Right answer')).toBeVisible();
      await expect(page.getByRole('radio', { name: right })).toBeDisabled();
      await page.getByRole('button', { name: index === total - 1 ? 'See results' : 'Next question' }).click();
    } else {
      await answerWithPointer(page, question);
      await checkAndContinue(page, index === total - 1);
    }
  }
  const review = page.getByRole('listitem').filter({ hasText: missedPrompt });
  await expect(review.getByText(/^Incorrect\./)).toBeVisible();
  await expect(review.getByText(/^Why:/)).toBeVisible();

  await page.getByRole('button', { name: 'Retry the 1 I missed' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeFocused();
  expect((await currentQuestion(page, quiz)).prompt).toBe(missedPrompt);
});

test('checking with nothing selected asks for an answer and keeps the question', async ({ page }) => {
  await startQuiz(page);
  // Ordering questions always have an answer; move past them to one that can be empty.
  while ((await currentQuestion(page, quiz)).type === 'ordering') {
    await checkAndContinue(page, false);
  }
  await page.getByRole('button', { name: 'Check answer' }).click();
  const message = page.getByRole('paragraph').filter({ hasText: /^(Choose an answer|Sort every item)/ });
  await expect(message).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
});

test('partial credit on a sorting question says how much was right and where each item belongs', async ({
  page,
}) => {
  await startQuiz(page);
  let question = await currentQuestion(page, quiz);
  while (question.type !== 'categorize') {
    await answerWithPointer(page, question);
    await checkAndContinue(page, false);
    question = await currentQuestion(page, quiz);
  }
  const [first, ...rest] = question.items;
  if (first === undefined) throw new Error('no items');
  const wrong = question.buckets.find((bucket) => bucket.id !== first.bucket)?.label ?? '';
  await page
    .getByRole('group', { name: first.text, exact: true })
    .getByRole('radio', { name: wrong, exact: true })
    .check();
  for (const item of rest) {
    const label = question.buckets.find((bucket) => bucket.id === item.bucket)?.label ?? '';
    await page
      .getByRole('group', { name: item.text, exact: true })
      .getByRole('radio', { name: label, exact: true })
      .check();
  }
  await page.getByRole('button', { name: 'Check answer' }).click();
  const percent = Math.floor((rest.length * 100) / question.items.length);
  await expect(page.locator(status)).toHaveText(`Partly right: ${percent} % of this question.`);
  const right = question.buckets.find((bucket) => bucket.id === first.bucket)?.label ?? '';
  await expect(
    page.locator('li.sort-item', { hasText: first.text }).getByText(`Belongs in: ${right}`),
  ).toBeVisible();
});

test('moving a step announces its new position and keeps focus on it', async ({ page }) => {
  await startQuiz(page);
  let question = await currentQuestion(page, quiz);
  while (question.type !== 'ordering') {
    await answerWithPointer(page, question);
    await checkAndContinue(page, false);
    question = await currentQuestion(page, quiz);
  }
  const steps = (await page.locator('.steps .step-text').allTextContents()).map((text) => text.trim());
  const last = steps[steps.length - 1] ?? '';
  await tabTo(page, `Move “${last}” up`);
  await page.keyboard.press('Enter');
  await expect(page.locator(status)).toHaveText(
    `“${last}” moved to position ${steps.length - 1} of ${steps.length}.`,
  );
  await expect(page.getByRole('button', { name: `Move “${last}” up` })).toBeFocused();
});

test('the hint opens from the keyboard before answering', async ({ page }) => {
  await startQuiz(page);
  let question = await currentQuestion(page, quiz);
  while (question.hint === undefined) {
    await answerWithPointer(page, question);
    await checkAndContinue(page, false);
    question = await currentQuestion(page, quiz);
  }
  await expect(page.getByText(question.hint)).toBeHidden();
  await tabTo(page, 'Show a hint');
  await page.keyboard.press('Enter');
  await expect(page.getByText(question.hint)).toBeVisible();
});

test('an exam gives no feedback, lists unanswered and flagged questions, then scores by topic', async ({
  page,
}) => {
  await startQuiz(page, 'exam', 'No time limit');
  await expect(page.getByRole('timer')).toHaveCount(0);
  const navigator = page.getByRole('navigation', { name: 'Questions' });
  await expect(navigator.getByRole('button')).toHaveCount(total);

  // Answer the first question, flag the second, leave the rest.
  const first = await currentQuestion(page, quiz);
  await answerWithPointer(page, first);
  await expect(page.getByText('Correct.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Next question' }).click();
  const second = await currentQuestion(page, quiz);
  await page.getByRole('button', { name: 'Flag for review' }).click();
  await expect(page.getByRole('button', { name: 'Flag for review' })).toHaveAttribute('aria-pressed', 'true');
  await expect(navigator.getByRole('button', { name: /^Question 2, .*flagged$/ })).toBeVisible();
  await expect(navigator.getByRole('button', { name: /^Question 1, answered/ })).toBeVisible();

  await navigator.getByRole('button', { name: new RegExp(`^Question ${total},`) }).click();
  await page.getByRole('button', { name: 'Review and submit' }).click();
  await expect(page.getByRole('heading', { name: 'Review before you submit' })).toBeFocused();
  await expect(page.getByRole('heading', { name: `Flagged for review (1)` })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Not answered \(\d+\)$/ })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: second.prompt }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Submit exam' }).click();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  const byTopic = page.getByRole('table', { name: 'Results by topic' });
  await expect(byTopic.getByRole('rowheader', { name: 'Module: shared responsibility' })).toBeVisible();
  await expect(byTopic.getByRole('rowheader', { name: /^Difficulty: / }).first()).toBeVisible();
  await expect(byTopic.getByRole('rowheader', { name: /^Area: / }).first()).toBeVisible();
  await expect(page.getByText(/^Not passed yet: the pass mark is/)).toBeVisible();
});

test('an exam with the suggested time limit shows the time left; the learner could extend it tenfold', async ({
  page,
}) => {
  const limit = quiz.timeLimitMinutes ?? 0;
  expect(limit, 'the quiz sets a time limit').toBeGreaterThan(0);
  await page.goto(LESSON_URL);
  await page.getByRole('radio', { name: /^Exam:/ }).check();
  await expect(page.getByRole('radio', { name: `${limit * 10} minutes` })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'No time limit' })).toBeVisible();
  await page.getByRole('button', { name: 'Start exam' }).click();
  await expect(page.getByRole('timer')).toHaveText(
    new RegExp(`^Time left: (${limit}:00|${limit - 1}:\\d\\d)$`),
  );
});

test('when the time runs out the exam is submitted and the learner is told, with warnings on the way', async ({
  page,
}) => {
  const limit = quiz.timeLimitMinutes ?? 0;
  await page.clock.install();
  await startQuiz(page, 'exam');
  await answerWithPointer(page, await currentQuestion(page, quiz));
  await expect(page.getByRole('timer')).toHaveText(`Time left: ${limit}:00`);
  const half = Math.floor((limit * 60) / 2);
  await page.clock.runFor(half * 1000);
  await expect(page.locator(status)).toHaveText(`${Math.floor(half / 60)} minutes left.`);
  await page.clock.runFor((limit * 60 - 60 - half) * 1000);
  await expect(page.locator(status)).toHaveText('One minute left.');
  await page.clock.runFor(60_000);
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(page.locator(status)).toHaveText(/^Time is up\. Your answers were submitted\. You scored /);
  await expect(page.getByRole('timer')).toHaveCount(0);
});

test('confidence ratings list the answers the learner was sure of but got wrong', async ({ page }) => {
  await page.goto(LESSON_URL);
  await page.getByRole('checkbox', { name: 'Ask me how sure I am of each answer' }).check();
  await page.getByRole('button', { name: 'Start practice' }).click();
  let wrongPrompt = '';
  for (let index = 0; index < total; index += 1) {
    const question = await currentQuestion(page, quiz);
    const wrong = wrongPrompt === '' && question.type === 'true-false';
    if (wrong) wrongPrompt = question.prompt;
    await answerWithPointer(page, question, !wrong);
    await page.getByRole('radio', { name: 'Sure', exact: true }).check();
    await checkAndContinue(page, index === total - 1);
  }
  await expect(page.getByRole('heading', { name: 'Confidently wrong: fix these first' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: wrongPrompt }).first()).toBeVisible();
});

test('the attempt stores the seed and the questions in the order the learner saw them', async ({ page }) => {
  await startQuiz(page);
  const seen: string[] = [];
  for (let index = 0; index < total; index += 1) {
    const question = await currentQuestion(page, quiz);
    seen.push(question.id);
    await answerWithPointer(page, question);
    await checkAndContinue(page, index === total - 1);
  }
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('csa:progress') ?? '{}'));
  const [attempt] = stored.attempts;
  expect(attempt.questionIds).toEqual(seen);
  expect(Number.isInteger(attempt.seed)).toBe(true);
  expect(attempt.mode).toBe('practice');
  expect(attempt.durationSeconds).toBeGreaterThanOrEqual(0);
  expect(Object.keys(attempt.tagScores)).toContain('module:shared-responsibility');
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

test('a finished quiz can be started again from the start panel', async ({ page }) => {
  await startQuiz(page);
  await finishPractice(page, quiz);
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.getByRole('heading', { name: quiz.title })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Start practice' })).toBeVisible();
});

test('the final assessment is an exam of 40 questions drawn from the whole bank, with results by module', async ({
  page,
}) => {
  // 40 questions in the navigator and the results: a long page to render on a busy machine.
  test.slow();
  const assessment = readBuiltQuiz('final-assessment');
  await page.goto('/assessment/');
  await expect(page.getByRole('radio', { name: /^Practice:/ })).toHaveCount(0);
  await page.getByRole('radio', { name: 'No time limit' }).check();
  await page.getByRole('button', { name: 'Start exam' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 40' })).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Questions' }).getByRole('button')).toHaveCount(40);
  await page.getByRole('navigation', { name: 'Questions' }).getByRole('button').last().click();
  await page.getByRole('button', { name: 'Review and submit' }).click();
  await page.getByRole('button', { name: 'Submit exam' }).click();
  await expect(score(page, /^You scored 0 of 40 \(0 %\)\.$/)).toBeVisible();
  const modules = page
    .getByRole('table', { name: 'Results by topic' })
    .getByRole('rowheader', { name: /^Module: / });
  expect(await modules.count()).toBeGreaterThan(1);
  expect(assessment.questions.length).toBeGreaterThanOrEqual(180);
});
