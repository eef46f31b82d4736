import { expect, test, type Page } from '@playwright/test';
import type { QuizAttempt } from '../../src/lib/progress/types';
import { expectNoAxeViolations, seedProgress } from './helpers';

const FIRST_LESSON = '/lessons/shared-responsibility/security-of-and-in-the-cloud/';
const SECOND_LESSON = '/lessons/shared-responsibility/other-clouds-and-shared-models/';

/** A full attempt at `quizId` scoring `earned` of 10; 7 or more passes. */
function attempt(quizId: string, earned: number): QuizAttempt {
  return {
    id: `seeded-${quizId}-${earned}`,
    quizId,
    finishedAt: '2026-11-20T10:00:00.000Z',
    kind: 'quiz',
    earned,
    total: 10,
    passed: earned >= 7,
    mode: 'practice',
    seed: 1,
    questionIds: [],
    responses: {},
    confidence: {},
    durationSeconds: 300,
    tagScores: {},
  };
}

async function expectNoAxeViolationsInBothThemes(page: Page) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page);
  }
}

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("Next after a module's last lesson leads to its module quiz, and from there to the next module", async ({
  page,
}) => {
  await page.goto(SECOND_LESSON);
  const pager = page.getByRole('navigation', { name: 'Previous and next steps' });
  await pager.getByRole('link', { name: 'Next Module quiz: Shared responsibility' }).click();
  await expect(page).toHaveURL('/modules/shared-responsibility/#quiz-heading');
  await expect(page.getByRole('heading', { name: 'Module quiz: Shared responsibility' })).toBeInViewport();

  await expect(pager.getByRole('link', { name: /^Previous Other clouds/ })).toHaveAttribute(
    'href',
    SECOND_LESSON,
  );
  await pager.getByRole('link', { name: /^Next / }).click();
  await expect(page).toHaveURL(/\/lessons\/well-architected\//);
  await expect(
    pager.getByRole('link', { name: 'Previous Module quiz: Shared responsibility' }),
  ).toBeVisible();
});

test("after the last module's quiz comes the final assessment, which the navigation lists", async ({
  page,
}) => {
  await page.goto('/modules/compliance/');
  const pager = page.getByRole('navigation', { name: 'Previous and next steps' });
  await pager.getByRole('link', { name: 'Next Final assessment' }).click();
  await expect(page).toHaveURL('/assessment/');
  await expect(page.getByRole('heading', { level: 1, name: 'Final assessment' })).toBeVisible();
  await expect(pager.getByRole('link', { name: 'Previous Module quiz: Compliance programs' })).toBeVisible();
  await expect(pager.getByRole('link', { name: /^Next/ })).toHaveCount(0);
  const nav = page.getByRole('navigation', { name: 'Course' });
  await expect(nav.getByRole('link', { name: /^Final assessment/ })).toHaveAttribute('aria-current', 'page');
});

test.describe('with the first lesson passed and the second tried', () => {
  test.beforeEach(async ({ page }) => {
    await seedProgress(page, [
      attempt('shared-responsibility', 10),
      attempt('shared-responsibility-other-clouds', 4),
    ]);
  });

  test("the course navigation shows each step's status and the module's progress", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(SECOND_LESSON);
    const nav = page.getByRole('navigation', { name: 'Course' });
    await nav.getByText('Course contents').click();
    await expect(
      nav.getByRole('link', { name: 'Security of the cloud, security in the cloud Completed, best 100 %' }),
    ).toBeVisible();
    await expect(
      nav.getByRole('link', { name: /^Other clouds and other shared models Best 40 %, not passed yet$/ }),
    ).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Module quiz Not started' })).toHaveAttribute(
      'href',
      '/modules/shared-responsibility/#quiz-heading',
    );
    await expect(nav.getByRole('link', { name: 'Final assessment Not started' })).toBeVisible();
    const bar = nav.getByRole('progressbar', { name: '1 of 2 lessons completed' });
    await expect(bar).toHaveAttribute('value', '1');
    await expect(bar).toHaveAttribute('max', '2');
    expect(await sidewaysScroll(page)).toBe(0);
    await expectNoAxeViolationsInBothThemes(page);
  });

  test('the module page shows each lesson’s status and the progress bar', async ({ page }) => {
    await page.goto('/modules/shared-responsibility/');
    const lessons = page.getByRole('main').getByRole('list').first();
    await expect(
      lessons.getByRole('link', { name: /^Security of the cloud.* Completed, best 100 %$/ }),
    ).toBeVisible();
    await expect(
      page.getByRole('main').getByRole('progressbar', { name: '1 of 2 lessons completed' }),
    ).toHaveAttribute('value', '1');
    await expectNoAxeViolationsInBothThemes(page);
  });

  test('the home page greets the returning learner with the next step and the reviews due', async ({
    page,
  }) => {
    const due = {
      due: '2026-01-01T09:00:00.000Z',
      stability: 2,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 2,
    };
    const card = {
      ...due,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
      last_review: '2025-12-31T09:00:00.000Z',
      addedAt: '2025-12-30T09:00:00.000Z',
    };
    await page.addInitScript(
      (text) => localStorage.setItem('csa:review', text),
      JSON.stringify({
        version: 1,
        cards: { 'shared-responsibility/a': card, 'shared-responsibility/b': card },
      }),
    );
    await page.goto('/');
    const continueCard = page.getByRole('region', { name: 'Continue where you left off' });
    await expect(
      continueCard.getByRole('link', { name: 'Other clouds and other shared models' }),
    ).toHaveAttribute('href', SECOND_LESSON);
    await expect(continueCard.getByText('Module 1: Shared responsibility')).toBeVisible();
    await expect(continueCard.getByRole('link', { name: '2 reviews due' })).toHaveAttribute(
      'href',
      '/progress/#review-heading',
    );
    await expect(page.getByRole('link', { name: 'Start the course' })).toHaveCount(0);
    await expectNoAxeViolationsInBothThemes(page);
  });
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 320, height: 568 },
]) {
  test(`a first-time visitor on a ${viewport.width}×${viewport.height} phone sees the start of the course above the fold`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    const start = page.getByRole('link', { name: 'Start the course' });
    await expect(start).toHaveAttribute('href', FIRST_LESSON);
    await expect(page.getByText(/^Module 1: Shared responsibility\. First lesson:/)).toBeVisible();
    const box = await page.getByText(/^Module 1: Shared responsibility\. First lesson:/).boundingBox();
    expect(box?.y ?? Infinity).toBeGreaterThan(0);
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
    expect(await sidewaysScroll(page)).toBe(0);
    // Nothing stored: no "Continue" card replaces the start.
    await expect(page.getByRole('region', { name: 'Continue where you left off' })).toHaveCount(0);
    await expectNoAxeViolationsInBothThemes(page);
  });
}
