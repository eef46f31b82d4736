/** The next lab named on a lab page's work area (`data-next-href`, `data-next-title`), if any. */
export function nextLab(work: HTMLElement): { href: string; title: string } | null {
  const { nextHref, nextTitle } = work.dataset;
  return nextHref !== undefined && nextTitle !== undefined ? { href: nextHref, title: nextTitle } : null;
}
