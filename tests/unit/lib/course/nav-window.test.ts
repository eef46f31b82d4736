import { describe, expect, it } from 'vitest';
import { NAV_ALL_UP_TO, navWindow } from '../../../../src/lib/course/nav-window';

describe('navWindow', () => {
  it('lists every module of a course of up to nine modules, wherever the learner is', () => {
    expect(NAV_ALL_UP_TO).toBe(9);
    expect(navWindow(8, 3)).toEqual({ start: 0, end: 8, complete: true });
    expect(navWindow(9, undefined)).toEqual({ start: 0, end: 9, complete: true });
    expect(navWindow(1, 0)).toEqual({ start: 0, end: 1, complete: true });
  });

  it('lists the open module and two on each side in a longer course', () => {
    expect(navWindow(100, 49)).toEqual({ start: 47, end: 52, complete: false });
    expect(navWindow(10, 5)).toEqual({ start: 3, end: 8, complete: false });
  });

  it('keeps five modules at either end of the course', () => {
    expect(navWindow(100, 0)).toEqual({ start: 0, end: 5, complete: false });
    expect(navWindow(100, 1)).toEqual({ start: 0, end: 5, complete: false });
    expect(navWindow(100, 99)).toEqual({ start: 95, end: 100, complete: false });
    expect(navWindow(100, 98)).toEqual({ start: 95, end: 100, complete: false });
  });

  it('lists the last modules, before the final assessment, when no module is open', () => {
    expect(navWindow(100, undefined)).toEqual({ start: 95, end: 100, complete: false });
    expect(navWindow(100, -1)).toEqual({ start: 95, end: 100, complete: false });
  });

  it('lists the same number of modules whatever the course length', () => {
    const sizes = [10, 50, 100, 1000].flatMap((count) =>
      [0, Math.floor(count / 2), count - 1, undefined].map((open) => {
        const { start, end } = navWindow(count, open);
        return end - start;
      }),
    );
    expect(new Set(sizes)).toEqual(new Set([5]));
  });

  it('clamps a position past the end to the last module', () => {
    expect(navWindow(20, 40)).toEqual({ start: 15, end: 20, complete: false });
  });
});
