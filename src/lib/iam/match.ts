// Matching of actions, ARNs and strings with the IAM wildcards `*` (any run of characters) and
// `?` (one character), and policy variables such as `${aws:username}`.

/** The request's context: condition keys (matched case-insensitively) and their values. */
export type Context = ReadonlyMap<string, readonly string[]>;

const patterns = new Map<string, RegExp>();

/**
 * Whether `value` matches `pattern`, where `*` and `?` are wildcards and `${*}` / `${?}` (what
 * substitute leaves for a literal `*` or `?`) match only that character.
 */
export function globMatch(pattern: string, value: string, ignoreCase = false): boolean {
  const cacheKey = `${ignoreCase ? 'i' : 's'}${pattern}`;
  let regex = patterns.get(cacheKey);
  if (regex === undefined) {
    const source = pattern.replace(/\$\{[*?]\}|[.+^${}()|[\]\\*?]/g, (token) =>
      token.length === 4
        ? `\\${token[2] as string}`
        : token === '*'
          ? '.*'
          : token === '?'
            ? '.'
            : `\\${token}`,
    );
    regex = new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
    patterns.set(cacheKey, regex);
  }
  return regex.test(value);
}

/** Actions (`s3:GetObject`) compare without regard to case. */
export function actionMatches(pattern: string, action: string): boolean {
  return globMatch(pattern, action, true);
}

/** Splits an ARN into its 6 parts (the last keeps its colons); null when it has fewer. */
function arnParts(arn: string): string[] | null {
  const parts = arn.split(':');
  if (parts.length < 6) return null;
  return [...parts.slice(0, 5), parts.slice(5).join(':')];
}

/**
 * Whether an ARN matches an ARN pattern (a Resource, or an Arn* condition value): case-sensitive,
 * part by part, so a wildcard never reaches across a colon; `*` alone matches everything.
 */
export function arnMatches(pattern: string, arn: string): boolean {
  if (pattern === '*') return true;
  const wanted = arnParts(pattern);
  const actual = arnParts(arn);
  if (wanted === null || actual === null) return false;
  return wanted.every((part, index) => globMatch(part, actual[index] as string));
}

/** The values of a context key, or undefined when the request does not have it. */
export function contextValues(context: Context, key: string): readonly string[] | undefined {
  return context.get(key.toLowerCase());
}

/**
 * Replaces the policy variables in a Resource or condition value: `${aws:username}`, any other
 * single-valued context key, `${key, 'default'}`, and the escapes `${*}`, `${?}` and `${$}`. In a
 * value that may hold wildcards, a variable's value is escaped so its `*` and `?` match only
 * themselves. Returns null when a variable has no value (the entry then matches nothing).
 */
export function substitute(value: string, context: Context, forGlob: boolean): string | null {
  let missing = false;
  const result = value.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
    if (inner === '*' || inner === '?' || inner === '$')
      return forGlob && inner !== '$' ? `\${${inner}}` : inner;
    const match = /^\s*([^,\s]+)\s*(?:,\s*'([^']*)'\s*)?$/.exec(inner);
    if (match === null) return whole;
    const values = contextValues(context, match[1] as string);
    const found = values?.length === 1 ? values[0] : match[2];
    if (found === undefined) {
      missing = true;
      return '';
    }
    return forGlob ? found.replace(/[*?]/g, (char) => `\${${char}}`) : found;
  });
  return missing ? null : result;
}
