// A learner searches the course: from the header's box on any page to the search page, where
// results appear as they type, each naming the lesson, the section and the matched words; by
// keyboard alone, under the site's CSP, at 320 px, and with a clear note without JavaScript.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import { lessonHref } from '../../src/lib/course/routes';
import { expectNoAxeViolations, LESSON_URL, watchProblems } from './helpers';

const ROOT = join(import.meta.dirname, '../..');

/** Which lesson teaches each glossary term: content/glossary/, not the build. */
const teachingLesson = new Map(
  readdirSync(join(ROOT, 'content/glossary'))
    .filter((file) => file.endsWith('.yaml'))
    .flatMap(
      (file) =>
        load(readFileSync(join(ROOT, 'content/glossary', file), 'utf8')) as { id: string; lesson: string }[],
    )
    .map((entry) => [entry.id, entry.lesson]),
);

/** What a learner types, and the glossary entry whose lesson must come first. */
const SEARCHES = [
  { query: 'permissions boundary', term: 'permissions-boundary' },
  { query: 'GuardDuty', term: 'amazon-guardduty' },
  { query: 'SCP', term: 'service-control-policy' },
  { query: 'stateful', term: 'security-group' },
];

const results = (page: Page) => page.getByRole('list', { name: 'Results' }).getByRole('listitem');
const status = (page: Page) => page.getByRole('status').filter({ hasText: /result/i });

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}
const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

for (const { query, term } of SEARCHES) {
  test(`"${query}" typed in the header's box lists first the lesson that teaches it, and opens it at the section by keyboard`, async ({
    page,
  }) => {
    const lesson = teachingLesson.get(term);
    expect(lesson, `glossary entry ${term}`).toBeDefined();
    await page.goto(LESSON_URL);
    const box = page.getByRole('searchbox', { name: 'Search the course' });
    await box.focus();
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/search\/\?q=/);
    await expect(page.getByRole('searchbox', { name: 'Search lessons and the glossary' })).toHaveValue(query);
    await expect(status(page)).toHaveText(new RegExp(`^\\d+ results? for “${query}”$`));
    const first = results(page).first();
    const link = first.getByRole('link').first();
    await expect(link).toHaveAttribute('href', new RegExp(`^${lessonHref(lesson ?? '')}#`));
    await expect(first.getByText(/^Section: /)).toBeVisible();
    await expect(first.locator('mark').first()).toBeVisible();

    // Tab from the top of the page to the first result, then open it.
    for (let presses = 0; presses < 40; presses += 1) {
      if (await link.evaluate((element) => element === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(link).toBeFocused();
    const href = (await link.getAttribute('href')) ?? '';
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(href);
    const anchor = decodeURIComponent(href.slice(href.indexOf('#') + 1));
    await expect(page.locator(`h2[id="${anchor}"], h3[id="${anchor}"]`)).toBeInViewport();
  });
}

test('results appear as the learner types, with the matched words highlighted and the address kept', async ({
  page,
}) => {
  await page.goto('/search/');
  await page
    .getByRole('searchbox', { name: 'Search lessons and the glossary' })
    .pressSequentially('GuardDuty');
  await expect(status(page)).toHaveText(/^\d+ results for “GuardDuty”$/);
  await expect(results(page).first().locator('mark').first()).toHaveText(/guardduty/i);
  await expect(page).toHaveURL(/\/search\/\?q=GuardDuty$/);
});

test('a search with no results says so and suggests what to try', async ({ page }) => {
  await page.goto('/search/?q=qqzzxv');
  await expect(page.getByRole('status')).toHaveText(
    'No results for “qqzzxv”. Check the spelling, try fewer words, or look the term up in the glossary.',
  );
  await expect(results(page)).toHaveCount(0);
  await expect(
    page
      .getByRole('navigation', { name: 'Other ways to find a lesson' })
      .getByRole('link', { name: 'Glossary' }),
  ).toBeVisible();
});

test('the search page runs Pagefind under its CSP without a violation, and passes axe with results shown', async ({
  page,
}) => {
  await recordViolations(page);
  const errors = await watchProblems(page, { warnings: true });
  await page.goto('/search/?q=permissions%20boundary');
  await expect(status(page)).toHaveText(/results for “permissions boundary”/);
  expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toContain(
    "'wasm-unsafe-eval'",
  );
  expect(await violations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await expectNoAxeViolations(page);
});

test('a lesson page loads no search code until the learner searches', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(LESSON_URL);
  await expect(page.getByRole('searchbox', { name: 'Search the course' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requested.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
});

test.describe('on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the header box and the search page with results fit without sideways scrolling', async ({ page }) => {
    for (const path of [LESSON_URL, '/search/?q=permissions%20boundary']) {
      await page.goto(path);
      if (path.startsWith('/search/')) await expect(results(page).first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    await page.goto(LESSON_URL);
    await expect(page.getByRole('button', { name: 'Search' })).toBeInViewport();
  });
});

// Chromium's "JavaScript off" emulation still parses <noscript> as if scripts ran, so it cannot
// show the note; the page as served must carry it, and a browser without JavaScript shows it.
test('without JavaScript the search page says search needs it and where else to look', async ({
  request,
}) => {
  const html = await (await request.get('/search/?q=GuardDuty')).text();
  expect(html).toMatch(
    /<noscript><p class="search-note">Search needs JavaScript, which is off in this browser\./,
  );
  expect(html).toMatch(/<a href="\/">Course outline<\/a>/);
});
