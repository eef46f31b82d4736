// The learner's local calendar day of a time, so an evening attempt in Los Angeles counts on that
// evening's day, not on the UTC day after it. Apart from `time.ts` so that pages that only read
// times do not load it.
import { isIsoTime } from './time';

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
