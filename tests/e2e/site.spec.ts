import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
  answerWithPointer,
  askedCount,
  currentQuestion,
  expectNoAxeViolations,
  finishPractice,
  LESSON_URL,
  lessonPaths,
  readBuiltQuiz,
  startQuiz,
  watchProblems,
} from './helpers';

const ROOT = join(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');

/**
 * Every page in the built sitemap, as site-relative paths, plus the 404 page; of the lesson
 * quizzes' questions-as-text pages, only the first: they are one template with no script, and
 * nineteen copies of the same checks would only make the suite longer.
 */
function allPages(): string[] {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const questions = paths.filter((path) => path.startsWith('/questions/')).sort();
  return [...paths.filter((path) => !path.startsWith('/questions/') || path === questions[0]), '/404.html'];
}

const pages = allPages();
const lessons = lessonPaths();
/** A lesson with a fenced JSON code block (content/lessons/iam/02-how-aws-evaluates-a-request.mdx). */
const CODE_LESSON = '/lessons/iam/how-aws-evaluates-a-request/';

test('the sitemap lists the home page and every lesson', () => {
  expect(pages).toContain('/');
  expect(pages.filter((path) => path.startsWith('/lessons/')).sort()).toEqual(lessons);
  expect(lessons.length).toBeGreaterThan(1);
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

    // The states of the quiz, one test each, so no single test runs a long chain of axe checks.
    test('a practice question and the feedback of every question type have no WCAG 2.2 AA violations', async ({
      page,
    }) => {
      // Five axe runs and a whole quiz: room for a busy machine.
      test.slow();
      const quiz = readBuiltQuiz();
      const total = askedCount(quiz);
      await startQuiz(page);
      await expectNoAxeViolations(page);
      const checkedTypes = new Set<string>();
      for (let index = 0; index < total && checkedTypes.size < 5; index += 1) {
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
    });

    test('the practice results have no WCAG 2.2 AA violations', async ({ page }) => {
      const quiz = readBuiltQuiz();
      await startQuiz(page);
      await finishPractice(page, quiz, 2);
      await expectNoAxeViolations(page);
    });

    test('an exam question with the navigator, a flag and the timer has no WCAG 2.2 AA violations', async ({
      page,
    }) => {
      await startQuiz(page, 'exam');
      await page.getByRole('button', { name: 'Flag for review' }).click();
      await expectNoAxeViolations(page);
    });

    test('the exam review screen and the exam results have no WCAG 2.2 AA violations', async ({ page }) => {
      await startQuiz(page, 'exam');
      await page.getByRole('button', { name: 'Flag for review' }).click();
      await page.getByRole('navigation', { name: 'Questions' }).getByRole('button').last().click();
      await page.getByRole('button', { name: 'Review and submit' }).click();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Submit exam' }).click();
      await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test(`a lesson's code block is coloured by classes, with no inline style and no CSP violation`, async ({
      page,
    }) => {
      const problems = await watchProblems(page, { warnings: true });
      await page.goto(CODE_LESSON);
      const block = page.getByRole('region', { name: 'Code: JSON' });
      await expect(block).toBeVisible();
      await expect(block).toHaveAttribute('tabindex', '0');
      const colours = await block.evaluate((pre) => ({
        inlineStyles: pre.querySelectorAll('[style]').length + (pre.hasAttribute('style') ? 1 : 0),
        block: getComputedStyle(pre).color,
        keyword: getComputedStyle(pre.querySelector('.hl-keyword') ?? pre).color,
        string: getComputedStyle(pre.querySelector('.hl-string-expression') ?? pre).color,
      }));
      expect(colours.inlineStyles).toBe(0);
      expect(colours.keyword).not.toBe(colours.block);
      expect(colours.string).not.toBe(colours.block);
      expect(colours.string).not.toBe(colours.keyword);
      await page.waitForLoadState('networkidle');
      expect(problems).toEqual([]);
    });
  });
}

test('every lesson code block in the build is highlighted with classes, without a style attribute', () => {
  const blocks = lessons.flatMap((path) => {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    return [...html.matchAll(/<pre\b[\s\S]*?<\/pre>/g)].map((match) => ({ path, html: match[0] }));
  });
  expect(blocks.map(({ path }) => path)).toContain(CODE_LESSON);
  expect(blocks.filter(({ html }) => /\sstyle=/.test(html)).map(({ path }) => path)).toEqual([]);
  expect(blocks.filter(({ html }) => !/class="hl-/.test(html)).map(({ path }) => path)).toEqual([]);
});

for (const path of pages) {
  test(`${path} logs no console error or CSP violation and requests nothing from another origin`, async ({
    page,
    baseURL,
  }) => {
    const problems = await watchProblems(page, { warnings: true });
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== new URL(baseURL ?? '').origin)
        problems.push(`request to ${request.url()}`);
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    if (path === LESSON_URL) await startQuiz(page);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });

  for (const width of [320, 390]) {
    test(`${path} fits a ${width} px wide screen: only a labelled region scrolls sideways`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      // Measure what the learner sees once the islands have hydrated and drawn stored state.
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')) &&
          [...document.querySelectorAll('[data-quiz-props]')].every((quiz) =>
            quiz.hasAttribute('data-mounted'),
          ),
      );
      const layout = () =>
        page.evaluate(() => {
          const scrollers: string[] = [];
          for (const element of document.body.querySelectorAll('*')) {
            // Wider than its box, and clipped or scrolled rather than spilling onto the page (which
            // the page width below catches). A 1 px box is visually hidden text, not content.
            if (element.clientWidth <= 1 || element.scrollWidth <= element.clientWidth + 1) continue;
            if (getComputedStyle(element).overflowX === 'visible') continue;
            const labelledRegion =
              element.getAttribute('role') === 'region' &&
              (element.getAttribute('aria-label') ?? '') !== '' &&
              element.getAttribute('tabindex') === '0';
            if (!labelledRegion) scrollers.push(`${element.tagName.toLowerCase()}.${element.className}`);
          }
          return { pageWidth: document.documentElement.scrollWidth, scrollers };
        });
      await expect.poll(layout).toEqual({ pageWidth: width, scrollers: [] });
    });
  }
}

test('a table wider than the screen scrolls inside its own labelled region, by keyboard too', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(LESSON_URL);
  const region = page.locator('.prose div[role="region"]').first();
  // Widen the table with a long unbreakable cell, as a policy ARN in a table would.
  await region
    .locator('td')
    .first()
    .evaluate((cell) => {
      cell.append(` arn:aws:iam::111122223333:role/${'very-long-role-name-'.repeat(6)}`);
    });
  await expect(region.locator('table')).toBeVisible();
  await expect(region).toHaveAttribute('aria-label', 'Table');
  await expect(region).toHaveAttribute('tabindex', '0');
  const widths = await region.evaluate((element) => ({
    overflowing: element.scrollWidth > element.clientWidth,
    pageWidth: document.documentElement.scrollWidth,
  }));
  expect(widths).toEqual({ overflowing: true, pageWidth: 390 });
  await region.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.scrollX)).toBe(0);
});

/**
 * Every storage key the browser code (src/stores, src/lib, src/islands) names as a string literal
 * (`'csa:…'`), comments left out.
 */
function storageKeysInCode(): string[] {
  const files = ['stores', 'lib', 'islands'].flatMap((folder) =>
    readdirSync(join(ROOT, 'src', folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|tsx)$/.test(file))
      .map((file) => join(ROOT, 'src', folder, file)),
  );
  const keys = files.flatMap((file) => {
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    return [...code.matchAll(/(['"`])(csa:[\w:-]+)\1/g)].map((match) => match[2] ?? '');
  });
  return [...new Set(keys)].sort();
}

test('the About page names every key the site stores in the browser', async ({ page }) => {
  const keys = storageKeysInCode();
  // The collector itself must find the keys it is known to miss nothing of.
  expect(keys).toEqual(expect.arrayContaining(['csa:progress', 'csa:review', 'csa:probe']));
  await page.goto('/about/');
  const text = await page.getByRole('main').innerText();
  expect(keys.filter((key) => !new RegExp(`(^|[^\\w:-])${key}($|[^\\w:-])`).test(text))).toEqual([]);
});

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

test('the course menu links every module page, every lesson and the quiz of the current module and the final assessment, marking the current lesson', async ({
  page,
}) => {
  await page.goto(LESSON_URL);
  const nav = page.getByRole('navigation', { name: 'Course' });
  const moduleOf = (path: string) => path.split('/')[2];
  const links = await nav
    .getByRole('link')
    .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
  expect(links.filter((href) => href.startsWith('/modules/') && !href.includes('#')).sort()).toEqual(
    pages.filter((path) => path.startsWith('/modules/')).sort(),
  );
  // The open module's quiz, after its lessons, and the final assessment, last.
  expect(links.filter((href) => href.includes('#'))).toEqual([
    `/modules/${moduleOf(LESSON_URL)}/#quiz-heading`,
  ]);
  expect(links.at(-1)).toBe('/assessment/');
  expect(links.filter((href) => href.startsWith('/lessons/')).sort()).toEqual(
    lessons.filter((path) => moduleOf(path) === moduleOf(LESSON_URL)),
  );
  await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', LESSON_URL);
});
