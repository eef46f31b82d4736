import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LessonSchema } from '../../../src/schemas/lesson';
import { ModuleSchema } from '../../../src/schemas/module';
import { GlossaryEntrySchema } from '../../../src/schemas/glossary';
import { check, readFrontmatter, ROOT } from '../../content/load-content';

const valid = {
  title: 'Security of the cloud, security in the cloud',
  summary: 'Where AWS’s work ends and yours begins.',
  module: 'shared-responsibility',
  order: 1,
  objectives: ['Explain security of versus in the cloud.'],
  minutes: 20,
  lastReviewed: '2026-11-28',
  quiz: 'shared-responsibility',
  keyTerms: ['shared-responsibility-model', 'shared-control', 'inherited-control'],
  sources: [
    {
      title: 'AWS Shared Responsibility Model',
      url: 'https://aws.amazon.com/compliance/shared-responsibility-model/',
    },
  ],
};

describe('lesson frontmatter', () => {
  it('an invalid lesson lists every problem with its field and fix', () => {
    const file = 'tests/fixtures/invalid/lessons/invalid-frontmatter.mdx';
    const data = readFrontmatter(readFileSync(join(ROOT, file), 'utf8'));
    expect(check(LessonSchema, file, data)).toEqual({
      errors: [
        `${file}: summary: shorten the summary to 200 characters or fewer`,
        `${file}: module: use the kebab-case module id, e.g. "shared-responsibility"`,
        `${file}: objectives: list at least one learning objective`,
        `${file}: lastReviewed: write the date as YYYY-MM-DD`,
        `${file}: quiz: use the quiz file name without ".yaml", e.g. "shared-responsibility"`,
        `${file}: keyTerms: list at least three key terms from the glossary`,
      ],
    });
  });

  it('reads the review date as a date', () => {
    const result = LessonSchema.parse(valid);
    expect(result.lastReviewed.toISOString()).toBe('2026-11-28T00:00:00.000Z');
  });

  it('requires at least one source', () => {
    expect(check(LessonSchema, 'l.mdx', { ...valid, sources: [] })).toEqual({
      errors: ['l.mdx: sources: cite at least one source'],
    });
  });
});

describe('module entries', () => {
  it('asks for the module quiz by name when it is missing', () => {
    const entry = { id: 'iam', title: 'IAM', description: 'Least privilege.', order: 4 };
    expect(check(ModuleSchema, 'content/modules.yaml (item 4)', entry)).toEqual({
      errors: ['content/modules.yaml (item 4): quiz: add the id of the module quiz'],
    });
  });

  it('rejects a module id that is not kebab-case and a zero order', () => {
    const entry = {
      id: 'Shared_Responsibility',
      title: 'Shared',
      description: 'Who secures what.',
      order: 0,
      quiz: 'shared-responsibility-module',
    };
    expect(check(ModuleSchema, 'content/modules.yaml (item 1)', entry)).toEqual({
      errors: [
        'content/modules.yaml (item 1): id: use kebab-case, e.g. "shared-responsibility"',
        'content/modules.yaml (item 1): order: use a whole number from 1',
      ],
    });
  });
});

describe('glossary entries', () => {
  it('rejects a definition over 300 characters and a lesson id with its number prefix', () => {
    const entry = {
      id: 'shared-control',
      term: 'Shared control',
      definition: 'A'.repeat(301),
      lesson: 'shared-responsibility/01-security-of-and-in-the-cloud.mdx',
    };
    expect(check(GlossaryEntrySchema, 'content/glossary/x.yaml (item 1)', entry)).toEqual({
      errors: [
        'content/glossary/x.yaml (item 1): definition: shorten the definition to 300 characters or fewer',
        'content/glossary/x.yaml (item 1): lesson: use the lesson id "<module>/<slug>", without the number prefix',
      ],
    });
  });
});
