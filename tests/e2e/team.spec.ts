import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildExport } from '../../src/lib/progress/transfer';
import { createEmptyProgress } from '../../src/lib/progress/types';
import { quizDataHref, teamHref } from '../../src/lib/course/routes';
import { makeAttempt, makeProgress } from '../fixtures/builders';

const EXTRA = { siteVersion: '0.1.0', exportedAt: new Date('2026-11-28T10:00:00.000Z') };
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A progress file as a learner's browser writes it, named `name` in the file when given. */
const progressFile = (file: string, text: string) => ({
  name: file,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

const ada = progressFile(
  'ada.json',
  buildExport(makeProgress([makeAttempt({ id: 'a1' })]), { ...EXTRA, learnerName: 'Ada Lovelace' }),
);
const idle = progressFile(
  'idle.json',
  buildExport(createEmptyProgress(), { ...EXTRA, learnerName: 'Grace Hopper' }),
);
const tamperedText = buildExport(makeProgress([makeAttempt({ id: 'b1', earned: 1, passed: false })]), {
  ...EXTRA,
  learnerName: 'Mallory',
}).replace('"earned": 1,', '"earned": 3,');
const tampered = progressFile('mallory.json', tamperedText);

/** Opens the team page and waits until its question data has arrived (its one request). */
async function openTeamPage(page: Page) {
  const bank = page.waitForResponse((response) => response.url().endsWith(quizDataHref('final-assessment')));
  await page.goto(teamHref);
  await bank;
  await page.waitForLoadState('networkidle');
}

test('a lead loads two learners’ files and a tampered one: the report shows both, the tampered one is refused, and nothing is requested', async ({
  page,
}) => {
  await openTeamPage(page);
  await expect(page.getByText('Nothing leaves this browser.')).toBeVisible();

  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.getByLabel('Choose progress files').setInputFiles([ada, idle, tampered]);

  await expect(page.getByRole('status').filter({ hasText: '2 files loaded. 1 file refused.' })).toBeVisible();
  await expect(
    page.getByText('mallory.json: refused. It was changed or damaged after it was exported'),
  ).toBeVisible();

  const learners = page.getByRole('region', { name: 'One row per learner' });
  await expect(learners.getByRole('rowheader', { name: 'Ada Lovelace' })).toBeVisible();
  await expect(learners.getByRole('rowheader', { name: 'Grace Hopper' })).toBeVisible();
  await expect(learners.getByRole('rowheader', { name: 'Mallory' })).toHaveCount(0);

  const heat = page.getByRole('region', { name: 'Mastery by module' });
  const sharedRow = heat.getByRole('row', { name: /Shared responsibility/ });
  await expect(sharedRow.getByRole('cell').first()).toHaveText('Proficient 100 %');
  await expect(sharedRow.getByRole('cell').nth(1)).toHaveText('Not started');

  await expect(page.getByRole('heading', { name: 'Not started' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: /^Grace Hopper$/ })).toBeVisible();

  expect(requests).toEqual([]);
});

test('the lead can add files with the keyboard alone and download the report as CSV', async ({ page }) => {
  await openTeamPage(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel('Choose progress files').focus();
  await page.keyboard.press('Enter');
  await (await chooser).setFiles([ada]);
  await expect(page.getByRole('status').filter({ hasText: '1 file loaded.' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^team-report-\d{4}-\d{2}-\d{2}\.csv$/);
});

test('dropping files on the drop zone loads them', async ({ page }) => {
  await openTeamPage(page);
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'ada.json', { type: 'application/json' }));
    return data;
  }, ada.buffer.toString());
  await page.getByText('Or drop progress files here').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByRole('status').filter({ hasText: '1 file loaded.' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the team report has no accessibility violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openTeamPage(page);
    await page.getByLabel('Choose progress files').setInputFiles([ada, idle, tampered]);
    await expect(page.getByRole('heading', { name: 'Team report', level: 2 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}
