// The progress store as a browser uses it: a fake window with a fake localStorage, the store
// module imported fresh for each test so it reads storage the way a page load does.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuizAttempt } from '../../../src/lib/progress/types';
import { makeAttempt, makeProgress } from '../../fixtures/builders';

type Listener = (event: { key: string | null; newValue: string | null }) => void;

interface FakeBrowser {
  data: Map<string, string>;
  /** Fires a `storage` event, as another tab's write does. */
  otherTabWrites(key: string, value: string): void;
}

/** Installs a fake `window` whose localStorage keeps `initial` and can be told to fail. */
function installBrowser(
  initial: Record<string, string> = {},
  failure: 'none' | 'quota' | 'disabled' = 'none',
): FakeBrowser {
  const data = new Map(Object.entries(initial));
  const listeners: Listener[] = [];
  const localStorage = {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (failure === 'quota' && key !== 'csa:probe') {
        throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      }
      data.set(key, value);
    },
    removeItem: (key: string) => data.delete(key),
  };
  const window = {
    get localStorage() {
      if (failure === 'disabled') throw new Error('SecurityError: access denied');
      return localStorage;
    },
    addEventListener: (type: string, listener: Listener) => {
      if (type === 'storage') listeners.push(listener);
    },
    removeEventListener: () => undefined,
  };
  vi.stubGlobal('window', window);
  return {
    data,
    otherTabWrites(key, value) {
      data.set(key, value);
      for (const listener of listeners) listener({ key, newValue: value });
    },
  };
}

/** What the quiz island passes to `recordQuizAttempt`: a version-2 attempt without id and time. */
function finishedAttempt(overrides: Partial<QuizAttempt> = {}): Omit<QuizAttempt, 'id' | 'finishedAt'> {
  const attempt: Partial<QuizAttempt> = makeAttempt(overrides);
  delete attempt.id;
  delete attempt.finishedAt;
  return attempt as Omit<QuizAttempt, 'id' | 'finishedAt'>;
}

/** A version-1 record as the site stored it until version 2. */
const VERSION_1_RECORD =
  '{"version":1,' +
  '"lessons":{"shared-responsibility/security-of-and-in-the-cloud":' +
  '{"firstVisitedAt":"2026-11-28T09:00:00.000Z","lastVisitedAt":"2026-11-28T10:20:00.000Z"}},' +
  '"attempts":[{"id":"a","quizId":"shared-responsibility","finishedAt":"2026-11-28T10:00:00.000Z",' +
  '"earned":8,"total":10,"passed":true,"responses":{"of-vs-in":["a"]}}]}';

/** `VERSION_1_RECORD` as version 2. */
const MIGRATED = {
  version: 2,
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
  return import('../../../src/stores/progress');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('$progress', () => {
  it('starts empty with no notice when nothing is stored', async () => {
    installBrowser();
    const { $progress, $progressNotice } = await loadStore();
    expect($progress.get()).toEqual({ version: 2, lessons: {}, attempts: [] });
    expect($progressNotice.get()).toBeNull();
  });

  it('restores saved progress on the next page load', async () => {
    const browser = installBrowser();
    const first = await loadStore();
    first.recordQuizAttempt(finishedAttempt({ earned: 8.5, total: 10, passed: true, mode: 'exam' }));
    first.recordVisit('shared-responsibility/security-of-and-in-the-cloud');

    installBrowser(Object.fromEntries(browser.data));
    const second = await loadStore();
    const progress = second.$progress.get();
    expect(progress.attempts).toHaveLength(1);
    expect(progress.attempts[0]).toMatchObject(
      finishedAttempt({ earned: 8.5, total: 10, passed: true, mode: 'exam' }),
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
      version: 2,
      lessons: {},
      attempts: [],
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
    const stored = JSON.stringify({ version: 3, lessons: {}, attempts: [], streak: 3 });
    const browser = installBrowser({ 'csa:progress': stored });
    const { $progressNotice } = await loadStore();
    expect($progressNotice.get()).toEqual({
      source: 'decode',
      problem: { code: 'newer-version', version: 3 },
    });
    expect(browser.data.get('csa:progress')).toBe(stored);
    expect(browser.data.get('csa:progress:backup')).toBe(stored);
  });

  it('keeps working in memory and says so when storage is full', async () => {
    installBrowser({}, 'quota');
    const { $progress, $progressNotice, recordQuizAttempt } = await loadStore();
    expect(() => recordQuizAttempt(finishedAttempt())).not.toThrow();
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

  it('gives every attempt its own id and time', async () => {
    installBrowser();
    const { $progress, recordQuizAttempt } = await loadStore();
    const attempt = finishedAttempt({ earned: 1, total: 2, passed: false });
    recordQuizAttempt(attempt);
    recordQuizAttempt(attempt);
    const [first, second] = $progress.get().attempts;
    expect(first?.id).not.toBe(second?.id);
    expect(Number.isNaN(Date.parse(first?.finishedAt ?? ''))).toBe(false);
  });

  it('keeps every version-2 field the caller gives and adds a fresh id and time', async () => {
    installBrowser();
    const { $progress, recordQuizAttempt } = await loadStore();
    const attempt = finishedAttempt({
      earned: 1.5,
      total: 2,
      passed: true,
      mode: 'exam',
      seed: 99,
      questionIds: ['single', 'categorize'],
      responses: { single: ['a'], categorize: { 'guest-os': 'customer' } },
      confidence: { categorize: 'unsure' },
      durationSeconds: 48.2,
      tagScores: { 'difficulty:intermediate': { earned: 1.5, total: 2 } },
    });
    const before = Date.now();
    recordQuizAttempt(attempt);
    const [recorded] = $progress.get().attempts;
    expect(recorded).toEqual({ ...attempt, id: expect.any(String), finishedAt: expect.any(String) });
    expect(Date.parse(recorded?.finishedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
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
  it('gives version-2 progress on page load, with no notice and no backup', async () => {
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

  it('stores version 2, migrated attempts included, on the next write', async () => {
    const browser = installBrowser({ 'csa:progress': VERSION_1_RECORD });
    const { recordVisit } = await loadStore();
    recordVisit('iam/least-privilege');
    const saved = JSON.parse(browser.data.get('csa:progress') ?? '');
    expect(saved).toMatchObject({ version: 2, attempts: MIGRATED.attempts });
    expect(Object.keys(saved.lessons)).toEqual([
      'shared-responsibility/security-of-and-in-the-cloud',
      'iam/least-privilege',
    ]);
    expect(browser.data.has('csa:progress:backup')).toBe(false);
  });

  it('keeps a new attempt next to the migrated ones on the next page load', async () => {
    const browser = installBrowser({ 'csa:progress': VERSION_1_RECORD });
    const first = await loadStore();
    first.recordQuizAttempt(finishedAttempt({ mode: 'exam' }));

    installBrowser(Object.fromEntries(browser.data));
    const second = await loadStore();
    expect(second.$progress.get().attempts).toEqual([
      MIGRATED.attempts[0],
      { ...finishedAttempt({ mode: 'exam' }), id: expect.any(String), finishedAt: expect.any(String) },
    ]);
    expect(second.$progressNotice.get()).toBeNull();
  });

  it('repairs a version-1 record with a bad attempt at once, as version 2, keeping a backup', async () => {
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

  it('shows a version-1 record written by a tab of the older site as version 2', async () => {
    const browser = installBrowser();
    const { $progress, $progressNotice } = await loadStore();
    const unsubscribe = $progress.subscribe(() => undefined);
    browser.otherTabWrites('csa:progress', VERSION_1_RECORD);
    expect($progress.get()).toEqual(MIGRATED);
    expect($progressNotice.get()).toBeNull();
    unsubscribe();
  });
});
