/**
 * The cmi5 course structure (`cmi5.xml`, cmi5 spec section 13) of the course: one block a module
 * holding an assignable unit (AU) for each lesson quiz and the module quiz, and an AU for the
 * final assessment. An LMS imports it (in a zip, see `src/build/cmi5-package.ts`) and launches
 * each AU at the page that asks the quiz, with the quiz's pass mark as the mastery score.
 */

/** One quiz the LMS can launch. */
export interface Cmi5UnitInput {
  /** Quiz id: the AU's id ends in it, and statements name it. */
  quizId: string;
  title: string;
  description: string;
  /** Site-relative address of the page that asks the quiz (from `src/lib/course/routes.ts`). */
  href: string;
  /** The quiz's pass mark in percent (its `passPercent`). */
  passPercent: number;
}

/** A module: its lessons' quizzes, then the module quiz. */
export interface Cmi5BlockInput {
  moduleId: string;
  title: string;
  description: string;
  units: readonly Cmi5UnitInput[];
}

export interface Cmi5CourseInput {
  title: string;
  description: string;
  blocks: readonly Cmi5BlockInput[];
  /** The final assessment, an AU after the modules. */
  final: Cmi5UnitInput;
}

/** The IRI that names the course, a block or an AU: under the site's address, so unique to it. */
export const courseIri = (site: string): string => `${trimSlash(site)}/cmi5/course`;
export const blockIri = (site: string, moduleId: string): string =>
  `${trimSlash(site)}/cmi5/block/${moduleId}`;
export const unitIri = (site: string, quizId: string): string => `${trimSlash(site)}/cmi5/au/${quizId}`;

const trimSlash = (site: string): string => site.replace(/\/+$/, '');

/** The quiz id an AU's activity id names, or null when it is not one of this site's AUs. */
export function quizIdOfUnit(activityId: string): string | null {
  const match = /\/cmi5\/au\/([a-z0-9-]+)$/.exec(activityId);
  return match?.[1] ?? null;
}

const escapeXml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

const langString = (tag: string, text: string, indent: string): string =>
  `${indent}<${tag}><langstring lang="en">${escapeXml(text)}</langstring></${tag}>`;

/** A pass mark in percent as a cmi5 masteryScore (a decimal from 0 to 1). */
export const masteryScore = (passPercent: number): number => Math.round(passPercent * 100) / 10000;

function unitXml(site: string, unit: Cmi5UnitInput, indent: string): string {
  const inner = `${indent}  `;
  return [
    `${indent}<au id="${escapeXml(unitIri(site, unit.quizId))}" moveOn="Passed" masteryScore="${masteryScore(unit.passPercent)}" launchMethod="OwnWindow">`,
    langString('title', unit.title, inner),
    langString('description', unit.description, inner),
    `${inner}<url>${escapeXml(trimSlash(site) + unit.href)}</url>`,
    `${indent}</au>`,
  ].join('\n');
}

/**
 * The `cmi5.xml` of `course` for a site published at `site` (its `SITE_URL`): every AU launches
 * an absolute URL there, is satisfied when passed (`moveOn="Passed"`), and carries its quiz's
 * pass mark as `masteryScore`.
 */
export function courseStructureXml(course: Cmi5CourseInput, site: string): string {
  const blocks = course.blocks.map((block) =>
    [
      `  <block id="${escapeXml(blockIri(site, block.moduleId))}">`,
      langString('title', block.title, '    '),
      langString('description', block.description, '    '),
      ...block.units.map((unit) => unitXml(site, unit, '    ')),
      '  </block>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">',
    `  <course id="${escapeXml(courseIri(site))}">`,
    langString('title', course.title, '    '),
    langString('description', course.description, '    '),
    '  </course>',
    ...blocks,
    unitXml(site, course.final, '  '),
    '</courseStructure>',
    '',
  ].join('\n');
}
