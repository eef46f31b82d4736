// The review deck store as a browser uses it: a fake window with a fake localStorage, the store
// module imported fresh for each page load so it reads storage the way a page load does.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { State } from 'ts-fsrs';
import { createEmptyDeck, encodeDeck, type ReviewDeck } from '../../../src/lib/review/deck';
import { addMisses } from '../../../src/lib/review/schedule';
import { installBrowser, type FakeBrowser } from '../../fixtures/fake-browser';

/** A page load: the store module (and the progress store it uses) evaluated afresh. */
async function loadStore() {
  vi.resetModules();
  const store = await import('../../../src/stores/review');
  const actions = await import('../../../src/stores/review-actions');
  return { ...store, ...actions };
}

const T0 = new Date('2026-11-28T10:00:00.000Z');
const MINUTE = 60_000;
const DAY = 86_400_000;
const K1 = 'iam-policy-types/least-privilege';
const K2 = 'iam-policy-types/boundary';
const K3 = 'iam-policy-types/scp-effect';

/** An attempt of `iam-policy-types` that asked these questions, with no confidence given. */
const attempt = (...questionIds: string[]) => ({
  quizId: 'iam-policy-types',
  questionIds,
  confidence: {},
  finishedAt: new Date().toISOString(),
});

/** Reads the stored deck. */
const storedDeck = (browser: FakeBrowser): ReviewDeck => JSON.parse(browser.data.get('csa:review') ?? 'null');

/** A deck holding new cards under these keys, added at `addedAt`. */
function deckWith(addedAt: Date, ...keys: string[]): ReviewDeck {
  return addMisses(
    createEmptyDeck(),
    {
      quizId: 'q',
      finishedAt: addedAt.toISOString(),
      questionIds: keys,
      confidence: {},
    },
    Object.fromEntries(keys.map((key) => [key, 'incorrect'] as const)),
    addedAt,
  );
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('$reviewDeck', () => {
  it('starts empty, with nothing due and no notice, when nothing is stored', async () => {
    const browser = installBrowser();
    const { $reviewDeck, $dueCount, $reviewNotice } = await loadStore();
    expect($reviewDeck.get()).toEqual({ version: 1, cards: {} });
    expect($dueCount.get()).toBe(0);
    expect($reviewNotice.get()).toBeNull();
    expect(browser.data.has('csa:review')).toBe(false);
  });

  it('adds an attempt’s misses and keeps them across a page load', async () => {
    const browser = installBrowser();
    const first = await loadStore();
    first.addMissesFromAttempt(attempt('least-privilege', 'boundary', 'scp-effect'), {
      'least-privilege': 'incorrect',
      boundary: 'unanswered',
      'scp-effect': 'correct',
    });
    expect(Object.keys(first.$reviewDeck.get().cards)).toEqual([K1, K2]);
    expect(first.$dueCount.get()).toBe(2);
    expect(storedDeck(browser)).toEqual(first.$reviewDeck.get());

    installBrowser(Object.fromEntries(browser.data));
    const second = await loadStore();
    expect(second.$reviewDeck.get()).toEqual(first.$reviewDeck.get());
    expect(second.$dueCount.get()).toBe(2);
    expect(second.$reviewNotice.get()).toBeNull();
  });

  it('records review answers, stores them and counts the card as no longer due', async () => {
    const browser = installBrowser();
    const { $reviewDeck, $dueCount, addMissesFromAttempt, recordReviewAnswer } = await loadStore();
    addMissesFromAttempt(attempt('least-privilege', 'boundary'), {
      'least-privilege': 'incorrect',
      boundary: 'incorrect',
    });
    recordReviewAnswer(K1, 'correct', true);
    expect($reviewDeck.get().cards[K1]).toMatchObject({ reps: 1, state: State.Learning });
    expect($dueCount.get()).toBe(1);
    expect(storedDeck(browser).cards[K1]).toMatchObject({ reps: 1 });
  });

  it('ignores an answer to a card that is not in the deck', async () => {
    installBrowser();
    const { $reviewDeck, recordReviewAnswer } = await loadStore();
    recordReviewAnswer(K1, 'correct', true);
    expect($reviewDeck.get()).toEqual({ version: 1, cards: {} });
  });

  it('counts the same attempt once when it is recorded twice', async () => {
    installBrowser();
    const { $reviewDeck, addMissesFromAttempt } = await loadStore();
    const finished = { ...attempt('least-privilege'), finishedAt: new Date().toISOString() };
    addMissesFromAttempt(finished, { 'least-privilege': 'incorrect' });
    const once = $reviewDeck.get();
    addMissesFromAttempt(finished, { 'least-privilege': 'incorrect' });
    expect($reviewDeck.get()).toEqual(once);
    expect(once.cards[K1]).toMatchObject({ reps: 0, state: State.New });
  });
});

describe('$dueCount', () => {
  it('counts cards by the time of the page load', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    const browser = installBrowser({
      'csa:review': encodeDeck({
        version: 1,
        cards: { ...deckWith(new Date(T0.getTime() + DAY), K1).cards, ...deckWith(T0, K2).cards },
      }),
    });
    expect((await loadStore()).$dueCount.get()).toBe(1);

    vi.setSystemTime(T0.getTime() + 2 * DAY);
    installBrowser(Object.fromEntries(browser.data));
    expect((await loadStore()).$dueCount.get()).toBe(2);
  });

  it('counts a card reviewed today again once its next review comes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    const browser = installBrowser();
    const first = await loadStore();
    first.addMissesFromAttempt(attempt('least-privilege'), { 'least-privilege': 'incorrect' });
    expect(first.$dueCount.get()).toBe(1);
    first.recordReviewAnswer(K1, 'correct', true);
    expect(first.$dueCount.get()).toBe(0);

    vi.setSystemTime(T0.getTime() + 60 * MINUTE);
    installBrowser(Object.fromEntries(browser.data));
    expect((await loadStore()).$dueCount.get()).toBe(1);
  });

  it('follows the deck as it changes', async () => {
    installBrowser();
    const { $dueCount, addMissesFromAttempt } = await loadStore();
    const seen: number[] = [];
    const unsubscribe = $dueCount.subscribe((count) => seen.push(count));
    addMissesFromAttempt(attempt('least-privilege'), { 'least-privilege': 'incorrect' });
    addMissesFromAttempt(attempt('boundary'), { boundary: 'incorrect' });
    expect(seen).toEqual([0, 1, 2]);
    unsubscribe();
  });
});

describe('$reviewDeck: damaged storage', () => {
  it('keeps unreadable stored text as a backup, stores an empty deck and tells the learner', async () => {
    const broken = '{"version":1,"cards":{';
    const browser = installBrowser({ 'csa:review': broken });
    const { $reviewDeck, $reviewNotice } = await loadStore();
    expect($reviewDeck.get()).toEqual({ version: 1, cards: {} });
    expect($reviewNotice.get()).toBe('unreadable');
    expect(browser.data.get('csa:review:backup')).toBe(broken);
    expect(storedDeck(browser)).toEqual({ version: 1, cards: {} });
  });

  it('keeps the valid cards of a partly tampered deck, with a backup', async () => {
    const good = deckWith(T0, K1);
    const stored = JSON.stringify({ version: 1, cards: { ...good.cards, [K2]: { due: 'soon' } } });
    const browser = installBrowser({ 'csa:review': stored });
    const { $reviewDeck, $reviewNotice } = await loadStore();
    expect($reviewDeck.get()).toEqual(good);
    expect($reviewNotice.get()).toBe('partly-invalid');
    expect(browser.data.get('csa:review:backup')).toBe(stored);
    expect(storedDeck(browser)).toEqual(good);
  });

  it('treats another app’s data under the key as not a deck', async () => {
    const browser = installBrowser({ 'csa:review': '{"cards":"mine"}' });
    const { $reviewNotice } = await loadStore();
    expect($reviewNotice.get()).toBe('not-deck');
    expect(browser.data.get('csa:review:backup')).toBe('{"cards":"mine"}');
  });

  it('does not overwrite an earlier backup', async () => {
    const browser = installBrowser({ 'csa:review': 'garbage', 'csa:review:backup': 'older garbage' });
    await loadStore();
    expect(browser.data.get('csa:review:backup')).toBe('older garbage');
  });

  it('shows a notice only on the load that repaired the deck', async () => {
    const browser = installBrowser({ 'csa:review': 'garbage' });
    expect((await loadStore()).$reviewNotice.get()).toBe('unreadable');
    installBrowser(Object.fromEntries(browser.data));
    expect((await loadStore()).$reviewNotice.get()).toBeNull();
  });

  it('dismissing the notice clears it', async () => {
    installBrowser({ 'csa:review': 'not json' });
    const { $reviewNotice, dismissReviewNotice } = await loadStore();
    expect($reviewNotice.get()).not.toBeNull();
    dismissReviewNotice();
    expect($reviewNotice.get()).toBeNull();
  });

  it('leaves stored progress alone', async () => {
    const browser = installBrowser({ 'csa:review': 'garbage' });
    const { addMissesFromAttempt } = await loadStore();
    addMissesFromAttempt(attempt('least-privilege'), { 'least-privilege': 'incorrect' });
    expect(browser.data.has('csa:progress')).toBe(false);
    expect(browser.data.has('csa:progress:backup')).toBe(false);
  });
});

describe('$reviewDeck: storage that fails', () => {
  it('keeps working in memory and says so when storage is full', async () => {
    installBrowser({}, 'quota');
    const { $reviewDeck, addMissesFromAttempt, recordReviewAnswer } = await loadStore();
    const { $progressNotice } = await import('../../../src/stores/progress');
    expect(() => {
      addMissesFromAttempt(attempt('least-privilege'), { 'least-privilege': 'incorrect' });
      recordReviewAnswer(K1, 'incorrect', false);
    }).not.toThrow();
    expect($reviewDeck.get().cards[K1]).toMatchObject({ reps: 1 });
    expect($progressNotice.get()).toEqual({ source: 'storage', problem: 'write-failed' });
  });

  it('keeps working in memory and says so when storage is disabled', async () => {
    installBrowser({}, 'disabled');
    const { $reviewDeck, $dueCount, addMissesFromAttempt } = await loadStore();
    const { $progressNotice } = await import('../../../src/stores/progress');
    expect($progressNotice.get()).toEqual({ source: 'storage', problem: 'unavailable' });
    addMissesFromAttempt(attempt('least-privilege'), { 'least-privilege': 'incorrect' });
    expect(Object.keys($reviewDeck.get().cards)).toEqual([K1]);
    expect($dueCount.get()).toBe(1);
  });
});

describe('$reviewDeck: two tabs', () => {
  it('keeps both tabs’ reviews and misses, whichever writes last', async () => {
    const browser = installBrowser();
    const tabA = await loadStore();
    tabA.addMissesFromAttempt(attempt('least-privilege', 'boundary'), {
      'least-privilege': 'incorrect',
      boundary: 'incorrect',
    });
    const tabB = await loadStore();
    expect(Object.keys(tabB.$reviewDeck.get().cards)).toEqual([K1, K2]);

    // Neither tab listens for the other's writes: each only has what it read or wrote itself.
    tabA.recordReviewAnswer(K1, 'correct', true);
    tabB.recordReviewAnswer(K2, 'incorrect', false);
    expect(tabB.$reviewDeck.get().cards[K1]).toMatchObject({ reps: 1 });
    tabA.addMissesFromAttempt(attempt('scp-effect'), { 'scp-effect': 'incorrect' });

    installBrowser(Object.fromEntries(browser.data));
    const cards = (await loadStore()).$reviewDeck.get().cards;
    expect(Object.keys(cards).sort()).toEqual([K2, K1, K3]);
    expect(cards[K1]).toMatchObject({ reps: 1, state: State.Learning });
    expect(cards[K2]).toMatchObject({ reps: 1, state: State.Learning });
    expect(cards[K3]).toMatchObject({ reps: 0, state: State.New });
  });

  it('shows a deck another tab stored', async () => {
    const browser = installBrowser();
    const { $reviewDeck, $dueCount } = await loadStore();
    const unsubscribe = $reviewDeck.subscribe(() => undefined);
    browser.otherTabWrites('csa:review', encodeDeck(deckWith(new Date(), K1)));
    expect(Object.keys($reviewDeck.get().cards)).toEqual([K1]);
    expect($dueCount.get()).toBe(1);
    unsubscribe();
  });

  it('backs up damaged text another tab stored', async () => {
    const browser = installBrowser();
    const { $reviewDeck, $reviewNotice } = await loadStore();
    const unsubscribe = $reviewDeck.subscribe(() => undefined);
    browser.otherTabWrites('csa:review', '{"version":1,"cards":[]}');
    expect($reviewNotice.get()).toBe('not-deck');
    expect(browser.data.get('csa:review:backup')).toBe('{"version":1,"cards":[]}');
    expect($reviewDeck.get()).toEqual({ version: 1, cards: {} });
    unsubscribe();
  });
});
