// Turns a lab's collection entry (src/schemas/lab.ts) into the JSON the lab page loads at
// /labs/<id>.json: only what the browser needs, with every request's caller and account filled in.
import type { Lab, LabCheckInput, LabProbeInput } from '../../schemas/lab';
import type { LabData, LabRequest } from './types';

type RequestInput = LabCheckInput | LabProbeInput;

function request(input: RequestInput, lab: Extract<Lab, { type: 'policy' }>): LabRequest {
  const principal = input.principal ?? lab.principal;
  return {
    id: input.id,
    says: input.says,
    action: input.action,
    resource: input.resource,
    account: input.account ?? lab.account,
    principal:
      principal.tags === undefined ? { arn: principal.arn } : { arn: principal.arn, tags: principal.tags },
    ...(input.context === undefined ? {} : { context: input.context }),
  };
}

/** The browser's copy of lab `id`. */
export function toLabData(lab: Lab, id: string): LabData {
  const { edit, context } = lab;
  return {
    type: 'policy',
    id,
    title: lab.title,
    edit: {
      kind: edit.kind,
      name: edit.name,
      mustAllow: edit.mustAllow,
      ...(edit.level === undefined ? {} : { level: edit.level }),
      start: edit.start,
      solution: edit.solution,
    },
    context: {
      identity: context.identity,
      ...(context.resource === undefined ? {} : { resource: context.resource }),
      ...(context.boundary === undefined ? {} : { boundary: context.boundary }),
      ...(context.session === undefined ? {} : { session: context.session }),
      scps: context.scps,
      rcps: context.rcps,
    },
    checks: lab.checks.map((check) => ({ ...request(check, lab), expect: check.expect })),
    probes: lab.probes.map((probe) => ({ ...request(probe, lab), risk: probe.risk })),
    explanation: lab.explanation,
  };
}
