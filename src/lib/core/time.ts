/**
 * Timestamps and day keys, one definition for the whole site. Times are stored as ISO 8601
 * strings (what `Date.prototype.toISOString` writes); days are keyed `YYYY-MM-DD`. Which day a
 * time falls on, in the learner's own calendar, is `dayKey` in `local-day.ts` (apart, so pages
 * that only read times do not load the time-zone code).
 */

// What `Date.prototype.toISOString` writes, with optional seconds and any UTC offset. Looser
// formats parse differently from one browser to another, so they are refused.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Whether `value` is an ISO 8601 time as this site writes and reads them. */
export const isIsoTime = (value: unknown): value is string =>
  typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));

/** Milliseconds between two ISO times, compared as instants whatever their UTC offsets: < 0 if `a` is earlier. */
export const compareTimes = (a: string, b: string): number => Date.parse(a) - Date.parse(b);

/** Whether `key` is a `YYYY-MM-DD` key naming a real calendar day (2026-02-30 is not). */
export function isDayKey(key: unknown): key is string {
  if (typeof key !== 'string' || !DAY_KEY.test(key)) return false;
  const time = Date.parse(`${key}T00:00:00.000Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === key;
}

/** Whole days since 1970-01-01 of a `YYYY-MM-DD` day key, so consecutive days differ by 1. */
export const dayNumber = (key: string): number => Math.round(Date.parse(`${key}T00:00:00.000Z`) / DAY_MS);
