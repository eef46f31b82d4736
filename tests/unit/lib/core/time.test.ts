import { describe, expect, it } from 'vitest';
import { dayKey } from '../../../../src/lib/core/local-day';
import { compareTimes, dayNumber, isDayKey, isIsoTime } from '../../../../src/lib/core/time';

describe('dayKey', () => {
  it('puts an evening attempt in Los Angeles on that evening, not on the next UTC day', () => {
    // 20:30 in Los Angeles on 1 December is 04:30 UTC on 2 December.
    expect(dayKey('2026-12-02T04:30:00.000Z', 'America/Los_Angeles')).toBe('2026-12-01');
    expect(dayKey('2026-12-02T04:30:00.000Z', 'UTC')).toBe('2026-12-02');
  });

  it('puts a morning attempt in Tokyo on that morning, not on the UTC day before', () => {
    expect(dayKey('2026-12-01T23:30:00.000Z', 'Asia/Tokyo')).toBe('2026-12-02');
  });

  it('reads a Date as well as an ISO string', () => {
    expect(dayKey(new Date('2026-03-08T12:00:00.000Z'), 'UTC')).toBe('2026-03-08');
  });

  it('returns null for a time that is not an ISO time', () => {
    expect(dayKey('yesterday', 'UTC')).toBeNull();
    expect(dayKey('2026-13-45T00:00:00.000Z', 'UTC')).toBeNull();
    expect(dayKey(new Date(Number.NaN), 'UTC')).toBeNull();
  });
});

describe('isDayKey', () => {
  it('accepts a real calendar day and refuses an impossible one or another format', () => {
    expect(isDayKey('2028-02-29')).toBe(true);
    expect(isDayKey('2026-02-30')).toBe(false);
    expect(isDayKey('2026-13-01')).toBe(false);
    expect(isDayKey('2026-2-3')).toBe(false);
    expect(isDayKey(20261201)).toBe(false);
  });
});

describe('dayNumber', () => {
  it('numbers consecutive days one apart, across a month end', () => {
    expect(dayNumber('2026-12-01') - dayNumber('2026-11-30')).toBe(1);
  });
});

describe('isIsoTime and compareTimes', () => {
  it('accepts what toISOString writes and UTC offsets, and refuses looser formats', () => {
    expect(isIsoTime('2026-12-01T10:00:00.000Z')).toBe(true);
    expect(isIsoTime('2026-12-01T10:00+02:00')).toBe(true);
    expect(isIsoTime('2026-12-01 10:00')).toBe(false);
    expect(isIsoTime(42)).toBe(false);
  });

  it('compares instants whatever their offsets', () => {
    expect(compareTimes('2026-12-01T10:00:00Z', '2026-12-01T11:00:00+01:00')).toBe(0);
    expect(compareTimes('2026-12-01T09:00:00Z', '2026-12-01T10:00:00Z')).toBeLessThan(0);
  });
});
