import { expect, test } from '@playwright/test';
import { askedCount, finishPractice, LESSON_URL, readBuiltQuiz, score, startQuiz } from './helpers';

const quiz = readBuiltQuiz();
const total = askedCount(quiz);
const LESSON_TITLE = 'Security of the cloud, security in the cloud';

test('a passed quiz completes the lesson, and the home page still shows it after a reload', async ({
  page,
}) => {
  await startQuiz(page);
  await finishPractice(page, quiz);
  await expect(score(page, `You scored ${total} of ${total} points (100 %).`)).toBeVisible();

  await page.goto('/');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: LESSON_TITLE }) });
  await expect(card.getByText('Completed')).toBeVisible();
  await expect(card.getByText('Best 100 %')).toBeVisible();
  await expect(page.getByText(/^1 of \d+ lessons completed$/)).toBeVisible();

  await page.reload();
  await expect(card.getByText('Best 100 %')).toBeVisible();

  await page.goto(LESSON_URL);
  await expect(
    page.getByRole('region', { name: quiz.title }).getByText('Completed, best 100 %', { exact: true }),
  ).toBeVisible();
});

test('a failed attempt does not complete the lesson but keeps the best score', async ({ page }) => {
  await startQuiz(page);
  await finishPractice(page, quiz, total);
  await expect(page.getByText(/^Not passed yet: the pass mark is/)).toBeVisible();
  const line = (await score(page, /^You scored/).textContent()) ?? '';
  const percent = /\((\d+)\s%\)/.exec(line)?.[1];
  await page.goto('/');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: LESSON_TITLE }) });
  await expect(card.getByText('Visited')).toBeVisible();
  await expect(card.getByText(`Best ${percent} %`)).toBeVisible();
});

test('corrupted stored progress does not break any page, and the learner is told', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('csa:progress', '{"version":2,"attempts":[{"id":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Your saved progress could not be read');
  await expect(page.getByText(/^0 of \d+ lessons completed$/)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('csa:progress:backup'))).toBe(
    '{"version":2,"attempts":[{"id":',
  );

  await startQuiz(page);
  await finishPractice(page, quiz);
  await page.goto('/');
  await expect(page.getByText(/^1 of \d+ lessons completed$/)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('progress saved by the previous version of the site is upgraded and still counts', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      const v1 = {
        version: 1,
        lessons: {},
        attempts: [
          {
            id: 'from-v1',
            quizId: 'shared-responsibility',
            finishedAt: '2026-11-27T10:00:00.000Z',
            earned: 9,
            total: 10,
            passed: true,
            responses: { 'of-vs-in': ['a'] },
          },
        ],
      };
      localStorage.setItem('csa:progress', JSON.stringify(v1));
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  await expect(page.getByText(/^1 of \d+ lessons completed$/)).toBeVisible();
  await expect(page.getByText('Best 90 %')).toBeVisible();
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
  await expect(page.getByRole('alert')).toContainText('progress will not be saved');
  await startQuiz(page);
  await finishPractice(page, quiz);
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
  // The visit itself cannot be saved, so the learner is told at once, before starting (waiting for
  // that notice also keeps the Start button from moving under the click).
  await page.goto(LESSON_URL);
  await expect(page.getByRole('alert')).toContainText('could not be saved');
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByRole('heading', { name: /^Question 1 of \d+$/ })).toBeFocused();
  await finishPractice(page, quiz);
  await expect(score(page, /^You scored/)).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('could not be saved');
});

test('an attempt finished in one tab shows in another tab of the same browser', async ({ context }) => {
  const home = await context.newPage();
  await home.goto('/');
  await expect(home.getByText(/^0 of \d+ lessons completed$/)).toBeVisible();
  const lesson = await context.newPage();
  await startQuiz(lesson);
  await finishPractice(lesson, quiz);
  await expect(home.getByText(/^1 of \d+ lessons completed$/)).toBeVisible();
});
