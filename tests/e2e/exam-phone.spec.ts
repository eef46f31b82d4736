import { expect, test, type Page } from '@playwright/test';
import {
  answerWithPointer,
  askedCount,
  currentQuestion,
  expectNoAxeViolations,
  readBuiltQuiz,
  startQuiz,
} from './helpers';

const quiz = readBuiltQuiz();
const total = askedCount(quiz);

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

const toggle = (page: Page) => page.getByRole('button', { name: /^Questions: \d+ of \d+ answered/ });
const navigator = (page: Page) => page.getByRole('navigation', { name: 'Questions' });

test('on a phone the question navigator starts folded, opens with a key to its marks, and names each state', async ({
  page,
}) => {
  // An ordering question counts as answered as shown, from the start.
  expect(quiz.draw).toBeUndefined();
  const asShown = quiz.questions.filter((question) => question.type === 'ordering').length;
  await startQuiz(page, 'exam');
  await expect(toggle(page)).toHaveText(`Questions: ${asShown} of ${total} answered`);
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(navigator(page)).toHaveCount(0);

  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(navigator(page).getByRole('button')).toHaveCount(total);
  for (const key of ['Answered', 'Flagged', 'Current question']) {
    await expect(navigator(page).getByText(key, { exact: true })).toBeVisible();
  }
  await expect(navigator(page).getByRole('button', { name: /^Question 1, / })).toHaveAttribute(
    'aria-current',
    'step',
  );

  // Answer and flag the first question: the flag button says what pressing it again does.
  const first = await currentQuestion(page, quiz);
  await answerWithPointer(page, first);
  const answered = first.type === 'ordering' ? asShown : asShown + 1;
  const flag = page.getByRole('button', { name: 'Flag for review' });
  await expect(flag).toHaveAttribute('aria-pressed', 'false');
  await flag.click();
  const unflag = page.getByRole('button', { name: 'Flagged: remove flag' });
  await expect(unflag).toHaveAttribute('aria-pressed', 'true');
  await expect(navigator(page).getByRole('button', { name: 'Question 1, answered, flagged' })).toBeVisible();
  await expect(toggle(page)).toHaveText(`Questions: ${answered} of ${total} answered, 1 flagged`);
  await unflag.click();
  await expect(page.getByRole('button', { name: 'Flag for review' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(navigator(page).getByRole('button', { name: 'Question 1, answered' })).toBeVisible();

  // The navigator stays open from question to question until the learner folds it.
  await navigator(page)
    .getByRole('button', { name: /^Question 3, / })
    .click();
  await expect(page.getByRole('heading', { name: `Question 3 of ${total}` })).toBeFocused();
  await expect(navigator(page).getByRole('button', { name: /^Question 3, / })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(navigator(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(toggle(page)).toHaveAttribute('aria-expanded', 'false');
});

test('on a phone the time left stays in view while the learner scrolls down the question', async ({
  page,
}) => {
  await startQuiz(page, 'exam');
  await toggle(page).click();
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText(/^Time left: \d+:\d\d$/);
  // Scroll 300 px past the top of the quiz, so the navigator button above the question is gone.
  await page.evaluate(() => {
    const body = document.querySelector('.quiz-body')?.getBoundingClientRect().top ?? 0;
    window.scrollTo({ top: window.scrollY + body + 300, behavior: 'instant' });
  });
  await expect(toggle(page)).not.toBeInViewport();
  await expect(timer).toBeInViewport();
  const top = await timer.evaluate((element) => element.getBoundingClientRect().top);
  expect(top).toBe(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`an exam on a phone, navigator open with a flag, has no WCAG 2.2 AA violations and no sideways scroll at 320 px (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await startQuiz(page, 'exam');
    await toggle(page).click();
    await answerWithPointer(page, await currentQuestion(page, quiz));
    await page.getByRole('button', { name: 'Flag for review' }).click();
    await expect(page.getByRole('button', { name: 'Flagged: remove flag' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 720 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
