// A completion record next to its learner's export on /team/: the report recomputes the record's
// digest from the export's attempts and says whether the two agree.
import { join } from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import type { QuizAttempt } from '../../src/lib/progress/types';
import { ONBOARDING_QUIZZES, passedAttempt, seedProgress } from './helpers';

/**
 * A learner with `attempts` stored, named `name`: downloads the onboarding path's completion
 * record and exports their progress. Returns the two files.
 */
async function recordAndExport(browser: Browser, name: string, attempts: QuizAttempt[], tag: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await seedProgress(page, attempts);
  await page.goto('/paths/new-engineer-onboarding/record/');
  await page.getByLabel('Your name, as it should appear on the record').fill(name);
  await page.getByRole('button', { name: 'Save name' }).click();
  const record = join(test.info().outputDir, `${tag}-record.json`);
  const recordDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the record file' }).click();
  await (await recordDownload).saveAs(record);

  await page.goto('/progress/');
  const exportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const exported = join(test.info().outputDir, `${tag}-export.json`);
  await (await exportDownload).saveAs(exported);
  await context.close();
  return { record, exported };
}

test('the team report checks each completion record against its learner’s export', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const attempts = ONBOARDING_QUIZZES.map((quizId, index) => passedAttempt(quizId, 10 + index));
  const ada = await recordAndExport(browser, 'Ada', attempts, 'ada');
  // Bo's record was made from different attempts than the export Bo sends (a higher score).
  const bo = await recordAndExport(browser, 'Bo', attempts, 'bo-old');
  const boLater = await recordAndExport(
    browser,
    'Bo',
    attempts.map((attempt, index) =>
      index === 0 ? passedAttempt(attempt.quizId, 10, { earned: 10 }) : attempt,
    ),
    'bo-new',
  );

  await page.goto('/team/');
  // The page is ready once its question data has arrived and its island runs (a file chosen
  // before then is not read).
  await page.waitForLoadState('networkidle');
  await page
    .getByLabel('Choose progress files')
    .setInputFiles([ada.record, ada.exported, bo.record, boLater.exported]);
  const records = page.getByRole('region', { name: /^Completion records and whether each agrees/ });
  await expect(records.getByRole('row', { name: /^Ada/ })).toContainText('Agrees with ada-export.json');
  await expect(records.getByRole('row', { name: /^Bo/ })).toContainText(
    'Does not agree: the attempts in Bo’s export differ from those the record sums up',
  );
  // The records are listed as records, not refused as progress files.
  await expect(
    page.getByText('ada-record.json: completion record of Ada for “New engineer onboarding”.'),
  ).toBeVisible();
});
