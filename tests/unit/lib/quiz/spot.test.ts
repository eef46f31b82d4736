import { describe, expect, it } from 'vitest';
import { describeSpot, listSpotLines, scoreSpot, spot, validateSpot } from '../../../../src/lib/quiz/spot';
import { spotCodeLines, spotSelectableLines } from '../../../../src/lib/quiz/spot-lines';
import { createRandom } from '../../../../src/lib/quiz/random';
import type { Response } from '../../../../src/lib/quiz/types';
import { decodeProgress, encodeProgress } from '../../../../src/lib/progress/decode';
import { buildExport, readImport } from '../../../../src/lib/progress/transfer';
import { makeAttempt, makeProgress, makeSpot } from '../../../fixtures/builders';

// Line 7 ("Principal": "*") is wrong; lines 2, 3, 5, 6, 7 and 8 can be picked; reason a is right.
const question = makeSpot();

/** A stored value of the wrong shape, as a tampered or outdated attempt could hold. */
const malformed = (value: unknown) => value as Response;

describe('spotCodeLines and spotSelectableLines', () => {
  it('splits the code into lines, without the trailing newline YAML adds, and reads CRLF as one break', () => {
    expect(spotCodeLines('a\nb\n')).toEqual(['a', 'b']);
    expect(spotCodeLines('a\r\nb')).toEqual(['a', 'b']);
    expect(spotCodeLines('a\n\nb')).toEqual(['a', '', 'b']);
  });

  it('lets the learner pick every line but blank ones and ones of only brackets, braces and commas', () => {
    expect(spotSelectableLines(question.code)).toEqual([2, 3, 5, 6, 7, 8]);
    expect(spotSelectableLines('{\n\n  ],\n  "a": 1\n}')).toEqual([4]);
  });

  it('uses the question’s own list when it has one, sorted and once each', () => {
    expect(spotSelectableLines(question.code, [8, 2, 8])).toEqual([2, 8]);
  });
});

describe('listSpotLines', () => {
  it('lists every line in order with its number, whether it can be picked and whether it is wrong', () => {
    const lines = listSpotLines(question);

    expect(lines).toHaveLength(11);
    expect(lines[0]).toEqual({ number: 1, text: '{', selectable: false, wrong: false });
    expect(lines[6]).toEqual({ number: 7, text: '      "Principal": "*",', selectable: true, wrong: true });
  });
});

describe('validateSpot', () => {
  it('accepts a line and a reason, right or wrong', () => {
    expect(validateSpot(question, { line: '7', reason: 'a' })).toEqual({ type: 'valid' });
    expect(validateSpot(question, { line: '2', reason: 'c' })).toEqual({ type: 'valid' });
  });

  it('accepts a line alone or a reason alone: each earns what it earns', () => {
    expect(validateSpot(question, { line: '7' })).toEqual({ type: 'valid' });
    expect(validateSpot(question, { reason: 'b' })).toEqual({ type: 'valid' });
  });

  it('returns no-selection when neither is picked', () => {
    expect(validateSpot(question, {})).toEqual({ type: 'invalid', code: 'no-selection' });
  });

  it('returns unknown-choice for a line that cannot be picked, does not exist or is not a plain number', () => {
    for (const line of ['1', '4', '12', '0', '07', '7.0', '']) {
      expect(validateSpot(question, { line }), line).toEqual({ type: 'invalid', code: 'unknown-choice' });
    }
  });

  it('returns unknown-choice for a reason id that is not in the question', () => {
    expect(validateSpot(question, { line: '7', reason: 'z' })).toEqual({
      type: 'invalid',
      code: 'unknown-choice',
    });
  });

  it('returns invalid-response for a response of the wrong shape or with other keys', () => {
    for (const value of [
      ['7', 'a'],
      null,
      'line:7',
      { line: 7 },
      { line: '7', extra: 'x' },
      { 'item-a': 'aws' },
    ]) {
      expect(validateSpot(question, malformed(value))).toEqual({ type: 'invalid', code: 'invalid-response' });
    }
  });
});

describe('scoreSpot', () => {
  it('gives the whole point for the wrong line and the right reason', () => {
    expect(scoreSpot(question, { line: '7', reason: 'a' })).toEqual({
      type: 'points',
      earned: 1,
      total: 1,
      correct: true,
    });
  });

  it('gives half a point for the wrong line with a wrong reason, or for a right reason on a right line', () => {
    expect(scoreSpot(question, { line: '7', reason: 'b' })).toMatchObject({ earned: 0.5, correct: false });
    expect(scoreSpot(question, { line: '5', reason: 'a' })).toMatchObject({ earned: 0.5, correct: false });
  });

  it('gives half a point for only the wrong line, or only the right reason', () => {
    expect(scoreSpot(question, { line: '7' })).toMatchObject({ earned: 0.5, correct: false });
    expect(scoreSpot(question, { reason: 'a' })).toMatchObject({ earned: 0.5, correct: false });
  });

  it('gives nothing for a right line and a wrong reason', () => {
    expect(scoreSpot(question, { line: '2', reason: 'c' })).toMatchObject({ earned: 0, correct: false });
  });

  it('counts any line the question lists as wrong', () => {
    const twoWrong = makeSpot({ wrong: [6, 7] });

    expect(scoreSpot(twoWrong, { line: '6', reason: 'a' }).correct).toBe(true);
    expect(scoreSpot(twoWrong, { line: '7', reason: 'a' }).correct).toBe(true);
  });

  it('gives nothing for a response validateSpot rejects, even with the right reason', () => {
    expect(scoreSpot(question, { line: '12', reason: 'a' })).toMatchObject({ earned: 0 });
    expect(scoreSpot(question, malformed({ line: '7', reason: 'a', extra: 'b' }))).toMatchObject({
      earned: 0,
    });
    expect(scoreSpot(question, {})).toMatchObject({ earned: 0 });
  });

  it('reads half a point as partial, a whole one as correct and none as incorrect', () => {
    expect(spot.verdict(scoreSpot(question, { line: '7' }))).toBe('partial');
    expect(spot.verdict(scoreSpot(question, { line: '7', reason: 'a' }))).toBe('correct');
    expect(spot.verdict(scoreSpot(question, { line: '2', reason: 'b' }))).toBe('incorrect');
  });
});

describe('describeSpot', () => {
  it('names the line with its code and the reason', () => {
    expect(describeSpot(question, { line: '7', reason: 'a' })).toBe(
      'Line 7 (`"Principal": "*",`), because it grants everyone read access.',
    );
  });

  it('describes a line alone or a reason alone', () => {
    expect(describeSpot(question, { line: '2' })).toBe('Line 2 (`"Version": "2012-10-17",`)');
    expect(describeSpot(question, { reason: 'b' })).toBe(
      'No line picked, because bucket policies cannot name principals.',
    );
  });

  it('keeps the capitals of a reason that starts with a name such as AWS', () => {
    const reasons = makeSpot().reasons.map((reason) =>
      reason.id === 'a' ? { ...reason, text: 'AWS reads "*" as everyone.' } : reason,
    );
    expect(describeSpot(makeSpot({ reasons }), { reason: 'a' })).toBe(
      'No line picked, because AWS reads "*" as everyone.',
    );
  });

  it('gives "—" for nothing picked, unknown ids, no response or the wrong shape', () => {
    expect(describeSpot(question, {})).toBe('—');
    expect(describeSpot(question, { line: '99', reason: 'z' })).toBe('—');
    expect(describeSpot(question, undefined)).toBe('—');
    expect(describeSpot(question, malformed(['7']))).toBe('—');
  });
});

describe('spot kind', () => {
  it('starts with nothing picked', () => {
    expect(spot.initial(question, ['b', 'a', 'c'])).toEqual({});
  });

  it('shuffles the reasons with the seed when the question shuffles, and keeps their order otherwise', () => {
    const orders = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => spot.arrange(question, createRandom(seed)).join()),
    );

    expect(orders.size).toBeGreaterThan(1);
    expect(spot.arrange(question, createRandom(3))).toEqual(spot.arrange(question, createRandom(3)));
    expect(spot.arrange(makeSpot({ shuffle: false }), createRandom(3))).toEqual(['a', 'b', 'c']);
  });

  it('answers with the first wrong line and the right reason, which earns the whole point', () => {
    const answer = spot.answer(makeSpot({ wrong: [6, 7] }));

    expect(answer).toEqual({ line: '6', reason: 'a' });
    expect(scoreSpot(question, spot.answer(question)).correct).toBe(true);
  });
});

describe('a stored spot response', () => {
  const attempt = makeAttempt({
    questionIds: ['spot', 'line-only'],
    responses: { spot: { line: '7', reason: 'a' }, 'line-only': { line: '12' } },
    earned: 1.5,
    total: 2,
  });

  it('survives saving and loading the progress as it is', () => {
    const { progress, problem } = decodeProgress(encodeProgress(makeProgress([attempt])));

    expect(problem).toBeNull();
    expect(progress.attempts[0]?.responses).toEqual(attempt.responses);
  });

  it('survives an export and its import in another browser', () => {
    const file = buildExport(makeProgress([attempt]), {
      siteVersion: 'test',
      exportedAt: new Date('2026-12-01T10:00:00Z'),
    });
    const result = readImport(file);

    expect(result.ok && result.progress.attempts[0]?.responses).toEqual(attempt.responses);
  });
});
