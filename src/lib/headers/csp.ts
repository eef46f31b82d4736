/**
 * Content-Security-Policy parsing as the HTTP Observatory does it (mdn/mdn-http-observatory,
 * src/analyzer/cspParser.js and the policy split in src/analyzer/tests/csp.js), re-written here,
 * not copied, so that tests/budget/headers.test.ts scores our pages by the published rules.
 *
 * A parsed policy maps each directive (lower case) to its set of sources (lower case). Several
 * policies (a header's and a <meta>'s) are combined the Observatory's way: the first policy's
 * directives are kept, and a later policy's sources count only where an earlier policy lists
 * the same source for that directive (a browser enforces every policy, so only what all allow
 * gets through). A directive that only a later policy names therefore comes out as 'none'.
 */

export type CspMap = Map<string, Set<string>>;

/** Directives a <meta> CSP may not carry (HTML: the http-equiv pragma ignores them). */
export const DIRECTIVES_DISALLOWED_IN_META: readonly string[] = ['frame-ancestors', 'report-uri', 'sandbox'];

/** The key under which parseCsp reports repeated report-uri/report-to directives. */
export const DUPLICATE_WARNINGS_KEY = '_observatory_duplicate_key_warnings';

const ALLOWED_DUPLICATES = new Set(['report-uri', 'report-to']);
/** The Observatory rejects a policy shorter than its shortest useful directive, "img-src", less one. */
const SHORTEST_POLICY = 'img-src'.length - 1;

/**
 * Split header (or <meta>) values into single policies: a comma separates policies and never
 * occurs inside one (CSP3 §2.2).
 */
export function splitPolicies(values: readonly string[]): string[] {
  return values.flatMap((value) => value.split(',').map((part) => part.trim()));
}

interface Source {
  source: string;
  policy: number;
  keep: boolean;
}

/**
 * Parse and combine policies. Throws on an empty or too short policy, and on a directive repeated
 * within one policy (other than report-uri/report-to, which are kept once and reported under
 * DUPLICATE_WARNINGS_KEY), as the Observatory does ("csp-header-invalid").
 */
export function parseCsp(policies: readonly string[]): CspMap {
  const clean = policies.map((policy) => policy.replaceAll(/[\r\n]/g, '').trim());
  for (const policy of clean) {
    if (policy.length < SHORTEST_POLICY) throw new Error(`Invalid policy: "${policy}"`);
  }
  const combined = new Map<string, Source[]>();
  const duplicates = new Set<string>();

  clean.forEach((policy, index) => {
    const seen = new Set<string>();
    for (const entry of policy.split(';')) {
      const [name, ...values] = entry.trim().split(/\s+/);
      if (!name) continue;
      const directive = name.toLowerCase();
      if (seen.has(directive)) {
        if (!ALLOWED_DUPLICATES.has(directive)) {
          throw new Error(`Duplicate directive ${directive} in policy ${index}`);
        }
        duplicates.add(directive);
      }
      seen.add(directive);

      const keep = index === 0;
      const own: Source[] = values.map((value) => ({ source: value.toLowerCase(), policy: index, keep }));
      // A source list with no sources allows nothing.
      if (own.length === 0 && directive.endsWith('-src')) own.push({ source: "'none'", policy: index, keep });

      const sources = index === 0 ? own : [...(combined.get(directive) ?? []), ...own];
      sources.sort((a, b) => compareSources(a.source, b.source));
      for (let i = 1; i < sources.length; i++) {
        const source = sources[i] as Source;
        const previous = sources[i - 1] as Source;
        // Within one policy a longer source that starts like a shorter one adds nothing.
        if (source.policy === previous.policy && source.source.startsWith(previous.source))
          source.keep = false;
        // Across policies a source counts when both allow it.
        if (source.policy !== previous.policy && pathPartMatch(previous.source, source.source))
          source.keep = true;
      }
      const kept = sources.filter((source) => source.keep);
      // From here on, the first policy's sources count only where a later policy repeats them.
      if (index === 0 && clean.length > 1) for (const source of kept) source.keep = false;
      combined.set(directive, kept);
    }
  });

  const csp: CspMap = new Map(
    [...combined].map(([directive, sources]) => [
      directive,
      new Set(sources.length > 0 ? sources.map((s) => s.source) : ["'none'"]),
    ]),
  );
  if (duplicates.size > 0) csp.set(DUPLICATE_WARNINGS_KEY, duplicates);
  return csp;
}

/** Parse <meta> policies, dropping the directives a <meta> CSP cannot carry. */
export function parseCspMeta(policies: readonly string[]): CspMap {
  const csp = parseCsp(policies);
  for (const directive of DIRECTIVES_DISALLOWED_IN_META) csp.delete(directive);
  return csp;
}

const collator = new Intl.Collator('en');
function compareSources(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * Whether source `b` is covered by source `a` path by path (a trailing "/" in `a` allows
 * anything below it), the Observatory's test for "both policies allow it".
 */
export function pathPartMatch(a: string, b: string): boolean {
  if (a.length === 0) return true;
  if (a === '/' && b.length === 0) return true;
  const exact = !a.endsWith('/');
  const partsA = a.split('/');
  const partsB = b.split('/');
  if (partsA.length > partsB.length) return false;
  if (exact && partsA.length !== partsB.length) return false;
  if (!exact) partsA.pop();
  // A malformed escape throws, and the caller reports the policy as invalid, as upstream does.
  return partsA.every((part, i) => decodeURIComponent(part) === decodeURIComponent(partsB[i] as string));
}
