import { expect, test, type Locator } from '@playwright/test';

// A lesson with a figure, a table, a policy in a code block and sources.
const LESSON = '/lessons/iam/how-aws-evaluates-a-request/';

/** What the browser draws after the element, e.g. ` (https://…)`, or "none". */
const afterContent = (locator: Locator) =>
  locator.evaluate((element) => getComputedStyle(element, '::after').content);

test.describe('a lesson printed as a handout', () => {
  test('leaves out the site’s controls and keeps the lesson', async ({ page }) => {
    await page.goto(LESSON);
    const chrome = [
      page.getByRole('link', { name: 'Skip to content' }),
      page.getByRole('navigation', { name: 'Site' }),
      page.getByRole('search'),
      page.getByRole('navigation', { name: 'Course' }),
      page.getByRole('navigation', { name: 'On this page' }),
      page.getByRole('navigation', { name: 'Previous and next steps' }),
      page.getByRole('region', { name: /^Check yourself/ }),
      page.getByRole('link', { name: 'Link to section: Start from deny' }),
    ];
    // On screen they are all there (the skip link and "#" links sit off screen until focused).
    for (const element of chrome) await expect(element).toBeAttached();
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    for (const element of chrome) await expect(element).toBeHidden();

    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'How AWS evaluates a request' })).toBeVisible();
    await expect(main.getByText(/Last reviewed/)).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: 'Start from deny' })).toBeVisible();
    await expect(main.getByRole('img', { name: /Explicit deny|explicit deny/ }).first()).toBeVisible();
    await expect(main.getByRole('table').first()).toBeVisible();
    await expect(main.getByText('"Effect": "Allow"')).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: 'Sources' })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: 'Key terms' })).toBeVisible();
  });

  test('prints each link’s address after its text: other sites in full, the course’s pages as their path', async ({
    page,
  }) => {
    await page.goto(LESSON);
    const sources = page.getByRole('region', { name: 'Sources' });
    const external = sources.getByRole('link').first();
    const href = await external.getAttribute('href');
    expect(href).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    const keyTerm = page.getByRole('region', { name: 'Key terms' }).getByRole('link').first();
    const path = await keyTerm.getAttribute('href');
    expect(path).toMatch(/^\/glossary\/#/);

    // Not on screen.
    expect(await afterContent(external)).toBe('none');

    await page.emulateMedia({ media: 'print' });
    expect(await afterContent(external)).toBe(`" (${href})"`);
    expect(await afterContent(keyTerm)).toBe(`" (${path})"`);
    // A glossary term in the running text stays plain text.
    const term = page.getByRole('main').locator('.prose a.term').first();
    await expect(term).toBeVisible();
    expect(await afterContent(term)).toBe('none');
  });

  test('prints black on white for a reader whose screen is dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(LESSON);
    const heading = page.getByRole('heading', { level: 1 });
    const colours = () =>
      heading.evaluate((element) => [
        getComputedStyle(element).color,
        getComputedStyle(document.body).backgroundColor,
      ]);
    expect(await colours()).not.toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await colours()).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  });

  test('renders to a PDF of a sensible number of A4 pages', async ({ page }) => {
    await page.goto(LESSON);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    // About 1,400 words, a figure, two tables and a code block: a handful of pages, not one
    // page per screen of navigation.
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(9);
  });
});
