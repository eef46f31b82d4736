// A team lead onboarding two new hires, as issue 10 describes it: the lead shares a path link,
// each learner follows it in their own browser, takes the first lesson's quiz, names their export
// and sends it; the lead loads both files and a tampered one on /team/ and reads the report.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser } from '@playwright/test';
import { finishPractice, LESSON_URL, readBuiltQuiz } from './helpers';

const PATH_URL = '/paths/new-engineer-onboarding/';
const quiz = readBuiltQuiz();

/** One learner, in a browser of their own: follow the shared link, take the quiz, export with a name. */
async function learner(browser: Browser, name: string, wrong: number): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(PATH_URL);
  await page.getByRole('button', { name: 'Follow this path' }).click();
  await expect(page.getByText('You follow this path.')).toBeVisible();

  await page.goto(LESSON_URL);
  await page.getByRole('button', { name: 'Start practice' }).click();
  await finishPractice(page, quiz, wrong);

  await page.goto('/progress/');
  await page.getByRole('textbox', { name: 'Your name on exported files (optional)' }).fill(name);
  await page.getByRole('button', { name: 'Save name' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = join(test.info().outputDir, `${name.toLowerCase()}.json`);
  await (await download).saveAs(file);
  await context.close();
  return file;
}

test('a lead assigns a path, two learners follow it and export, and the lead reads the team report', async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const ada = await learner(browser, 'Ada', 0);
  const bo = await learner(browser, 'Bo', quiz.questions.length);

  // A file edited after export: Ada's, with a better score written in by hand.
  const tampered = join(test.info().outputDir, 'tampered.json');
  const edited = JSON.parse(readFileSync(ada, 'utf8')) as { progress: { attempts: { earned: number }[] } };
  for (const attempt of edited.progress.attempts) attempt.earned += 0.5;
  writeFileSync(tampered, JSON.stringify(edited, null, 2));

  const requests: string[] = [];
  await page.goto('/team/');
  await expect(page.getByText('Nothing leaves this browser.')).toBeVisible();
  await page.waitForLoadState('networkidle');
  page.on('request', (request) => requests.push(request.url()));
  await page.getByLabel('Choose progress files').setInputFiles([ada, bo, tampered]);

  const files = page.getByRole('list').filter({ hasText: 'tampered.json' });
  await expect(files.getByRole('listitem')).toHaveText([
    'ada.json: Ada',
    'bo.json: Bo',
    'tampered.json: refused. It was changed or damaged after it was exported (its checksum does not match).',
  ]);

  const learners = page.getByRole('region', { name: 'One row per learner' });
  await expect(learners.getByRole('row', { name: /^Ada/ })).toContainText('1 of 19');
  await expect(learners.getByRole('row', { name: /^Ada/ })).toContainText('1 of 9 steps');
  await expect(learners.getByRole('row', { name: /^Bo/ })).toContainText('0 of 19');
  await expect(learners.getByRole('row', { name: /^Bo/ })).toContainText('0 of 9 steps');

  const heat = page.getByRole('region', { name: 'Mastery by module' });
  const shared = heat.getByRole('row', { name: /^Shared responsibility/ });
  await expect(shared.getByRole('cell').nth(0)).toContainText('100\u00a0%');
  // Bo answered every question wrong: partial credit on sorting questions leaves a few percent.
  await expect(shared.getByRole('cell').nth(1)).toHaveText(/^Attempted \d{1,2}\u00a0%$/);
  await expect(
    heat
      .getByRole('row', { name: /^Data protection/ })
      .getByRole('cell')
      .nth(0),
  ).toHaveText('Not started');

  // Everything happened in this browser: adding the files made no request at all.
  expect(requests).toEqual([]);
});
