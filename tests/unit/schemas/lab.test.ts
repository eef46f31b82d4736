import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { LabSchema } from '../../../src/schemas/lab';
import { check, ROOT } from '../../content/load-content';
import { makeSpot } from '../../fixtures/builders';
import { makePolicyLab } from '../lib/labs/fixtures';

const at = (name: string) => `tests/fixtures/invalid/labs/${name}.yaml`;

/** The author-facing error lines for an invalid lab under tests/fixtures/invalid/labs/. */
function errorsFor(name: string): string[] {
  const file = at(name);
  const result = check(LabSchema, file, load(readFileSync(join(ROOT, file), 'utf8')));
  return 'errors' in result ? result.errors : [];
}

const file = 'content/labs/read-reports.yaml';
/** A lab as written in YAML: no `type`, no defaults filled in. */
const { type: _type, hints: _hints, context: _context, ...written } = makePolicyLab();

describe('lab files', () => {
  it('reads a lab without "type" as a policy lab and fills in the defaults', () => {
    const result = check(LabSchema, file, written);
    expect(result).toEqual({
      value: { ...written, type: 'policy', hints: [], context: { identity: [], scps: [], rcps: [] } },
    });
  });

  it('reads a spot lab with its questions', () => {
    const { edit: _e, principal: _p, account: _a, checks: _c, probes: _pr, ...shared } = written;
    const questions = [makeSpot({ id: 'one' }), makeSpot({ id: 'two' })];
    const result = check(LabSchema, file, { ...shared, type: 'spot', questions });
    expect(result).toEqual({ value: { ...shared, type: 'spot', hints: [], questions } });
  });

  it('names every missing field and its fix', () => {
    expect(check(LabSchema, file, { type: 'policy' })).toEqual({
      errors: [
        `${file}: title: add a title, e.g. "Read one bucket's reports, nothing else"`,
        `${file}: summary: add a one- or two-sentence summary`,
        `${file}: module: add the module id, e.g. "iam"`,
        `${file}: lessons: list the lessons that teach this lab, e.g. [iam/policy-types]`,
        `${file}: difficulty: set difficulty to foundational, intermediate or advanced`,
        `${file}: minutes: give the estimated time in whole minutes`,
        `${file}: scenario: add the scenario under "scenario: |"`,
        `${file}: task: add the task, e.g. "Edit the identity policy so that …"`,
        `${file}: explanation: add an explanation under "explanation: |"`,
        `${file}: source: Invalid input: expected object, received undefined`,
        `${file}: edit: add the policy the learner edits under "edit:", with kind, name, start and solution`,
        `${file}: principal: add the caller under "principal:" with its arn, e.g. arn: arn:aws:iam::111122223333:user/alice`,
        `${file}: account: write the account id as 12 digits in quotes, e.g. "111122223333"`,
        `${file}: checks: list the checks under "checks:"`,
        `${file}: probes: list the probes under "probes:"`,
      ],
    });
  });

  it('rejects an unknown type', () => {
    expect(check(LabSchema, file, { ...written, type: 'quiz' })).toEqual({
      errors: [`${file}: type: set type to policy (or leave it out) or spot`],
    });
  });

  it('rejects a long summary, bad lesson ids, more than three hints and a wildcard action', () => {
    const lab = makePolicyLab();
    const [firstCheck, ...otherChecks] = lab.checks;
    const result = check(LabSchema, file, {
      ...written,
      summary: 'x'.repeat(201),
      lessons: ['policy-types'],
      hints: ['a', 'b', 'c', 'd'],
      checks: [{ ...firstCheck, action: 's3:*' }, ...otherChecks],
    });
    expect(result).toEqual({
      errors: [
        `${file}: summary: shorten the summary to 200 characters or fewer`,
        `${file}: lessons[0]: use the lesson id "<module>/<slug>", e.g. "iam/policy-types"`,
        `${file}: hints: give at most three hints`,
        `${file}: checks[0].action: write one action as "<service>:<Action>", e.g. "s3:GetObject" (no wildcards)`,
      ],
    });
  });

  it('rejects a level on a policy that is not an SCP or RCP, and a context policy the learner edits', () => {
    const fixed = { name: 'Boundary', json: '{}' };
    const result = check(LabSchema, file, {
      ...written,
      edit: { ...written.edit, kind: 'boundary', level: 'Root' },
      context: { boundary: fixed },
    });
    expect(result).toEqual({
      errors: [
        `${file}: edit.level: level is only for kind scp or rcp: remove it`,
        `${file}: context.boundary: the edited policy is the boundary policy: remove context.boundary`,
      ],
    });
  });

  it('names a misspelt field of the edited policy or of a caller', () => {
    const result = check(LabSchema, file, {
      ...written,
      edit: { ...written.edit, mustallow: true },
      principal: { arn: 'arn:aws:iam::111122223333:user/alice', tag: { team: 'a' } },
    });
    expect(result).toEqual({
      errors: [
        `${file}: edit: edit has only kind, name, mustAllow, level, start and solution: remove "mustallow"`,
        `${file}: principal: a caller has only arn and tags`,
      ],
    });
  });
});

describe('lab schema messages name the file, the field and the fix', () => {
  it.each([
    [
      'role-arn-principal',
      'principal.arn: use a user ARN "arn:aws:iam::<account>:user/<name>" or a role session ARN "arn:aws:sts::<account>:assumed-role/<role>/<session>" (the evaluator models no other callers)',
    ],
    ['unquoted-account', 'account: write the account id as 12 digits in quotes, e.g. "111122223333"'],
    [
      'mustallow-on-identity',
      'edit.mustAllow: mustAllow is only for kind resource (a key policy or a trust policy): remove it',
    ],
    ['scp-without-level', 'edit.level: add the level the scp is attached at, e.g. level: Root'],
    ['checks-all-allow', 'checks: give at least one check with expect: allow and one with expect: deny'],
    [
      'duplicate-request-id',
      'probes[0].id: ids must be unique across checks and probes (duplicate: "delete-bucket")',
    ],
    ['misspelt-probes', 'a policy lab has no field "probe": remove it or check its spelling'],
    ['spot-one-question', 'questions: give at least two spot questions'],
  ])('%s', (name, message) => {
    expect(errorsFor(name)).toContain(`${at(name)}: ${message}`);
  });
});
