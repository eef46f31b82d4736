// Turns a lab's collection entry (src/schemas/lab.ts) into the JSON the lab page loads at
// /labs/<id>.json: only what the browser needs, with every request's caller and account filled in.
import type { LabCheckInput, LabProbeInput, Lab, PolicyLab } from '../../schemas/lab';
import type { LabData, LabRequest, PolicyLabData } from './types';

function request(input: LabCheckInput | LabProbeInput, lab: PolicyLab): LabRequest {
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

function policyLabData(lab: PolicyLab, id: string): PolicyLabData {
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

/** The browser's copy of lab `id` (the file name without ".yaml"). */
export function toLabData(lab: Lab, id: string): LabData {
  if (lab.type === 'policy') return policyLabData(lab, id);
  return { type: 'spot', id, title: lab.title, questions: lab.questions, explanation: lab.explanation };
}
