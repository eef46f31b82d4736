import { describe, expect, it } from 'vitest';
import { durationText, enPaths, tp } from '../../../src/i18n/en-paths';
import { enRecord, tr } from '../../../src/i18n/en-record';

describe('path words', () => {
  it('says a path’s time in half hours from an hour up, in minutes below', () => {
    expect(durationText(185)).toBe('about 3 hours');
    expect(durationText(165)).toBe('about 3 hours');
    expect(durationText(330)).toBe('about 5.5 hours');
    expect(durationText(60)).toBe('about 1 hour');
    expect(durationText(45)).toBe('about 45\u00a0min');
  });

  it('counts steps with plural forms', () => {
    expect(tp('steps.done', { done: 1, count: 1 })).toBe('1 of 1 required step done');
    expect(tp('steps.done', { done: 3, count: 9 })).toBe('3 of 9 required steps done');
    expect(tr('digest.count', { count: 1 })).toBe('SHA-256 of 1 full attempt');
  });

  it('puts a non-breaking space before every %', () => {
    const texts = [...Object.values(enPaths), ...Object.values(enRecord)].flatMap((message) =>
      typeof message === 'string' ? [message] : Object.values(message),
    );
    expect(texts.filter((text) => / %/.test(text))).toEqual([]);
    expect(tp('best', { percent: 90 })).toBe('best 90\u00a0%');
  });

  it('says plainly that a record is self-attested and why', () => {
    expect(tr('selfAttested')).toMatch(/^Self-attested\..*answers are public/);
  });
});
