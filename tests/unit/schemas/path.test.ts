import { describe, expect, it } from 'vitest';
import { PathSchema } from '../../../src/schemas/path';
import { check } from '../../content/load-content';

const file = 'content/paths/team.yaml';
const valid = {
  title: 'Team path',
  audience: 'Engineers joining the team',
  summary: 'What the team expects.',
  steps: [
    { lesson: 'iam/policy-types' },
    { quiz: 'iam-module', optional: true, minutes: 15 },
    { lab: 's3-read-one-prefix', optional: true },
  ],
};

describe('path files', () => {
  it('accepts lesson, quiz and lab steps with optional and minutes', () => {
    expect(check(PathSchema, file, valid)).toEqual({ value: valid });
  });

  it('names every missing field and its fix', () => {
    expect(check(PathSchema, file, {})).toEqual({
      errors: [
        `${file}: title: add a title, e.g. "New engineer onboarding"`,
        `${file}: audience: say who the path is for, e.g. "Engineers joining a team"`,
        `${file}: summary: add a one- or two-sentence summary`,
        `${file}: steps: list the steps under "steps:", each "- lesson: …", "- quiz: …" or "- lab: …"`,
      ],
    });
  });

  it('rejects empty text, a long summary and an empty list of steps', () => {
    expect(
      check(PathSchema, file, { title: ' ', audience: '', summary: 'x'.repeat(301), steps: [] }),
    ).toEqual({
      errors: [
        `${file}: title: add a title, e.g. "New engineer onboarding"`,
        `${file}: audience: say who the path is for, e.g. "Engineers joining a team"`,
        `${file}: summary: shorten the summary to 300 characters or fewer`,
        `${file}: steps: list at least one step`,
      ],
    });
  });

  it('names the step and the fix for a bad lesson id, quiz id, lab id, minutes or optional flag', () => {
    const steps = [
      { lesson: 'policy-types' },
      { quiz: 'IAM Module' },
      { lesson: 'iam/policy-types', minutes: 0 },
      { quiz: 'iam-module', optional: 'yes' },
      { lab: 'labs/s3-read-one-prefix.yaml' },
    ];
    expect(check(PathSchema, file, { ...valid, steps })).toEqual({
      errors: [
        `${file}: steps[0].lesson: use the lesson id "<module>/<slug>", e.g. "iam/policy-types"`,
        `${file}: steps[1].quiz: use the quiz file name without ".yaml", e.g. "iam-module"`,
        `${file}: steps[2].minutes: give the estimated time in whole minutes`,
        `${file}: steps[3].optional: write optional: true or leave it out`,
        `${file}: steps[4].lab: use the lab file name without ".yaml", e.g. "s3-read-one-prefix"`,
      ],
    });
  });

  it('asks for exactly one of lesson, quiz and lab, and refuses unknown fields', () => {
    const steps = [
      { optional: true },
      { lesson: 'iam/policy-types', quiz: 'iam-module' },
      { lab: 'x', quiz: 'iam-module' },
      { video: 'intro', quiz: 'iam-module' },
    ];
    expect(check(PathSchema, file, { ...valid, steps })).toEqual({
      errors: [
        `${file}: steps[0]: name the step with "lesson: <module>/<slug>", "quiz: <quiz id>" or "lab: <lab id>"`,
        `${file}: steps[1]: a step is one lesson, quiz or lab: split it into one step each`,
        `${file}: steps[2]: a step is one lesson, quiz or lab: split it into one step each`,
        `${file}: steps[3]: a step has only lesson, quiz or lab, optional and minutes: remove "video"`,
      ],
    });
  });

  it('refuses a repeated step and a path whose steps are all optional', () => {
    const steps = [
      { lesson: 'iam/policy-types', optional: true },
      { lesson: 'iam/policy-types', optional: true },
      { lab: 'iam', optional: true },
      { lab: 'iam', optional: true },
      { quiz: 'iam', optional: true },
    ];
    expect(check(PathSchema, file, { ...valid, steps })).toEqual({
      errors: [
        `${file}: steps[1]: "lesson: iam/policy-types" is already a step: remove the repeat`,
        `${file}: steps[3]: "lab: iam" is already a step: remove the repeat`,
        `${file}: steps: make at least one step required`,
      ],
    });
  });
});
