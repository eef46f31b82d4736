// Learning paths as a learner meets them: a link assigns a path, the home page says where to
// continue, and a completed path gives a printable, downloadable completion record whose digest
// matches the attempts it summarises.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { attemptsDigestInput } from '../../src/lib/paths/digest';
import { expectNoAxeViolations, ONBOARDING_QUIZZES, passedAttempt as passed, seedProgress } from './helpers';
import type { QuizAttempt } from '../../src/lib/progress/types';

const PATH_URL = '/paths/new-engineer-onboarding/';
const RECORD_URL = '/paths/new-engineer-onboarding/record/';

/** Every required step passed from 2026-11-10 on, plus a passed retry that must not count. */
const completed = (): QuizAttempt[] => [
  ...ONBOARDING_QUIZZES.map((quizId, index) => passed(quizId, 10 + index)),
  passed('iam-module', 25, { kind: 'retry', earned: 10, id: 'retry-1' }),
];

/** Opens `url` with `attempts` stored as progress (written once, before the first load). */
async function openWithProgress(page: Page, url: string, attempts: QuizAttempt[]): Promise<void> {
  await seedProgress(page, attempts);
  await page.goto(url);
}

test('a shared path link offers to follow it, and the home page then says where to continue', async ({
  page,
}) => {
  await page.goto(PATH_URL);
  await expect(page.getByRole('heading', { level: 1, name: 'New engineer onboarding' })).toBeVisible();
  await expect(page.getByText('0 of 9 required steps done · about 3 hours left')).toBeVisible();
  await page.getByRole('button', { name: 'Follow this path' }).click();
  await expect(page.getByText('You follow this path.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('csa:paths'))).toBe('["new-engineer-onboarding"]');

  await page.goto('/paths/security-champion/');
  await page.getByRole('button', { name: 'Follow this path' }).click();

  await page.goto('/');
  const list = page.getByRole('region', { name: 'Your learning paths' });
  await expect(list.getByRole('link')).toHaveText([
    'Continue New engineer onboarding: Security of the cloud, security in the cloud',
    'Continue Security champion: Security of the cloud, security in the cloud',
  ]);
  await list.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/lessons\/shared-responsibility\/security-of-and-in-the-cloud\/$/);
  // The lesson page records the visit once its island runs (when the browser is idle): wait for it.
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('csa:progress') ?? ''))
    .toContain('shared-responsibility/security-of-and-in-the-cloud');

  await page.goto(PATH_URL);
  await page.getByRole('button', { name: 'Stop following' }).click();
  await page.goto('/');
  // The lesson visit started the onboarding path, so it is still listed; the champion path follows.
  await expect(list.getByRole('link')).toHaveCount(2);
});

test('a first visit to the home page shows no paths to continue and loads no path code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Learning paths' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('region', { name: 'Your learning paths' })).toHaveCount(0);
  expect(scripts.filter((path) => path.includes('ContinueList'))).toEqual([]);
});

test('a path shows each step’s status, the next step and the time left from full attempts only', async ({
  page,
}) => {
  await openWithProgress(page, PATH_URL, [
    passed('shared-responsibility', 10),
    passed('security-pillar-principles', 11, { kind: 'retry' }),
  ]);
  await expect(page.getByText('1 of 9 required steps done · about 3 hours left')).toBeVisible();
  await expect(page.getByText('Next step: The seven security design principles')).toBeVisible();
  const steps = page.getByRole('listitem').filter({ hasText: 'Lesson ·' });
  await expect(steps.first()).toContainText('Done · best 90 %');
  await expect(steps.nth(1)).toContainText('Started');
  await expectNoAxeViolations(page);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a completed path's record has no WCAG 2.2 AA violations in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openWithProgress(page, RECORD_URL, completed());
    await page.getByLabel('Your name, as it should appear on the record').fill('Ada Lovelace');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByText('Ada Lovelace completed the learning path')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('a completed path gives a record with the typed name, scores, dates and a digest that matches the attempts', async ({
  page,
}) => {
  const attempts = completed();
  await openWithProgress(page, PATH_URL, attempts);
  await expect(page.getByText('9 of 9 required steps done')).toBeVisible();
  await page.getByRole('link', { name: 'Get your completion record' }).click();

  await page.getByLabel('Your name, as it should appear on the record').fill('  Ada Lovelace ');
  await page.getByRole('button', { name: 'Save name' }).click();
  const record = page.getByRole('article');
  await expect(
    record.getByText('Ada Lovelace completed the learning path “New engineer onboarding”'),
  ).toBeVisible();
  // Started with the first attempt, completed with the last required pass (local days; 10:00 UTC).
  await expect(record.getByRole('definition').nth(0)).toHaveText('2026-11-10');
  await expect(record.getByRole('definition').nth(1)).toHaveText('2026-11-18');
  await expect(record.getByRole('row')).toHaveCount(10);
  await expect(record.getByRole('row', { name: /Module quiz: Least privilege and IAM/ })).toContainText(
    '90 %',
  );
  await expect(record.getByText(/Self-attested\./)).toBeVisible();

  // The digest covers the full attempts of the required steps, oldest first; the retry is left out.
  const full = attempts.filter((attempt) => attempt.kind === 'quiz');
  const expected = createHash('sha256').update(attemptsDigestInput(full)).digest('hex');
  await expect(record.getByText(expected)).toBeVisible();

  // The name is asked once: a reload shows it, and it can be changed.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Change name' })).toBeVisible();
  await expect(page.getByRole('article')).toContainText('Ada Lovelace completed');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the record file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^completion-record-new-engineer-onboarding-\d{4}-\d{2}-\d{2}\.json$/,
  );
  const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown>;
  expect(file).toMatchObject({
    format: 'cloud-security-academy-completion-record',
    selfAttested: true,
    learner: { name: 'Ada Lovelace' },
    path: { id: 'new-engineer-onboarding', title: 'New engineer onboarding' },
    startedAt: '2026-11-10T10:00:00.000Z',
    completedAt: '2026-11-18T10:00:00.000Z',
    attempts: { count: 9, digest: { algorithm: 'SHA-256', value: expected } },
  });
  expect(file['steps']).toHaveLength(9);
});

test('the record prints on A4 and Letter without the site navigation or its buttons', async ({ page }) => {
  await openWithProgress(page, RECORD_URL, completed());
  await page.getByLabel('Your name, as it should appear on the record').fill('Ada Lovelace');
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('article')).toBeVisible();
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  }
});

test('an incomplete path has no record yet and says how far the learner is', async ({ page }) => {
  await openWithProgress(page, RECORD_URL, [passed('shared-responsibility', 10)]);
  await expect(page.getByText('This path is not complete yet (1 of 9 required steps done)')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back' })).toHaveAttribute('href', PATH_URL);
});

test('passing the final assessment gives its own record', async ({ page }) => {
  await openWithProgress(page, '/paths/final-assessment/record/', [passed('final-assessment', 20)]);
  await page.getByLabel('Your name, as it should appear on the record').fill('Grace Hopper');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(
    page.getByText('Grace Hopper passed the final assessment of Cloud Security Academy.'),
  ).toBeVisible();
});
