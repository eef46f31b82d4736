// The pure part of `npm run lighthouse` (scripts/lighthouse.ts): what it reads from Lighthouse's
// results and how it prints them. No browser, no Lighthouse import: tests/unit/scripts/ runs it.

/** The four categories, in Lighthouse's order, with the short name a table column gets. */
export const CATEGORIES = [
  { id: 'performance', label: 'Perf' },
  { id: 'accessibility', label: 'A11y' },
  { id: 'best-practices', label: 'BP' },
  { id: 'seo', label: 'SEO' },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];

/** The few fields of a Lighthouse result (LH.Result) this script reads. */
export interface LighthouseResult {
  categories: Partial<Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>>;
  audits: Partial<
    Record<
      string,
      {
        score: number | null;
        numericValue?: number;
        details?: { items?: { node?: { selector?: string } }[] };
      }
    >
  >;
  runtimeError?: { code: string; message: string };
}

/**
 * One run of one page. A score is 0–100; null where the run's mode does not measure it (a
 * snapshot has no Performance, a timespan no Accessibility nor LCP).
 */
export interface Measure {
  scores: Record<CategoryId, number | null>;
  lcpMs: number | null;
  cls: number | null;
  tbtMs: number | null;
  bytes: number | null;
  /** Audits that cost points outside Performance (whose points are the metrics above). */
  failing: string[];
  /** The elements that moved in the layout shifts (CSS selectors), to find what causes CLS. */
  shifted: string[];
}

const numeric = (result: LighthouseResult, audit: string): number | null =>
  result.audits[audit]?.numericValue ?? null;

/** What one Lighthouse result says about a page. */
export function measure(result: LighthouseResult): Measure {
  const score = (id: CategoryId): number | null => {
    const value = result.categories[id]?.score;
    return value === undefined || value === null ? null : Math.round(value * 100);
  };
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    lcpMs: numeric(result, 'largest-contentful-paint'),
    cls: numeric(result, 'cumulative-layout-shift'),
    tbtMs: numeric(result, 'total-blocking-time'),
    bytes: numeric(result, 'total-byte-weight'),
    failing: CATEGORIES.filter(({ id }) => id !== 'performance').flatMap(({ id }) =>
      (result.categories[id]?.auditRefs ?? [])
        .filter(({ id: audit, weight }) => weight > 0 && (result.audits[audit]?.score ?? 1) < 1)
        .map(({ id: audit }) => audit),
    ),
    shifted: (result.audits['layout-shifts']?.details?.items ?? []).flatMap(({ node }) =>
      node?.selector === undefined ? [] : [node.selector],
    ),
  };
}

/**
 * Several results of one moment combined, the first that has a value winning: a started quiz is
 * measured by a timespan (Performance, TBT, CLS, bytes) and a snapshot (the other categories).
 */
export function combine(...parts: Measure[]): Measure {
  const first = <T>(pick: (part: Measure) => T | null): T | null =>
    parts.map(pick).find((value) => value !== null) ?? null;
  return {
    scores: {
      performance: first((part) => part.scores.performance),
      accessibility: first((part) => part.scores.accessibility),
      'best-practices': first((part) => part.scores['best-practices']),
      seo: first((part) => part.scores.seo),
    },
    lcpMs: first((part) => part.lcpMs),
    cls: first((part) => part.cls),
    tbtMs: first((part) => part.tbtMs),
    bytes: first((part) => part.bytes),
    failing: [...new Set(parts.flatMap((part) => part.failing))],
    shifted: [...new Set(parts.flatMap((part) => part.shifted))],
  };
}

/** The median of the values that exist (the mean of the middle two for an even count); null if none. */
export function median(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
  if (known.length === 0) return null;
  const middle = known.length / 2;
  // The middle value, or the mean of the middle two: the same value twice for an odd count.
  const [low = 0, high = low] = known.slice(Math.ceil(middle) - 1, Math.floor(middle) + 1);
  return (low + high) / 2;
}

/** Each figure's median over several runs of one page (each column on its own). */
export function medianOf(runs: readonly Measure[]): Measure {
  const of = (pick: (run: Measure) => number | null): number | null => median(runs.map(pick));
  return {
    scores: {
      performance: of((run) => run.scores.performance),
      accessibility: of((run) => run.scores.accessibility),
      'best-practices': of((run) => run.scores['best-practices']),
      seo: of((run) => run.scores.seo),
    },
    lcpMs: of((run) => run.lcpMs),
    cls: of((run) => run.cls),
    tbtMs: of((run) => run.tbtMs),
    bytes: of((run) => run.bytes),
    failing: [...new Set(runs.flatMap((run) => run.failing))],
    shifted: [...new Set(runs.flatMap((run) => run.shifted))],
  };
}

const dash = '–';
const whole = (value: number | null): string => (value === null ? dash : String(Math.round(value)));
const kilobytes = (value: number | null): string =>
  value === null ? dash : `${(value / 1000).toFixed(1)}\u00a0kB`;
const shift = (value: number | null): string => (value === null ? dash : value.toFixed(3));

/**
 * A Markdown table, one row per page: the four scores, LCP and TBT in milliseconds, CLS, and the
 * bytes transferred. "–" where the page's mode does not measure a figure.
 */
export function formatTable(rows: readonly { page: string; measure: Measure }[]): string {
  const header = ['Page', ...CATEGORIES.map(({ label }) => label), 'LCP ms', 'CLS', 'TBT ms', 'Transferred'];
  const body = rows.map(({ page, measure: m }) => [
    page,
    ...CATEGORIES.map(({ id }) => whole(m.scores[id])),
    whole(m.lcpMs),
    shift(m.cls),
    whole(m.tbtMs),
    kilobytes(m.bytes),
  ]);
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...body.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? ` ${'-'.repeat(width)} ` : ` ${'-'.repeat(width - 1)}: `)).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}
