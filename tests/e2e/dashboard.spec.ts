import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { QuizAttempt, TagScore } from '../../src/lib/progress/types';
import {
  answerWithPointer,
  currentQuestion,
  finishPractice,
  readBuiltQuiz,
  seedProgress,
  startQuiz,
} from './helpers';

const quiz = readBuiltQuiz();

let seeded = 0;
/** A stored attempt (version 4) with these scores; its questions and answers do not matter here. */
function storedAttempt(
  quizId: string,
  finishedAt: string,
  tagScores: Record<string, TagScore>,
  overrides: Partial<QuizAttempt> = {},
): QuizAttempt {
  seeded += 1;
  // Every question counts once under its module tag, so the module tags add up to the score.
  const sum = Object.entries(tagScores)
    .filter(([tag]) => tag.startsWith('module:'))
    .reduce((all, [, score]) => ({ earned: all.earned + score.earned, total: all.total + score.total }), {
      earned: 0,
      total: 0,
    });
  return {
    id: `seeded-${seeded}`,
    quizId,
    finishedAt,
    kind: 'quiz',
    earned: sum.earned,
    total: sum.total,
    passed: sum.earned / sum.total >= 0.7,
    mode: 'exam',
    seed: 1,
    questionIds: [],
    responses: {},
    confidence: {},
    durationSeconds: 600,
    tagScores,
    ...overrides,
  };
}

/** Opens the dashboard with `attempts` as the stored progress (written once, before the first load). */
async function openWithProgress(page: Page, attempts: QuizAttempt[]): Promise<void> {
  await seedProgress(page, attempts);
  await page.goto('/progress/');
  await expect(page.getByRole('heading', { name: 'By module' })).toBeVisible();
}

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
  await expect(modules.getByRole('row', { name: /Shared responsibility/ })).toContainText('1 of 2');
  await expect(page.getByRole('heading', { name: 'Mastery', exact: true })).toBeVisible();
  // The rules fold away under their heading until asked for.
  await expect(page.getByText(/^Mastered: at least 85\u00a0%/)).toBeHidden();
  await page.getByText('Show the rules').click();
  await expect(page.getByText(/^Mastered: at least 85\u00a0%/)).toBeVisible();
  await expect(
    page.getByRole('img', { name: 'Score of each attempt by day, one line per kind of quiz' }),
  ).toBeVisible();
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

test('mastery can be read by topic, by exam domain or by security pillar question', async ({ page }) => {
  await openWithProgress(page, [
    storedAttempt('data-protection-keys', '2026-11-20T10:00:00.000Z', {
      'module:data-protection': { earned: 4, total: 5 },
      'area:kms-keys': { earned: 4, total: 5 },
      'sec:8': { earned: 3, total: 4 },
      'sec:9': { earned: 1, total: 1 },
      'domain:data-protection': { earned: 4, total: 5 },
    }),
  ]);
  const mastery = page.getByRole('region', { name: 'Topics' });
  await expect(mastery.getByRole('rowheader', { name: 'AWS KMS keys' })).toBeVisible();

  await page.getByRole('radio', { name: 'Exam domain' }).check();
  const domains = page.getByRole('region', { name: /^Exam domains/ });
  await expect(domains.getByRole('row', { name: /^Data Protection/ })).toContainText(
    '80\u00a0% (4 of 5 points)',
  );

  await page.getByRole('radio', { name: 'Security pillar question' }).check();
  const questions = page.getByRole('region', { name: 'Security pillar questions' });
  await expect(questions.getByRole('rowheader')).toHaveText([
    'SEC 8 · Protect your data at rest',
    'SEC 9 · Protect your data in transit',
  ]);
});

test('the name the learner gives is written into exported files, and can be changed or cleared', async ({
  page,
}) => {
  await startQuiz(page);
  await finishPractice(page, quiz, 1);
  await page.goto('/progress/');
  const name = page.getByRole('textbox', { name: 'Your name on exported files (optional)' });
  await name.fill('  Ada Lovelace  ');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Your exports will carry the name “Ada Lovelace”.')).toBeVisible();

  const exported = async (): Promise<unknown> => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress' }).click();
    return JSON.parse(readFileSync(await (await download).path(), 'utf8')) as unknown;
  };
  expect(await exported()).toMatchObject({ learner: { name: 'Ada Lovelace' } });

  await page.reload();
  await expect(name).toHaveValue('Ada Lovelace');
  await name.fill('');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Your exports will carry no name.')).toBeVisible();
  expect(await exported()).not.toHaveProperty('learner');
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
  await expect(
    other.getByText(
      /^This file was exported on .* Merging adds 1 attempt and 1 lesson and improves 1 best score;/,
    ),
  ).toBeVisible();
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

test('reset asks first and can be undone, and focus never falls back to the page', async ({ page }) => {
  await startQuiz(page);
  await finishPractice(page, quiz);
  const before = await dashboardText(page);
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.locator('.notice-warning')).toBeFocused();
  await page.getByRole('button', { name: 'Yes, reset my progress' }).click();
  await expect(page.getByText('Progress reset.')).toBeVisible();
  await expect(page.getByText(/^Nothing yet\./)).toBeVisible();
  // The next thing the learner may want is to take it back: focus is there, not on <body>.
  const undo = page.getByRole('button', { name: 'Undo reset' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Reset undone: your progress is back.')).toBeFocused();
  expect(await dashboardText(page)).toEqual(before);

  await page.getByRole('button', { name: 'Reset progress' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Reset progress' })).toBeFocused();
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
  // Nothing due: the dashboard says so, instead of a button that looks pressable but is not.
  await expect(page.getByText('Nothing is due for review now.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Review \(/ })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText('Nothing is due for review now.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Review \(/ })).toHaveCount(0);
  // The review is recorded as practice: a second row in the history, said to be a review, and the
  // lesson quiz's attempt stays the only full quiz.
  await page.getByText('Show the attempts as a table').click();
  const attempts = page.getByRole('region', { name: 'Attempts' }).getByRole('row');
  await expect(attempts).toHaveCount(3);
  await expect(attempts.nth(2)).toContainText('Review session');
  await expect(attempts.nth(1)).toContainText('Lesson quiz');
  await expect(page.getByText('1 quiz taken in full')).toBeVisible();
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
  await expect(page.getByText('Nothing is due for review now.')).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('retrying the missed questions of a failed final assessment changes no result and makes no module proficient', async ({
  page,
}) => {
  // The final at 55 % (shared responsibility 4 of 6, IAM 1.5 of 4), then the five questions not
  // fully right retried, all right.
  await openWithProgress(page, [
    storedAttempt('final-assessment', '2026-11-28T10:00:00.000Z', {
      'module:shared-responsibility': { earned: 4, total: 6 },
      'module:iam': { earned: 1.5, total: 4 },
      'area:shared-fate': { earned: 4, total: 6 },
      'area:policy-types': { earned: 1.5, total: 4 },
    }),
    storedAttempt(
      'final-assessment',
      '2026-11-28T10:10:00.000Z',
      {
        'module:shared-responsibility': { earned: 2, total: 2 },
        'module:iam': { earned: 3, total: 3 },
        'area:shared-fate': { earned: 2, total: 2 },
        'area:policy-types': { earned: 3, total: 3 },
      },
      { kind: 'retry', mode: 'practice', passed: false },
    ),
  ]);

  const final = page.getByRole('region', { name: 'Final assessment' });
  await expect(final.getByRole('definition')).toHaveText([
    '55\u00a0% not passed yet',
    '70\u00a0%',
    '1',
    /^Saturday,? 28 November 2026$/,
  ]);
  await expect(final).toContainText('You also retried your missed questions once');
  const modules = page.getByRole('region', { name: 'Modules' });
  await expect(modules.getByRole('row', { name: /Shared responsibility/ })).toContainText('Familiar');
  await expect(modules).not.toContainText('Proficient');
  await expect(page.getByText(/^0 of \d+ lessons completed$/)).toBeVisible();
  // Practice is shown apart, as evidence, and named for people.
  const topics = page.getByRole('region', { name: 'Topics' });
  await expect(topics.getByRole('row', { name: /^Shared fate/ }).getByRole('cell')).toHaveText([
    '66\u00a0% (4 of 6 points)',
    'Familiar',
    '100\u00a0% (2 of 2 points)',
  ]);
  await page.getByText('Show the attempts as a table').click();
  await expect(page.getByRole('region', { name: 'Attempts' }).getByRole('row').last()).toContainText(
    'Retry of missed questions',
  );
  await expect(page.getByRole('list', { name: 'Key to the chart' }).getByRole('listitem')).toHaveText([
    'Final assessment',
    'Retry of missed questions',
    'Pass mark (70\u00a0%)',
  ]);
});

test.describe('in Los Angeles', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('an evening attempt counts on that evening, and two evenings in a row make a two-day streak', async ({
    page,
  }) => {
    // 21:00 on 28 November in Los Angeles, already the 29th in UTC.
    await page.clock.setFixedTime(new Date('2026-11-29T05:00:00.000Z'));
    await openWithProgress(page, [
      // 17:00 on the 27th and 10:00 on the 28th, Los Angeles time: both on the 28th in UTC.
      storedAttempt('shared-responsibility', '2026-11-28T01:00:00.000Z', {
        'module:shared-responsibility': { earned: 8, total: 10 },
      }),
      storedAttempt('shared-responsibility', '2026-11-28T18:00:00.000Z', {
        'module:shared-responsibility': { earned: 9, total: 10 },
      }),
    ]);

    await expect(page.getByText('Streak: 2 days in a row (longest: 2 days)')).toBeVisible();
    await page.getByText('Show the attempts as a table').click();
    const rows = page.getByRole('region', { name: 'Attempts' }).getByRole('row');
    await expect(rows.nth(1).getByRole('rowheader')).toHaveText('27 Nov 2026');
    await expect(rows.nth(2).getByRole('rowheader')).toHaveText('28 Nov 2026');
  });
});

test('the dashboard and the home page read as words: plurals, no raw topic slugs, % kept with its number', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByText(/^\d+ modules, \d+ lessons\.$/)).toBeVisible();

  await openWithProgress(page, [
    storedAttempt('shared-responsibility', new Date().toISOString(), {
      'module:shared-responsibility': { earned: 2, total: 3 },
      'area:pci-dss': { earned: 1, total: 1 },
      'area:it-controls': { earned: 0.33, total: 1 },
      'area:wa-tool': { earned: 1, total: 1 },
    }),
  ]);
  await expect(page.getByText('1 quiz taken in full', { exact: true })).toBeVisible();
  await expect(page.getByText('Streak: 1 day in a row (longest: 1 day)')).toBeVisible();
  const topics = page.getByRole('region', { name: 'Topics' }).getByRole('rowheader');
  await expect(topics).toHaveText(['IT controls', 'PCI DSS', 'Well-Architected Tool']);
  await expect(page.getByRole('region', { name: 'Topics' })).toContainText('33\u00a0% (0.3 of 1 point)');
});

test('with perfect scores, what to study next starts with lessons not started, never "revisit" a 100 % topic', async ({
  page,
}) => {
  await openWithProgress(page, [
    storedAttempt('shared-responsibility', new Date().toISOString(), {
      'module:shared-responsibility': { earned: 10, total: 10 },
      'area:shared-fate': { earned: 5, total: 5 },
      'area:service-categories': { earned: 5, total: 5 },
    }),
  ]);
  const next = page.getByRole('region', { name: 'What to study next' }).getByRole('listitem');
  await expect(next).toHaveCount(3);
  for (const item of await next.all()) {
    await expect(item).toContainText('you have not started this lesson');
    await expect(item.getByRole('link')).toHaveAttribute('href', /^\/lessons\//);
  }
});

test.describe('with a history of every kind and a review schedule', () => {
  test.use({ timezoneId: 'Europe/Berlin' });

  /** A review card (version 1 deck) falling due at `due`; its other fields do not matter here. */
  const card = (due: string) => ({
    due,
    stability: 2,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 2,
    learning_steps: 0,
    reps: 1,
    lapses: 0,
    state: 2,
    last_review: '2026-11-30T09:00:00.000Z',
    addedAt: '2026-11-29T09:00:00.000Z',
  });
  const module = (earned: number, total: number) => ({ 'module:iam': { earned, total } });

  test.beforeEach(async ({ page }) => {
    // 11:00 on Wednesday 2 December in Berlin.
    await page.clock.setFixedTime(new Date('2026-12-02T10:00:00.000Z'));
    await seedProgress(page, [
      storedAttempt('iam-policy-types', '2026-11-20T09:00:00.000Z', module(6, 10)),
      storedAttempt('iam-policy-types', '2026-11-20T09:30:00.000Z', module(3, 4), {
        kind: 'retry',
        mode: 'practice',
        passed: false,
      }),
      storedAttempt('iam-policy-types', '2026-11-23T09:00:00.000Z', module(8, 10)),
      storedAttempt('iam-module', '2026-11-25T09:00:00.000Z', module(11, 15)),
      storedAttempt('review', '2026-11-27T09:00:00.000Z', module(4, 5), {
        kind: 'review',
        mode: 'practice',
        passed: false,
      }),
      storedAttempt('final-assessment', '2026-11-30T09:00:00.000Z', module(26, 40)),
      storedAttempt('final-assessment', '2026-12-01T09:00:00.000Z', module(33, 40)),
    ]);
    const deck = {
      version: 1,
      cards: {
        'iam-policy-types/a': card('2026-12-01T09:00:00.000Z'), // overdue
        'iam-policy-types/b': card('2026-12-02T22:30:00.000Z'), // 23:30 tonight in Berlin
        'iam-policy-types/c': card('2026-12-02T23:30:00.000Z'), // 00:30 tomorrow in Berlin
        'iam-module/d': card('2026-12-03T12:00:00.000Z'),
        'iam-module/e': card('2026-12-03T22:00:00.000Z'),
        'iam-module/f': card('2026-12-20T09:00:00.000Z'),
      },
    };
    await page.addInitScript((text) => {
      if (!sessionStorage.getItem('seeded-deck')) {
        localStorage.setItem('csa:review', text);
        sessionStorage.setItem('seeded-deck', '1');
      }
    }, JSON.stringify(deck));
    await page.goto('/progress/');
    await expect(page.getByRole('heading', { name: 'Attempt history' })).toBeVisible();
  });

  test('the chart has a percent axis, dated days, a key and the same attempts as a table', async ({
    page,
  }) => {
    const chart = page.getByRole('img', { name: 'Score of each attempt by day, one line per kind of quiz' });
    await expect(chart).toBeVisible();
    for (const label of ['0\u00a0%', '25\u00a0%', '50\u00a0%', '75\u00a0%', '100\u00a0%', '20 Nov']) {
      await expect(chart.getByText(label, { exact: true })).toBeVisible();
    }
    // The first day is always labelled; later ones as often as they fit.
    await expect(chart.getByText(/^\d+ (Nov|Dec)$/)).not.toHaveCount(1);
    await expect(page.getByRole('list', { name: 'Key to the chart' }).getByRole('listitem')).toHaveText([
      'Lesson quiz',
      'Module quiz',
      'Final assessment',
      'Retry of missed questions',
      'Review session',
      'Pass mark (70\u00a0%)',
    ]);
    await page.getByText('Show the attempts as a table').click();
    const rows = page.getByRole('region', { name: 'Attempts' }).getByRole('row');
    await expect(rows).toHaveCount(8);
    await expect(rows.nth(4).getByRole('cell')).toHaveText([
      'Module quiz: Least privilege and IAM',
      'Module quiz',
      'Exam',
      '73\u00a0%',
      'Yes',
    ]);
    await expect(rows.nth(7).getByRole('rowheader')).toHaveText('1 Dec 2026');

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    }
  });

  test('on a 320 px phone nothing scrolls sideways and no two dates on the axis overlap', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    const chart = page.getByRole('img', { name: /^Score of each attempt/ });
    await expect(chart).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const boxes = await chart
      .locator('text')
      .filter({ hasText: /^\d+ [A-Z][a-z]{2}$/ })
      .evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThan(1);
    for (let index = 1; index < boxes.length; index += 1) {
      const [before, after] = [boxes[index - 1], boxes[index]];
      expect(after?.left).toBeGreaterThan((before?.right ?? 0) + 2);
    }
    expect(Math.min(...boxes.map((box) => box.left))).toBeGreaterThanOrEqual(0);
    expect(Math.max(...boxes.map((box) => box.right))).toBeLessThanOrEqual(320);
  });

  test('reviews say what is due now, later today, tomorrow and this week, on the learner’s days', async ({
    page,
  }) => {
    await expect(page.getByRole('button', { name: 'Review (1 due)' })).toBeEnabled();
    await expect(page.getByRole('list', { name: 'Coming up' }).getByRole('listitem')).toHaveText([
      '1 question due later today',
      '3 questions due tomorrow',
      '4 questions due in the next 7 days',
    ]);
  });

  test('the reminder exports the same file as the data section, then says where it went', async ({
    page,
  }) => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export now' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('cloud-security-academy-progress-2026-12-02.json');
    const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as {
      progress: { attempts: { quizId: string }[] };
    };
    expect(exported.progress.attempts.map((attempt) => attempt.quizId)).toContain('iam-module');
    const said = page.getByText('Progress exported to cloud-security-academy-progress-2026-12-02.json.');
    await expect(said).toBeFocused();
    await expect(page.getByText(/^Your progress lives only in this browser: clearing/)).toHaveCount(0);
  });

  test('the final assessment has its own card: best, pass mark, attempts, last day and the way there', async ({
    page,
  }) => {
    const final = page.getByRole('region', { name: 'Final assessment' });
    await expect(final.getByRole('term')).toHaveText([
      'Best full result',
      'Pass mark',
      'Full attempts',
      'Last taken',
    ]);
    await expect(final.getByRole('definition')).toHaveText([
      '82\u00a0% passed',
      '70\u00a0%',
      '2',
      /^Tuesday,? 1 December 2026$/,
    ]);
    await expect(final.getByRole('link', { name: 'Go to the final assessment' })).toHaveAttribute(
      'href',
      '/assessment/',
    );
  });

  test('the mastery rules stay folded until opened, by keyboard or from the mastery table’s link', async ({
    page,
  }) => {
    const rule = page.getByText(/^Mastered: at least 85\u00a0%/);
    await expect(rule).toBeHidden();
    const show = page.getByText('Show the rules');
    await show.focus();
    await page.keyboard.press('Enter');
    await expect(rule).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(rule).toBeHidden();

    await page.getByRole('link', { name: 'How mastery levels are decided' }).click();
    await expect(rule).toBeInViewport();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});

test('with nothing due soon, the review section names the day of the next review', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-02T10:00:00.000Z'));
  const card = {
    due: '2026-12-20T09:00:00.000Z',
    stability: 20,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 18,
    learning_steps: 0,
    reps: 2,
    lapses: 0,
    state: 2,
    last_review: '2026-12-02T09:00:00.000Z',
    addedAt: '2026-11-29T09:00:00.000Z',
  };
  await page.addInitScript(
    (text) => {
      if (!sessionStorage.getItem('seeded-deck')) {
        localStorage.setItem('csa:review', text);
        sessionStorage.setItem('seeded-deck', '1');
      }
    },
    JSON.stringify({ version: 1, cards: { 'iam-module/far': card } }),
  );
  await page.goto('/progress/');
  const review = page.getByRole('region', { name: 'Review what you missed' });
  await expect(review).toContainText(
    /Nothing is due for review now\. Next review on Sunday,? 20 December 2026\./,
  );
  await expect(page.getByRole('button', { name: /^Review \(/ })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Coming up' })).toHaveCount(0);
});
