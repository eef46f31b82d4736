import { describe, expect, it } from 'vitest';
import {
  combine,
  formatTable,
  measure,
  median,
  medianOf,
  type LighthouseResult,
  type Measure,
} from '../../../scripts/lighthouse-report';

/** A navigation's result as Lighthouse writes it (scores 0–1, metrics as numericValue). */
function navigation(overrides: { perf?: number; seoAudit?: number | null } = {}): LighthouseResult {
  return {
    categories: {
      performance: {
        score: overrides.perf ?? 0.99,
        auditRefs: [{ id: 'largest-contentful-paint', weight: 25 }],
      },
      accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
      'best-practices': {
        score: 0.96,
        auditRefs: [
          { id: 'errors-in-console', weight: 1 },
          { id: 'valid-source-maps', weight: 0 },
        ],
      },
      seo: { score: 1, auditRefs: [{ id: 'document-title', weight: 1 }] },
    },
    audits: {
      'largest-contentful-paint': { score: 0.9, numericValue: 812.4 },
      'cumulative-layout-shift': { score: 1, numericValue: 0.0123 },
      'total-blocking-time': { score: 1, numericValue: 30 },
      'total-byte-weight': { score: 1, numericValue: 27_700 },
      'color-contrast': { score: 1 },
      'errors-in-console': { score: 0 },
      'valid-source-maps': { score: 0 },
      'document-title': { score: overrides.seoAudit === undefined ? 1 : overrides.seoAudit },
      'layout-shifts': {
        score: 1,
        details: { items: [{ node: { selector: 'main > section.sources' } }, {}] },
      },
    },
  };
}

describe('measure', () => {
  it('reads scores as whole percents and the metrics a learner waits for', () => {
    expect(measure(navigation())).toEqual({
      scores: { performance: 99, accessibility: 100, 'best-practices': 96, seo: 100 },
      lcpMs: 812.4,
      cls: 0.0123,
      tbtMs: 30,
      bytes: 27_700,
      failing: ['errors-in-console'],
      shifted: ['main > section.sources'],
    });
  });

  it('leaves out what a mode does not measure, and audits that carry no weight or do not apply', () => {
    const snapshot: LighthouseResult = {
      categories: { accessibility: { score: 1, auditRefs: [{ id: 'label', weight: 7 }] } },
      audits: { label: { score: null } },
    };
    expect(measure(snapshot)).toEqual({
      scores: { performance: null, accessibility: 100, 'best-practices': null, seo: null },
      lcpMs: null,
      cls: null,
      tbtMs: null,
      bytes: null,
      failing: [],
      shifted: [],
    });
    expect(measure(navigation({ seoAudit: null })).failing).toEqual(['errors-in-console']);
  });
});

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([900, 500, 700])).toBe(700);
    expect(median([3, 1, 4, 2])).toBe(2.5);
  });

  it('ignores missing values and has none without any', () => {
    expect(median([null, 10, null])).toBe(10);
    expect(median([null])).toBeNull();
    expect(median([])).toBeNull();
  });
});

describe('medianOf and combine', () => {
  const run = (lcpMs: number | null, performance: number | null, failing: string[] = []): Measure => ({
    scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
    lcpMs,
    cls: 0,
    tbtMs: 0,
    bytes: 1000,
    failing,
    shifted: failing.length > 0 ? ['main'] : [],
  });

  it('takes each figure’s median on its own and lists every audit that failed in any run', () => {
    const result = medianOf([run(900, 100), run(400, 90, ['errors-in-console']), run(600, 95)]);
    expect(result.lcpMs).toBe(600);
    expect(result.scores.performance).toBe(95);
    expect(result.failing).toEqual(['errors-in-console']);
    expect(result.shifted).toEqual(['main']);
  });

  it('combines a timespan and a snapshot, the first part that has a figure giving it', () => {
    const timespan = {
      ...run(null, 98),
      scores: { performance: 98, accessibility: null, 'best-practices': 96, seo: null },
    };
    const snapshot = { ...run(null, null, ['label']), bytes: null };
    expect(combine(timespan, snapshot)).toEqual({
      scores: { performance: 98, accessibility: 100, 'best-practices': 96, seo: 100 },
      lcpMs: null,
      cls: 0,
      tbtMs: 0,
      bytes: 1000,
      failing: ['label'],
      shifted: ['main'],
    });
  });
});

describe('formatTable', () => {
  it('prints one aligned Markdown row per page, with a dash where a figure was not measured', () => {
    const table = formatTable([
      { page: 'Lesson', measure: measure(navigation()) },
      { page: 'Started quiz', measure: { ...measure(navigation()), lcpMs: null } },
    ]);
    expect(table.split('\n')).toEqual([
      '| Page         | Perf | A11y | BP | SEO | LCP ms |   CLS | TBT ms | Transferred |',
      '| ------------ | ---: | ---: | -: | --: | -----: | ----: | -----: | ----------: |',
      '| Lesson       |   99 |  100 | 96 | 100 |    812 | 0.012 |     30 |     27.7\u00a0kB |',
      '| Started quiz |   99 |  100 | 96 | 100 |      – | 0.012 |     30 |     27.7\u00a0kB |',
    ]);
  });
});
