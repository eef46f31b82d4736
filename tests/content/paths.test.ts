// Learning paths (content/paths/*.yaml): every file passes its schema, every step names a real
// lesson, lab, module quiz or the final assessment, and the shipped paths keep their promises.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOutline, lessonIdFromEntry } from '../../src/lib/course/outline';
import { buildCourseInput, pathProblems } from '../../src/lib/paths/course';
import { pathProgress } from '../../src/lib/paths/status';
import { composeQuiz } from '../../src/lib/quiz/compose';
import { PathSchema, type Path } from '../../src/schemas/path';
import { EXAM_DOMAINS } from '../../src/schemas/quiz';
import { createEmptyProgress } from '../../src/lib/progress/types';
import { check, listFiles, loadContent, quizCatalog, ROOT } from './load-content';

const content = loadContent();
const FINAL = 'final-assessment';
const outline = buildOutline(
  content.modules,
  content.lessons.map(({ entryId, data }) => ({ ...data, id: lessonIdFromEntry(entryId) })),
);
/** Every lab of content/labs/ as paths see it (title and minutes; the labs content test checks the rest). */
const labs = listFiles('content/labs', '.yaml').map((file) => {
  const id = file.replace(/^content\/labs\//, '').replace(/\.yaml$/, '');
  const data = load(readFileSync(join(ROOT, file), 'utf8')) as { title: string; minutes: number };
  return { id, title: data.title, minutes: data.minutes, href: `/labs/${id}/` };
});
const course = buildCourseInput(
  outline,
  new Map(content.modules.map((module) => [module.id, module.quiz])),
  new Map([...content.quizzes].map(([id, quiz]) => [id, quiz.data])),
  FINAL,
  labs,
);

const files = listFiles('content/paths', '.yaml');
const errors: string[] = [];
const paths = new Map<string, { file: string; path: Path }>();
for (const file of files) {
  const result = check(PathSchema, file, load(readFileSync(join(ROOT, file), 'utf8')));
  if ('errors' in result) errors.push(...result.errors);
  else paths.set(file.replace(/^content\/paths\//, '').replace(/\.yaml$/, ''), { file, path: result.value });
}

const catalog = quizCatalog(content);

/** Every path by id; fails the test naming the file when one is missing. */
function pathById(id: string): Path {
  const entry = paths.get(id);
  if (entry === undefined) throw new Error(`content/paths/${id}.yaml is missing`);
  return entry.path;
}

describe('learning paths', () => {
  it('every path file passes its schema', () => {
    expect(errors).toEqual([]);
    expect(paths.size).toBeGreaterThanOrEqual(3);
  });

  it('every step names a real lesson, lab, module quiz or the final assessment', () => {
    expect([...paths.values()].flatMap(({ file, path }) => pathProblems(file, path, course))).toEqual([]);
  });

  it('the Security – Specialty prep path requires a few core labs; the other paths keep labs optional', () => {
    const labSteps = (id: string) => pathById(id).steps.filter((step) => step.lab !== undefined);
    expect(labSteps('security-specialty-prep').filter((step) => step.optional !== true)).toHaveLength(4);
    for (const id of ['new-engineer-onboarding', 'security-champion']) {
      expect(labSteps(id).length, `${id} suggests labs`).toBeGreaterThanOrEqual(2);
      expect(
        labSteps(id).every((step) => step.optional === true),
        `${id}: labs are optional`,
      ).toBe(true);
    }
  });

  it('every lab step names a lab of content/labs/', () => {
    const labSteps = [...paths.values()].flatMap(({ file, path }) =>
      path.steps.flatMap((step) => (step.lab === undefined ? [] : [{ file, lab: step.lab, step }])),
    );
    for (const { file, lab } of labSteps) {
      expect(
        labs.some((candidate) => candidate.id === lab),
        `${file}: lab "${lab}" is not a file of content/labs/`,
      ).toBe(true);
    }
  });

  it('no path takes the name kept for the final assessment’s record', () => {
    expect(paths.has(FINAL), 'rename content/paths/final-assessment.yaml').toBe(false);
  });

  it('the course offers every module quiz and the final to paths', () => {
    expect(course.quizzes.map((quiz) => quiz.id)).toEqual([...content.modules.map((m) => m.quiz), FINAL]);
    expect(course.lessons).toHaveLength(content.lessons.length);
  });

  it('new engineer onboarding takes about 3 hours of required steps', () => {
    const { minutesTotal } = pathProgress(pathById('new-engineer-onboarding'), createEmptyProgress(), course);
    expect(minutesTotal).toBeGreaterThanOrEqual(150);
    expect(minutesTotal).toBeLessThanOrEqual(210);
  });

  it('the Security – Specialty prep path covers all six exam domains before its final assessment', () => {
    const path = pathById('security-specialty-prep');
    const status = pathProgress(path, createEmptyProgress(), course);
    const counts = new Map<string, number>();
    for (const step of status.steps.filter((s) => s.required && s.quizId !== FINAL)) {
      if (step.quizId === null) continue;
      for (const question of composeQuiz(step.quizId, catalog).questions) {
        counts.set(question.tags.domain, (counts.get(question.tags.domain) ?? 0) + 1);
      }
    }
    for (const domain of EXAM_DOMAINS) {
      expect(
        counts.get(domain) ?? 0,
        `no required step of the prep path asks about ${domain}`,
      ).toBeGreaterThanOrEqual(10);
    }
    expect(status.steps.at(-1)?.id).toBe(FINAL);
  });

  it('the shipped paths have the titles the site promises', () => {
    expect(pathById('new-engineer-onboarding').title).toBe('New engineer onboarding');
    expect(pathById('security-champion').title).toBe('Security champion');
    expect(pathById('security-specialty-prep').title).toBe('AWS Certified Security – Specialty prep');
  });
});

// A team adds a path as one file: a broken one must stop `astro build` naming the file, the field
// and the fix. Each case builds a copy of the site in .tmp/ (slow: about 10 s each).
describe('npm run build with a broken path file', () => {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const scratch = mkdtempSync(join(ROOT, '.tmp', 'paths-build-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  function buildWithPath(yaml: string): { status: number | null; output: string } {
    const dir = mkdtempSync(join(scratch, 'site-'));
    for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) {
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    }
    writeFileSync(join(dir, 'content/paths/team-path.yaml'), yaml);
    const result = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir],
      {
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      },
    );
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  it('fails on a step that names no lesson, naming the file, the step and the fix', () => {
    const { status, output } = buildWithPath(
      'title: Team path\naudience: Our new hires\nsummary: What we expect.\nsteps:\n  - lesson: iam/no-such-lesson\n',
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/paths/team-path.yaml: steps[0].lesson: no lesson "iam/no-such-lesson"; use "<module>/<slug>"',
    );
  }, 120_000);

  it('fails on a step that names no lab, naming the file, the step and the fix', () => {
    const { status, output } = buildWithPath(
      'title: Team path\naudience: Our new hires\nsummary: What we expect.\nsteps:\n  - lab: s3-lockdown\n',
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/paths/team-path.yaml: steps[0].lab: no lab "s3-lockdown"; use the name of a file in content/labs/',
    );
  }, 120_000);

  it('fails on a step that is not a lesson, a quiz or a lab, naming the field and the fix', () => {
    const { status, output } = buildWithPath(
      'title: Team path\naudience: Our new hires\nsummary: What we expect.\nsteps:\n  - video: intro\n',
    );
    expect(status).not.toBe(0);
    expect(output).toContain('team-path');
    expect(output).toContain('a step has only lesson, quiz or lab, optional and minutes: remove "video"');
  }, 120_000);
});
