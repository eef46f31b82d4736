/**
 * When the review deck's cards come due, on the learner's calendar: due now, later today,
 * tomorrow, within the next seven days, and the first day with a review after now. Counts and
 * day keys only: the dashboard words them.
 */
import { dayKey } from '../core/local-day';
import { dayNumber } from '../core/time';
import type { ReviewDeck } from './deck';

export interface ReviewForecast {
  /** Cards due at `now` (as `dueCount`). */
  now: number;
  /** Cards not due yet that fall due before the learner's day ends. */
  laterToday: number;
  /** Cards that fall due on the learner's next calendar day. */
  tomorrow: number;
  /** Cards not due yet that fall due today or on one of the next seven days. */
  week: number;
  /** The learner's first day (`YYYY-MM-DD`) on which a card not due yet falls due, or null. */
  next: string | null;
}

/**
 * The forecast of `deck` at `now`, with days in `timeZone` (by default the learner's own), so a
 * card due at 01:00 UTC is "tomorrow" in Berlin and "later today" in Los Angeles.
 */
export function reviewForecast(deck: ReviewDeck, now: Date, timeZone?: string): ReviewForecast {
  const forecast: ReviewForecast = { now: 0, laterToday: 0, tomorrow: 0, week: 0, next: null };
  const today = dayNumber(dayKey(now, timeZone) ?? '');
  for (const card of Object.values(deck.cards)) {
    if (Date.parse(card.due) <= now.getTime()) {
      forecast.now += 1;
      continue;
    }
    const key = dayKey(card.due, timeZone) ?? '';
    const day = dayNumber(key) - today;
    if (day === 0) forecast.laterToday += 1;
    if (day === 1) forecast.tomorrow += 1;
    if (day <= 7) forecast.week += 1;
    if (forecast.next === null || key < forecast.next) forecast.next = key;
  }
  return forecast;
}
