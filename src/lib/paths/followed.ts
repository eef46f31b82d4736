/**
 * The paths a learner follows (stored under `csa:paths`): path ids in the order they were
 * followed. Decoding never throws: anything that is not a list of path ids reads as what can be
 * kept of it, and the problem is reported so the store can keep a backup.
 */

const PATH_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest list kept: far more paths than a course ships, so a tampered value stays small. */
export const MAX_FOLLOWED = 100;

/** Whether `value` looks like a path id (a file name in `content/paths/`). */
export const isPathId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 100 && PATH_ID.test(value);

/** The followed ids in `stored`, and whether anything had to be dropped. */
export function decodeFollowed(stored: string): { value: string[]; problem: 'unreadable' | null } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return { value: [], problem: 'unreadable' };
  }
  if (!Array.isArray(parsed)) return { value: [], problem: 'unreadable' };
  const value = [...new Set(parsed.filter(isPathId))].slice(0, MAX_FOLLOWED);
  return { value, problem: value.length === parsed.length ? null : 'unreadable' };
}

/** `followed` with `id` added at the end (once). */
export const follow = (followed: readonly string[], id: string): string[] =>
  followed.includes(id) || !isPathId(id) ? [...followed] : [...followed, id].slice(-MAX_FOLLOWED);

/** `followed` without `id`. */
export const unfollow = (followed: readonly string[], id: string): string[] =>
  followed.filter((candidate) => candidate !== id);
