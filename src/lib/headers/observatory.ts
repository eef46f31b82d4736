/**
 * The HTTP Observatory's scoring (mdn/mdn-http-observatory, algorithm version 6), applied to what
 * a static site controls: the host's response headers (public/_headers) and each page's HTML
 * (its <meta> CSP, <meta name="referrer"> and scripts). Re-written from the upstream sources, not
 * copied; each test names the file it follows:
 *
 * - src/analyzer/tests/*.js: one test each, giving an "expectation" (result)
 * - src/grader/charts.js: SCORE_TABLE (each result's score modifier) and GRADE_CHART
 * - src/scanner/index.js: the score starts at 100; bonuses count only when the score without them
 *   (penalties alone) is at least 90 (MINIMUM_SCORE_FOR_EXTRA_CREDIT); the grade comes from the
 *   score rounded down to a multiple of 5, capped at 100
 *
 * Two upstream tests need a live site and are never judged here, only listed in `notJudged`
 * with what the host must do: redirection (HTTP must redirect to HTTPS on the same host first)
 * and cookies when the headers set any. Where upstream needs the site's host name (the HSTS
 * preload list, whether a script URL is on the site's own domain), the caller says
 * (`hstsPreloaded`) or the stricter reading is taken (every absolute script URL is foreign).
 */
import { parseCsp, parseCspMeta, splitPolicies, DUPLICATE_WARNINGS_KEY, type CspMap } from './csp';
import type { PageHead } from './html';

export interface ScanInput {
  /** Response headers: lower-case name → value, as headersFor() gives them. */
  headers: ReadonlyMap<string, string>;
  /** What the page's HTML says (readPageHead()). */
  page: PageHead;
  /** The host is on the browsers' HSTS preload list (only a live scan can know; default false). */
  hstsPreloaded?: boolean;
}

export interface TestResult {
  /** The upstream test's name, e.g. "content-security-policy". */
  test: string;
  /** The upstream expectation, e.g. "csp-implemented-with-no-unsafe". */
  result: string;
  /** Points the result adds or takes away (SCORE_TABLE). */
  modifier: number;
  pass: boolean;
}

export interface NotJudged {
  test: string;
  /** What the host must do: a live scan checks it. */
  hostMust: string;
}

export interface ObservatoryScore {
  score: number;
  grade: string;
  /** The score counting penalties only (bonuses count when this is at least 90). */
  uncurved: number;
  tests: TestResult[];
  notJudged: NotJudged[];
  /** The combined policy the CSP test judged (header first, then <meta>), for reports. */
  csp: CspMap | null;
}

/** src/grader/charts.js SCORE_TABLE: the modifier of every result this module can give. */
export const MODIFIERS: Readonly<Record<string, number>> = {
  'csp-implemented-with-no-unsafe-default-src-none': 10,
  'csp-implemented-with-no-unsafe': 5,
  'csp-implemented-with-unsafe-inline-in-style-src-only': 0,
  'csp-implemented-with-insecure-scheme-in-passive-content-only': -10,
  'csp-implemented-with-unsafe-eval': -10,
  'csp-implemented-with-unsafe-inline': -20,
  'csp-implemented-with-insecure-scheme': -20,
  'csp-header-invalid': -25,
  'csp-not-implemented': -25,
  'csp-not-implemented-but-reporting-enabled': -25,
  'csp-implemented-but-duplicate-directives': 0,
  'cookies-not-found': 0,
  'coep-implemented-with-require-corp': 10,
  'coep-implemented-with-credentialless': 10,
  'coep-implemented-with-unsafe-none': 0,
  'coep-not-implemented': 0,
  'coep-header-invalid': -5,
  'coop-implemented-with-same-origin': 10,
  'coop-implemented-with-same-origin-allow-popups': 10,
  'coop-implemented-with-noopener-allow-popups': 10,
  'coop-implemented-with-unsafe-none': 0,
  'coop-not-implemented': 0,
  'coop-header-invalid': -5,
  'cross-origin-resource-sharing-not-implemented': 0,
  'cross-origin-resource-sharing-implemented-with-public-access': 0,
  'cross-origin-resource-sharing-implemented-with-restricted-access': 0,
  'referrer-policy-private': 5,
  'referrer-policy-not-implemented': 0,
  'referrer-policy-unsafe': -5,
  'referrer-policy-header-invalid': -5,
  'hsts-preloaded': 5,
  'hsts-implemented-max-age-at-least-six-months': 0,
  'hsts-implemented-max-age-less-than-six-months': -10,
  'hsts-not-implemented': -20,
  'hsts-header-invalid': -20,
  'sri-implemented-and-all-scripts-loaded-securely': 5,
  'sri-implemented-and-external-scripts-loaded-securely': 5,
  'sri-not-implemented-but-no-scripts-loaded': 0,
  'sri-not-implemented-but-all-scripts-loaded-from-secure-origin': 0,
  'sri-not-implemented-but-external-scripts-loaded-securely': -5,
  'sri-implemented-but-external-scripts-not-loaded-securely': -20,
  'sri-not-implemented-and-external-scripts-not-loaded-securely': -50,
  'x-content-type-options-nosniff': 0,
  'x-content-type-options-not-implemented': -5,
  'x-content-type-options-header-invalid': -5,
  'x-frame-options-implemented-via-csp': 5,
  'x-frame-options-sameorigin-or-deny': 5,
  'x-frame-options-allow-from-origin': 0,
  'x-frame-options-not-implemented': -20,
  'x-frame-options-header-invalid': -20,
  'corp-implemented-with-same-origin': 10,
  'corp-implemented-with-same-site': 10,
  'corp-implemented-with-cross-origin': 0,
  'corp-not-implemented': 0,
  'corp-header-invalid': -5,
};

/** src/grader/charts.js GRADE_CHART, from the top: the lowest score of each grade. */
const GRADES: readonly [number, string][] = [
  [100, 'A+'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [30, 'D'],
  [25, 'D-'],
  [0, 'F'],
];

const MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90;
/** src/analyzer/tests/strict-transport-security.js SIX_MONTHS, in seconds. */
export const SIX_MONTHS = 15_552_000;

/** src/grader/grader.js getGradeForScore. */
export function gradeFor(score: number): string {
  const key = Math.min(Math.max(score, 0), 100);
  return (GRADES.find(([lowest]) => key >= lowest) as [number, string])[1];
}

function result(test: string, expectation: string, passing: readonly string[]): TestResult {
  return {
    test,
    result: expectation,
    modifier: MODIFIERS[expectation] as number,
    pass: passing.includes(expectation),
  };
}

const BROAD = new Set(['ftp:', 'http:', 'https:', '*', 'http://*', 'http://*.*', 'https://*', 'https://*.*']);
const BROAD_OR_INLINE = new Set([...BROAD, "'unsafe-inline'", 'data:']);
const PASSIVE = ['img-src', 'media-src'];
const HASH_OR_NONCE = /^'(sha256-|sha384-|sha512-|nonce-)/;
const insecure = (source: string) => source.startsWith('http:') || source.startsWith('ftp:');

function parseOr(parse: () => CspMap, fallback: CspMap | null): CspMap | null {
  try {
    return parse();
  } catch {
    return fallback;
  }
}

/** src/analyzer/tests/csp.js, for a page served over HTTPS. */
export function cspTest(input: ScanInput): { result: TestResult; csp: CspMap | null } {
  const passing = [
    'csp-implemented-with-no-unsafe',
    'csp-implemented-with-no-unsafe-default-src-none',
    'csp-implemented-with-unsafe-inline-in-style-src-only',
    'csp-implemented-with-insecure-scheme-in-passive-content-only',
  ];
  const done = (expectation: string, csp: CspMap | null = null) => ({
    result: result('content-security-policy', expectation, passing),
    csp,
  });
  const header = splitPolicies(
    input.headers.has('content-security-policy')
      ? [input.headers.get('content-security-policy') as string]
      : [],
  );
  const meta = splitPolicies(input.page.csp);
  const csp = parseOr(() => parseCsp([...header, ...meta]), null);
  if (!csp) return done('csp-header-invalid');
  const headerOnly = parseOr(() => parseCsp(header), new Map()) as CspMap;
  const metaOnly = parseOr(() => parseCspMeta(meta), new Map()) as CspMap;
  if (headerOnly.size + metaOnly.size === 0) {
    return done(
      input.headers.has('content-security-policy-report-only')
        ? 'csp-not-implemented-but-reporting-enabled'
        : 'csp-not-implemented',
    );
  }

  const get = (directive: string) => new Set(csp.get(directive) ?? csp.get('default-src') ?? ['*']);
  const objectSrc = get('object-src');
  const scriptSrc = get('script-src');
  const styleSrc = get('style-src');
  // 'unsafe-inline' is ignored where a hash or nonce is present.
  for (const list of [scriptSrc, styleSrc]) {
    if ([...list].some((s) => HASH_OR_NONCE.test(s))) list.delete("'unsafe-inline'");
  }
  let invalid = false;
  if (scriptSrc.has("'strict-dynamic'")) {
    if ([...scriptSrc].some((s) => HASH_OR_NONCE.test(s))) {
      for (const s of [...scriptSrc]) {
        if ([...BROAD].some((b) => s.startsWith(b)) || s === "'self'" || s === "'unsafe-inline'")
          scriptSrc.delete(s);
      }
    } else {
      invalid = true;
    }
  }
  const active = [
    ...[...csp].filter(([d]) => !PASSIVE.includes(d) && d !== 'script-src').flatMap(([, s]) => [...s]),
    ...scriptSrc,
  ];
  const passive = PASSIVE.flatMap((d) => [...(csp.get(d) ?? csp.get('default-src') ?? [])]);

  // The first problem found, in upstream's order, is the result.
  const found = [
    [invalid, 'csp-header-invalid'],
    [
      [...scriptSrc].some((s) => BROAD_OR_INLINE.has(s)) || [...objectSrc].some((s) => BROAD.has(s)),
      'csp-implemented-with-unsafe-inline',
    ],
    [active.some(insecure), 'csp-implemented-with-insecure-scheme'],
    [scriptSrc.has("'unsafe-eval'") || styleSrc.has("'unsafe-eval'"), 'csp-implemented-with-unsafe-eval'],
    [passive.some(insecure), 'csp-implemented-with-insecure-scheme-in-passive-content-only'],
    [
      [...styleSrc].some((s) => BROAD_OR_INLINE.has(s)),
      'csp-implemented-with-unsafe-inline-in-style-src-only',
    ],
  ] as const;
  const defaultNone = csp.get('default-src');
  let expectation =
    found.find(([problem]) => problem)?.[1] ??
    (defaultNone?.has("'none'") && defaultNone.size === 1
      ? 'csp-implemented-with-no-unsafe-default-src-none'
      : 'csp-implemented-with-no-unsafe');
  if (passing.includes(expectation) && csp.has(DUPLICATE_WARNINGS_KEY))
    expectation = 'csp-implemented-but-duplicate-directives';
  const out = done(expectation, csp);
  // A duplicate report-uri/report-to still passes (upstream decides pass before renaming).
  out.result.pass ||= expectation === 'csp-implemented-but-duplicate-directives';
  return out;
}

/** src/analyzer/tests/strict-transport-security.js (first header only; a comma means set twice). */
export function hstsTest(input: ScanInput): TestResult {
  const passing = ['hsts-implemented-max-age-at-least-six-months', 'hsts-preloaded'];
  if (input.hstsPreloaded) return result('strict-transport-security', 'hsts-preloaded', passing);
  const header = input.headers.get('strict-transport-security');
  if (header === undefined) return result('strict-transport-security', 'hsts-not-implemented', passing);
  const value = header.slice(0, 1024);
  let maxAge: number | null = null;
  for (const parameter of value.split(';').map((p) => p.trim().toLowerCase())) {
    if (parameter.startsWith('max-age=')) maxAge = Number.parseInt(parameter.slice(8, 128), 10);
  }
  // parseInt of a non-number is NaN, which upstream compares as "not less than six months".
  const expectation =
    value.includes(',') || maxAge === null
      ? 'hsts-header-invalid'
      : maxAge < SIX_MONTHS
        ? 'hsts-implemented-max-age-less-than-six-months'
        : 'hsts-implemented-max-age-at-least-six-months';
  return result('strict-transport-security', expectation, passing);
}

/** src/analyzer/tests/referrer-policy.js: header, then <meta name="referrer">; the last valid value wins. */
export function referrerTest(input: ScanInput): TestResult {
  const good = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
  const bad = ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'];
  const passing = ['referrer-policy-private', 'referrer-policy-not-implemented'];
  const header = input.headers.get('referrer-policy');
  const values = [...(header === undefined ? [] : [header]), ...input.page.referrer];
  if (values.length === 0) return result('referrer-policy', 'referrer-policy-not-implemented', passing);
  const policy = values
    .join(', ')
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter((v) => good.includes(v) || bad.includes(v))
    .at(-1);
  const expectation =
    policy === undefined
      ? 'referrer-policy-header-invalid'
      : good.includes(policy)
        ? 'referrer-policy-private'
        : 'referrer-policy-unsafe';
  return result('referrer-policy', expectation, passing);
}

/** src/analyzer/tests/x-content-type-options.js */
export function xContentTypeOptionsTest(input: ScanInput): TestResult {
  const header = input.headers.get('x-content-type-options');
  const expectation =
    header === undefined
      ? 'x-content-type-options-not-implemented'
      : header.slice(0, 256).trim().toLowerCase() === 'nosniff'
        ? 'x-content-type-options-nosniff'
        : 'x-content-type-options-header-invalid';
  return result('x-content-type-options', expectation, ['x-content-type-options-nosniff']);
}

/**
 * src/analyzer/tests/x-frame-options.js: a CSP frame-ancestors replaces the header. Stricter than
 * upstream, which also credits a frame-ancestors written in a <meta> CSP (browsers ignore it
 * there): only a header policy's frame-ancestors counts here.
 */
export function xFrameOptionsTest(input: ScanInput): TestResult {
  const header = input.headers.get('x-frame-options')?.slice(0, 1024).trim().toLowerCase();
  let expectation =
    header === undefined
      ? 'x-frame-options-not-implemented'
      : header === 'deny' || header === 'sameorigin'
        ? 'x-frame-options-sameorigin-or-deny'
        : header.startsWith('allow-from')
          ? 'x-frame-options-allow-from-origin'
          : 'x-frame-options-header-invalid';
  const headerCspValue = input.headers.get('content-security-policy');
  const headerCsp = parseOr(
    () => parseCsp(splitPolicies(headerCspValue === undefined ? [] : [headerCspValue])),
    null,
  );
  if (headerCsp?.has('frame-ancestors')) expectation = 'x-frame-options-implemented-via-csp';
  return result('x-frame-options', expectation, [
    'x-frame-options-sameorigin-or-deny',
    'x-frame-options-allow-from-origin',
    'x-frame-options-implemented-via-csp',
  ]);
}

/** src/analyzer/tests/cross-origin-resource-policy.js (header only: a static site has no CORP meta). */
export function corpTest(input: ScanInput): TestResult {
  const header = input.headers.get('cross-origin-resource-policy')?.slice(0, 256).trim().toLowerCase();
  const known: Record<string, string> = {
    'same-site': 'corp-implemented-with-same-site',
    'same-origin': 'corp-implemented-with-same-origin',
    'cross-origin': 'corp-implemented-with-cross-origin',
  };
  const expectation = header ? (known[header] ?? 'corp-header-invalid') : 'corp-not-implemented';
  return result('cross-origin-resource-policy', expectation, [
    ...Object.values(known),
    'corp-not-implemented',
  ]);
}

/**
 * The bare token of an RFC 8941 structured-field item, or null (what COOP and COEP accept). A
 * simplified reader: parameters after ";" are not checked, and a list ("a, b") is no item.
 */
export function structuredToken(value: string): string | null {
  const bare = (value.split(';')[0] as string).trim();
  return /^[A-Za-z*][!#$%&'*+\-.^_`|~0-9A-Za-z:/]*$/.test(bare) ? bare : null;
}

function policyTest(
  test: string,
  prefix: string,
  tokens: readonly string[],
  value: string | undefined,
): TestResult {
  const token = value === undefined ? null : structuredToken(value.slice(0, 1024).trim());
  const expectation =
    value === undefined
      ? `${prefix}-not-implemented`
      : token !== null && tokens.includes(token)
        ? `${prefix}-implemented-with-${token}`
        : `${prefix}-header-invalid`;
  return result(test, expectation, [
    `${prefix}-not-implemented`,
    ...tokens.map((t) => `${prefix}-implemented-with-${t}`),
  ]);
}

/** src/analyzer/tests/cross-origin-opener-policy.js */
export function coopTest(input: ScanInput): TestResult {
  const tokens = ['same-origin', 'same-origin-allow-popups', 'noopener-allow-popups', 'unsafe-none'];
  return policyTest(
    'cross-origin-opener-policy',
    'coop',
    tokens,
    input.headers.get('cross-origin-opener-policy'),
  );
}

/** src/analyzer/tests/cross-origin-embedder-policy.js */
export function coepTest(input: ScanInput): TestResult {
  const tokens = ['require-corp', 'credentialless', 'unsafe-none'];
  return policyTest(
    'cross-origin-embedder-policy',
    'coep',
    tokens,
    input.headers.get('cross-origin-embedder-policy'),
  );
}

/**
 * src/analyzer/tests/cors.js. A fixed header cannot reflect the scanner's Origin, so
 * "universal access" (reflected origin with credentials) cannot come from a static file.
 */
export function corsTest(input: ScanInput): TestResult {
  const header = input.headers.get('access-control-allow-origin')?.slice(0, 256).trim().toLowerCase();
  const expectation =
    header === undefined
      ? 'cross-origin-resource-sharing-not-implemented'
      : header === '*'
        ? 'cross-origin-resource-sharing-implemented-with-public-access'
        : 'cross-origin-resource-sharing-implemented-with-restricted-access';
  return result('cross-origin-resource-sharing', expectation, [
    'cross-origin-resource-sharing-not-implemented',
    'cross-origin-resource-sharing-implemented-with-public-access',
    'cross-origin-resource-sharing-implemented-with-restricted-access',
  ]);
}

/**
 * src/analyzer/tests/subresource-integrity.js for an HTML page served over HTTPS. Relative URLs
 * are the site's own; every absolute or protocol-relative URL is taken as foreign (upstream
 * accepts the site's own registrable domain too, which only a live scan knows).
 */
export function sriTest(input: ScanInput): TestResult {
  const order = [
    'sri-implemented-and-all-scripts-loaded-securely',
    'sri-implemented-and-external-scripts-loaded-securely',
    'sri-implemented-but-external-scripts-not-loaded-securely',
    'sri-not-implemented-but-external-scripts-loaded-securely',
    'sri-not-implemented-and-external-scripts-not-loaded-securely',
  ];
  const worse = (a: string | null, b: string) => (a === null || order.indexOf(b) > order.indexOf(a) ? b : a);
  let expectation: string | null = null;
  let foreign = false;
  for (const { src, integrity } of input.page.scripts) {
    const absolute = /^https?:\/\//i.test(src);
    const relativeProtocol = /^\/\/[^/]/.test(src);
    const secureScheme = absolute ? /^https:/i.test(src) : !relativeProtocol;
    if (absolute || relativeProtocol) {
      foreign = true;
      if (integrity && !secureScheme)
        expectation = worse(expectation, 'sri-implemented-but-external-scripts-not-loaded-securely');
      else if (!integrity && secureScheme)
        expectation = worse(expectation, 'sri-not-implemented-but-external-scripts-loaded-securely');
      else if (!integrity)
        expectation = worse(expectation, 'sri-not-implemented-and-external-scripts-not-loaded-securely');
    } else if (integrity && expectation === null) {
      expectation = 'sri-implemented-and-all-scripts-loaded-securely';
    }
  }
  if (input.page.scriptCount === 0) expectation = 'sri-not-implemented-but-no-scripts-loaded';
  expectation ??= foreign
    ? 'sri-implemented-and-external-scripts-loaded-securely'
    : 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin';
  return result('subresource-integrity', expectation, [
    'sri-implemented-and-all-scripts-loaded-securely',
    'sri-implemented-and-external-scripts-loaded-securely',
    'sri-not-implemented-but-all-scripts-loaded-from-secure-origin',
    'sri-not-implemented-but-no-scripts-loaded',
  ]);
}

/** Score one page: every upstream test that files can decide, and the ones they cannot. */
export function scorePage(input: ScanInput): ObservatoryScore {
  const { result: csp, csp: policy } = cspTest(input);
  const notJudged: NotJudged[] = [
    {
      test: 'redirection',
      hostMust:
        'redirect http:// to https:// on the same host first (301/308), and serve every page over HTTPS',
    },
  ];
  const tests = [csp];
  if (input.headers.has('set-cookie')) {
    notJudged.push({
      test: 'cookies',
      hostMust: 'set every cookie Secure, session cookies HttpOnly, SameSite Strict or Lax',
    });
  } else {
    tests.push(result('cookies', 'cookies-not-found', ['cookies-not-found']));
  }
  tests.push(
    coepTest(input),
    coopTest(input),
    corsTest(input),
    referrerTest(input),
    hstsTest(input),
    sriTest(input),
    xContentTypeOptionsTest(input),
    xFrameOptionsTest(input),
    corpTest(input),
  );
  const withBonus = tests.reduce((sum, t) => sum + t.modifier, 100);
  const uncurved = tests.reduce((sum, t) => sum + Math.min(t.modifier, 0), 100);
  const score = Math.max(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withBonus : uncurved, 0);
  return { score, grade: gradeFor(score), uncurved, tests, notJudged, csp: policy };
}
