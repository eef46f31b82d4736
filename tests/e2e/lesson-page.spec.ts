// The lesson page as a reader meets it: "On this page" beside the lesson on a wide screen, a link
// to every section's heading that the keyboard reaches, and, without JavaScript, a page of the
// quiz's questions to read.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, LESSON_URL, readBuiltQuiz } from './helpers';

/** A lesson with `###` headings as well as `##` (content/lessons/iam/01-policy-types.mdx). */
const LESSON = '/lessons/iam/policy-types/';

/** Whether the page scrolls sideways. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test('on a wide screen, "On this page" lists every section, then the quiz, and its links jump there', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(LESSON);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc).toBeVisible();
  const sections = await page.locator('.prose h2').allTextContents();
  expect(sections.length).toBeGreaterThan(3);
  const quizTitle = (await page.locator('#quiz-heading').textContent()) ?? '';
  await expect(toc.getByRole('link')).toHaveText([...sections, quizTitle]);

  // Beside the lesson, not above it: to the right of the lesson's text, and still there lower down.
  const tocBox = await toc.boundingBox();
  const proseBox = await page.locator('.prose').boundingBox();
  expect(tocBox && proseBox && tocBox.x >= proseBox.x + proseBox.width).toBe(true);

  const last = sections.at(-1) ?? '';
  await toc.getByRole('link', { name: last, exact: true }).click();
  const heading = page.getByRole('heading', { name: last, exact: true });
  await expect(heading).toBeInViewport();
  expect(new URL(page.url()).hash).toBe(`#${await heading.getAttribute('id')}`);
  await expect(toc).toBeInViewport();
  await toc.getByRole('link', { name: quizTitle }).click();
  await expect(page.getByRole('heading', { name: quizTitle })).toBeInViewport();
});

test('on a phone, the lesson has no "On this page" column and does not scroll sideways', async ({ page }) => {
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(LESSON);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
    await expect(page.getByRole('link', { name: /^Link to section: / }).first()).toBeAttached();
    expect(await scrollsSideways(page), `${LESSON} at ${width} px`).toBe(false);
  }
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/questions/iam-policy-types/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await scrollsSideways(page), 'questions page at 320 px').toBe(false);
});

test('every section heading has a link to itself that the keyboard reaches and shows', async ({ page }) => {
  await page.goto(LESSON);
  const anchors = page.getByRole('link', { name: /^Link to section: / });
  const headings = page.locator('.prose :is(h2, h3)');
  await expect(anchors).toHaveCount(await headings.count());

  const name = 'Link to section: Permissions boundaries';
  const anchor = page.getByRole('link', { name, exact: true });
  await page.getByRole('heading', { level: 1 }).click();
  for (
    let step = 0;
    step < 80 && !(await anchor.evaluate((element) => element === document.activeElement));
    step++
  )
    await page.keyboard.press('Tab');
  await expect(anchor).toBeFocused();
  await expect(anchor).toBeVisible();
  await expect(anchor).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#permissions-boundaries$/);
  await expect(page.getByRole('heading', { name: 'Permissions boundaries', exact: true })).toBeInViewport();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the lesson page with "On this page" and a focused heading link has no WCAG 2.2 AA violations (${scheme})`, async ({
    page,
  }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(LESSON);
    await expect(page.getByRole('button', { name: 'Start practice' })).toBeVisible();
    await page
      .getByRole('link', { name: /^Link to section: / })
      .first()
      .focus();
    await expectNoAxeViolations(page);
    await page.goto('/questions/iam-policy-types/');
    await expectNoAxeViolations(page);
  });
}

// Without JavaScript the page says so at once and links to the quiz's questions as text; a
// module quiz's pool is not offered; nothing says the quiz is loading or will start.
test('without JavaScript a lesson quiz links to its questions to read, a module quiz says it needs JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const quiz = readBuiltQuiz();

  await page.goto(LESSON_URL);
  await expect(
    page.getByText('This quiz needs JavaScript, which is off or did not load, so answers cannot be checked.'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Read the questions' })).toHaveCount(1);
  await page.getByRole('link', { name: 'Read the questions' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(quiz.title);
  await expect(page.getByText('Checking answers needs JavaScript.', { exact: false })).toBeVisible();
  for (const question of quiz.questions) {
    await expect(page.getByText(question.prompt, { exact: true })).toBeVisible();
  }
  await page.getByRole('link', { name: /^Back to the lesson: / }).click();
  await expect(page).toHaveURL(new RegExp(`${LESSON_URL}$`));

  await page.goto('/modules/iam/');
  await expect(page.getByRole('heading', { name: /^Module quiz/ })).toBeVisible();
  await expect(
    page.getByText('This quiz needs JavaScript, which is off or did not load, so it has not started.', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Read the questions' })).toHaveCount(0);
  for (const url of [LESSON_URL, '/modules/iam/']) {
    await page.goto(url);
    await expect(page.getByText('Loading the quiz…')).toBeHidden();
    await expect(page.getByText(/starts once the page has loaded/)).toBeHidden();
  }
  await context.close();
});

test('with JavaScript, the link to the questions appears only if the quiz data cannot be loaded', async ({
  page,
}) => {
  await page.route(/\/quizzes\/[\w-]+\.json$/, (route) => route.abort());
  await page.goto(LESSON_URL);
  await page.getByRole('button', { name: 'Start practice' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Read the questions' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start practice' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Read the questions' })).toBeHidden();
});
