// The progress store as a browser uses it: a fake window with a fake localStorage, the store
// module imported fresh for each test so it reads storage the way a page load does.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_KEEP, compactProgress } from '../../../src/lib/progress/compact';
import { mergeProgress } from '../../../src/lib/progress/merge';
import { applyLabRun } from '../../../src/lib/progress/labs';
import { applyQuizResult } from '../../../src/lib/progress/reducers';
import { createEmptyProgress, type Progress, type QuizAttempt } from '../../../src/lib/progress/types';
import { makeAttempt, makeProgress } from '../../fixtures/builders';
import { installBrowser, type FakeBrowser } from '../../fixtures/fake-browser';

let attemptCount = 0;

/** A finished attempt with a fresh id, as `recordQuizResult` stores one (see quiz-results.test.ts). */
function freshAttempt(overrides: Partial<QuizAttempt> = {}): QuizAttempt {
  attemptCount += 1;
  return makeAttempt({ id: `fresh-${attemptCount}`, finishedAt: new Date().toISOString(), ...overrides });
}

/** Records an attempt through the store's one write path, as the quiz-result action does. */
function record(
  store: { updateProgress: (change: (progress: Progress) => Progress) => void },
  overrides: Partial<QuizAttempt> = {},
  tidy: (progress: Progress) => Progress = (progress) => progress,
): QuizAttempt {
  const attempt = freshAttempt(overrides);
  store.updateProgress((progress) => tidy(applyQuizResult(progress, attempt)));
  return attempt;
}

/** The fields of an attempt that do not change between makeAttempt and a recorded one. */
const fieldsOf = (overrides: Partial<QuizAttempt> = {}) => {
  const { id: _id, finishedAt: _at, ...fields } = makeAttempt(overrides);
  return fields;
};

/** A version-1 record as the site stored it until version 2. */
const VERSION_1_RECORD =
  '{"version":1,' +
  '"lessons":{"shared-responsibility/security-of-and-in-the-cloud":' +
  '{"firstVisitedAt":"2026-11-28T09:00:00.000Z","lastVisitedAt":"2026-11-28T10:20:00.000Z"}},' +
  '"attempts":[{"id":"a","quizId":"shared-responsibility","finishedAt":"2026-11-28T10:00:00.000Z",' +
  '"earned":8,"total":10,"passed":true,"responses":{"of-vs-in":["a"]}}]}';

const EMPTY_ARCHIVE = { quizzes: {}, days: {}, tags: {}, practiceTags: {} };

/** `VERSION_1_RECORD` as the current version. */
const MIGRATED = {
  version: 5,
  archive: EMPTY_ARCHIVE,
  labs: {},
  lessons: {
    'shared-responsibility/security-of-and-in-the-cloud': {
      firstVisitedAt: '2026-11-28T09:00:00.000Z',
      lastVisitedAt: '2026-11-28T10:20:00.000Z',
    },
  },
  attempts: [
    {
      id: 'a',
      quizId: 'shared-responsibility',
      finishedAt: '2026-11-28T10:00:00.000Z',
      kind: 'quiz',
      earned: 8,
      total: 10,
      passed: true,
      mode: 'practice',
      seed: null,
      questionIds: ['of-vs-in'],
      responses: { 'of-vs-in': ['a'] },
      confidence: {},
      durationSeconds: null,
      tagScores: {},
    },
  ],
};

async function loadStore() {
  vi.resetModules();
  // The lab runs' store imports this module instance (modules were just reset).
  const [store, labRuns] = await Promise.all([
    import('../../../src/stores/progress'),
    import('../../../src/stores/lab-runs'),
  ]);
  return { ...store, ...labRuns };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('$progress', () => {
  it('starts empty with no notice when nothing is stored', async () => {
    installBrowser();
    const { $progress, $progressNotice } = await loadStore();
    expect($progress.get()).toEqual({
      version: 5,
      lessons: {},
      attempts: [],
      archive: EMPTY_ARCHIVE,
      labs: {},
    });
    expect($progressNotice.get()).toBeNull();
  });

  it('restores saved progress on the next page load', async () => {
    const browser = installBrowser();
    const first = await loadStore();
    record(first, { earned: 8.5, total: 10, passed: true, mode: 'exam' });
    first.recordVisit('shared-responsibility/security-of-and-in-the-cloud');

    installBrowser(Object.fromEntries(browser.data));
    const second = await loadStore();
    const progress = second.$progress.get();
    expect(progress.attempts).toHaveLength(1);
    expect(progress.attempts[0]).toMatchObject(
      fieldsOf({ earned: 8.5, total: 10, passed: true, mode: 'exam' }),
    );
    expect(Object.keys(progress.lessons)).toEqual(['shared-responsibility/security-of-and-in-the-cloud']);
  });

  it('keeps unreadable stored text as a backup, repairs the record and tells the learner', async () => {
    const browser = installBrowser({ 'csa:progress': '{"version":1,"attempts":[{"id"' });
    const { $progress, $progressNotice } = await loadStore();
    expect($progress.get().attempts).toEqual([]);
    expect($progressNotice.get()).toEqual({ source: 'decode', problem: { code: 'unreadable' } });
    expect(browser.data.get('csa:progress:backup')).toBe('{"version":1,"attempts":[{"id"');
    expect(JSON.parse(browser.data.get('csa:progress') ?? '')).toEqual({
      version: 5,
      lessons: {},
      attempts: [],
      archive: EMPTY_ARCHIVE,
      labs: {},
    });
  });

  it('keeps the valid attempts of a partly tampered record', async () => {
    const good = makeAttempt({ id: 'good' });
    const stored = JSON.stringify({
      ...makeProgress([good]),
      attempts: [good, { id: 'bad', earned: 'lots' }],
    });
    const browser = installBrowser({ 'csa:progress': stored });
    const { $progress, $progressNotice } = await loadStore();
    expect($progress.get().attempts).toEqual([good]);
    expect($progressNotice.get()).toEqual({
      source: 'decode',
      problem: { code: 'partly-invalid', dropped: 1 },
    });
    expect(browser.data.get('csa:progress:backup')).toBe(stored);
  });

  it('does not overwrite an earlier backup', async () => {
    const browser = installBrowser({ 'csa:progress': 'garbage', 'csa:progress:backup': 'older garbage' });
    await loadStore();
    expect(browser.data.get('csa:progress:backup')).toBe('older garbage');
  });

  it('leaves progress from a newer version of the site in place', async () => {
    const stored = JSON.stringify({ version: 6, lessons: {}, attempts: [], streak: 3 });
    const browser = installBrowser({ 'csa:progress': stored });
    const { $progressNotice } = await loadStore();
    expect($progressNotice.get()).toEqual({
      source: 'decode',
      problem: { code: 'newer-version', version: 6 },
    });
    expect(browser.data.get('csa:progress')).toBe(stored);
    expect(browser.data.get('csa:progress:backup')).toBe(stored);
  });

  it('keeps working in memory and says so when storage is full', async () => {
    installBrowser({}, 'quota');
    const store = await loadStore();
    const { $progress, $progressNotice } = store;
    expect(() => record(store)).not.toThrow();
    expect($progress.get().attempts).toHaveLength(1);
    expect($progressNotice.get()).toEqual({ source: 'storage', problem: 'write-failed' });
  });

  it('keeps working in memory and says so when storage is disabled', async () => {
    installBrowser({}, 'disabled');
    const { $progress, $progressNotice, recordVisit } = await loadStore();
    expect($progressNotice.get()).toEqual({ source: 'storage', problem: 'unavailable' });
    recordVisit('shared-responsibility/security-of-and-in-the-cloud');
    expect(Object.keys($progress.get().lessons)).toEqual([
      'shared-responsibility/security-of-and-in-the-cloud',
    ]);
  });

  it('shows an attempt finished in another tab', async () => {
    const browser = installBrowser();
    const { $progress } = await loadStore();
    const seen: number[] = [];
    const unsubscribe = $progress.subscribe((progress) => seen.push(progress.attempts.length));
    browser.otherTabWrites('csa:progress', JSON.stringify(makeProgress([makeAttempt()])));
    expect($progress.get().attempts).toEqual([makeAttempt()]);
    expect(seen).toEqual([0, 1]);
    unsubscribe();
  });

  it('dismissing the notice clears it', async () => {
    installBrowser({ 'csa:progress': 'not json' });
    const { $progressNotice, dismissProgressNotice } = await loadStore();
    expect($progressNotice.get()).not.toBeNull();
    dismissProgressNotice();
    expect($progressNotice.get()).toBeNull();
  });
});

describe('$progress: a version-1 record in storage', () => {
  it('gives version-3 progress on page load, with no notice and no backup', async () => {
    const browser = installBrowser({ 'csa:progress': VERSION_1_RECORD });
    const { $progress, $progressNotice } = await loadStore();
    expect($progress.get()).toEqual(MIGRATED);
    expect($progressNotice.get()).toBeNull();
    expect(browser.data.has('csa:progress:backup')).toBe(false);
  });

  it('leaves the version-1 text in storage until the next write', async () => {
    const browser = installBrowser({ 'csa:progress': VERSION_1_RECORD });
    const { $progress } = await loadStore();
    const unsubscribe = $progress.subscribe(() => undefined);
    expect($progress.get()).toEqual(MIGRATED);
    expect(browser.data.get('csa:progress')).toBe(VERSION_1_RECORD);
    unsubscribe();
  });

  it('stores the current version, migrated attempts included, on the next write', async () => {
    const browser = installBrowser({ 'csa:progress': VERSION_1_RECORD });
    const { recordVisit } = await loadStore();
    recordVisit('iam/least-privilege');
    const saved = JSON.parse(browser.data.get('csa:progress') ?? '');
    expect(saved).toMatchObject({
      version: 5,
      attempts: MIGRATED.attempts,
      archive: EMPTY_ARCHIVE,
      labs: {},
    });
    expect(Object.keys(saved.lessons)).toEqual([
      'shared-responsibility/security-of-and-in-the-cloud',
      'iam/least-privilege',
    ]);
    expect(browser.data.has('csa:progress:backup')).toBe(false);
  });

  it('keeps a new attempt next to the migrated ones on the next page load', async () => {
    const browser = installBrowser({ 'csa:progress': VERSION_1_RECORD });
    const first = await loadStore();
    const recorded = record(first, { mode: 'exam' });

    installBrowser(Object.fromEntries(browser.data));
    const second = await loadStore();
    expect(second.$progress.get().attempts).toEqual([MIGRATED.attempts[0], recorded]);
    expect(second.$progressNotice.get()).toBeNull();
  });

  it('repairs a version-1 record with a bad attempt at once, as version 3, keeping a backup', async () => {
    const stored = `${VERSION_1_RECORD.slice(0, -'}]}'.length)}},{"id":"bad","earned":"lots"}]}`;
    const browser = installBrowser({ 'csa:progress': stored });
    const { $progress, $progressNotice } = await loadStore();
    expect($progress.get()).toEqual(MIGRATED);
    expect($progressNotice.get()).toEqual({
      source: 'decode',
      problem: { code: 'partly-invalid', dropped: 1 },
    });
    expect(browser.data.get('csa:progress:backup')).toBe(stored);
    expect(JSON.parse(browser.data.get('csa:progress') ?? '')).toEqual(MIGRATED);
  });

  it('shows a version-1 record written by a tab of the older site as version 3', async () => {
    const browser = installBrowser();
    const { $progress, $progressNotice } = await loadStore();
    const unsubscribe = $progress.subscribe(() => undefined);
    browser.otherTabWrites('csa:progress', VERSION_1_RECORD);
    expect($progress.get()).toEqual(MIGRATED);
    expect($progressNotice.get()).toBeNull();
    unsubscribe();
  });
});

/** Stored text of progress as the current version stores it. */
const storedText = (progress: Progress): string => JSON.stringify(progress);

/** What storage holds now, decoded as JSON. */
const savedIn = (browser: FakeBrowser): Progress =>
  JSON.parse(browser.data.get('csa:progress') ?? '') as Progress;

describe('$progress: a version-2 record in storage', () => {
  const attempt = makeAttempt({ id: 'v2' });
  const { kind: _kind, ...storedByVersion2 } = attempt;
  const VERSION_2_RECORD = JSON.stringify({ version: 2, lessons: {}, attempts: [storedByVersion2] });

  it('gives current progress with an empty archive and kinds, no notice and no backup, and leaves the text until the next write', async () => {
    const browser = installBrowser({ 'csa:progress': VERSION_2_RECORD });
    const { $progress, $progressNotice, recordVisit } = await loadStore();
    expect($progress.get()).toEqual({
      version: 5,
      lessons: {},
      attempts: [attempt],
      archive: EMPTY_ARCHIVE,
      labs: {},
    });
    expect($progressNotice.get()).toBeNull();
    expect(browser.data.get('csa:progress')).toBe(VERSION_2_RECORD);
    expect(browser.data.has('csa:progress:backup')).toBe(false);

    recordVisit('iam/least-privilege');
    expect(savedIn(browser)).toMatchObject({
      version: 5,
      attempts: [attempt],
      archive: EMPTY_ARCHIVE,
      labs: {},
    });
  });
});

describe('$progress: two tabs writing', () => {
  it('keeps the attempts of two tabs that finish at the same time (merge by id, not last write wins)', async () => {
    const browser = installBrowser();
    const first = await loadStore();
    const second = await loadStore();
    // Both tabs show progress (an island is subscribed), so each keeps its value in memory and
    // learns of the other's writes only through storage events, which the fake never sends here:
    // as when both write within the same moment.
    const unsubscribe = [
      first.$progress.subscribe(() => undefined),
      second.$progress.subscribe(() => undefined),
    ];

    record(first, { earned: 1, total: 3, passed: false });
    expect(second.$progress.get().attempts).toEqual([]);
    record(second, { earned: 3, total: 3, passed: true });
    record(first, { earned: 2, total: 3, passed: false });

    expect(
      savedIn(browser)
        .attempts.map((attempt) => attempt.earned)
        .sort(),
    ).toEqual([1, 2, 3]);
    expect(first.$progress.get().attempts).toHaveLength(3);
    for (const stop of unsubscribe) stop();

    installBrowser(Object.fromEntries(browser.data));
    const reloaded = await loadStore();
    expect(reloaded.$progress.get().attempts).toHaveLength(3);
    expect(new Set(reloaded.$progress.get().attempts.map((attempt) => attempt.id)).size).toBe(3);
  });

  it("keeps another tab's attempt when this tab only records a lesson visit", async () => {
    const browser = installBrowser();
    const { $progress, recordVisit } = await loadStore();
    const stop = $progress.subscribe(() => undefined);
    const other = makeAttempt({ id: 'other-tab' });
    // Written by another tab; its storage event has not arrived yet.
    browser.data.set('csa:progress', storedText(makeProgress([other], { lessons: {} })));
    expect($progress.get().attempts).toEqual([]);

    recordVisit('iam/least-privilege');

    expect(savedIn(browser).attempts).toEqual([other]);
    expect(Object.keys(savedIn(browser).lessons)).toEqual(['iam/least-privilege']);
    expect($progress.get().attempts).toEqual([other]);
    stop();
  });

  it('keeps the earliest first visit and the latest last visit of a lesson both tabs opened', async () => {
    const browser = installBrowser();
    const { $progress, recordVisit } = await loadStore();
    const stop = $progress.subscribe(() => undefined);
    const lesson = 'shared-responsibility/security-of-and-in-the-cloud';
    browser.data.set(
      'csa:progress',
      storedText(
        makeProgress([], {
          lessons: {
            [lesson]: {
              firstVisitedAt: '2020-01-01T00:00:00.000Z',
              lastVisitedAt: '2020-01-02T00:00:00.000Z',
            },
          },
        }),
      ),
    );

    recordVisit(lesson);

    const visit = savedIn(browser).lessons[lesson];
    expect(visit?.firstVisitedAt).toBe('2020-01-01T00:00:00.000Z');
    expect(Date.parse(visit?.lastVisitedAt ?? '')).toBeGreaterThan(Date.parse('2020-01-02T00:00:00.000Z'));
    stop();
  });

  it('keeps a backup of unreadable text found when writing, tells the learner and stores what it has', async () => {
    const browser = installBrowser();
    const store = await loadStore();
    const { $progress, $progressNotice } = store;
    const stop = $progress.subscribe(() => undefined);
    browser.data.set('csa:progress', '{"version":3,"attempts":[');

    record(store);

    expect(browser.data.get('csa:progress:backup')).toBe('{"version":3,"attempts":[');
    expect($progressNotice.get()).toEqual({ source: 'decode', problem: { code: 'unreadable' } });
    expect(savedIn(browser).attempts).toHaveLength(1);
    expect($progress.get().attempts).toHaveLength(1);
    stop();
  });

  it('merges with what it wrote itself when storage refuses writes', async () => {
    installBrowser({}, 'quota');
    const store = await loadStore();
    const { $progress, recordVisit } = store;
    record(store);
    recordVisit('iam/least-privilege');
    record(store);
    expect($progress.get().attempts).toHaveLength(2);
    expect(Object.keys($progress.get().lessons)).toEqual(['iam/least-privilege']);
  });
});

describe('$progress: compaction on write', () => {
  it('with compaction, folds the oldest attempt into the archive and keeps its pass', async () => {
    const attempts = Array.from({ length: DEFAULT_KEEP }, (_, i) =>
      makeAttempt({
        id: `old-${i}`,
        finishedAt: new Date(Date.parse('2026-01-01T00:00:00.000Z') + i * 60_000).toISOString(),
        passed: i === 0,
        earned: i === 0 ? 3 : 1,
      }),
    );
    const browser = installBrowser({ 'csa:progress': storedText(makeProgress(attempts)) });
    const store = await loadStore();
    const { $progress } = store;

    record(store, { earned: 0, passed: false }, (progress) =>
      compactProgress(progress, DEFAULT_KEEP, Infinity),
    );

    const saved = savedIn(browser);
    expect(saved.attempts).toHaveLength(DEFAULT_KEEP);
    expect(saved.attempts.some((attempt) => attempt.id === 'old-0')).toBe(false);
    expect(saved.archive.quizzes['shared-responsibility']).toEqual({
      attempts: 1,
      passed: true,
      bestEarned: 3,
      bestTotal: 3,
      lastEarned: 3,
      lastTotal: 3,
      lastAt: '2026-01-01T00:00:00.000Z',
    });
    expect($progress.get()).toEqual(saved);
  });
});

describe('replaceProgress and updateProgress', () => {
  const imported = makeProgress([makeAttempt({ id: 'imported', finishedAt: '2026-11-01T10:00:00.000Z' })], {
    lessons: {
      'iam/least-privilege': {
        firstVisitedAt: '2026-11-01T09:00:00.000Z',
        lastVisitedAt: '2026-11-01T09:00:00.000Z',
      },
    },
  });

  it('replaceProgress stores exactly the given progress, without merging what storage holds', async () => {
    const browser = installBrowser({
      'csa:progress': storedText(makeProgress([makeAttempt({ id: 'here' })])),
    });
    const { $progress, replaceProgress } = await loadStore();

    replaceProgress(imported);

    expect($progress.get()).toEqual(imported);
    expect(savedIn(browser)).toEqual(imported);
  });

  it('replaceProgress resets to empty progress and undoes the reset', async () => {
    const before = makeProgress([makeAttempt({ id: 'here' })]);
    const browser = installBrowser({ 'csa:progress': storedText(before) });
    const { $progress, replaceProgress } = await loadStore();

    replaceProgress(createEmptyProgress());
    expect(savedIn(browser)).toEqual(createEmptyProgress());
    expect($progress.get()).toEqual(createEmptyProgress());

    replaceProgress(before);
    expect(savedIn(browser)).toEqual(before);
  });

  it('updateProgress merges an imported file into what storage holds now, other tabs included', async () => {
    const here = makeAttempt({ id: 'here', finishedAt: '2026-11-02T10:00:00.000Z' });
    const browser = installBrowser({ 'csa:progress': storedText(makeProgress([here])) });
    const { $progress, updateProgress } = await loadStore();
    const stop = $progress.subscribe(() => undefined);
    const otherTab = makeAttempt({ id: 'other-tab', finishedAt: '2026-11-03T10:00:00.000Z' });
    browser.data.set('csa:progress', storedText(makeProgress([here, otherTab])));

    updateProgress((progress) => mergeProgress(progress, imported));

    expect(savedIn(browser).attempts.map((attempt) => attempt.id)).toEqual(['imported', 'here', 'other-tab']);
    expect(Object.keys(savedIn(browser).lessons).sort()).toEqual([
      'iam/least-privilege',
      'shared-responsibility/security-of-and-in-the-cloud',
    ]);
    expect($progress.get()).toEqual(savedIn(browser));
    stop();
  });

  it('merging the same file twice changes nothing the second time', async () => {
    const browser = installBrowser();
    const { updateProgress } = await loadStore();
    updateProgress((progress) => mergeProgress(progress, imported));
    const once = browser.data.get('csa:progress');
    updateProgress((progress) => mergeProgress(progress, imported));
    expect(browser.data.get('csa:progress')).toBe(once);
  });
});

describe('recordLabRun', () => {
  const failed = { checksPassed: 1, checksTotal: 3, probesDenied: 0, probesTotal: 2, completed: false };
  const solved = { checksPassed: 3, checksTotal: 3, probesDenied: 2, probesTotal: 2, completed: true };

  it('stores each run, the best one and the first completion, and finds them after a reload', async () => {
    const browser = installBrowser();
    const first = await loadStore();
    first.recordLabRun('read-one-bucket', failed, '{ "Statement": [] }');
    first.recordLabRun('read-one-bucket', solved, '{ "Statement": [1] }');
    first.recordLabRun('read-one-bucket', failed, 'worse again');

    installBrowser(Object.fromEntries(browser.data));
    const { $progress } = await loadStore();
    const lab = $progress.get().labs['read-one-bucket'];
    expect(lab).toMatchObject({
      runs: 3,
      best: { checksPassed: 3, checksTotal: 3, probesDenied: 2, probesTotal: 2 },
      policy: 'worse again',
    });
    expect(lab?.completedAt).toEqual(expect.any(String));
    expect(savedIn(browser)).toMatchObject({ version: 5 });
  });

  it('keeps a run finished in another tab when this tab records one', async () => {
    const browser = installBrowser();
    const { recordLabRun } = await loadStore();
    const other = applyLabRun(createEmptyProgress(), 'spot-the-open-bucket', solved, null, new Date());
    browser.data.set('csa:progress', JSON.stringify(other));

    recordLabRun('read-one-bucket', failed, null);

    expect(Object.keys(savedIn(browser).labs).sort()).toEqual(['read-one-bucket', 'spot-the-open-bucket']);
  });

  it('keeps the run in memory and says so when storage is full', async () => {
    installBrowser({}, 'quota');
    const { $progress, $progressNotice, recordLabRun } = await loadStore();

    expect(() => recordLabRun('read-one-bucket', solved, 'policy')).not.toThrow();
    expect($progress.get().labs['read-one-bucket']?.completedAt).not.toBeNull();
    expect($progressNotice.get()).toEqual({ source: 'storage', problem: 'write-failed' });
  });
});
