import { describe, expect, it } from 'vitest';
import { Rating, State, createEmptyCard, fsrs, type Card, type Grade } from 'ts-fsrs';
import {
  createEmptyDeck,
  dueCount,
  dueKeys,
  mergeDecks,
  type MissedAttempt,
  type ReviewCard,
  type ReviewDeck,
} from '../../../../src/lib/review/deck';
import { addMisses, recordReview, reviewRating } from '../../../../src/lib/review/schedule';
import type { QuestionOutcome } from '../../../../src/lib/quiz/grade-quiz';

const T0 = new Date('2026-11-28T10:00:00.000Z');
const MINUTE = 60_000;
const DAY = 86_400_000;
const at = (base: Date, ms: number): Date => new Date(base.getTime() + ms);

/** The same scheduler the deck uses, to compute what a card should become. */
const reference = fsrs({ enable_fuzz: false });

/** What the deck should hold for a ts-fsrs card. */
const stored = (card: Card, addedAt: Date): ReviewCard => ({
  due: card.due.toISOString(),
  stability: card.stability,
  difficulty: card.difficulty,
  elapsed_days: card.elapsed_days,
  scheduled_days: card.scheduled_days,
  learning_steps: card.learning_steps,
  reps: card.reps,
  lapses: card.lapses,
  state: card.state,
  last_review: card.last_review?.toISOString() ?? null,
  addedAt: addedAt.toISOString(),
});

/** A new card added at `addedAt`, as `addMisses` makes it. */
const newCard = (addedAt: Date = T0): ReviewCard => stored(createEmptyCard(addedAt), addedAt);

/** A card added at T0 and then reviewed with these ratings at these times. */
function reviewedCard(...reviews: [Grade, Date][]): ReviewCard {
  let card = createEmptyCard(T0);
  for (const [rating, time] of reviews) card = reference.next(card, time, rating).card;
  return stored(card, T0);
}

const deckOf = (cards: Record<string, ReviewCard>): ReviewDeck => ({ version: 1, cards });

/** An attempt of the lesson quiz `iam-policy-types`, finished at `finishedAt`. */
const attempt = (overrides: Partial<MissedAttempt> = {}): MissedAttempt => ({
  quizId: 'iam-policy-types',
  finishedAt: T0.toISOString(),
  questionIds: ['least-privilege', 'scp-effect', 'boundary'],
  confidence: {},
  ...overrides,
});

/** Deep-freezes a deck, so a test fails if a function changes what it was given. */
function frozen(deck: ReviewDeck): ReviewDeck {
  for (const card of Object.values(deck.cards)) Object.freeze(card);
  Object.freeze(deck.cards);
  return Object.freeze(deck);
}

describe('createEmptyDeck', () => {
  it('is version 1 with no cards, and fresh each time', () => {
    const deck = createEmptyDeck();
    expect(deck).toEqual({ version: 1, cards: {} });
    expect(createEmptyDeck()).not.toBe(deck);
  });
});

describe('reviewRating', () => {
  it.each([
    ['incorrect', true, Rating.Again],
    ['incorrect', false, Rating.Again],
    ['partial', true, Rating.Hard],
    ['partial', false, Rating.Hard],
    ['correct', false, Rating.Hard],
    ['correct', true, Rating.Good],
  ] as const)('rates %s (sure: %s) as %i', (outcome, confident, rating) => {
    expect(reviewRating(outcome, confident)).toBe(rating);
  });
});

describe('addMisses', () => {
  it('adds wrong and unanswered questions as new cards due now', () => {
    const deck = addMisses(
      createEmptyDeck(),
      attempt(),
      { 'least-privilege': 'incorrect', 'scp-effect': 'unanswered', boundary: 'correct' },
      T0,
    );
    expect(deck).toEqual({
      version: 1,
      cards: { 'iam-policy-types/least-privilege': newCard(), 'iam-policy-types/scp-effect': newCard() },
    });
    expect(deck.cards['iam-policy-types/least-privilege']).toMatchObject({
      due: T0.toISOString(),
      state: State.New,
      reps: 0,
      last_review: null,
      addedAt: T0.toISOString(),
    });
    expect(dueKeys(deck, T0)).toEqual(['iam-policy-types/least-privilege', 'iam-policy-types/scp-effect']);
  });

  it('adds a right answer the learner was unsure of, but not a sure or unrated one', () => {
    const deck = addMisses(
      createEmptyDeck(),
      attempt({ confidence: { 'least-privilege': 'unsure', 'scp-effect': 'sure' } }),
      { 'least-privilege': 'correct', 'scp-effect': 'correct', boundary: 'correct' },
      T0,
    );
    expect(Object.keys(deck.cards)).toEqual(['iam-policy-types/least-privilege']);
  });

  it('adds a wrong answer however sure the learner was', () => {
    const deck = addMisses(
      createEmptyDeck(),
      attempt({ confidence: { 'least-privilege': 'sure', 'scp-effect': 'unsure' } }),
      { 'least-privilege': 'incorrect', 'scp-effect': 'incorrect' },
      T0,
    );
    expect(Object.keys(deck.cards)).toEqual([
      'iam-policy-types/least-privilege',
      'iam-policy-types/scp-effect',
    ]);
  });

  it('files a question pulled into a module quiz under its lesson quiz', () => {
    const deck = addMisses(
      createEmptyDeck(),
      attempt({ quizId: 'iam-module', questionIds: ['iam-policy-types/least-privilege', 'own-question'] }),
      { 'iam-policy-types/least-privilege': 'incorrect', 'own-question': 'incorrect' },
      T0,
    );
    expect(Object.keys(deck.cards)).toEqual(['iam-policy-types/least-privilege', 'iam-module/own-question']);
  });

  it('counts a question missed again as a review rated Again at that time', () => {
    const t1 = at(T0, DAY);
    const deck = addMisses(
      deckOf({ 'iam-policy-types/least-privilege': newCard() }),
      attempt({ finishedAt: t1.toISOString() }),
      { 'least-privilege': 'incorrect' },
      t1,
    );
    const expected = reference.next(createEmptyCard(T0), t1, Rating.Again).card;
    expect(deck.cards['iam-policy-types/least-privilege']).toEqual({
      ...stored(expected, T0),
      due: t1.toISOString(),
    });
    expect(deck.cards['iam-policy-types/least-privilege']).toMatchObject({
      reps: 1,
      state: State.Learning,
      last_review: t1.toISOString(),
    });
  });

  it('makes a question missed again due at once, so right after a failed attempt it is up for review', () => {
    const t1 = at(T0, DAY);
    const deck = addMisses(
      deckOf({ 'iam-policy-types/least-privilege': newCard() }),
      attempt({ finishedAt: t1.toISOString() }),
      { 'least-privilege': 'incorrect' },
      t1,
    );

    expect(dueCount(deck, t1)).toBe(1);
  });

  it('counts a lapse when a reviewed card is missed again', () => {
    const card = reviewedCard([Rating.Good, T0], [Rating.Good, at(T0, 10 * MINUTE)]);
    const t1 = at(T0, 5 * DAY);
    const deck = addMisses(
      deckOf({ 'iam-policy-types/boundary': card }),
      attempt({ finishedAt: t1.toISOString() }),
      { boundary: 'unanswered' },
      t1,
    );
    expect(deck.cards['iam-policy-types/boundary']).toMatchObject({
      state: State.Relearning,
      lapses: 1,
      reps: 3,
      last_review: t1.toISOString(),
    });
  });

  it('counts an attempt once, however often it is recorded', () => {
    const t1 = at(T0, DAY);
    const once = addMisses(createEmptyDeck(), attempt(), { 'least-privilege': 'incorrect' }, T0);
    expect(addMisses(once, attempt(), { 'least-privilege': 'incorrect' }, t1)).toEqual(once);
    const later = attempt({ finishedAt: t1.toISOString() });
    const twice = addMisses(once, later, { 'least-privilege': 'incorrect' }, t1);
    expect(addMisses(twice, later, { 'least-privilege': 'incorrect' }, at(t1, MINUTE))).toEqual(twice);
  });

  it('does not count a miss from before the card’s last review', () => {
    const card = reviewedCard([Rating.Good, at(T0, DAY)]);
    const deck = deckOf({ 'iam-policy-types/least-privilege': card });
    const older = attempt({ finishedAt: at(T0, DAY - MINUTE).toISOString() });
    expect(addMisses(deck, older, { 'least-privilege': 'incorrect' }, at(T0, 2 * DAY))).toEqual(deck);
  });

  it('does not count a miss of an attempt with no valid finishing time', () => {
    const deck = deckOf({ 'iam-policy-types/least-privilege': newCard() });
    const undated = attempt({ finishedAt: 'yesterday' });
    expect(addMisses(deck, undated, { 'least-privilege': 'incorrect' }, at(T0, DAY))).toEqual(deck);
  });

  it('leaves a card in the deck as scheduled when the learner is right but unsure again', () => {
    const card = reviewedCard([Rating.Good, T0]);
    const deck = deckOf({ 'iam-policy-types/least-privilege': card });
    const t1 = at(T0, DAY);
    const unsure = attempt({ finishedAt: t1.toISOString(), confidence: { 'least-privilege': 'unsure' } });
    expect(addMisses(deck, unsure, { 'least-privilege': 'correct' }, t1)).toEqual(deck);
  });

  it('skips questions with no outcome, repeats and ids that make no valid key', () => {
    const outcomes: Record<string, QuestionOutcome> = Object.fromEntries(
      ['least-privilege', 'Bad Id', 'a/b/c', 'constructor'].map((id) => [id, 'incorrect'] as const),
    );
    const deck = addMisses(
      createEmptyDeck(),
      attempt({
        questionIds: [
          'least-privilege',
          'least-privilege',
          'Bad Id',
          'a/b/c',
          'constructor',
          'toString',
          'gone',
        ],
      }),
      outcomes,
      T0,
    );
    expect(Object.keys(deck.cards)).toEqual(['iam-policy-types/least-privilege']);
    expect(Object.getPrototypeOf(deck.cards)).toBe(Object.prototype);
  });

  it('skips a quiz id that makes no valid key', () => {
    const deck = addMisses(
      createEmptyDeck(),
      attempt({ quizId: 'a/b' }),
      { 'least-privilege': 'incorrect' },
      T0,
    );
    expect(deck.cards).toEqual({});
  });

  it('keeps the cards already in the deck and changes nothing it was given', () => {
    const before = frozen(deckOf({ 'shared-responsibility/guest-os': newCard() }));
    const after = addMisses(before, attempt(), { boundary: 'incorrect' }, at(T0, MINUTE));
    expect(Object.keys(after.cards)).toEqual(['shared-responsibility/guest-os', 'iam-policy-types/boundary']);
    expect(after.cards['shared-responsibility/guest-os']).toBe(
      before.cards['shared-responsibility/guest-os'],
    );
  });

  it('changes nothing at an invalid time', () => {
    const deck = createEmptyDeck();
    expect(addMisses(deck, attempt(), { 'least-privilege': 'incorrect' }, new Date(Number.NaN))).toBe(deck);
  });

  it('keeps a card ts-fsrs cannot schedule as it is', () => {
    const broken: ReviewCard = { ...reviewedCard([Rating.Good, T0]), stability: Number.NaN };
    const deck = deckOf({ 'iam-policy-types/least-privilege': broken });
    const t1 = at(T0, DAY);
    const after = addMisses(
      deck,
      attempt({ finishedAt: t1.toISOString() }),
      { 'least-privilege': 'incorrect' },
      t1,
    );
    expect(after.cards['iam-policy-types/least-privilege']).toBe(broken);
  });
});

describe('dueKeys and dueCount', () => {
  const deck = deckOf({
    'quiz/later': newCard(at(T0, DAY)),
    'quiz/b-tied': newCard(at(T0, -DAY)),
    'quiz/a-tied': newCard(at(T0, -DAY)),
    'quiz/oldest': newCard(at(T0, -3 * DAY)),
    'quiz/just-now': newCard(T0),
  });

  it('lists due cards, most overdue first, ties by key, leaving out cards not due yet', () => {
    expect(dueKeys(deck, T0)).toEqual(['quiz/oldest', 'quiz/a-tied', 'quiz/b-tied', 'quiz/just-now']);
    expect(dueCount(deck, T0)).toBe(4);
  });

  it('includes a card once its time comes', () => {
    expect(dueKeys(deck, at(T0, DAY))).toHaveLength(5);
    expect(dueCount(deck, at(T0, DAY - 1))).toBe(4);
    expect(dueCount(deck, at(T0, DAY))).toBe(5);
  });

  it('gives at most 20 by default and at most `cap` when asked', () => {
    const many = deckOf(
      Object.fromEntries(
        Array.from({ length: 25 }, (_, index) => [
          `quiz/q-${String(index).padStart(2, '0')}`,
          newCard(at(T0, -index * MINUTE)),
        ]),
      ),
    );
    const keys = dueKeys(many, T0);
    expect(keys).toHaveLength(20);
    expect(keys[0]).toBe('quiz/q-24');
    expect(keys[19]).toBe('quiz/q-05');
    expect(dueCount(many, T0)).toBe(25);
    expect(dueKeys(many, T0, 3)).toEqual(['quiz/q-24', 'quiz/q-23', 'quiz/q-22']);
    expect(dueKeys(many, T0, 2.9)).toHaveLength(2);
    expect(dueKeys(many, T0, 100)).toHaveLength(25);
    expect(dueKeys(many, T0, 0)).toEqual([]);
    expect(dueKeys(many, T0, -1)).toEqual([]);
  });

  it('counts nothing in an empty deck', () => {
    expect(dueKeys(createEmptyDeck(), T0)).toEqual([]);
    expect(dueCount(createEmptyDeck(), T0)).toBe(0);
  });
});

describe('recordReview', () => {
  const KEY = 'iam-policy-types/least-privilege';

  it.each([
    ['incorrect', true, Rating.Again],
    ['partial', true, Rating.Hard],
    ['correct', false, Rating.Hard],
    ['correct', true, Rating.Good],
  ] as const)('schedules %s (sure: %s) as ts-fsrs does for rating %i', (outcome, confident, rating) => {
    const deck = deckOf({ [KEY]: newCard() });
    const t1 = at(T0, MINUTE);
    const expected = reference.next(createEmptyCard(T0), t1, rating).card;
    expect(recordReview(deck, KEY, outcome, confident, t1).cards[KEY]).toEqual(stored(expected, T0));
  });

  it('grows the interval with each sure right answer given when due', () => {
    let deck = deckOf({ [KEY]: newCard() });
    let now = T0;
    const intervals: number[] = [];
    for (let review = 0; review < 5; review += 1) {
      deck = recordReview(deck, KEY, 'correct', true, now);
      const card = deck.cards[KEY] as ReviewCard;
      intervals.push(Date.parse(card.due) - now.getTime());
      now = new Date(card.due);
    }
    for (let index = 1; index < intervals.length; index += 1) {
      expect(intervals[index]).toBeGreaterThan(intervals[index - 1] as number);
    }
    expect(deck.cards[KEY]).toMatchObject({ state: State.Review, reps: 5, lapses: 0 });
    expect(dueCount(deck, at(now, -1))).toBe(0);
  });

  it('makes a card due again soon after a wrong answer, counting a lapse', () => {
    const card = reviewedCard([Rating.Good, T0], [Rating.Good, at(T0, 10 * MINUTE)]);
    const t1 = new Date(card.due);
    const after = recordReview(deckOf({ [KEY]: card }), KEY, 'incorrect', true, t1).cards[KEY];
    expect(after).toMatchObject({
      state: State.Relearning,
      lapses: 1,
      reps: 3,
      last_review: t1.toISOString(),
    });
    expect(Date.parse(after?.due ?? '')).toBeLessThan(t1.getTime() + DAY);
  });

  it('keeps the other cards and changes nothing it was given', () => {
    const before = frozen(deckOf({ [KEY]: newCard(), 'quiz/other': newCard() }));
    const after = recordReview(before, KEY, 'correct', true, T0);
    expect(after.cards['quiz/other']).toBe(before.cards['quiz/other']);
    expect(after.cards[KEY]).not.toEqual(before.cards[KEY]);
    expect(before.cards[KEY]).toEqual(newCard());
  });

  it('ignores a key not in the deck, prototype names included', () => {
    const deck = deckOf({ [KEY]: newCard() });
    expect(recordReview(deck, 'quiz/missing', 'correct', true, T0)).toBe(deck);
    expect(recordReview(deck, 'constructor', 'correct', true, T0)).toBe(deck);
  });

  it('reviews at the last review’s time when the clock is behind it', () => {
    const card = reviewedCard([Rating.Good, at(T0, DAY)]);
    const after = recordReview(deckOf({ [KEY]: card }), KEY, 'correct', true, T0).cards[KEY];
    expect(after).toMatchObject({ reps: 2, last_review: at(T0, DAY).toISOString() });
  });

  it('changes nothing at an invalid time', () => {
    const deck = deckOf({ [KEY]: newCard() });
    expect(recordReview(deck, KEY, 'correct', true, new Date(Number.NaN))).toBe(deck);
  });
});

describe('mergeDecks', () => {
  const KEY = 'iam-policy-types/least-privilege';

  it('keeps every card of either deck', () => {
    const a = deckOf({ 'quiz/a': newCard() });
    const b = deckOf({ 'quiz/b': newCard(at(T0, MINUTE)) });
    expect(mergeDecks(a, b)).toEqual(deckOf({ 'quiz/a': newCard(), 'quiz/b': newCard(at(T0, MINUTE)) }));
  });

  it('keeps the card reviewed last, whichever deck has it', () => {
    const earlier = reviewedCard([Rating.Good, T0], [Rating.Good, at(T0, 10 * MINUTE)]);
    const later = reviewedCard([Rating.Again, at(T0, DAY)]);
    expect(mergeDecks(deckOf({ [KEY]: earlier }), deckOf({ [KEY]: later })).cards[KEY]).toBe(later);
    expect(mergeDecks(deckOf({ [KEY]: later }), deckOf({ [KEY]: earlier })).cards[KEY]).toBe(later);
    expect(mergeDecks(deckOf({ [KEY]: newCard() }), deckOf({ [KEY]: later })).cards[KEY]).toBe(later);
    expect(mergeDecks(deckOf({ [KEY]: later }), deckOf({ [KEY]: newCard() })).cards[KEY]).toBe(later);
  });

  it('keeps the card with more reviews when both were last reviewed at the same time', () => {
    const fewer = reviewedCard([Rating.Good, T0]);
    const more = { ...fewer, reps: 4 };
    expect(mergeDecks(deckOf({ [KEY]: fewer }), deckOf({ [KEY]: more })).cards[KEY]).toBe(more);
    expect(mergeDecks(deckOf({ [KEY]: more }), deckOf({ [KEY]: fewer })).cards[KEY]).toBe(more);
  });

  it('keeps the card added first when neither was reviewed, and the first deck’s on a full tie', () => {
    const first = newCard(T0);
    const second = newCard(at(T0, MINUTE));
    expect(mergeDecks(deckOf({ [KEY]: second }), deckOf({ [KEY]: first })).cards[KEY]).toBe(first);
    expect(mergeDecks(deckOf({ [KEY]: first }), deckOf({ [KEY]: second })).cards[KEY]).toBe(first);
    const twin = newCard(T0);
    expect(mergeDecks(deckOf({ [KEY]: first }), deckOf({ [KEY]: twin })).cards[KEY]).toBe(first);
  });

  it('keeps both tabs’ reviews of different cards', () => {
    const base = addMisses(
      createEmptyDeck(),
      attempt({ questionIds: ['least-privilege', 'boundary'] }),
      { 'least-privilege': 'incorrect', boundary: 'incorrect' },
      T0,
    );
    const tabA = recordReview(base, KEY, 'correct', true, at(T0, MINUTE));
    const tabB = recordReview(base, 'iam-policy-types/boundary', 'incorrect', false, at(T0, 2 * MINUTE));
    const merged = mergeDecks(tabA, tabB);
    expect(merged.cards[KEY]).toBe(tabA.cards[KEY]);
    expect(merged.cards['iam-policy-types/boundary']).toBe(tabB.cards['iam-policy-types/boundary']);
    expect(mergeDecks(tabB, tabA)).toEqual(merged);
  });

  it('leaves out keys that are not question keys, so nothing reaches a prototype', () => {
    const tampered = JSON.parse(
      `{"__proto__": ${JSON.stringify(newCard())}, "bad": ${JSON.stringify(newCard())}}`,
    );
    const merged = mergeDecks(deckOf({ [KEY]: newCard() }), deckOf(tampered));
    expect(Object.keys(merged.cards)).toEqual([KEY]);
    expect(Object.getPrototypeOf(merged.cards)).toBe(Object.prototype);
  });
});
