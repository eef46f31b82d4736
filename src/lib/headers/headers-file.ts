/**
 * The `_headers` file of Netlify and Cloudflare Pages: a path pattern at the start of a line,
 * then indented `Name: value` lines; `#` starts a comment. In a pattern `*` matches anything
 * (including "/") and `:name` matches one path segment. Every rule whose pattern matches a path
 * applies, in file order; a header set by two rules reaches the browser as one header, the values
 * joined by ", " (as Cloudflare Pages documents; our file never sets a header twice for a path).
 */

export interface HeaderRule {
  pattern: string;
  /** Header names as written, with their values, in file order. */
  headers: [name: string, value: string][];
}

/** Parse a _headers file. Throws with the line number on a header line outside a rule or without ":". */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: trimmed, headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const colon = trimmed.indexOf(':');
    if (!rule) throw new Error(`_headers line ${index + 1}: a header before any path`);
    if (colon < 1) throw new Error(`_headers line ${index + 1}: expected "Name: value", got "${trimmed}"`);
    rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  });
  return rules;
}

/** Whether a rule's pattern matches a URL path. */
export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z0-9_]+)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replaceAll(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a browser receives for a path: lower-case name → value, every matching rule's
 * values for one name joined by ", ".
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const previous = headers.get(key);
      headers.set(key, previous === undefined ? value : `${previous}, ${value}`);
    }
  }
  return headers;
}
