import { expect, test, type Page } from '@playwright/test';
import type { Question } from '../../src/schemas/quiz';
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
  await expect(score(page, `You scored ${total} of ${total} points (100 %).`)).toBeVisible();
  await expect(page.locator(status)).toHaveText(`You scored ${total} of ${total} points (100 %).`);
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
  // Every answer is folded under a line that says how it went.
  const review = page.locator('.result-list > li').filter({ hasText: missedPrompt });
  await expect(review.locator('summary')).toHaveText(`Incorrect: ${missedPrompt}`);
  await expect(review.getByText(/^Why:/)).toBeHidden();
  await review.locator('summary').click();
  await expect(review.getByText(/^Why:/)).toBeVisible();

  await expect(page.getByText(/^Passed: the pass mark is 70\s%\.$/)).toBeVisible();

  await page.getByRole('button', { name: 'Retry the question I missed' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeFocused();
  const retried = await currentQuestion(page, quiz);
  expect(retried.prompt).toBe(missedPrompt);

  // A retry is practice: its results say so and are not judged against the pass mark.
  await answerWithPointer(page, retried);
  await checkAndContinue(page, true);
  await expect(score(page, 'You scored 1 of 1 point (100 %).')).toBeVisible();
  await expect(page.getByText('Practice retry: this does not change your best score.')).toBeVisible();
  await expect(page.getByText(/^(Passed|Not passed)/)).toHaveCount(0);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('csa:progress') ?? '{}'));
  expect(stored.attempts.map((attempt: { kind: string }) => attempt.kind)).toEqual(['quiz', 'retry']);
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
  await expect(page.getByRole('button', { name: 'Flagged: remove flag' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
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
  await expect(
    byTopic.getByRole('rowheader', { name: 'Module: Shared responsibility', exact: true }),
  ).toBeVisible();
  await expect(byTopic.getByRole('rowheader', { name: /^Difficulty: / }).first()).toBeVisible();
  await expect(byTopic.getByRole('rowheader', { name: /^Area: / }).first()).toBeVisible();
  await expect(byTopic.getByRole('rowheader', { name: /^Exam domain: / }).first()).toBeVisible();
  await expect(
    byTopic.getByRole('rowheader', { name: /^Security pillar: SEC \d+ · / }).first(),
  ).toBeVisible();
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
  // The installed clock still ticks until told otherwise: on a busy machine some seconds pass.
  await expect(page.getByRole('timer')).toHaveText(
    new RegExp(`^Time left: (${limit}:00|${limit - 1}:\\d\\d)$`),
  );
  const half = Math.floor((limit * 60) / 2);
  await page.clock.runFor(half * 1000);
  await expect(page.locator(status)).toHaveText(`${Math.floor(half / 60)} minutes left.`);
  await page.clock.runFor((limit * 60 - 60 - half) * 1000);
  await expect(page.locator(status)).toHaveText('One minute left.');
  await page.clock.runFor(60_000);
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(page.locator(status)).toHaveText(/^Time is up\. Your answers were submitted\. You scored /);
  // Seen, not only spoken.
  await expect(page.getByRole('note')).toHaveText('Time is up. Your answers were submitted.');
  await expect(page.getByRole('note')).toBeVisible();
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
  await expect(page.getByRole('heading', { name: 'Fix these first' })).toBeVisible();
  const first = page.getByRole('list').filter({ hasText: 'You were sure' }).getByRole('listitem').first();
  await expect(first.getByRole('link', { name: wrongPrompt })).toBeVisible();
  await expect(first.getByText('You were sure')).toBeVisible();
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
  // Ordering questions count as answered as shown, so a few points may come from them.
  await expect(score(page, /^You scored [\d.]+ of 40 points \(\d+\s%\)\.$/)).toBeVisible();
  // The final's advice points at the weakest modules, never at "the lesson".
  await expect(page.getByText('Start with your weakest modules:')).toBeVisible();
  await expect(page.getByRole('link', { name: /\(\d+\s%\)$/ }).first()).toHaveAttribute(
    'href',
    /^\/modules\//,
  );
  await expect(page.getByText(/Review the lesson/)).toHaveCount(0);
  const modules = page
    .getByRole('table', { name: 'Results by topic' })
    .getByRole('rowheader', { name: /^Module: / });
  expect(await modules.count()).toBeGreaterThan(1);
  expect(assessment.questions.length).toBeGreaterThanOrEqual(180);
});

/** The navigator of a running exam. */
const navigator = (page: Page) => page.getByRole('navigation', { name: 'Questions' });

/** Goes to question `number` (1-based) with the navigator and waits for it. */
async function goToQuestion(page: Page, number: number): Promise<void> {
  await navigator(page)
    .getByRole('button', { name: new RegExp(`^Question ${number},`) })
    .click();
  await expect(page.getByRole('heading', { name: `Question ${number} of ${total}` })).toBeFocused();
}

/** Moves on (exam: "Next question") until the question on screen is of `type`; returns it and its number. */
async function examQuestionOfType<T extends Question['type']>(page: Page, type: T) {
  for (let index = 0; index < total; index += 1) {
    const question = await currentQuestion(page, quiz);
    if (question.type === type)
      return { question: question as Extract<Question, { type: T }>, number: index + 1 };
    await page.getByRole('button', { name: 'Next question' }).click();
  }
  throw new Error(`no ${type} question`);
}

/** Waits until the running exam's draft is in storage. */
async function draftSaved(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => localStorage.getItem('csa:exam-draft'))).not.toBeNull();
}

/** Submits the running exam from wherever it is. */
async function submitExam(page: Page): Promise<void> {
  await goToQuestion(page, total);
  await page.getByRole('button', { name: 'Review and submit' }).click();
  await page.getByRole('button', { name: 'Submit exam' }).click();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
}

test('going back in an exam shows the option chosen before, on every single-choice and true/false question', async ({
  page,
}) => {
  test.slow();
  await startQuiz(page, 'exam', 'No time limit');
  const chosen: { number: number; text: string }[] = [];
  for (let index = 0; index < total; index += 1) {
    const question = await currentQuestion(page, quiz);
    if (question.type === 'single-choice' || question.type === 'true-false') {
      // The first option shown, then the last, and so on: an input reused from a question whose
      // chosen option sat lower in its list would clear the choice above it.
      const labels = await page.locator('.choices label').allTextContents();
      const text = ((chosen.length % 2 === 0 ? labels.at(0) : labels.at(-1)) ?? '').trim();
      await page.getByRole('radio', { name: text, exact: true }).check();
      chosen.push({ number: index + 1, text });
    }
    if (index < total - 1) await page.getByRole('button', { name: 'Next question' }).click();
  }
  expect(chosen.length).toBeGreaterThan(1);
  for (const { number, text } of [...chosen, ...chosen.reverse()]) {
    await goToQuestion(page, number);
    await expect(page.getByRole('radio', { name: text, exact: true })).toBeChecked();
  }
});

test('an ordering question left as shown counts as an answer in an exam, as in practice, and says so', async ({
  page,
}) => {
  await startQuiz(page, 'exam', 'No time limit');
  const { question, number } = await examQuestionOfType(page, 'ordering');
  await expect(page.getByText('The order shown counts as your answer until you change it.')).toBeVisible();
  await expect(
    navigator(page).getByRole('button', { name: new RegExp(`^Question ${number}, answered`) }),
  ).toBeVisible();
  await submitExam(page);
  const line = page.locator('.result-list > li').filter({ hasText: question.prompt });
  await expect(line.locator('summary')).toHaveText(/^(Incorrect|Partly right): /);
});

test('a partly sorted categorize question earns its share in an exam', async ({ page }) => {
  await startQuiz(page, 'exam', 'No time limit');
  const { question, number } = await examQuestionOfType(page, 'categorize');
  await expect(page.getByText(/an item you leave unsorted earns nothing/)).toBeVisible();
  const [first] = question.items;
  const right = question.buckets.find((bucket) => bucket.id === first?.bucket)?.label ?? '';
  await page
    .getByRole('group', { name: first?.text ?? '', exact: true })
    .getByRole('radio', { name: right, exact: true })
    .check();
  await expect(
    navigator(page).getByRole('button', { name: new RegExp(`^Question ${number}, answered`) }),
  ).toBeVisible();
  await submitExam(page);
  const line = page.locator('.result-list > li').filter({ hasText: question.prompt });
  await expect(line.locator('summary')).toHaveText(`Partly right: ${question.prompt}`);
});

test('a partly sorted categorize question can be checked in practice and earns its share', async ({
  page,
}) => {
  await startQuiz(page);
  let question = await currentQuestion(page, quiz);
  while (question.type !== 'categorize') {
    await answerWithPointer(page, question);
    await checkAndContinue(page, false);
    question = await currentQuestion(page, quiz);
  }
  const [first] = question.items;
  const right = question.buckets.find((bucket) => bucket.id === first?.bucket)?.label ?? '';
  await page
    .getByRole('group', { name: first?.text ?? '', exact: true })
    .getByRole('radio', { name: right, exact: true })
    .check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  // One item of n right earns 1/n of the point, rounded to hundredths (1/6 → 0.17 → 17 %).
  const percent = Math.round(100 / question.items.length);
  await expect(page.locator(status)).toHaveText(`Partly right: ${percent} % of this question.`);
});

test('an exam in progress survives leaving the page: the learner is warned, then resumes with answers and flags', async ({
  page,
}) => {
  test.slow();
  await startQuiz(page, 'exam');
  const first = await currentQuestion(page, quiz);
  await answerWithPointer(page, first, first.type !== 'ordering');
  await page.getByRole('button', { name: 'Next question' }).click();
  await page.getByRole('button', { name: 'Flag for review' }).click();
  await draftSaved(page);

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.goto('/');
  expect(dialogs).toEqual(['beforeunload']);

  await page.goto(LESSON_URL);
  const limit = quiz.timeLimitMinutes ?? 0;
  await expect(
    page.getByText(
      new RegExp(
        `^You have an unfinished exam \\(\\d+ of ${total} answered, (${limit}|${limit - 1}) minutes left\\)\\.$`,
      ),
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Resume the exam' }).click();
  await expect(page.getByRole('heading', { name: `Question 2 of ${total}` })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Flagged: remove flag' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('timer')).toHaveText(/^Time left: \d+:\d\d$/);
  await expect(navigator(page).getByRole('button', { name: /^Question 1, answered/ })).toBeVisible();

  await submitExam(page);
  expect(await page.evaluate(() => localStorage.getItem('csa:exam-draft'))).toBeNull();
});

test('an unfinished exam can be discarded from the start panel', async ({ page }) => {
  await startQuiz(page, 'exam', 'No time limit');
  await answerWithPointer(page, await currentQuestion(page, quiz));
  await draftSaved(page);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(
    page.getByText(/^You have an unfinished exam \(\d+ of \d+ answered, no time limit\)\.$/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Discard it' }).click();
  await expect(page.getByText(/^You have an unfinished exam/)).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('csa:exam-draft'))).toBeNull();
  await expect(page.getByRole('button', { name: 'Start practice' })).toBeVisible();
});

test('an exam whose time ran out while the learner was away is graded on resume, with a visible message', async ({
  page,
}) => {
  await startQuiz(page, 'exam');
  await answerWithPointer(page, await currentQuestion(page, quiz));
  await draftSaved(page);
  // Two hours pass away from the page: the draft's deadline is behind us.
  await page.evaluate(() => {
    const drafts = JSON.parse(localStorage.getItem('csa:exam-draft') ?? '{}');
    for (const draft of Object.values(drafts) as { startedAt: string; deadline: string }[]) {
      draft.startedAt = new Date(Date.now() - 2 * 3_600_000).toISOString();
      draft.deadline = new Date(Date.now() - 3_600_000).toISOString();
    }
    localStorage.setItem('csa:exam-draft', JSON.stringify(drafts));
  });
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByText(/time ran out: resuming submits the answers you gave\)\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'Resume the exam' }).click();
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(page.getByRole('note')).toHaveText(
    'Time ran out while you were away, so the answers you had given were submitted.',
  );
  expect(await page.evaluate(() => localStorage.getItem('csa:exam-draft'))).toBeNull();
});

// Without JavaScript: see lesson-page.spec.ts.

test('when the quiz code cannot be loaded, the page stops promising and says the quiz has not started', async ({
  page,
}) => {
  test.slow();
  // The quiz's start script (QuizSection.astro's, src/scripts/quiz-mount.ts) fails to load.
  await page.route(/\/QuizSection\.astro[\w.-]*\.js(\?.*)?$/, (route) => route.abort());
  await page.goto('/modules/iam/');
  await expect(page.getByText('Loading the quiz…')).toBeVisible();
  await expect(
    page.getByText(/^This quiz needs JavaScript, which is off or did not load, so it has not started/),
  ).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText('Loading the quiz…')).toBeHidden();
  await expect(page.getByText(/starts once the page has loaded/)).toHaveCount(0);
});
