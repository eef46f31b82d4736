// Labs (content/labs/*.yaml): every file passes its schema, names a real module and real lessons,
// its fixed policies parse, its solution passes every check and denies every probe, and its
// starting policy is not already a solution. Failures name the lab file and the request id.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { AREA_NAMES } from '../../src/i18n/en-areas';
import { lessonIdFromEntry } from '../../src/lib/course/outline';
import { parsePolicy, type PolicyKind } from '../../src/lib/iam/policy';
import { toLabData } from '../../src/lib/labs/data';
import { runPolicyLab, type LabRun } from '../../src/lib/labs/run';
import { LabSchema, type Lab } from '../../src/schemas/lab';
import { check, listFiles, loadContent, ROOT } from './load-content';

const content = loadContent();
const lessonIds = new Set(content.lessons.map((lesson) => lessonIdFromEntry(lesson.entryId)));
const moduleIds = new Set(content.modules.map((module) => module.id));

const files = listFiles('content/labs', '.yaml');
const schemaErrors: string[] = [];
const labs: { file: string; id: string; lab: Lab }[] = [];
for (const file of files) {
  const result = check(LabSchema, file, load(readFileSync(join(ROOT, file), 'utf8')));
  if ('errors' in result) schemaErrors.push(...result.errors);
  else
    labs.push({ file, id: file.replace(/^content\/labs\//, '').replace(/\.yaml$/, ''), lab: result.value });
}
const policyLabs = labs.flatMap(({ file, id, lab }) => {
  const data = toLabData(lab, id);
  return data.type === 'policy' ? [{ file, data }] : [];
});
const spotLabs = labs.flatMap(({ file, lab }) => (lab.type === 'spot' ? [{ file, lab }] : []));

/** What is wrong with a run of a policy that should complete the lab, one line per request. */
function failures(file: string, what: string, run: LabRun): string[] {
  if (run.status === 'invalid')
    return [`${file}: ${what} does not parse: ${JSON.stringify(run.parse.issues)}`];
  return [
    ...run.checks
      .filter((result) => !result.ok)
      .map(
        (result) =>
          `${file}: ${what}: check "${result.request.id}" expects ${'expect' in result.request ? result.request.expect : ''} but got ${result.evaluation.decision} (${result.evaluation.reason})`,
      ),
    ...run.probes
      .filter((result) => !result.ok)
      .map(
        (result) =>
          `${file}: ${what}: probe "${result.request.id}" is allowed; a least-privilege policy denies it`,
      ),
  ];
}

describe('labs', () => {
  it('every lab file passes its schema', () => {
    expect(schemaErrors).toEqual([]);
    expect(labs.length).toBeGreaterThanOrEqual(15);
  });

  it('the course has at least two spot labs, and their questions use known topic areas', () => {
    expect(spotLabs.length).toBeGreaterThanOrEqual(2);
    const unknown = spotLabs.flatMap(({ file, lab }) =>
      lab.questions
        .filter((question) => !Object.hasOwn(AREA_NAMES, question.tags.area))
        .map(
          (question) =>
            `${file}: questions "${question.id}": tags.area "${question.tags.area}" has no name in src/i18n/en-areas.ts`,
        ),
    );
    expect(unknown).toEqual([]);
  });

  it('every lab names a real module and real lessons', () => {
    const problems = labs.flatMap(({ file, lab }) => [
      ...(moduleIds.has(lab.module)
        ? []
        : [`${file}: module: "${lab.module}" is not in content/modules.yaml`]),
      ...lab.lessons
        .filter((lesson) => !lessonIds.has(lesson))
        .map(
          (lesson) =>
            `${file}: lessons: "${lesson}" is not a lesson id (content/lessons/<module>/<nn>-<slug>.mdx)`,
        ),
    ]);
    expect(problems).toEqual([]);
  });

  it('every fixed policy parses without errors', () => {
    const problems = policyLabs.flatMap(({ file, data }) => {
      const { context } = data;
      const all: [string, PolicyKind, { name: string; json: string }][] = [
        ...context.identity.map((policy) => ['context.identity', 'identity', policy] as const),
        ...(context.resource ? [['context.resource', 'resource', context.resource] as const] : []),
        ...(context.boundary ? [['context.boundary', 'boundary', context.boundary] as const] : []),
        ...(context.session ? [['context.session', 'session', context.session] as const] : []),
        ...context.scps.flatMap((level) =>
          level.policies.map((policy) => ['context.scps', 'scp', policy] as const),
        ),
        ...context.rcps.flatMap((level) =>
          level.policies.map((policy) => ['context.rcps', 'rcp', policy] as const),
        ),
      ].map(([field, kind, policy]) => [field, kind, policy]);
      return all.flatMap(([field, kind, policy]) => {
        const parsed = parsePolicy(policy.json, kind);
        return parsed.ok
          ? []
          : [
              `${file}: ${field}: "${policy.name}" does not parse as a ${kind} policy: ${JSON.stringify(parsed.syntax ?? parsed.issues)}`,
            ];
      });
    });
    expect(problems).toEqual([]);
  });

  it('every solution passes every check and denies every probe', () => {
    const problems = policyLabs.flatMap(({ file, data }) =>
      failures(file, 'edit.solution', runPolicyLab(data, data.edit.solution)),
    );
    expect(problems).toEqual([]);
  });

  it('no lab starts solved: the starting policy parses and fails a check or allows a probe', () => {
    const problems = policyLabs.flatMap(({ file, data }) => {
      if (data.edit.start.trim() === '') return [];
      const run = runPolicyLab(data, data.edit.start);
      if (run.status === 'invalid')
        return [`${file}: edit.start does not parse: ${JSON.stringify(run.parse.issues)}`];
      return run.completed ? [`${file}: edit.start already passes every check and denies every probe`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('a lab with a session policy makes every request from a role session (AWS applies it to nothing else)', () => {
    const problems = policyLabs
      .filter(({ data }) => data.edit.kind === 'session' || data.context.session !== undefined)
      .flatMap(({ file, data }) =>
        [...data.checks, ...data.probes]
          .filter((request) => !request.principal.arn.startsWith('arn:aws:sts::'))
          .map((request) => `${file}: "${request.id}": make the caller an assumed-role session`),
      );
    expect(problems).toEqual([]);
  });

  it('every check and probe names AWS example accounts and buckets', () => {
    const problems = policyLabs.flatMap(({ file, data }) =>
      [...data.checks, ...data.probes].flatMap((request) => [
        ...(/^(111122223333|444455556666|777788889999)$/.test(request.account)
          ? []
          : [
              `${file}: "${request.id}": use an example account id (111122223333, 444455556666 or 777788889999)`,
            ]),
        ...(/^arn:aws:s3:::/.test(request.resource) && !/^arn:aws:s3:::example-/.test(request.resource)
          ? [`${file}: "${request.id}": name buckets "example-…"`]
          : []),
      ]),
    );
    expect(problems).toEqual([]);
  });
});
