import { expect, test, type Page } from '@playwright/test';
import { answerWithPointer, LESSON_URL, optionTexts, readBuiltQuiz, score, waitForQuiz } from './helpers';

const quiz = readBuiltQuiz();
const LESSON_TITLE = 'Security of the cloud, security in the cloud';

/** Answers every question with a pointer; right ones first, `wrongCount` wrong at the end. */
async function finishQuiz(page: Page, wrongCount = 0) {
  await page.goto(LESSON_URL);
  await waitForQuiz(page);
  for (const [index, question] of quiz.questions.entries()) {
    const { all, right } = optionTexts(question);
    const wrong = index >= quiz.questions.length - wrongCount;
    await answerWithPointer(
      page,
      quiz,
      index,
      wrong ? all.filter((text) => !right.includes(text)).slice(0, 1) : right,
    );
  }
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
}

test('a passed quiz completes the lesson, and the home page still shows it after a reload', async ({
  page,
}) => {
  await finishQuiz(page, 1);
  const total = quiz.questions.length;
  const percent = Math.floor(((total - 1) * 100) / total);
  await expect(score(page, `You scored ${total - 1} of ${total} (${percent} %).`)).toBeVisible();

  await page.goto('/');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: LESSON_TITLE }) });
  await expect(card.getByText('Completed')).toBeVisible();
  await expect(card.getByText(`Best ${percent} %`)).toBeVisible();
  await expect(page.getByText('1 of 1 lessons completed')).toBeVisible();

  await page.reload();
  await expect(card.getByText(`Best ${percent} %`)).toBeVisible();

  await page.goto(LESSON_URL);
  await expect(page.getByText('Completed', { exact: true })).toBeVisible();
});

test('a failed attempt does not complete the lesson but keeps the best score', async ({ page }) => {
  await finishQuiz(page, quiz.questions.length);
  await expect(page.getByText(/^Not passed yet: the pass mark is/)).toBeVisible();
  await page.goto('/');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: LESSON_TITLE }) });
  await expect(card.getByText('Visited')).toBeVisible();
  await expect(card.getByText('Best 0 %')).toBeVisible();
});

test('corrupted stored progress does not break any page, and the learner is told', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('csa:progress', '{"version":1,"attempts":[{"id":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Your saved progress could not be read');
  await expect(page.getByText('0 of 1 lessons completed')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('csa:progress:backup'))).toBe(
    '{"version":1,"attempts":[{"id":',
  );

  await finishQuiz(page);
  await page.goto('/');
  await expect(page.getByText('1 of 1 lessons completed')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('progress from someone else’s app under our key is kept aside, not trusted', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('csa:progress', '{"theme":"dark"}');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('was not progress from this site');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('with storage disabled the quiz still works and says progress is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(LESSON_URL);
  await waitForQuiz(page);
  await expect(page.getByRole('alert')).toContainText('progress will not be saved');
  await finishQuiz(page);
  await expect(score(page, /^You scored/)).toBeVisible();
});

test('with storage full the result still shows and the learner is told it was not saved', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(key: string, value: string) {
      if (key === 'csa:progress')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      original.call(this, key, value);
    };
  });
  await finishQuiz(page);
  await expect(score(page, /^You scored/)).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('could not be saved');
});

test('an attempt finished in one tab shows in another tab of the same browser', async ({ context }) => {
  const home = await context.newPage();
  await home.goto('/');
  await expect(home.getByText('0 of 1 lessons completed')).toBeVisible();
  const lesson = await context.newPage();
  await finishQuiz(lesson);
  await expect(home.getByText('1 of 1 lessons completed')).toBeVisible();
});
