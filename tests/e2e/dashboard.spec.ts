import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answerWithPointer, currentQuestion, finishPractice, readBuiltQuiz, startQuiz } from './helpers';

const quiz = readBuiltQuiz();

/** The dashboard's figures as a learner reads them: the module table and the attempts table. */
async function dashboardText(page: Page): Promise<string[]> {
  await page.goto('/progress/');
  await expect(page.getByRole('heading', { name: 'By module' })).toBeVisible();
  await page.getByText('Show the attempts as a table').click();
  return page.getByRole('table').allInnerTexts();
}

test('after a quiz the dashboard shows the module, the topics, the history and what to study next', async ({
  page,
}) => {
  await startQuiz(page);
  await finishPractice(page, quiz, 2);
  await page.goto('/progress/');
  const modules = page.getByRole('table').first();
  await expect(modules.getByRole('row', { name: /Shared responsibility/ })).toContainText('1 / 2');
  await expect(page.getByRole('heading', { name: 'Mastery by topic' })).toBeVisible();
  await expect(page.getByText(/^Mastered: at least 85 %/)).toBeVisible();
  await expect(page.getByRole('img', { name: 'Score of each quiz attempt, oldest first' })).toBeVisible();
  await page.getByText('Show the attempts as a table').click();
  await expect(page.getByRole('cell', { name: quiz.title })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What to study next' })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  }
});

test('exported progress imported into a fresh browser gives the same dashboard', async ({
  page,
  browser,
}) => {
  await startQuiz(page);
  await finishPractice(page, quiz, 1);
  const before = await dashboardText(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await (await download).path();
  await expect(page.getByText(/^Progress exported to cloud-security-academy-progress-/)).toBeVisible();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/progress/');
  await other.getByLabel('Import a progress file').setInputFiles(file);
  await expect(other.getByText(/^This file was exported on .* Merging adds 1 attempts/)).toBeVisible();
  await other.getByRole('button', { name: 'Merge into my progress' }).click();
  await expect(other.getByText('Progress imported.')).toBeVisible();
  expect(await dashboardText(other)).toEqual(before);
  // The review deck travels with the file: the missed question is due in the new browser too.
  await expect(other.getByRole('button', { name: 'Review (1 due)' })).toBeEnabled();
  await fresh.close();
});

test('a damaged or foreign import file is refused and progress stays as it was', async ({
  page,
}, testInfo) => {
  await startQuiz(page);
  await finishPractice(page, quiz);
  const before = await dashboardText(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const exported = readFileSync(await (await download).path(), 'utf8');

  const tampered = testInfo.outputPath('tampered.json');
  const garbage = testInfo.outputPath('garbage.json');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(tampered, exported.replace(/"earned": \d+/, '"earned": 0'));
  writeFileSync(garbage, '{ this is not json');

  await page.getByLabel('Import a progress file').setInputFiles(tampered);
  await expect(page.getByText(/changed or damaged after it was exported/)).toBeVisible();
  await page.getByLabel('Import a progress file').setInputFiles(garbage);
  await expect(page.getByText(/not a progress file: it is not JSON/)).toBeVisible();
  expect(await dashboardText(page)).toEqual(before);
});

test('reset asks first and can be undone', async ({ page }) => {
  await startQuiz(page);
  await finishPractice(page, quiz);
  const before = await dashboardText(page);
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('button', { name: 'Yes, reset my progress' }).click();
  await expect(page.getByText('Progress reset.')).toBeVisible();
  await expect(page.getByText(/^Nothing yet\./)).toBeVisible();
  await page.getByRole('button', { name: 'Undo reset' }).click();
  await expect(page.getByText('Reset undone: your progress is back.')).toBeVisible();
  expect(await dashboardText(page)).toEqual(before);
});

test('once there is progress the dashboard reminds the learner to export it, until dismissed', async ({
  page,
}) => {
  await page.goto('/progress/');
  await expect(page.getByText(/^Your progress lives only in this browser: clearing/)).toHaveCount(0);
  await startQuiz(page);
  await finishPractice(page, quiz);
  await page.goto('/progress/');
  await expect(page.getByText(/^Your progress lives only in this browser: clearing/)).toBeVisible();
  await page.getByRole('button', { name: 'Remind me later' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'By module' })).toBeVisible();
  await expect(page.getByText(/^Your progress lives only in this browser: clearing/)).toHaveCount(0);
});

test('missed questions come back for review, and answering them right clears them for now', async ({
  page,
}) => {
  const bank = readBuiltQuiz('final-assessment');
  await startQuiz(page);
  await finishPractice(page, quiz, 2);
  await page.goto('/progress/');
  const start = page.getByRole('button', { name: 'Review (2 due)' });
  await expect(start).toBeEnabled();
  await start.click();
  for (let index = 0; index < 2; index += 1) {
    await expect(page.getByRole('heading', { name: `Question ${index + 1} of 2` })).toBeFocused();
    await answerWithPointer(page, await currentQuestion(page, bank));
    await page.getByRole('button', { name: 'Check answer' }).click();
    await expect(page.locator('.quiz-body > [role="status"]')).toHaveText('Correct.');
    await page.getByRole('button', { name: index === 1 ? 'See results' : 'Next question' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.getByRole('button', { name: 'Review (0 due)' })).toBeDisabled();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Review (0 due)' })).toBeDisabled();
  // A review is not a quiz attempt: the history still holds the one attempt.
  await page.getByText('Show the attempts as a table').click();
  await expect(page.getByRole('table').last().getByRole('row')).toHaveCount(2);
});

test('an unreadable review schedule is kept aside, the learner is told, and the page still works', async ({
  page,
}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('csa:review', '{"version":1,"cards":{"a/b":{"due":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/progress/');
  await expect(page.getByRole('alert')).toContainText('Your review schedule could not be fully read');
  expect(await page.evaluate(() => localStorage.getItem('csa:review:backup'))).toBe(
    '{"version":1,"cards":{"a/b":{"due":',
  );
  await expect(page.getByRole('button', { name: 'Review (0 due)' })).toBeDisabled();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
