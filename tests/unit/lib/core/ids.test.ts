import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../../../src/lib/core/ids';

describe('newId', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives a different UUID each time', () => {
    const a = newId();
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(newId()).not.toBe(a);
  });

  it('falls back to 32 random hex digits where randomUUID is missing (plain http)', () => {
    vi.stubGlobal('crypto', { getRandomValues: (bytes: Uint8Array) => bytes.fill(171) });
    expect(newId()).toBe('ab'.repeat(16));
  });
});
