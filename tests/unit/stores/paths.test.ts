// The paths a learner follows and the name they gave, as a browser keeps them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installBrowser } from '../../fixtures/fake-browser';

async function loadPaths() {
  vi.resetModules();
  return import('../../../src/stores/paths');
}

async function loadLearner() {
  vi.resetModules();
  return import('../../../src/stores/learner');
}

afterEach(() => vi.unstubAllGlobals());

describe('followed paths', () => {
  it('keeps followed paths across a page load and forgets the key when none is left', async () => {
    const browser = installBrowser();
    const page = await loadPaths();
    page.followPath('security-champion');
    page.followPath('new-engineer-onboarding');
    expect(browser.data.get('csa:paths')).toBe('["security-champion","new-engineer-onboarding"]');

    installBrowser(Object.fromEntries(browser.data));
    const again = await loadPaths();
    expect(again.$followedPaths.get()).toEqual(['security-champion', 'new-engineer-onboarding']);
    again.unfollowPath('security-champion');
    again.unfollowPath('new-engineer-onboarding');
    expect(again.$followedPaths.get()).toEqual([]);
  });

  it('keeps a path another tab followed when this tab follows one', async () => {
    const browser = installBrowser();
    const page = await loadPaths();
    browser.data.set('csa:paths', '["security-champion"]');
    page.followPath('new-engineer-onboarding');
    expect(page.$followedPaths.get()).toEqual(['security-champion', 'new-engineer-onboarding']);
  });

  it('backs up a tampered value and keeps what it can read', async () => {
    const browser = installBrowser({ 'csa:paths': '["ok", 7]' });
    const page = await loadPaths();
    const stop = page.$followedPaths.listen(() => undefined);
    expect(page.$followedPaths.get()).toEqual(['ok']);
    expect(browser.data.get('csa:paths:backup')).toBe('["ok", 7]');
    stop();
  });
});

describe('learner name', () => {
  it('keeps the name trimmed across a page load, and a blank name forgets it', async () => {
    const browser = installBrowser();
    const page = await loadLearner();
    page.setLearnerName('  Ada Lovelace ');
    expect(browser.data.get('csa:learner')).toBe('Ada Lovelace');

    installBrowser(Object.fromEntries(browser.data));
    const again = await loadLearner();
    expect(again.$learnerName.get()).toBe('Ada Lovelace');
    again.setLearnerName('   ');
    expect(again.$learnerName.get()).toBe('');
  });

  it('cuts a stored name to the length an export keeps', async () => {
    installBrowser({ 'csa:learner': 'x'.repeat(150) });
    const page = await loadLearner();
    expect(page.$learnerName.get()).toHaveLength(100);
  });
});
