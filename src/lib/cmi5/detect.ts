/**
 * Whether a page address's query (`location.search`) looks like a cmi5 launch: it has a `fetch`
 * parameter, which only an LMS's launch link carries. Kept apart from `launch.ts` and tiny,
 * because every quiz page runs it to decide whether to load the cmi5 code at all; `checkLaunch`
 * then checks every parameter.
 */
export const isCmi5Launch = (search: string): boolean => /[?&]fetch=/.test(search);
