// Lab steps of learning paths: a path lists its labs with their time and the learner's status, a
// lab step is done once the lab is completed, and the completion record lists the required labs.
import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { expect, test, type Page } from '@playwright/test';
import type { LabRecord, QuizAttempt } from '../../src/lib/progress/types';
import type { Path } from '../../src/schemas/path';
import { expectNoAxeViolations, passedAttempt, seedProgress } from './helpers';

const PREP = '/paths/security-specialty-prep/';
const prep = load(readFileSync('content/paths/security-specialty-prep.yaml', 'utf8')) as Path;

/** The quiz of lesson `<module>/<slug>`, from its file's front matter. */
function lessonQuiz(id: string): string {
  const [module, slug] = id.split('/') as [string, string];
  const file = readdirSync(`content/lessons/${module}`).find((name) => name.endsWith(`-${slug}.mdx`));
  const match = /^quiz: *(\S+)$/m.exec(readFileSync(`content/lessons/${module}/${file ?? ''}`, 'utf8'));
  if (match === null) throw new Error(`no quiz for lesson ${id}`);
  return match[1] as string;
}

const solved = (day: number): LabRecord => ({
  firstRunAt: `2026-11-${day}T09:00:00.000Z`,
  lastRunAt: `2026-11-${day}T09:20:00.000Z`,
  runs: 2,
  completedAt: `2026-11-${day}T09:20:00.000Z`,
  best: { checksPassed: 3, checksTotal: 3, probesDenied: 2, probesTotal: 2 },
  policy: null,
});

const required = prep.steps.filter((step) => step.optional !== true);
const requiredLabs = required.flatMap((step) => (step.lab === undefined ? [] : [step.lab]));

/** Stores progress with these attempts and labs before the first load, once per tab, and opens `url`. */
async function open(page: Page, url: string, attempts: QuizAttempt[], labs: Record<string, LabRecord>) {
  await seedProgress(page, attempts, labs);
  await page.goto(url);
}

test('a path lists its labs with their time and status; a completed lab is a done step', async ({ page }) => {
  await open(page, PREP, [], {
    'cross-account-bucket': solved(20),
    'scp-resource-perimeter': {
      ...solved(21),
      completedAt: null,
      best: { checksPassed: 1, checksTotal: 4, probesDenied: 0, probesTotal: 1 },
    },
  });
  const labSteps = page.getByRole('listitem').filter({ hasText: /^.*Lab ·/ });
  await expect(labSteps).toHaveCount(prep.steps.filter((step) => step.lab !== undefined).length);
  const done = labSteps.filter({ hasText: 'Share a bucket with one role in a partner account' });
  await expect(done).toContainText('Lab · 15\u00a0min · Done · 3 of 3 checks passed');
  await expect(done.getByRole('link')).toHaveAttribute('href', '/labs/cross-account-bucket/');
  await expect(labSteps.filter({ hasText: 'An SCP that keeps data inside the organization' })).toContainText(
    'Started · 1 of 4 checks passed',
  );
  await expect(labSteps.filter({ hasText: 'Optional' }).first()).toContainText('Not started');
  await expect(page.getByText(`1 of ${required.length} required steps done`)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the completion record waits for the required labs, then lists them with their best run', async ({
  page,
}) => {
  const quizzes = required.flatMap((step) =>
    step.lesson !== undefined ? [lessonQuiz(step.lesson)] : step.quiz !== undefined ? [step.quiz] : [],
  );
  const attempts = [...new Set(quizzes)].map((quizId, index) => passedAttempt(quizId, 10 + index));
  const labs = Object.fromEntries(requiredLabs.map((id, index) => [id, solved(26 + index)]));
  const { [requiredLabs[0] as string]: _first, ...allButOne } = labs;

  await open(page, `${PREP}record/`, attempts, allButOne);
  await expect(
    page.getByText(`${required.length - 1} of ${required.length} required steps done`),
  ).toBeVisible();

  await page.evaluate(
    (text) => localStorage.setItem('csa:progress', text),
    JSON.stringify({
      version: 5,
      lessons: {},
      attempts,
      archive: { quizzes: {}, days: {}, tags: {}, practiceTags: {} },
      labs,
    }),
  );
  await page.reload();
  await page.getByLabel('Your name, as it should appear on the record').fill('Ada Lovelace');
  await page.getByRole('button', { name: 'Save name' }).click();
  const labRows = page.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Lab', exact: true }) });
  await expect(labRows).toHaveCount(requiredLabs.length);
  await expect(labRows.first()).toContainText('3 of 3 checks passed');
  const last = 26 + requiredLabs.length - 1;
  await expect(page.getByRole('definition').nth(1)).toHaveText(`2026-11-${last}`);
});
