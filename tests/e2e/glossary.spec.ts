// Glossary terms in lessons show their definition on hover and keyboard focus (a popover the
// browser opens with no JavaScript), and the glossary page has an A–Z index and a filter box.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { load } from 'js-yaml';
import { firstSentence } from '../../src/lib/glossary/definition';
import { expectNoAxeViolations, LESSON_URL, lessonPaths } from './helpers';

const ROOT = join(import.meta.dirname, '../..');

/** Every glossary entry, from content/glossary/ (not from the build). */
const glossary = new Map(
  readdirSync(join(ROOT, 'content/glossary'))
    .filter((file) => file.endsWith('.yaml'))
    .flatMap(
      (file) =>
        load(readFileSync(join(ROOT, 'content/glossary', file), 'utf8')) as {
          id: string;
          term: string;
          definition: string;
        }[],
    )
    .map((entry) => [entry.id, entry]),
);

/** What a term's popover says: the first sentence of its definition. */
function tipOf(id: string): string {
  const entry = glossary.get(id);
  if (entry === undefined) throw new Error(`no glossary entry "${id}"`);
  return firstSentence(entry.definition);
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    await page.evaluate(() => document.documentElement.clientWidth),
  );
}

/** Moves keyboard focus onto `link` with the Tab key (from the element before it). */
async function tabOnto(page: Page, link: Locator) {
  await link.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(link).not.toBeFocused();
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
}

/** The accessible description Chromium gives the link named `name` (the first, if several). */
async function linkDescription(page: Page, name: string): Promise<string | undefined> {
  const session = await page.context().newCDPSession(page);
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value?: string }; name?: { value?: string }; description?: { value?: string } }[];
  };
  return nodes.find((node) => node.role?.value === 'link' && node.name?.value === name)?.description?.value;
}

const FIRST_TERM = 'shared-responsibility-model';
const SECOND_TERM = 'auto-minor-version-upgrade';

test.describe('a glossary term in a lesson', () => {
  test('keyboard focus shows its definition, which describes the link, and Escape hides it', async ({
    page,
  }) => {
    await page.goto(LESSON_URL);
    const term = page.locator(`.prose a[href="/glossary/#${FIRST_TERM}"]`);
    const tip = page.getByText(tipOf(FIRST_TERM), { exact: true });
    await expect(tip).toBeHidden();
    await tabOnto(page, term);
    await expect(tip).toBeVisible();
    expect(await linkDescription(page, 'shared responsibility model')).toBe(tipOf(FIRST_TERM));
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(term).toBeFocused();
  });

  test('hovering shows the definition, which stays while the pointer is on it and goes when it leaves', async ({
    page,
  }) => {
    await page.goto(LESSON_URL);
    const term = page.locator(`.prose a[href="/glossary/#${SECOND_TERM}"]`);
    const tip = page.getByText(tipOf(SECOND_TERM), { exact: true });
    await term.hover();
    await expect(tip).toBeVisible();
    // WCAG 1.4.13: the pointer can move onto the definition to read it. The pause is longer than
    // the browser's delay before it closes a popover whose invoker lost interest, so a popover
    // that closed when the pointer left the link would be closed by now.
    await tip.hover();
    await page.waitForTimeout(1_000);
    await expect(tip).toBeVisible();
    await page.mouse.move(1, 1);
    await expect(tip).toBeHidden();
  });

  test('the term is still a link to its glossary entry', async ({ page }) => {
    await page.goto(LESSON_URL);
    await page.locator(`.prose a[href="/glossary/#${FIRST_TERM}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/glossary/#${FIRST_TERM}$`));
    await expect(page.locator(`#${FIRST_TERM}`)).toBeInViewport();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`with the definition open: no WCAG 2.2 AA violations (${scheme}), and none off screen at 320 px`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(LESSON_URL);
      const tip = page.getByText(tipOf(SECOND_TERM), { exact: true });
      await tabOnto(page, page.locator(`.prose a[href="/glossary/#${SECOND_TERM}"]`));
      await expect(tip).toBeVisible();
      const box = await tip.boundingBox();
      expect(box?.x).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(320);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
    });
  }
});

test('every lesson page carries each term’s definition once, and every term points to it', () => {
  for (const path of lessonPaths()) {
    const html = readFileSync(join(ROOT, 'dist', path, 'index.html'), 'utf8');
    const popovers = [...html.matchAll(/<span popover="hint" id="g-([a-z0-9-]+)">([^<]*)<\/span>/g)];
    const targets = new Set([...html.matchAll(/ interestfor="g-([a-z0-9-]+)"/g)].map((match) => match[1]));
    const ids = popovers.map((match) => match[1]);
    expect(ids, path).toEqual([...new Set(ids)]);
    expect(new Set(ids), path).toEqual(targets);
    expect(targets.size, path).toBeGreaterThan(0);
  }
});

test.describe('the glossary page', () => {
  test('the filter shows only matching terms and says how many match', async ({ page }) => {
    await page.goto('/glossary/');
    const entries = page.locator('.glossary > div');
    const filter = page.getByRole('searchbox', { name: 'Filter terms' });
    const status = page.getByRole('status');
    await filter.fill('s3');
    await expect(status).toHaveText(/^\d+ terms match\.$/);
    const count = Number((await status.textContent())?.split(' ')[0]);
    await expect(entries.locator('visible=true')).toHaveCount(count);
    for (const text of await entries.locator('visible=true').allTextContents())
      expect(text.toLowerCase()).toContain('s3');
    await expect(page.getByText('AWS WAF', { exact: true })).toBeHidden();
    await expect(page.getByText('S3 Object Lock', { exact: true })).toBeVisible();
    // Diacritics and case do not matter; letters left without a term are hidden.
    await filter.fill('ÉPHÉMERAL');
    await expect(status).toHaveText('1 term matches.');
    await expect(page.getByText('Ephemeral ports', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'A', exact: true })).toBeHidden();
    await filter.fill('zzqx');
    await expect(status).toHaveText('No terms match. Try fewer or shorter words.');
    await expect(entries.locator('visible=true')).toHaveCount(0);
    await filter.fill('');
    await expect(entries.locator('visible=true')).toHaveCount(glossary.size);
    await expect(status).toHaveText('');
  });

  test('works by keyboard: Tab reaches the filter, and Escape clears it', async ({ page }) => {
    await page.goto('/glossary/');
    const filter = page.getByRole('searchbox', { name: 'Filter terms' });
    await page.getByRole('navigation', { name: 'Terms by first letter' }).getByRole('link').last().focus();
    await page.keyboard.press('Tab');
    await expect(filter).toBeFocused();
    await page.keyboard.type('kms');
    await expect(page.getByRole('status')).toHaveText(/terms match/);
    await page.keyboard.press('Escape');
    await expect(filter).toHaveValue('');
    await expect(page.locator('.glossary > div').locator('visible=true')).toHaveCount(glossary.size);
  });

  test('a letter of the A–Z index moves to its section; letters without terms are not links', async ({
    page,
  }) => {
    await page.goto('/glossary/');
    const index = page.getByRole('navigation', { name: 'Terms by first letter' });
    await index.getByRole('link', { name: 'S', exact: true }).click();
    await expect(page).toHaveURL(/#letter-s$/);
    await expect(page.getByRole('heading', { name: 'S', exact: true })).toBeInViewport();
    const q = index.getByRole('listitem').filter({ hasText: /^Q\b/ });
    await expect(q).toBeVisible();
    await expect(q.getByRole('link')).toHaveCount(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`filtered: no WCAG 2.2 AA violations (${scheme}), and no sideways scroll at 320 px`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto('/glossary/');
      await page.getByRole('searchbox', { name: 'Filter terms' }).fill('key');
      await expect(page.getByRole('status')).toHaveText(/terms match/);
      await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the filter is not shown and the A–Z index still works', async ({ page }) => {
      await page.goto('/glossary/');
      await expect(page.getByText('Filter terms')).toBeHidden();
      await page
        .getByRole('navigation', { name: 'Terms by first letter' })
        .getByRole('link', { name: 'K' })
        .click();
      await expect(page).toHaveURL(/#letter-k$/);
      await expect(page.getByRole('heading', { name: 'K', exact: true })).toBeInViewport();
    });
  });
});
