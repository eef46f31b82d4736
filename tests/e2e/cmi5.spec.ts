// A learner launches a lesson quiz from an LMS (cmi5): the quiz reports to the LMS's LRS, which
// here is a small server on 127.0.0.1 (cmi5-lrs.ts) that validates every statement with a real
// xAPI validator. The build must allow that LRS in its CSP:
//   CMI5_LRS_ORIGINS=http://127.0.0.1:4399 npm run build   (`npm test` does so)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LESSON_URL, askedCount, finishPractice, readBuiltQuiz, startQuiz, watchProblems } from './helpers';
import { CMI5_CATEGORY, LRS_ORIGIN, SESSION_EXTENSION, startLrs, type TestLrs } from './cmi5-lrs';
import { unitIri } from '../../src/lib/cmi5/course-structure';

const VERB = 'http://adlnet.gov/expapi/verbs/';
const INTERACTION_TYPE = {
  'single-choice': 'choice',
  'multiple-choice': 'choice',
  'true-false': 'true-false',
  categorize: 'matching',
  ordering: 'sequencing',
  spot: 'performance',
} as const;

/** No WCAG 2.2 AA violations in the light and the dark theme. */
async function expectAccessibleInBothThemes(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((violation) => `${colorScheme}: ${violation.id}`)).toEqual([]);
  }
}

const builtPolicy = readFileSync(join(import.meta.dirname, '../../dist/index.html'), 'utf8');
const lrsAllowed = builtPolicy.includes(`connect-src 'self' ${LRS_ORIGIN}`);

test.describe('launching a quiz from an LMS (cmi5)', () => {
  // One LRS on one port: these tests run one after another in one worker.
  test.describe.configure({ mode: 'serial' });
  let lrs: TestLrs;
  test.beforeAll(async () => {
    lrs = await startLrs();
  });
  test.afterAll(async () => {
    await lrs.close();
  });

  const quiz = readBuiltQuiz('shared-responsibility');
  const activityId = unitIri('http://localhost:4321', 'shared-responsibility');
  const verbsOf = (registration: string) =>
    lrs.statements
      .filter((statement) => statement.context?.registration === registration)
      .map((statement) =>
        statement.verb.id.replace(VERB, '').replace(/^https:\/\/w3id\.org\/xapi\/adl\/verbs\//, ''),
      );

  const launchPage = async (page: Page, query: string) => {
    await page.goto(`${LESSON_URL}${query}`);
  };
  const startPractice = async (page: Page) => {
    await page.getByRole('button', { name: 'Start practice' }).click();
    await expect(page.getByRole('heading', { name: /^Question 1 of \d+$/ })).toBeFocused();
  };

  test('a launched quiz reports initialized, one answer a question, passed, completed and terminated, all valid xAPI', async ({
    page,
  }) => {
    test.skip(
      !lrsAllowed && !process.env['CI'],
      `build with CMI5_LRS_ORIGINS=${LRS_ORIGIN} to run this test`,
    );
    test.slow();
    const launch = lrs.launch({ activityId, masteryScore: 0.7 });
    const pageProblems = await watchProblems(page);
    await launchPage(page, launch.query);
    await expect(
      page.getByRole('status').filter({ hasText: 'your result on this quiz will be sent to it' }),
    ).toBeVisible();
    await startPractice(page);
    await finishPractice(page, quiz);
    await expect(
      page.getByRole('status').filter({ hasText: 'Your LMS has your result: passed, 100' }),
    ).toContainText('Your LMS counts this unit as done.');
    await expect(page.getByRole('link', { name: 'Return to your LMS' })).toHaveAttribute(
      'href',
      'https://lms.example/course',
    );
    await expectAccessibleInBothThemes(page);
    expect(pageProblems).toEqual([]);

    const asked = askedCount(quiz);
    expect(verbsOf(launch.registration)).toEqual([
      'launched',
      'initialized',
      ...Array.from({ length: asked }, () => 'answered'),
      'passed',
      'completed',
      'terminated',
    ]);
    expect(lrs.problems).toEqual([]);
    const mine = lrs.statements.filter(
      (statement) => statement.context?.registration === launch.registration,
    );
    for (const statement of mine) {
      expect(statement.context?.extensions?.[SESSION_EXTENSION]).toBe(launch.sessionId);
    }
    for (const statement of mine.filter((s) => /initialized|passed|completed|terminated/.test(s.verb.id))) {
      expect(statement.context?.contextActivities?.category?.map((category) => category.id)).toContain(
        CMI5_CATEGORY,
      );
    }
    const answers = mine.filter((statement) => statement.verb.id === `${VERB}answered`);
    for (const answer of answers) {
      const question = quiz.questions.find((candidate) => answer.object.id.endsWith(`/${candidate.id}`));
      if (question === undefined) throw new Error(`no question for ${answer.object.id}`);
      expect(answer.object.definition?.interactionType).toBe(INTERACTION_TYPE[question.type]);
      expect(answer.result?.success).toBe(true);
    }
    const passed = mine.find((statement) => statement.verb.id === `${VERB}passed`);
    expect(passed?.result?.score?.scaled).toBe(1);
    console.log(`cmi5 statement sequence: ${verbsOf(launch.registration).join(' → ')}`);
  });

  test('the LMS mastery score decides: a result that passes the quiz fails the unit, then completes it', async ({
    page,
  }) => {
    test.skip(
      !lrsAllowed && !process.env['CI'],
      `build with CMI5_LRS_ORIGINS=${LRS_ORIGIN} to run this test`,
    );
    test.slow();
    const launch = lrs.launch({ activityId, masteryScore: 0.95 });
    await launchPage(page, launch.query);
    await startPractice(page);
    await finishPractice(page, quiz, 1);
    await expect(
      page.getByRole('status').filter({ hasText: 'Your LMS has your result: not passed' }),
    ).toBeVisible();
    const verbs = verbsOf(launch.registration);
    expect(verbs.slice(-3)).toEqual(['failed', 'completed', 'terminated']);
    expect(lrs.problems).toEqual([]);
  });

  test('a used or expired fetch URL shows a clear message, sends nothing and keeps local progress', async ({
    page,
  }) => {
    test.skip(
      !lrsAllowed && !process.env['CI'],
      `build with CMI5_LRS_ORIGINS=${LRS_ORIGIN} to run this test`,
    );
    test.slow();
    const launch = lrs.launch({ activityId });
    const expired = launch.query.replace(
      /fetch=[^&]+/,
      `fetch=${encodeURIComponent(`${LRS_ORIGIN}/fetch/expired`)}`,
    );
    await launchPage(page, expired);
    await expect(
      page.getByRole('alert').filter({ hasText: 'Your LMS did not accept this launch' }),
    ).toContainText('your progress is still saved in this browser');
    await startPractice(page);
    await finishPractice(page, quiz);
    const stored = await page.evaluate(() => localStorage.getItem('csa:progress') ?? '');
    expect(JSON.parse(stored).attempts).toHaveLength(1);
    expect(verbsOf(launch.registration)).toEqual(['launched']);
  });

  test('a launch that points at an LRS this build does not list is refused before any request', async ({
    page,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const other = 'http://127.0.0.1:4398';
    const query = new URLSearchParams({
      endpoint: `${other}/xapi/`,
      fetch: `${other}/fetch/abc`,
      actor: JSON.stringify({ account: { homePage: 'https://lms.example', name: 'learner-2' } }),
      registration: '2b0c5d0e-6d0e-4d4f-9c5c-3d3b1f1b1a10',
      activityId,
    });
    await launchPage(page, `?${query.toString()}`);
    await expect(page.getByRole('alert')).toContainText(
      `report to ${other}, which this site is not set up to send to`,
    );
    await expectAccessibleInBothThemes(page);
    expect(requests.filter((url) => url.startsWith(other))).toEqual([]);
  });

  test('without launch parameters the page loads no cmi5 code and sends nothing', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await startQuiz(page, 'practice');
    expect(requests.filter((url) => url.includes('Cmi5') || url.startsWith(LRS_ORIGIN))).toEqual([]);
    await expect(page.getByText('Launched from your LMS')).toHaveCount(0);
  });
});
