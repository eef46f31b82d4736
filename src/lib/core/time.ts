/**
 * Timestamps and calendar days, one definition for the whole site. Times are stored as ISO 8601
 * strings (what `Date.prototype.toISOString` writes); days are the learner's local calendar days,
 * `YYYY-MM-DD`, so an evening attempt in Los Angeles counts on that evening's day, not on the UTC
 * day after it.
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

// One formatter per time zone: building an Intl formatter is far slower than using one.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * The calendar day (`YYYY-MM-DD`) of `time` in `timeZone` (an IANA name such as
 * `America/Los_Angeles`; by default the learner's own, as the browser or process reports it), or
 * null when `time` is not a valid time.
 */
export function dayKey(time: string | Date, timeZone?: string): string | null {
  const ms = typeof time === 'string' ? (isIsoTime(time) ? Date.parse(time) : Number.NaN) : time.getTime();
  if (Number.isNaN(ms)) return null;
  const parts = formatterFor(timeZone).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** Whether `key` is a `YYYY-MM-DD` key naming a real calendar day (2026-02-30 is not). */
export function isDayKey(key: unknown): key is string {
  if (typeof key !== 'string' || !DAY_KEY.test(key)) return false;
  const time = Date.parse(`${key}T00:00:00.000Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === key;
}

/** Whole days since 1970-01-01 of a `YYYY-MM-DD` day key, so consecutive days differ by 1. */
export const dayNumber = (key: string): number => Math.round(Date.parse(`${key}T00:00:00.000Z`) / DAY_MS);
