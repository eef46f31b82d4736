// Labs in the learner's progress: the dashboard's Labs section, progress saved before labs existed
// (version 4), a tampered lab record, and labs travelling in an exported file.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { LabRecord } from '../../src/lib/progress/types';
import { expectNoAxeViolations } from './helpers';

/** Labs in content/labs/: the dashboard counts all of them. */
const LAB_COUNT = readdirSync('content/labs').filter((name) => name.endsWith('.yaml')).length;

const EMPTY_ARCHIVE = { quizzes: {}, days: {}, tags: {}, practiceTags: {} };

const lab = (overrides: Partial<LabRecord> = {}): LabRecord => ({
  firstRunAt: '2026-11-20T09:00:00.000Z',
  lastRunAt: '2026-11-21T09:30:00.000Z',
  runs: 3,
  completedAt: null,
  best: { checksPassed: 2, checksTotal: 3, probesDenied: 1, probesTotal: 2 },
  policy: '{ "Version": "2012-10-17", "Statement": [] }',
  ...overrides,
});

/** Stores `record` (any JSON) as the learner's progress before the first load, once per tab. */
async function seed(page: Page, record: unknown): Promise<void> {
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('csa:progress', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, JSON.stringify(record));
}

const labsSection = (page: Page) => page.getByRole('region', { name: 'Labs started' });

async function openDashboard(page: Page): Promise<void> {
  await page.goto('/progress/');
  await expect(page.getByRole('heading', { name: 'Labs', exact: true })).toBeVisible();
}

test('progress saved before labs existed loads as it was, with no lab started and no notice', async ({
  page,
}) => {
  await seed(page, {
    version: 4,
    lessons: {
      'iam/policy-types': {
        firstVisitedAt: '2026-11-20T09:00:00.000Z',
        lastVisitedAt: '2026-11-20T09:10:00.000Z',
      },
    },
    attempts: [],
    archive: EMPTY_ARCHIVE,
  });
  await openDashboard(page);
  await expect(page.getByText(`Labs: 0 of ${LAB_COUNT} completed`)).toBeVisible();
  await expect(page.getByText(/^No lab started yet: /)).toBeVisible();
  await expect(page.getByRole('link', { name: 'See every lab' })).toHaveAttribute('href', '/labs/');
  await expect(page.getByText(/could not be read/)).toHaveCount(0);
  await expect(labsSection(page)).toHaveCount(0);
});

test('the Labs section lists each started lab with its status, best run and page, and keeps the rest when one record is tampered with', async ({
  page,
}) => {
  await seed(page, {
    version: 5,
    lessons: {},
    attempts: [],
    archive: EMPTY_ARCHIVE,
    labs: {
      's3-read-one-prefix': lab({
        completedAt: '2026-11-21T09:30:00.000Z',
        best: { checksPassed: 3, checksTotal: 3, probesDenied: 2, probesTotal: 2 },
      }),
      'tls-only-bucket': lab(),
      'spot-s3-bucket-policies': lab({
        best: { checksPassed: 1, checksTotal: 2, probesDenied: 0, probesTotal: 0 },
        policy: null,
      }),
      'public-bucket-policy': lab({
        best: { checksPassed: 4, checksTotal: 3, probesDenied: 0, probesTotal: 2 },
      }),
    },
  });
  await openDashboard(page);
  await expect(page.getByText(/could not be read and was skipped \(1 entry\)/)).toBeVisible();
  await expect(page.getByText(`Labs: 1 of ${LAB_COUNT} completed`)).toBeVisible();
  const rows = labsSection(page).getByRole('row');
  await expect(rows).toHaveCount(4);
  const completed = rows.filter({ hasText: 'Completed' });
  await expect(completed).toHaveCount(1);
  await expect(completed).toContainText('3 of 3');
  await expect(completed).toContainText('2 of 2');
  await expect(
    completed.getByRole('link', { name: "Read one bucket's reports, nothing else" }),
  ).toHaveAttribute('href', '/labs/s3-read-one-prefix/');
  await expect(rows.filter({ hasText: 'Spot it: S3 bucket policy mistakes' })).toContainText(
    'In progress1 of 2None in this lab',
  );
  await expect(rows.filter({ hasText: 'TLS only' })).toContainText('In progress2 of 31 of 2');
  await expect(rows.filter({ hasText: 'Principal' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('labs travel in an exported file: imported into a fresh browser, the import says what it completes', async ({
  page,
  browser,
}) => {
  await seed(page, {
    version: 5,
    lessons: {},
    attempts: [],
    archive: EMPTY_ARCHIVE,
    labs: {
      's3-read-one-prefix': lab({ completedAt: '2026-11-21T09:30:00.000Z' }),
      'tls-only-bucket': lab(),
    },
  });
  await openDashboard(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {
    schemaVersion: number;
    progress: { labs: object };
  };
  expect(exported.schemaVersion).toBe(5);
  expect(Object.keys(exported.progress.labs).sort()).toEqual(['s3-read-one-prefix', 'tls-only-bucket']);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openDashboard(other);
  await other.getByLabel('Import a progress file').setInputFiles(file);
  await expect(other.getByText(/It also completes 1 lab\.$/)).toBeVisible();
  await other.getByRole('button', { name: 'Merge into my progress' }).click();
  await expect(other.getByText('Progress imported.')).toBeVisible();
  await expect(other.getByText(`Labs: 1 of ${LAB_COUNT} completed`)).toBeVisible();
  await expect(labsSection(other).getByRole('row')).toHaveCount(3);
  await fresh.close();
});
