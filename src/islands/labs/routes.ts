// Addresses of the lab pages and data (to move into src/lib/course/routes.ts with the others).

/** The list of labs. */
export const labsHref = '/labs/';

/** A lab's page. */
export const labHref = (labId: string): string => `/labs/${labId}/`;

/** A lab's data for the browser, loaded when the lab starts. */
export const labDataHref = (labId: string): string => `/labs/${labId}.json`;

const DIFFICULTY = { foundational: 0, intermediate: 1, advanced: 2 } as const;

/** What orders the labs: their module's place in the course, then difficulty, minutes and id. */
export interface LabSortKey {
  id: string;
  moduleOrder: number;
  difficulty: keyof typeof DIFFICULTY;
  minutes: number;
}

/** The labs in the order the list shows them and "Next lab" follows. */
export function sortLabs<T extends LabSortKey>(labs: readonly T[]): T[] {
  return [...labs].sort(
    (a, b) =>
      a.moduleOrder - b.moduleOrder ||
      DIFFICULTY[a.difficulty] - DIFFICULTY[b.difficulty] ||
      a.minutes - b.minutes ||
      a.id.localeCompare(b.id),
  );
}

/** The next lab named on a lab page's work area (`data-next-href`, `data-next-title`), if any. */
export function nextLab(work: HTMLElement): { href: string; title: string } | null {
  const { nextHref, nextTitle } = work.dataset;
  return nextHref !== undefined && nextTitle !== undefined ? { href: nextHref, title: nextTitle } : null;
}
