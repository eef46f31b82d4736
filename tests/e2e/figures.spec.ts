// Figures and the shared-responsibility explorer, as a learner meets them: a picture that loads
// with a text alternative on every lesson that has one, and an explorer used by keyboard alone.
import { expect, test } from '@playwright/test';
import { FIGURES } from '../../src/components/figures/registry';
import { explorerHref, lessonHref } from '../../src/lib/course/routes';
import { expectNoAxeViolations, tabTo } from './helpers';

const EXPLORER = explorerHref;
const hrefOf = (lesson: string) => lessonHref(lesson.replace(/\/\d+-/, '/'));

for (const [name, figure] of Object.entries(FIGURES)) {
  test(`the ${name} figure loads on its lesson, with alt text and its facts as text`, async ({ page }) => {
    await page.goto(hrefOf(figure.lesson));
    const image = page.getByRole('img', { name: figure.desc });
    await image.scrollIntoViewIfNeeded();
    await expect(image).toBeVisible();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    await expect(page.locator('figure.fig figcaption')).toContainText(figure.title);
    if (figure.text === 'lesson') {
      // The lesson states the same facts in a table or list next to the figure.
      for (const fact of figure.facts.slice(0, 3)) {
        await expect(page.locator('.prose').getByText(fact, { exact: false }).first()).toBeAttached();
      }
    } else {
      await page.getByText('The figure as text').click();
      const first = figure.text.rows[0]?.[0] ?? '';
      await expect(page.locator('figure.fig details').getByText(first, { exact: true })).toBeVisible();
    }
  });
}

test('a learner picks RDS on the explorer by keyboard and hears who owns what', async ({ page }) => {
  await page.goto(EXPLORER);
  const group = page.getByRole('group', { name: 'Service' });
  await expect(group.getByRole('radio', { name: 'EC2' })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Amazon EC2', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Amazon RDS', level: 2 })).toBeHidden();

  // Tab to the radio group (its checked radio takes focus), then arrow right once: EC2 → RDS.
  await tabTo(page, 'EC2');
  await expect(group.getByRole('radio', { name: 'EC2' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(group.getByRole('radio', { name: 'RDS' })).toBeChecked();

  await expect(page.getByRole('status')).toHaveText('Amazon RDS: AWS owns 4 layers, you own 4, 1 is shared.');
  const rds = page.getByRole('region', { name: 'Amazon RDS' });
  await expect(rds).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Amazon EC2', level: 2 })).toBeHidden();
  const engine = rds.getByRole('listitem').filter({ hasText: 'Runtime, platform or database engine' });
  await expect(engine).toContainText('Shared');
  await expect(engine).toContainText('Auto minor version upgrade');
  await expect(
    rds.getByRole('listitem').filter({ hasText: 'Data, encryption choices and backups' }),
  ).toContainText('You');
  await expect(rds.getByText('AWS runs everything below this line')).toBeVisible();
  await expect(rds.getByRole('link', { name: /Upgrading a DB instance engine version/ })).toBeVisible();
});

test('the explorer shows every service without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(EXPLORER);
  await page.getByRole('radio', { name: 'Lambda' }).check();
  await expect(page.getByRole('region', { name: 'AWS Lambda' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Amazon EC2' })).toBeHidden();
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of [EXPLORER, hrefOf(FIGURES['shared-responsibility'].lesson)]) {
      test(`${path} has no WCAG 2.2 AA violations with its figure open`, async ({ page }) => {
        await page.goto(path);
        const details = page.getByText('The figure as text');
        if (await details.count()) await details.click();
        await expectNoAxeViolations(page);
      });
    }
  });
}

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 700 } });
  for (const path of [EXPLORER, ...Object.values(FIGURES).map((figure) => hrefOf(figure.lesson))]) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const details = page.getByText('The figure as text');
      if (await details.count()) await details.click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});
