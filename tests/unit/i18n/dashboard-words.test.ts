import { describe, expect, it } from 'vitest';
import { MASTERY_LEVELS, MASTERY_THRESHOLDS } from '../../../src/lib/progress/mastery';
import { masteryRules } from '../../../src/i18n/en-mastery-rules';
import { longDay, td } from '../../../src/i18n/en-dashboard';
import { shortDay, tableDay, tl } from '../../../src/i18n/en-dashboard-later';
import { domainName, secName } from '../../../src/i18n/en-tags';
import { EXAM_DOMAINS } from '../../../src/schemas/quiz';

describe('mastery rules', () => {
  it('has one rule per level, in order, each naming its level first', () => {
    const rules = masteryRules();
    expect(rules.map((rule) => rule.level)).toEqual(MASTERY_LEVELS);
    for (const { level, text } of rules) {
      expect(text.toLowerCase().startsWith(`${level.replace('-', ' ')}:`)).toBe(true);
    }
  });

  it('reads exactly as the progress page shows it, with a non-breaking space before each %', () => {
    expect(masteryRules().map((rule) => rule.text.replaceAll('\u00a0', '~'))).toEqual([
      'Not started: you have not answered any question on this topic in a full quiz yet.',
      'Attempted: you have answered questions on this topic but have less than 50~% over all your answers.',
      'Familiar: at least 50~% over all your answers on this topic.',
      'Proficient: at least 70~% over all your answers on this topic and at least 70~% on your latest attempt ' +
        'that covered it. If that attempt is so old that only your totals keep it, your overall score counts instead.',
      'Mastered: at least 85~% over all your answers on this topic, at least 85~% on your latest attempt that ' +
        'covered it (counted as for Proficient), and answers on at least 2 different days of your calendar, so one ' +
        'lucky run is not mastery. Answers that only your totals keep count as one day at most, and as none when ' +
        'they may fall on a day of your newer answers.',
    ]);
  });

  it('states the thresholds the code uses', () => {
    const rule = (level: string) => masteryRules().find((entry) => entry.level === level)?.text ?? '';
    const { familiar, proficient, mastered } = MASTERY_THRESHOLDS;
    expect(rule('attempted')).toContain(`less than ${familiar.overall}\u00a0%`);
    expect(rule('familiar')).toContain(`at least ${familiar.overall}\u00a0% over all your answers`);
    expect(rule('proficient')).toContain(`at least ${proficient.overall}\u00a0% over all your answers`);
    expect(rule('proficient')).toContain(`at least ${proficient.last}\u00a0% on your latest attempt`);
    expect(rule('mastered')).toContain(`at least ${mastered.overall}\u00a0% over all your answers`);
    expect(rule('mastered')).toContain(`at least ${mastered.last}\u00a0% on your latest attempt`);
    expect(rule('mastered')).toContain(`at least ${mastered.days} different days`);
  });
});

describe('dashboard words', () => {
  it('uses the singular for one: no "1 days", "1 lessons" or "1 best scores"', () => {
    expect(td('overview.streak', { count: 1, longest: td('overview.days', { count: 1 }) })).toBe(
      'Streak: 1 day in a row (longest: 1 day)',
    );
    expect(td('overview.lessons', { completed: 1, count: 1 })).toBe('1 of 1 lesson completed');
    expect(td('overview.attempts', { count: 1 })).toBe('1 quiz taken in full');
    expect(tl('data.better', { count: 1 })).toBe('1 best score');
    expect(tl('data.attempts', { count: 2 })).toBe('2 attempts');
  });

  it('counts reviews coming up in words, one and many', () => {
    expect(td('review.tomorrow', { count: 1 })).toBe('1 question due tomorrow');
    expect(td('review.tomorrow', { count: 3 })).toBe('3 questions due tomorrow');
    expect(td('review.week', { count: 12 })).toBe('12 questions due in the next 7 days');
    // ICU versions differ on the comma after the weekday.
    expect(td('review.next', { date: longDay('2026-12-05') })).toMatch(
      /^Next review on Saturday,? 5 December 2026\.$/,
    );
  });

  it('writes a learner’s day as that calendar day in any time zone, and an unknown day as it is', () => {
    // The day key is read in UTC, so no time zone moves 1 December to 30 November.
    expect(shortDay('2026-12-01')).toBe('1 Dec');
    expect(tableDay('2026-12-01')).toBe('1 Dec 2026');
    expect(longDay('2027-01-01')).toMatch(/^Friday,? 1 January 2027$/);
    expect(longDay('not a day')).toBe('not a day');
  });

  it('keeps % with its number and writes points with at most one decimal', () => {
    expect(tl('mastery.scoreValue', { percent: 57, earned: 6.33, count: 11 })).toBe(
      '57\u00a0% (6.3 of 11 points)',
    );
    expect(tl('mastery.scoreValue', { percent: 33, earned: 0.33, count: 1 })).toBe(
      '33\u00a0% (0.3 of 1 point)',
    );
  });
});

describe('names of the security pillar questions and exam domains', () => {
  it('names every SEC question by number and what it asks', () => {
    expect(secName('1')).toBe('SEC 1 · Operate your workload securely');
    expect(secName('11')).toBe('SEC 11 · Build security into the application lifecycle');
    expect(secName('12')).toBe('SEC 12');
  });

  it('names every exam domain as the exam guide does, and an unknown one by its words', () => {
    expect(EXAM_DOMAINS.map(domainName)).toEqual([
      'Detection',
      'Incident Response',
      'Infrastructure Security',
      'Identity and Access Management',
      'Data Protection',
      'Security Foundations and Governance',
    ]);
    expect(domainName('cloud-governance')).toBe('Cloud governance');
  });
});
