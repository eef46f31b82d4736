// The lesson figures as a learner meets them: each SVG is well-formed and described, says what its
// lesson says (same names, same order), and has the same facts as text for screen readers.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURES, IAM_ORDER, type FigureDef } from '../../../../src/components/figures/registry';
import { LAYERS } from '../../../../src/lib/figures/responsibility';
import { expectInside, parseXml } from './xml';

const ROOT = resolve(import.meta.dirname, '../../../..');
const lessonBody = (lesson: string) =>
  readFileSync(resolve(ROOT, `content/lessons/${lesson}.mdx`), 'utf8')
    .split(/\n---\n/)
    .slice(1)
    .join('\n---\n');
/** The text of an SVG a reader sees: its `<text>` elements, in order. */
const visibleText = (svg: string) =>
  parseXml(svg)
    .filter((element) => element.name === 'text')
    .map((element) => element.text)
    .join(' ');
/** The lesson's tables and <Flow> diagrams, each one block: the text the figure sits beside. */
const lessonBlocks = (body: string) => [
  ...(body.match(/(?:^\|.*\n)+/gm) ?? []),
  ...(body.match(/<Flow[\s\S]*?\/>/g) ?? []),
];
const lessonFacts = (body: string) => lessonBlocks(body).join('\n');
/** The first column of the lesson's first table whose header starts with `header`. */
const firstColumn = (body: string, header: string) => {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${header} |`));
  const rows: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push((line.split('|')[1] ?? '').trim());
  }
  return rows;
};
const lower = (text: string) => text.toLowerCase().replace(/’/g, "'");

const figures = Object.entries(FIGURES) as [string, FigureDef][];

describe.each(figures)('figure %s', (name, figure) => {
  const body = lessonBody(figure.lesson);

  it('is a well-formed SVG with its title and description, and everything inside its viewBox', () => {
    for (const variant of [figure.wide, figure.narrow].filter((svg) => svg !== undefined)) {
      const elements = parseXml(variant.svg);
      expect(elements[0]?.attributes['role']).toBe('img');
      expect(elements.find((element) => element.name === 'title')?.text).toBe(figure.title);
      expect(elements.find((element) => element.name === 'desc')?.text).toBe(figure.desc);
      expectInside(variant);
    }
  });

  it('has a variant narrow enough to read on a 320 px screen', () => {
    expect((figure.narrow ?? figure.wide).width).toBeLessThanOrEqual(340);
  });

  it('shows every fact in the picture and in its text equivalent', () => {
    const pictures = [figure.wide, figure.narrow]
      .filter((svg) => svg !== undefined)
      .map((svg) => lower(visibleText(svg.svg)));
    const text = lower(figure.text === 'lesson' ? lessonFacts(body) : figure.text.rows.flat().join(' '));
    for (const fact of figure.facts) {
      for (const picture of pictures) expect(picture, fact).toContain(lower(fact));
      expect(text, fact).toContain(lower(fact));
    }
  });

  it('is shown in its lesson', () => {
    expect(body).toContain("import Figure from '../../../src/components/figures/Figure.astro';\n\n");
    expect(body).toContain(`<Figure name="${name}" />`);
  });
});

describe.each(figures.filter(([, figure]) => figure.ordered))('figure %s', (_name, figure) => {
  it('names its facts in the order one table or list of its lesson gives them', () => {
    const body = lessonBody(figure.lesson);
    const block = lessonBlocks(body)
      .map(lower)
      .find((text) => figure.facts.every((fact) => text.includes(lower(fact))));
    expect(block, 'one table or list in the lesson holds every fact').toBeDefined();
    const positions = figure.facts.map((fact) => (block as string).indexOf(lower(fact)));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
});

describe('what the figures teach', () => {
  it('draws the IAM checks in the order of the lesson’s list: deny, RCP, SCP, resource, identity, boundary, session', () => {
    const flow =
      /<Flow title="How AWS evaluates a request[\s\S]*?\/>/.exec(
        lessonBody(FIGURES['iam-evaluation'].lesson),
      )?.[0] ?? '';
    const labels = [...flow.matchAll(/label: "([^"]+)"/g)].map((match) => lower(match[1] as string));
    const keyword: Record<(typeof IAM_ORDER)[number], string> = {
      deny: 'explicit deny',
      rcp: 'rcps',
      scp: 'scps',
      resource: 'resource-based',
      identity: 'identity-based',
      boundary: 'permissions boundary',
      session: 'session policy',
    };
    const lessonOrder = labels
      .map((label) => IAM_ORDER.find((step) => label.includes(keyword[step])))
      .filter(Boolean);
    expect(lessonOrder).toEqual([...IAM_ORDER]);
    const picture = lower(visibleText(FIGURES['iam-evaluation'].wide.svg));
    const pictureOrder = IAM_ORDER.map((step) => picture.indexOf(keyword[step]));
    expect(pictureOrder).toEqual([...pictureOrder].sort((a, b) => a - b));
  });

  it('names the six pillars as the well-architected lesson’s table does, in its order', () => {
    const pillars = firstColumn(lessonBody(FIGURES['six-pillars'].lesson), 'Pillar');
    expect(pillars).toHaveLength(6);
    expect(FIGURES['six-pillars'].facts).toEqual(pillars);
  });

  it('names the seven security areas as the security pillar lesson’s table does', () => {
    const areas = firstColumn(lessonBody(FIGURES['security-areas'].lesson), 'Area');
    expect(areas).toHaveLength(7);
    expect(FIGURES['security-areas'].facts.filter((fact) => areas.includes(fact))).toEqual(areas);
  });

  it('gives the shared-responsibility table one row per layer, an owner for each of the four services', () => {
    const table = FIGURES['shared-responsibility'].text;
    expect(table.head).toEqual(['Layer', 'EC2', 'RDS', 'Lambda', 'S3']);
    expect(table.rows).toHaveLength(LAYERS.length);
    expect(table.rows.find((row) => row[0]?.startsWith('Runtime'))).toEqual([
      'Runtime, platform or database engine',
      'You',
      'Shared',
      'Shared',
      'AWS',
    ]);
  });

  it('names the incident response phases as the lesson does, with operations in the middle', () => {
    expect(FIGURES['incident-response'].facts).toEqual([
      'Preparation',
      'Detect',
      'Analyze',
      'Contain',
      'Eradicate',
      'Recover',
      'Post-incident activity',
    ]);
  });
});
