// Every module teaches with at least one real figure (an SVG from src/components/figures/), and
// every figure a lesson names exists and is imported the one way MDX needs.
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../src/components/figures/registry';
import { loadContent } from './load-content';

const content = loadContent();
const IMPORT = "import Figure from '../../../src/components/figures/Figure.astro';\n\n";
const usesOf = (body: string) =>
  [...body.matchAll(/<Figure name="([^"]+)" \/>/g)].map((match) => match[1] as string);

describe('figures in lessons', () => {
  it.each(content.modules.map((module) => [module.id] as const))(
    '%s has a lesson with a figure',
    (moduleId) => {
      const withFigure = content.lessons.filter(
        (lesson) => lesson.data.module === moduleId && usesOf(lesson.body).length > 0,
      );
      expect(
        withFigure.length,
        `add a <Figure name="…" /> to a lesson in content/lessons/${moduleId}/`,
      ).toBeGreaterThan(0);
    },
  );

  it('names only figures that exist, and imports the component where it uses one', () => {
    for (const lesson of content.lessons) {
      const uses = usesOf(lesson.body);
      for (const name of uses) {
        expect(
          Object.keys(FIGURES),
          `${lesson.file}: no figure "${name}" in src/components/figures/registry.ts`,
        ).toContain(name);
      }
      if (uses.length > 0)
        expect(lesson.body, `${lesson.file}: import Figure, then a blank line`).toContain(IMPORT);
    }
  });
});
