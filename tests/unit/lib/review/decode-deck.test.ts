import { describe, expect, it } from 'vitest';
import { createEmptyDeck, decodeDeck, encodeDeck, type ReviewCard } from '../../../../src/lib/review/deck';
import { addMisses, recordReview } from '../../../../src/lib/review/schedule';

const T0 = new Date('2026-11-28T10:00:00.000Z');
const KEY = 'iam-policy-types/least-privilege';
const EMPTY = { version: 1, cards: {} };

/** A deck with a new card and a reviewed one, made the way the site makes them. */
function realDeck() {
  const added = addMisses(
    createEmptyDeck(),
    {
      quizId: 'iam-policy-types',
      finishedAt: T0.toISOString(),
      questionIds: ['least-privilege', 'boundary'],
      confidence: {},
    },
    { 'least-privilege': 'incorrect', boundary: 'incorrect' },
    T0,
  );
  return recordReview(added, KEY, 'correct', true, new Date(T0.getTime() + 60_000));
}

const REVIEWED = realDeck().cards[KEY] as ReviewCard;
const NEW = realDeck().cards['iam-policy-types/boundary'] as ReviewCard;

/** Stored text for a version-1 deck holding these cards (plain objects, so anything can be written). */
const storedCards = (cards: Record<string, unknown>): string => JSON.stringify({ version: 1, cards });

describe('decodeDeck', () => {
  it('gives an empty deck and no problem when nothing is stored', () => {
    expect(decodeDeck(undefined)).toEqual({ deck: EMPTY, problem: null });
  });

  it('reads back what encodeDeck wrote, with no problem', () => {
    const deck = realDeck();
    expect(REVIEWED.reps).toBe(1);
    expect(decodeDeck(encodeDeck(deck))).toEqual({ deck, problem: null });
    expect(decodeDeck(encodeDeck(createEmptyDeck()))).toEqual({ deck: EMPTY, problem: null });
  });

  it.each(['', '{"version":1,"cards":{', 'not json', '{version:1}'])('calls %j unreadable', (text) => {
    expect(decodeDeck(text)).toEqual({ deck: EMPTY, problem: 'unreadable' });
  });

  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"deck"'],
    ['a list', '[]'],
    ['no version', '{"cards":{}}'],
    ['version 2', '{"version":2,"cards":{}}'],
    ['version "1"', '{"version":"1","cards":{}}'],
    ['no cards', '{"version":1}'],
    ['cards as a list', '{"version":1,"cards":[]}'],
    ['cards null', '{"version":1,"cards":null}'],
    ['progress data', '{"version":3,"lessons":{},"attempts":[]}'],
  ])('calls %s not a deck', (_what, text) => {
    expect(decodeDeck(text)).toEqual({ deck: EMPTY, problem: 'not-deck' });
  });

  it('ignores fields it does not know, on the deck and on cards', () => {
    const text = JSON.stringify({ version: 1, cards: { [KEY]: { ...REVIEWED, note: 'x' } }, extra: true });
    expect(decodeDeck(text)).toEqual({ deck: { version: 1, cards: { [KEY]: REVIEWED } }, problem: null });
  });

  it('accepts times with an offset and without milliseconds', () => {
    const card = { ...NEW, due: '2026-11-28T11:00+01:00', addedAt: '2026-11-28T10:00:00Z' };
    expect(decodeDeck(storedCards({ [KEY]: card }))).toEqual({
      deck: { version: 1, cards: { [KEY]: card } },
      problem: null,
    });
  });

  it.each([
    ['due missing', { ...REVIEWED, due: undefined }],
    ['due not a time', { ...REVIEWED, due: 'tomorrow' }],
    ['due a date without time', { ...REVIEWED, due: '2026-11-28' }],
    ['due in month 13', { ...REVIEWED, due: '2026-13-28T10:00:00.000Z' }],
    ['due as a number', { ...REVIEWED, due: T0.getTime() }],
    ['stability negative', { ...REVIEWED, stability: -1 }],
    ['stability above 36,500 days', { ...REVIEWED, stability: 36_501 }],
    ['stability as text', { ...REVIEWED, stability: '2' }],
    ['stability null', { ...REVIEWED, stability: null }],
    ['difficulty above 10', { ...REVIEWED, difficulty: 10.5 }],
    ['difficulty negative', { ...REVIEWED, difficulty: -0.1 }],
    ['elapsed days negative', { ...REVIEWED, elapsed_days: -1 }],
    ['scheduled days missing', { ...REVIEWED, scheduled_days: undefined }],
    ['learning steps fractional', { ...REVIEWED, learning_steps: 0.5 }],
    ['reps negative', { ...REVIEWED, reps: -1 }],
    ['reps fractional', { ...REVIEWED, reps: 1.5 }],
    ['reps as text', { ...REVIEWED, reps: '1' }],
    ['lapses above reps', { ...REVIEWED, lapses: 2 }],
    ['lapses missing', { ...REVIEWED, lapses: undefined }],
    ['state 4', { ...REVIEWED, state: 4 }],
    ['state -1', { ...REVIEWED, state: -1 }],
    ['state 1.5', { ...REVIEWED, state: 1.5 }],
    ['state as a name', { ...REVIEWED, state: 'Review' }],
    ['last review missing', { ...REVIEWED, last_review: undefined }],
    ['last review not a time', { ...REVIEWED, last_review: 'earlier' }],
    ['addedAt missing', { ...REVIEWED, addedAt: undefined }],
    ['addedAt not a time', { ...REVIEWED, addedAt: 0 }],
    ['a reviewed card with no review time', { ...REVIEWED, last_review: null }],
    ['a reviewed card with no reps', { ...REVIEWED, reps: 0, lapses: 0 }],
    ['a reviewed card marked new', { ...REVIEWED, state: 0 }],
    ['a reviewed card with stability 0', { ...REVIEWED, stability: 0 }],
    ['a reviewed card with difficulty below 1', { ...REVIEWED, difficulty: 0.5 }],
    ['a new card with reps', { ...NEW, reps: 1 }],
    ['a new card with a review time', { ...NEW, last_review: T0.toISOString() }],
    ['a card that is null', null],
    ['a card that is a list', [REVIEWED]],
    ['a card that is a number', 3],
  ])('drops a card with %s and keeps the rest', (_what, bad) => {
    const result = decodeDeck(storedCards({ 'quiz/bad': bad, [KEY]: REVIEWED }));
    expect(result).toEqual({ deck: { version: 1, cards: { [KEY]: REVIEWED } }, problem: 'partly-invalid' });
  });

  it('drops a card whose numbers are not finite', () => {
    const text = storedCards({ [KEY]: REVIEWED, 'quiz/bad': REVIEWED }).replace(
      /"stability":[0-9.e+-]+(?=[^}]*}}}$)/,
      '"stability":1e999',
    );
    expect(text).toContain('1e999');
    expect(decodeDeck(text)).toEqual({
      deck: { version: 1, cards: { [KEY]: REVIEWED } },
      problem: 'partly-invalid',
    });
  });

  it.each([
    ['__proto__'],
    ['constructor'],
    ['toString'],
    ['quiz/constructor'],
    ['no-slash'],
    ['a/b/c'],
    ['Quiz/q'],
    ['quiz/'],
    [`quiz/${'q'.repeat(201)}`],
  ])('drops the card under key %j', (key) => {
    const text = `{"version":1,"cards":{${JSON.stringify(key)}:${JSON.stringify(NEW)},${JSON.stringify(KEY)}:${JSON.stringify(REVIEWED)}}}`;
    const { deck, problem } = decodeDeck(text);
    expect(problem).toBe('partly-invalid');
    expect(Object.keys(deck.cards)).toEqual([KEY]);
    expect(Object.getPrototypeOf(deck.cards)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['due']).toBeUndefined();
  });

  it('drops every invalid card and keeps every valid one, in stored order', () => {
    const result = decodeDeck(
      storedCards({
        'quiz/one': NEW,
        'quiz/bad': { ...NEW, state: 9 },
        'quiz/two': REVIEWED,
        'quiz/worse': 'x',
      }),
    );
    expect(result.problem).toBe('partly-invalid');
    expect(result.deck.cards).toEqual({ 'quiz/one': NEW, 'quiz/two': REVIEWED });
    expect(Object.keys(result.deck.cards)).toEqual(['quiz/one', 'quiz/two']);
  });

  it('gives fresh copies, not the parsed objects', () => {
    const first = decodeDeck(storedCards({ [KEY]: REVIEWED })).deck;
    const second = decodeDeck(storedCards({ [KEY]: REVIEWED })).deck;
    expect(first.cards[KEY]).not.toBe(second.cards[KEY]);
    expect(first.cards[KEY]).not.toBe(REVIEWED);
  });
});

describe('encodeDeck', () => {
  it('writes the deck as JSON', () => {
    const deck = realDeck();
    expect(JSON.parse(encodeDeck(deck))).toEqual(deck);
    expect(encodeDeck(createEmptyDeck())).toBe('{"version":1,"cards":{}}');
  });
});
