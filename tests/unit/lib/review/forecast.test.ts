import { describe, expect, it } from 'vitest';
import { createEmptyDeck, type ReviewCard, type ReviewDeck } from '../../../../src/lib/review/deck';
import { reviewForecast } from '../../../../src/lib/review/forecast';

/** A deck whose cards fall due at these times (the other fields do not matter here). */
function deckDue(...dues: string[]): ReviewDeck {
  const deck = createEmptyDeck();
  dues.forEach((due, index) => {
    const card: ReviewCard = {
      due,
      stability: 0,
      difficulty: 0,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: 0,
      lapses: 0,
      state: 0,
      last_review: null,
      addedAt: '2026-11-01T00:00:00.000Z',
    };
    deck.cards[`quiz/q${index}`] = card;
  });
  return deck;
}

describe('reviewForecast', () => {
  it('says nothing is due and names no day for an empty deck', () => {
    expect(reviewForecast(createEmptyDeck(), new Date('2026-12-02T10:00:00Z'), 'UTC')).toEqual({
      now: 0,
      laterToday: 0,
      tomorrow: 0,
      week: 0,
      next: null,
    });
  });

  it('counts cards due now, later today, tomorrow and in the next seven days on the learner’s days', () => {
    const deck = deckDue(
      '2026-12-01T08:00:00.000Z', // overdue
      '2026-12-02T10:00:00.000Z', // due exactly now
      '2026-12-02T23:59:00.000Z', // later today
      '2026-12-03T00:00:00.000Z', // tomorrow, first minute
      '2026-12-03T23:59:59.000Z', // tomorrow, last second
      '2026-12-09T23:00:00.000Z', // the seventh day after today
      '2026-12-10T00:00:00.000Z', // the eighth: not this week
    );
    expect(reviewForecast(deck, new Date('2026-12-02T10:00:00Z'), 'UTC')).toEqual({
      now: 2,
      laterToday: 1,
      tomorrow: 2,
      week: 4,
      next: '2026-12-02',
    });
  });

  it('reads day boundaries in the learner’s time zone, not in UTC', () => {
    // 01:00 UTC on the 3rd: still the evening of the 2nd in Los Angeles, already the 3rd in Berlin.
    const deck = deckDue('2026-12-03T01:00:00.000Z');
    const now = new Date('2026-12-02T18:00:00Z');
    expect(reviewForecast(deck, now, 'America/Los_Angeles')).toMatchObject({
      laterToday: 1,
      tomorrow: 0,
      next: '2026-12-02',
    });
    expect(reviewForecast(deck, now, 'Europe/Berlin')).toMatchObject({
      laterToday: 0,
      tomorrow: 1,
      next: '2026-12-03',
    });
    // In Auckland it is already 07:00 on the 3rd: the card falls due at 14:00 that same day.
    expect(reviewForecast(deck, now, 'Pacific/Auckland')).toMatchObject({
      laterToday: 1,
      tomorrow: 0,
      next: '2026-12-03',
    });
  });

  it('names the earliest day with a review when nothing is due soon, and keeps it out of the week', () => {
    const deck = deckDue('2027-01-20T09:00:00.000Z', '2026-12-25T09:00:00.000Z');
    expect(reviewForecast(deck, new Date('2026-12-02T10:00:00Z'), 'UTC')).toEqual({
      now: 0,
      laterToday: 0,
      tomorrow: 0,
      week: 0,
      next: '2026-12-25',
    });
  });

  it('counts the day after a daylight-saving change as tomorrow', () => {
    // Clocks go back in New York on 1 November 2026; the 2nd starts at 05:00 UTC.
    const deck = deckDue('2026-11-02T05:30:00.000Z');
    expect(reviewForecast(deck, new Date('2026-11-01T12:00:00Z'), 'America/New_York').tomorrow).toBe(1);
  });
});
