import { expect, test, type Page } from '@playwright/test';
import type { Question, Quiz } from '../../src/schemas/quiz';
import {
  answerWithPointer,
  askedCount,
  currentQuestion,
  expectNoAxeViolations,
  LESSON_URL,
  readBuiltQuiz,
  score,
} from './helpers';

const quiz = readBuiltQuiz();
const total = askedCount(quiz);
/** Choice questions are all or nothing, so a wrong answer to one always costs its whole point. */
const ALL_OR_NOTHING = new Set(['single-choice', 'multiple-choice', 'true-false']);
/** How many questions each learner below gets wrong. */
const WRONG = 3;
const RIGHT = total - WRONG;

/** Serves the quiz with a link to a lesson section on every question, as a built quiz may carry. */
async function withLearnLinks(page: Page): Promise<void> {
  await page.route('**/quizzes/shared-responsibility.json', async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as Quiz;
    for (const question of data.questions as Question[]) {
      question.learn = { href: `/lessons/example/#${question.id}`, label: `Section of ${question.id}` };
    }
    await route.fulfill({ response, json: data });
  });
}

interface Taken {
  /** Prompts of the questions answered wrongly, in the order asked; the first one "sure". */
  wrong: string[];
  /** The page's scroll position just before the learner asked for the results. */
  scrollBefore: number;
}

/**
 * Takes the practice quiz with confidence ratings: the first `WRONG` all-or-nothing questions are
 * answered wrongly (the first of them "sure", the others "not sure"), the rest rightly and "sure".
 */
async function takeQuiz(page: Page): Promise<Taken> {
  await page.goto(LESSON_URL);
  await page.getByRole('checkbox', { name: 'Ask me how sure I am of each answer' }).check();
  await page.getByRole('button', { name: 'Start practice' }).click();
  const wrong: string[] = [];
  let scrollBefore = 0;
  for (let index = 0; index < total; index += 1) {
    await expect(page.getByRole('heading', { name: `Question ${index + 1} of ${total}` })).toBeFocused();
    const question = await currentQuestion(page, quiz);
    const answerWrong = wrong.length < WRONG && ALL_OR_NOTHING.has(question.type);
    if (answerWrong) wrong.push(question.prompt);
    await answerWithPointer(page, question, !answerWrong);
    const sure = !answerWrong || wrong.length === 1;
    await page.getByRole('radio', { name: sure ? 'Sure' : 'Not sure', exact: true }).check();
    await page.getByRole('button', { name: 'Check answer' }).click();
    const next = page.getByRole('button', { name: index === total - 1 ? 'See results' : 'Next question' });
    if (index === total - 1) {
      // Where a learner stands when they press the last button: at the end of the feedback.
      await next.scrollIntoViewIfNeeded();
      scrollBefore = await page.evaluate(() => window.scrollY);
    }
    await next.click();
  }
  expect(wrong).toHaveLength(WRONG);
  return { wrong, scrollBefore };
}

const results = (page: Page) => page.getByRole('region', { name: 'Your result' });

test('results open at their summary: score, pass mark, time taken, what to fix first and topic bars', async ({
  page,
}) => {
  test.slow();
  const { wrong, scrollBefore } = await takeQuiz(page);
  const heading = page.getByRole('heading', { name: 'Your result' });
  await expect(heading).toBeFocused();
  // The summary is in view, at the top of the window: no jump to somewhere else on the page.
  await expect(heading).toBeInViewport();
  const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(100);
  const scrollAfter = await page.evaluate(() => window.scrollY);
  expect(Math.abs(scrollAfter - scrollBefore)).toBeLessThan(2000);

  const percent = Math.floor((RIGHT * 100) / total);
  await expect(score(page, `You scored ${RIGHT} of ${total} points (${percent} %).`)).toBeInViewport();
  const verdict = percent >= quiz.passPercent ? 'Passed' : 'Not passed yet';
  await expect(
    page.getByText(new RegExp(`^${verdict}: the pass mark is ${quiz.passPercent}\\s%\\.`)),
  ).toBeInViewport();
  await expect(page.getByText(/^Time taken: (\d+\smin )?\d+\ss$/)).toBeInViewport();

  // Fix these first: the sure mistake, then the others, each a link to its answer below.
  await expect(page.getByRole('heading', { name: 'Fix these first' })).toBeVisible();
  const fix = page.getByRole('list').filter({ has: page.getByText('You were sure') });
  await expect(fix.getByRole('listitem')).toHaveCount(WRONG);
  await expect(
    fix
      .getByRole('listitem')
      .first()
      .getByRole('link', { name: wrong[0] ?? '' }),
  ).toBeVisible();
  await expect(fix.getByRole('listitem').first().getByText('You were sure')).toBeVisible();
  await expect(fix.getByText('You were sure')).toHaveCount(1);

  // A bar and the numbers for every topic, e.g. the lesson's module.
  const byTopic = page.getByRole('table', { name: 'Results by topic' });
  const moduleRow = byTopic.getByRole('row', { name: /^Module: Shared responsibility/ });
  await expect(moduleRow).toContainText(`${RIGHT} of ${total} (${percent} %)`);
  await expect(moduleRow.locator('meter')).toHaveAttribute('value', String(percent));
  await expect(byTopic.locator('meter')).toHaveCount(await byTopic.locator('tbody tr').count());

  // The link opens that question's answer and moves focus to it.
  const missedLine = page.locator('.result-list > li').filter({ hasText: wrong[1] ?? '' });
  await expect(missedLine.getByText('Right answer:')).toBeHidden();
  await fix.getByRole('link', { name: wrong[1] ?? '' }).click();
  await expect(missedLine.getByText('Right answer:')).toBeVisible();
  await expect(missedLine.locator('summary')).toBeFocused();
  await expect(missedLine.locator('summary')).toHaveText(`Incorrect: ${wrong[1]}`);
});

test('the answers can be narrowed to the missed ones, and each opens from the keyboard', async ({ page }) => {
  test.slow();
  const { wrong } = await takeQuiz(page);
  const lines = page.locator('.result-list > li');
  const all = page.getByRole('radio', { name: `All (${total} questions)` });
  const missed = page.getByRole('radio', { name: `Only the ${WRONG} I missed` });
  await expect(all).toBeChecked();
  await expect(lines.filter({ visible: true })).toHaveCount(total);
  await expect(lines.locator('summary').filter({ hasText: /^Correct: / })).toHaveCount(RIGHT);

  await missed.focus();
  await page.keyboard.press('Space');
  await expect(missed).toBeChecked();
  await expect(lines.filter({ visible: true })).toHaveCount(WRONG);
  for (const prompt of wrong) {
    await expect(lines.filter({ visible: true }).locator('summary').filter({ hasText: prompt })).toHaveText(
      `Incorrect: ${prompt}`,
    );
  }

  // A folded answer opens with Enter on its summary.
  const first = lines.filter({ visible: true }).first();
  await first.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(first.getByText(/^Your answer:/)).toBeVisible();
  await expect(first.getByText(/^Why:/)).toBeVisible();

  await all.focus();
  await page.keyboard.press('Space');
  await expect(lines.filter({ visible: true })).toHaveCount(total);
});

test('a wrong answer links to the lesson section that teaches it, in the feedback and in the results', async ({
  page,
}) => {
  test.slow();
  await withLearnLinks(page);
  await page.goto(LESSON_URL);
  await page.getByRole('button', { name: 'Start practice' }).click();
  let missedId = '';
  for (let index = 0; index < total; index += 1) {
    const question = await currentQuestion(page, quiz);
    const answerWrong = missedId === '' && ALL_OR_NOTHING.has(question.type);
    await answerWithPointer(page, question, !answerWrong);
    await page.getByRole('button', { name: 'Check answer' }).click();
    const link = page.getByRole('link', { name: `Review: Section of ${question.id}` });
    if (answerWrong) {
      missedId = question.id;
      await expect(link).toHaveAttribute('href', `/lessons/example/#${question.id}`);
    } else if (index === 0 || index === total - 1) {
      // A right answer needs no review.
      await expect(link).toHaveCount(0);
    }
    await page.getByRole('button', { name: index === total - 1 ? 'See results' : 'Next question' }).click();
  }
  // In "Fix these first" at once, and in the question's answer once it is opened.
  const name = `Review: Section of ${missedId}`;
  await expect(results(page).getByRole('link', { name })).toHaveCount(1);
  await expect(results(page).getByRole('link', { name: /^Review: / })).toHaveCount(1);
  const line = page.locator('.result-list > li').filter({ has: page.locator(`[id="result-${missedId}"]`) });
  await line.locator('summary').click();
  await expect(line.getByRole('link', { name })).toHaveAttribute('href', `/lessons/example/#${missedId}`);
  await expect(results(page).getByRole('link', { name: /^Review: / })).toHaveCount(2);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the results, filtered and opened, have no WCAG 2.2 AA violations and no sideways scroll at 320 px (${scheme})`, async ({
    page,
  }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 320, height: 720 });
    await takeQuiz(page);
    await page.getByRole('radio', { name: `Only the ${WRONG} I missed` }).check();
    await page.locator('.result-list > li').filter({ visible: true }).first().locator('summary').click();
    await expectNoAxeViolations(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
