/**
 * cmi5 launch parameters: what an LMS appends to an assignable unit's URL when it launches it
 * (cmi5 spec, "Content Launch Mechanisms": `endpoint`, `fetch`, `actor`, `registration`,
 * `activityId`), and whether this site may talk to the servers they name.
 *
 * A meta Content-Security-Policy cannot change after the page loads, so the origins the page may
 * connect to are fixed when the site is built (`CMI5_LRS_ORIGINS`, see README). A launch whose
 * LRS or fetch URL lies elsewhere is refused here, with a reason, before any request is made.
 */

/** The five parameters every cmi5 launch URL carries. */
export const LAUNCH_PARAMETERS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

/** An xAPI agent as cmi5 passes it in `actor` (an account on the LMS). */
export interface LaunchActor {
  objectType?: 'Agent';
  name?: string;
  account: { homePage: string; name: string };
}

/** The launch parameters, checked and decoded. */
export interface LaunchParameters {
  /** The LRS's xAPI endpoint, ending in `/`. */
  endpoint: string;
  /** The one-time URL that hands out the session's authorization token. */
  fetch: string;
  actor: LaunchActor;
  registration: string;
  activityId: string;
}

/** Why a launch cannot be used. The runtime turns each code into words (`src/i18n/en-cmi5.ts`). */
export type LaunchProblem =
  /** Some of the five parameters are missing or empty. */
  | 'incomplete'
  /** `endpoint` or `fetch` is not an http(s) URL, or `actor` is not an agent with an account. */
  | 'malformed'
  /** `endpoint` or `fetch` is on an origin this build does not allow. */
  | 'origin-not-allowed';

export type LaunchCheck =
  { kind: 'ok'; parameters: LaunchParameters } | { kind: 'refused'; problem: LaunchProblem; detail: string };

const originOf = (url: string): string | null => {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
};

const parseActor = (text: string): LaunchActor | null => {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const account = (value as { account?: unknown }).account;
    if (typeof account !== 'object' || account === null) return null;
    const { homePage, name } = account as { homePage?: unknown; name?: unknown };
    return typeof homePage === 'string' && typeof name === 'string' ? (value as LaunchActor) : null;
  } catch {
    return null;
  }
};

/**
 * Checks the launch parameters in `search` against the origins the page may connect to
 * (`allowedOrigins`, see `connectOrigins`). Refuses, naming what is wrong, when a parameter is
 * missing, a URL or the actor cannot be read, or the LRS or fetch URL is on another origin.
 */
export function checkLaunch(search: string, allowedOrigins: readonly string[]): LaunchCheck {
  const query = new URLSearchParams(search);
  const missing = LAUNCH_PARAMETERS.filter((name) => (query.get(name) ?? '') === '');
  if (missing.length > 0) return { kind: 'refused', problem: 'incomplete', detail: missing.join(', ') };
  const [endpoint, fetchUrl, actorText, registration, activityId] = LAUNCH_PARAMETERS.map(
    (name) => query.get(name) as string,
  ) as [string, string, string, string, string];
  const actor = parseActor(actorText);
  const origins = [originOf(endpoint), originOf(fetchUrl)];
  if (actor === null) return { kind: 'refused', problem: 'malformed', detail: 'actor' };
  if (origins[0] === null) return { kind: 'refused', problem: 'malformed', detail: 'endpoint' };
  if (origins[1] === null) return { kind: 'refused', problem: 'malformed', detail: 'fetch' };
  const refused = origins.find((origin) => !allowedOrigins.includes(origin as string));
  if (refused !== undefined)
    return { kind: 'refused', problem: 'origin-not-allowed', detail: refused as string };
  return {
    kind: 'ok',
    parameters: {
      endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
      fetch: fetchUrl,
      actor,
      registration,
      activityId,
    },
  };
}

/**
 * The origins a Content-Security-Policy lets the page connect to: the `connect-src` sources that
 * are origins, with `'self'` read as `pageOrigin`. Without a `connect-src`, only `pageOrigin`:
 * this site never relies on a policy that allows everything.
 */
export function connectOrigins(policy: string, pageOrigin: string): string[] {
  const directive = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name?.toLowerCase() === 'connect-src');
  const sources = directive?.slice(1) ?? ["'self'"];
  return sources.flatMap((source) => {
    if (source === "'self'") return [pageOrigin];
    const origin = originOf(source);
    return origin === null ? [] : [origin];
  });
}
