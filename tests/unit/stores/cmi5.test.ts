// The cmi5 runtime as a launched page runs it, over a fake browser and a fake `@xapi/cmi5`: what
// it sends when the learner's next full attempt is recorded, and what the learner is told.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeAttempt, makeProgress, makeQuiz } from '../../fixtures/builders';
import { installBrowser } from '../../fixtures/fake-browser';

const LRS = 'https://lrs.example';
const ACTOR = { account: { homePage: 'https://lms.example', name: 'learner-1' } };
const SEARCH = `?${new URLSearchParams({
  endpoint: `${LRS}/xapi/`,
  fetch: `${LRS}/fetch/1`,
  actor: JSON.stringify(ACTOR),
  registration: 'r-1',
  activityId: 'https://academy.example/cmi5/au/shared-responsibility',
}).toString()}`;
const PAGE = { search: SEARCH, policy: `connect-src 'self' ${LRS}`, origin: 'https://academy.example' };

interface FakeLaunch {
  initialize?: () => Promise<unknown>;
  launchMode?: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
  returnURL?: string;
  fail?: string;
}

/** Loads the store with a fake Cmi5 class recording every call, and a fetch serving the quiz. */
async function loadPage(fake: FakeLaunch = {}) {
  vi.resetModules();
  installBrowser();
  const calls: string[] = [];
  const record =
    (name: string) =>
    async (...args: unknown[]) => {
      calls.push(`${name} ${JSON.stringify(args[0] ?? null)}`);
      if (fake.fail === name) throw new Error('network');
    };
  vi.doMock('@xapi/cmi5/dist/Cmi5.esm.js', () => ({
    default: class {
      constructor(parameters: unknown) {
        calls.push(`new ${JSON.stringify(parameters)}`);
      }
      initialize = fake.initialize ?? record('initialize');
      getLaunchData = () => ({
        launchMode: fake.launchMode ?? 'Normal',
        moveOn: 'Passed',
        ...(fake.masteryScore === undefined ? {} : { masteryScore: fake.masteryScore }),
        ...(fake.returnURL === undefined ? {} : { returnURL: fake.returnURL }),
      });
      interaction = async (
        testId: string,
        questionId: string,
        response: string,
        _d: unknown,
        success: boolean,
      ) => {
        calls.push(`answered ${testId}/${questionId} ${response} ${success}`);
        if (fake.fail === 'interaction') throw new Error('network');
      };
      pass = record('passed');
      fail = record('failed');
      complete = record('completed');
      terminate = record('terminated');
    },
  }));
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      url === '/quizzes/shared-responsibility.json'
        ? { ok: true, json: async () => ({ ...makeQuiz(), pool: [] }) }
        : { ok: false, status: 404, json: async () => null },
    ),
  );
  const store = await import('../../../src/stores/cmi5');
  const { $progress, updateProgress } = await import('../../../src/stores/progress');
  return { ...store, $progress, updateProgress, calls };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('@xapi/cmi5/dist/Cmi5.esm.js');
});

/** Waits until the store's status is `state`. */
const settled = async (store: { $cmi5: { get(): { state: string } } }, state: string) =>
  vi.waitFor(() => expect(store.$cmi5.get().state).toBe(state));

describe('startCmi5', () => {
  it('refuses a launch to an LRS the page may not connect to, without loading a session', async () => {
    const page = await loadPage();
    await page.startCmi5('shared-responsibility', { ...PAGE, policy: "connect-src 'self'" });
    expect(page.$cmi5.get()).toEqual({ state: 'problem', problem: 'origin-not-allowed', detail: LRS });
    expect(page.calls).toEqual([]);
  });

  it('says the launch was not accepted when the fetch URL or launch data fails', async () => {
    const page = await loadPage({ initialize: () => Promise.reject(new Error('401')) });
    await page.startCmi5('shared-responsibility', PAGE);
    expect(page.$cmi5.get()).toEqual({ state: 'problem', problem: 'fetch-failed', detail: '' });
  });

  it('reports the next full attempt: answers, passed, completed, terminated, then says so', async () => {
    const page = await loadPage({ masteryScore: 0.7, returnURL: 'https://lms.example/back' });
    await page.startCmi5('shared-responsibility', PAGE);
    expect(page.$cmi5.get()).toEqual({ state: 'connected', mode: 'Normal' });
    page.updateProgress(() => makeProgress([makeAttempt({ id: 'review-1', kind: 'review' })]));
    page.updateProgress(() => makeProgress([makeAttempt({ responses: { single: ['b'] }, earned: 2 })]));
    await settled(page, 'sent');
    expect(page.calls.slice(1)).toEqual([
      'initialize null',
      'answered shared-responsibility/single b false',
      'answered shared-responsibility/multiple  false',
      'answered shared-responsibility/true-false  false',
      'failed {"scaled":0.6667,"raw":2,"min":0,"max":3}',
      'completed null',
      'terminated null',
    ]);
    expect(page.$cmi5.get()).toEqual({
      state: 'sent',
      verb: 'failed',
      scaled: 0.6667,
      done: false,
      returnUrl: 'https://lms.example/back',
    });
  });

  it('passes against the quiz pass mark without a masteryScore, and skips questions the quiz no longer has', async () => {
    const page = await loadPage();
    await page.startCmi5('shared-responsibility', PAGE);
    page.updateProgress(() =>
      makeProgress([
        makeAttempt({ questionIds: ['single', 'gone'], responses: { single: ['a'] }, earned: 1, total: 1 }),
      ]),
    );
    await settled(page, 'sent');
    expect(page.calls.slice(2)).toEqual([
      'answered shared-responsibility/single a true',
      'passed {"scaled":1,"raw":1,"min":0,"max":1}',
      'completed null',
      'terminated null',
    ]);
    expect(page.$cmi5.get()).toMatchObject({ verb: 'passed', done: true, returnUrl: null });
  });

  it('in Review mode sends only terminated after the attempt', async () => {
    const page = await loadPage({ launchMode: 'Review' });
    await page.startCmi5('shared-responsibility', PAGE);
    page.updateProgress(() => makeProgress([makeAttempt()]));
    await settled(page, 'sent');
    expect(page.calls.slice(2)).toEqual(['terminated null']);
    expect(page.$cmi5.get()).toMatchObject({ verb: null });
  });

  it('says the result could not be sent when a statement fails, or the quiz data cannot load', async () => {
    const page = await loadPage({ fail: 'interaction' });
    await page.startCmi5('shared-responsibility', PAGE);
    page.updateProgress(() => makeProgress([makeAttempt()]));
    await settled(page, 'problem');
    expect(page.$cmi5.get()).toEqual({ state: 'problem', problem: 'send-failed', detail: '' });

    const other = await loadPage();
    const search = SEARCH.replace('shared-responsibility', 'missing');
    await other.startCmi5('missing', { ...PAGE, search });
    other.updateProgress(() => makeProgress([makeAttempt({ quizId: 'missing' })]));
    await settled(other, 'problem');
  });

  it('starts once a page, however often it is called', async () => {
    const page = await loadPage();
    await page.startCmi5('shared-responsibility', PAGE);
    await page.startCmi5('shared-responsibility', PAGE);
    expect(page.calls.filter((call) => call.startsWith('initialize'))).toHaveLength(1);
  });
});
