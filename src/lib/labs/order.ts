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
