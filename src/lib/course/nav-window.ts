/**
 * Which modules the course navigation lists, so its size on every page stays the same however
 * long the course grows: every module while there are at most `NAV_ALL_UP_TO`; beyond that, the
 * open module and `NAV_AROUND` on each side (shifted at either end to keep the same count), with a
 * link to the whole outline beside them.
 */
export const NAV_ALL_UP_TO = 9;
export const NAV_AROUND = 2;

/** Modules `start` (included) to `end` (excluded), by position; `complete` when that is all of them. */
export interface NavWindow {
  start: number;
  end: number;
  complete: boolean;
}

/**
 * The modules to list out of `count`, around the one at position `open` (from 0); with none open
 * (the final assessment's page), the last ones, which come just before it.
 */
export function navWindow(count: number, open: number | undefined): NavWindow {
  if (count <= NAV_ALL_UP_TO) return { start: 0, end: count, complete: true };
  const size = 2 * NAV_AROUND + 1;
  const centre = open === undefined || open < 0 ? count - 1 : Math.min(open, count - 1);
  const start = Math.min(Math.max(0, centre - NAV_AROUND), count - size);
  return { start, end: start + size, complete: false };
}
