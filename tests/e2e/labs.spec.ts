import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { PolicyLabData, SpotLabData } from '../../src/lib/labs/types';
import { expectNoAxeViolations, tabTo, watchProblems } from './helpers';

/** A lab as the built site serves it, to know its requests and a right answer. */
function readBuiltLab(id: string): PolicyLabData {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, `../../dist/labs/${id}.json`), 'utf8'),
  ) as PolicyLabData;
}

const LAB_ID = 's3-read-one-prefix';
const lab = readBuiltLab(LAB_ID);
const requestCount = lab.checks.length + lab.probes.length;

/** The line (from 1) the editor's caret is on. */
const caretLine = (page: Page) =>
  page
    .getByRole('textbox', { name: /\(JSON\)$/ })
    .evaluate((box: HTMLTextAreaElement) => box.value.slice(0, box.selectionStart).split('\n').length);

test('a learner completes a policy lab with the keyboard alone, and it counts as completed', async ({
  page,
}) => {
  test.slow();
  const problems = await watchProblems(page);
  await page.goto('/labs/');
  await expect(page.getByRole('heading', { level: 1, name: 'Labs' })).toBeVisible();
  await expect(page.locator(`[data-lab-status="${LAB_ID}"]`)).toHaveText('Not started');

  await tabTo(page, lab.title);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: lab.title })).toBeVisible();
  const editor = page.getByRole('textbox', { name: /\(JSON\)$/ });
  await expect(editor).toHaveValue(lab.edit.start.trimEnd());

  await tabTo(page, 'Start the lab');
  await page.keyboard.press('Enter');
  await expect(editor).toBeFocused();
  const status = page.getByRole('status').filter({ hasText: /decided as needed|Completed|problem/ });

  // The starting policy allows too much: the run says so, request by request.
  await page.keyboard.press('Control+Enter');
  await expect(status).toContainText(`of ${lab.checks.length} requests decided as needed`);
  await expect(status).toContainText('least privilege:');
  const results = page.locator('.lab-result');
  await expect(results).toHaveCount(requestCount);
  await expect(page.getByText(/Not as needed/).first()).toBeVisible();
  await expect(page.getByText(`Allowed: ${lab.probes[0]?.risk ?? ''}`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Lab completed' })).toHaveCount(0);

  // Select everything and type a right answer, then run again.
  await editor.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(lab.edit.solution.trimEnd());
  await page.keyboard.press('Control+Enter');
  await expect(status).toHaveText(
    'Completed: every request is decided as needed, and nothing extra is allowed.',
  );
  await expect(page.getByRole('heading', { name: 'Lab completed' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'A solution' })).toBeVisible();

  // Every request shows its decision and why.
  await expect(results).toHaveCount(requestCount);
  for (const check of lab.checks) {
    const item = results.filter({ hasText: check.says });
    await expect(item).toContainText('(As needed)');
    await expect(item).toContainText(`Expected: ${check.expect === 'allow' ? 'Allowed' : 'Denied'}`);
    await expect(item).toContainText(/Got: (Allowed|Denied explicitly|Denied implicitly)/);
    await expect(item.locator('.lab-why > p').first()).not.toBeEmpty();
  }
  for (const probe of lab.probes) {
    const item = results.filter({ hasText: probe.says });
    await expect(item).toContainText('Denied, as least privilege wants.');
    await expect(item.locator('.lab-why > p').first()).not.toBeEmpty();
  }
  // A deciding statement of the learner's policy links to its line.
  const allowed = results.filter({
    hasText: lab.checks.find((check) => check.expect === 'allow')?.says ?? '',
  });
  const goTo = allowed.getByRole('button', { name: /^Go to line \d+ in your policy$/ }).first();
  const line = Number((await goTo.textContent())?.match(/\d+/)?.[0]);
  await goTo.focus();
  await page.keyboard.press('Enter');
  await expect(editor).toBeFocused();
  expect(await caretLine(page)).toBe(line);

  // The list of labs shows it completed; opening the lab again offers the last attempt.
  const typed = await editor.inputValue();
  await page.goto('/labs/');
  await expect(page.locator(`[data-lab-status="${LAB_ID}"]`)).toHaveText('Completed');
  await page.goto(`/labs/${LAB_ID}/`);
  await tabTo(page, 'Start the lab');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Restored your last attempt.')).toBeVisible();
  await expect(editor).toHaveValue(typed);

  // The dashboard lists it as completed, and the exported progress carries it.
  await page.goto('/progress/');
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: lab.title }) });
  await expect(row).toContainText('Completed');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    progress: { labs: Record<string, { completedAt: string | null; runs: number; policy: string | null }> };
  };
  expect(exported.progress.labs[LAB_ID]).toMatchObject({ runs: 2, policy: typed });
  expect(exported.progress.labs[LAB_ID]?.completedAt).toEqual(expect.any(String));
  expect(problems).toEqual([]);
});

test('a JSON mistake is listed by line, and its link puts the caret on that line', async ({ page }) => {
  const problems = await watchProblems(page);
  await page.goto(`/labs/${LAB_ID}/`);
  const editor = page.getByRole('textbox', { name: /\(JSON\)$/ });
  // Focusing the editor starts the lab too.
  await editor.focus();
  await expect(page.getByRole('button', { name: 'Run checks' })).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(
    '{\n"Version": "2012-10-17",\n"Statement": [\n{\n"Effect": "Allow"\n"Action": "s3:GetObject"',
  );
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('status').filter({ hasText: 'problem' })).toHaveText(
    'The policy has 1 problem to fix before it can be checked.',
  );
  const problem = page.getByRole('button', { name: /^Line 6, column \d+: this is not valid JSON/ });
  await expect(problem).toBeVisible();
  await expect(page.locator('.lab-gutter mark')).toHaveText('! 6');
  await expect(page.locator('.lab-result')).toHaveCount(0);
  await editor.evaluate((box: HTMLTextAreaElement) => box.setSelectionRange(0, 0));
  await problem.focus();
  await page.keyboard.press('Enter');
  await expect(editor).toBeFocused();
  expect(await caretLine(page)).toBe(6);
  expect(problems).toEqual([]);
});

test('after three runs that do not complete, a solution is offered', async ({ page }) => {
  await page.goto(`/labs/${LAB_ID}/`);
  await page.getByRole('button', { name: 'Start the lab' }).click();
  const run = page.getByRole('button', { name: 'Run checks' });
  const status = page.getByRole('status').filter({ hasText: 'decided as needed' });
  for (let count = 1; count <= 3; count += 1) {
    await expect(page.getByRole('button', { name: 'Show a solution' })).toHaveCount(0);
    await run.click();
    await expect(status).toBeVisible();
    await expect(page.locator('.lab-result')).toHaveCount(requestCount);
  }
  await page.getByRole('button', { name: 'Show a solution' }).click();
  await expect(page.getByRole('heading', { name: 'A solution' })).toBeVisible();
  await expect(page.locator('.lab-solution pre')).toHaveText(lab.edit.solution.trimEnd());
});

test('Enter keeps the indentation and Tab leaves the editor', async ({ page }) => {
  await page.goto(`/labs/${LAB_ID}/`);
  const editor = page.getByRole('textbox', { name: /\(JSON\)$/ });
  await editor.focus();
  await expect(page.getByRole('button', { name: 'Run checks' })).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('{\n    "Version": "2012-10-17"');
  await page.keyboard.press('Enter');
  await page.keyboard.type('x');
  await expect(editor).toHaveValue('{\n    "Version": "2012-10-17"\n    x');
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();
  await expect(page.getByRole('button', { name: 'Run checks' })).toBeFocused();
});

test('a lab page loads no evaluator until started, and passes axe before and after a run', async ({
  page,
}) => {
  const problems = await watchProblems(page);
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(request.url()));
  await page.goto(`/labs/${LAB_ID}/`);
  await expect(page.getByRole('button', { name: 'Start the lab' })).toBeVisible();
  expect(loaded.filter((url) => url.endsWith(`/labs/${LAB_ID}.json`))).toEqual([]);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Start the lab' }).click();
  await page.getByRole('button', { name: 'Run checks' }).click();
  await expect(page.locator('.lab-result')).toHaveCount(requestCount);
  expect(loaded.filter((url) => url.endsWith(`/labs/${LAB_ID}.json`))).toHaveLength(1);
  await expectNoAxeViolations(page);
  await page.goto('/labs/');
  await expectNoAxeViolations(page);
  expect(problems).toEqual([]);
});

test('a spot lab is graded by line and reason, and completes when every answer is right', async ({
  page,
}) => {
  const problems = await watchProblems(page);
  const spot = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../dist/labs/spot-s3-bucket-policies.json'), 'utf8'),
  ) as SpotLabData;
  await page.goto('/labs/spot-s3-bucket-policies/');
  await page.getByRole('button', { name: 'Start the lab' }).click();
  await expect(page.getByRole('button', { name: 'Check answers' })).toBeVisible();
  await expectNoAxeViolations(page);
  const [first, ...rest] = spot.questions;
  if (first === undefined) throw new Error('the spot lab has no question');
  // One answer wrong: not completed, and the summary says how many are right.
  for (const [index, question] of spot.questions.entries()) {
    const group = page.getByRole('group', { name: question.prompt });
    await group.getByRole('radio', { name: new RegExp(`^Line ${question.wrong[0] ?? 0}: `) }).check();
    const reason = question.reasons.find((candidate) =>
      index === 0 ? !candidate.correct : candidate.correct,
    );
    await group.getByRole('radio', { name: reason?.text ?? '' }).check();
  }
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'right' })).toContainText(
    `${rest.length} of ${spot.questions.length} questions right`,
  );
  await expect(page.getByRole('heading', { name: 'Lab completed' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Try again' }).click();
  for (const question of spot.questions) {
    const group = page.getByRole('group', { name: question.prompt });
    await group.getByRole('radio', { name: new RegExp(`^Line ${question.wrong[0] ?? 0}: `) }).check();
    const reason = question.reasons.find((candidate) => candidate.correct);
    await group.getByRole('radio', { name: reason?.text ?? '' }).check();
  }
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByRole('heading', { name: 'Lab completed' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto('/labs/');
  await expect(page.locator('[data-lab-status="spot-s3-bucket-policies"]')).toHaveText('Completed');
  expect(problems).toEqual([]);
});

test('a lesson a lab names links to it under "Practise in a lab"', async ({ page }) => {
  await page.goto('/lessons/iam/policy-types/');
  const box = page.getByRole('complementary', { name: 'Practise in a lab' });
  await box.getByRole('link', { name: lab.title }).click();
  await expect(page).toHaveURL(new RegExp(`/labs/${LAB_ID}/$`));
});
