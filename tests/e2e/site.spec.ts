import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  answerWithPointer,
  askedCount,
  currentQuestion,
  LESSON_URL,
  readBuiltQuiz,
  startQuiz,
} from './helpers';

/** Every page in the built sitemap, as site-relative paths, plus the 404 page. */
function allPages(): string[] {
  const xml = readFileSync(join(import.meta.dirname, '../../dist/sitemap-0.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  return [...paths, '/404.html'];
}

const pages = allPages();
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

test('the sitemap lists the home page and every lesson', () => {
  expect(pages).toContain('/');
  expect(pages).toContain(LESSON_URL);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of pages) {
      test(`${path} has no WCAG 2.2 AA violations`, async ({ page }) => {
        await page.goto(path);
        if (path === LESSON_URL)
          await expect(page.getByRole('button', { name: 'Start practice' })).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }

    test('every state of the quiz has no WCAG 2.2 AA violations', async ({ page }) => {
      const quiz = readBuiltQuiz();
      const total = askedCount(quiz);
      // Practice: a question, the feedback of every question type, then the results.
      await startQuiz(page);
      await expectNoAxeViolations(page);
      const checkedTypes = new Set<string>();
      for (let index = 0; index < total; index += 1) {
        const question = await currentQuestion(page, quiz);
        await answerWithPointer(page, question, index % 2 === 0);
        await page.getByRole('button', { name: 'Check answer' }).click();
        if (!checkedTypes.has(question.type)) await expectNoAxeViolations(page);
        checkedTypes.add(question.type);
        await page
          .getByRole('button', { name: index === total - 1 ? 'See results' : 'Next question' })
          .click();
      }
      expect(checkedTypes.size).toBe(5);
      await expectNoAxeViolations(page);
      // Exam: a question with the navigator and timer, the review screen, the results.
      await startQuiz(page, 'exam');
      await page.getByRole('button', { name: 'Flag for review' }).click();
      await expectNoAxeViolations(page);
      await page.getByRole('navigation', { name: 'Questions' }).getByRole('button').last().click();
      await page.getByRole('button', { name: 'Review and submit' }).click();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Submit exam' }).click();
      await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

for (const path of pages) {
  test(`${path} logs no console error or CSP violation and requests nothing from another origin`, async ({
    page,
    baseURL,
  }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== new URL(baseURL ?? '').origin)
        problems.push(`request to ${request.url()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    if (path === LESSON_URL) await startQuiz(page);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });

  test(`${path} fits a 320 px wide screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  });
}

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the course overview' })).toBeVisible();
});

test('the skip link is the first stop for the keyboard and moves focus to the content', async ({ page }) => {
  await page.goto(LESSON_URL);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the lesson page links to every lesson and marks the current one', async ({ page }) => {
  await page.goto(LESSON_URL);
  const nav = page.getByRole('navigation', { name: 'Course' });
  await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', LESSON_URL);
});
