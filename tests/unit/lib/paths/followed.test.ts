import { describe, expect, it } from 'vitest';
import { decodeFollowed, follow, isPathId, MAX_FOLLOWED, unfollow } from '../../../../src/lib/paths/followed';

describe('decodeFollowed', () => {
  it('reads a list of path ids', () => {
    expect(decodeFollowed('["security-champion","new-engineer-onboarding"]')).toEqual({
      value: ['security-champion', 'new-engineer-onboarding'],
      problem: null,
    });
  });

  it('reads text that is not JSON, or not a list, as nothing followed, and says so', () => {
    expect(decodeFollowed('{')).toEqual({ value: [], problem: 'unreadable' });
    expect(decodeFollowed('{"a":1}')).toEqual({ value: [], problem: 'unreadable' });
  });

  it('keeps the ids it can read and drops repeats and anything else, saying so', () => {
    expect(decodeFollowed('["a", 3, "Bad Id", "a", "__proto__"]')).toEqual({
      value: ['a'],
      problem: 'unreadable',
    });
  });

  it('keeps at most MAX_FOLLOWED ids', () => {
    const many = JSON.stringify(Array.from({ length: MAX_FOLLOWED + 5 }, (_, index) => `p${index}`));
    expect(decodeFollowed(many).value).toHaveLength(MAX_FOLLOWED);
  });
});

describe('follow and unfollow', () => {
  it('adds a path once, at the end, and removes it', () => {
    expect(follow(['a'], 'b')).toEqual(['a', 'b']);
    expect(follow(['a', 'b'], 'a')).toEqual(['a', 'b']);
    expect(unfollow(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('never adds something that is not a path id', () => {
    expect(follow([], '../x')).toEqual([]);
    expect(isPathId('x'.repeat(101))).toBe(false);
  });
});
