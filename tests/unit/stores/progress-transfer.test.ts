// Import, replace, reset and undo as the dashboard runs them: one action over both stores.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmptyDeck, encodeDeck, type ReviewDeck } from '../../../src/lib/review/deck';
import type { Progress } from '../../../src/lib/progress/types';
import { makeAttempt, makeProgress } from '../../fixtures/builders';
import { installBrowser, type FakeBrowser } from '../../fixtures/fake-browser';

async function loadPage() {
  vi.resetModules();
  return import('../../../src/stores/progress-transfer');
}

afterEach(() => vi.unstubAllGlobals());

const card = {
  due: '2026-11-20T10:00:00.000Z',
  stability: 0,
  difficulty: 0,
  elapsed_days: 0,
  scheduled_days: 0,
  learning_steps: 0,
  reps: 0,
  lapses: 0,
  state: 0,
  last_review: null,
  addedAt: '2026-11-20T10:00:00.000Z',
};
const deckWith = (...keys: string[]): ReviewDeck => ({
  version: 1,
  cards: Object.fromEntries(keys.map((key) => [key, card])),
});

const here = makeProgress([makeAttempt({ id: 'here', finishedAt: '2026-11-02T10:00:00.000Z' })]);
const imported = makeProgress([makeAttempt({ id: 'imported', finishedAt: '2026-11-01T10:00:00.000Z' })]);

const saved = (browser: FakeBrowser): Progress => JSON.parse(browser.data.get('csa:progress') ?? 'null');
const savedDeck = (browser: FakeBrowser): ReviewDeck => JSON.parse(browser.data.get('csa:review') ?? 'null');

function browserWithProgress(): FakeBrowser {
  return installBrowser({
    'csa:progress': JSON.stringify(here),
    'csa:review': encodeDeck(deckWith('iam-policy-types/boundary')),
  });
}

describe('progress transfer actions', () => {
  it('merging an import keeps both sides’ attempts and both decks', async () => {
    const browser = browserWithProgress();
    const { mergeImported } = await loadPage();

    mergeImported(imported, deckWith('iam-policy-types/scp-effect'));

    expect(saved(browser).attempts.map((attempt) => attempt.id)).toEqual(['imported', 'here']);
    expect(Object.keys(savedDeck(browser).cards).sort()).toEqual([
      'iam-policy-types/boundary',
      'iam-policy-types/scp-effect',
    ]);
  });

  it('replacing with an import drops what was here, and an unreadable deck in the file brings none', async () => {
    const browser = browserWithProgress();
    const { replaceWithImported } = await loadPage();

    replaceWithImported(imported, { cards: 'broken' });

    expect(saved(browser).attempts.map((attempt) => attempt.id)).toEqual(['imported']);
    expect(savedDeck(browser)).toEqual(createEmptyDeck());
  });

  it('a reset empties both stores and its undo puts both back', async () => {
    const browser = browserWithProgress();
    const { resetProgress, undoReset } = await loadPage();

    const previous = resetProgress();
    expect(saved(browser).attempts).toEqual([]);
    expect(savedDeck(browser)).toEqual(createEmptyDeck());

    undoReset(previous);
    expect(saved(browser)).toEqual(here);
    expect(Object.keys(savedDeck(browser).cards)).toEqual(['iam-policy-types/boundary']);
  });

  it('the preview counts what a merge would add', async () => {
    browserWithProgress();
    const { previewImport } = await loadPage();

    expect(previewImport(imported)).toMatchObject({ newAttempts: 1 });
  });
});
