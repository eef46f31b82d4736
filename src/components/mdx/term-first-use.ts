/**
 * Which `<Term>` of a page is the first use of its glossary term, so the page carries each
 * term's popover once (Term.astro). Kept per page render, keyed on that render's request, so
 * nothing leaks from one page to the next. (An .astro file's frontmatter runs anew for each
 * component, so this state lives in a module.)
 */
const termsByRender = new WeakMap<Request, Set<string>>();

/** Whether `termId` is used for the first time in the page rendered for `request`; records the use. */
export function isFirstUse(request: Request, termId: string): boolean {
  const seen = termsByRender.get(request) ?? new Set<string>();
  termsByRender.set(request, seen);
  const first = !seen.has(termId);
  seen.add(termId);
  return first;
}
