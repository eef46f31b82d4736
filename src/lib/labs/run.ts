// Grades a learner's policy in a policy lab: parse it as the edited kind, then evaluate every
// check and probe against it and the lab's fixed policies (src/lib/iam). Pure: no DOM.
import { evaluate, type Evaluation, type NamedPolicy, type OrgLevel, type PolicySet } from '../iam/evaluate';
import { parsePolicy, type Policy, type PolicyKind, type PolicyParseResult } from '../iam/policy';
import type { LabCheck, LabOutcome, LabPolicyText, LabProbe, LabRequest, PolicyLabData } from './types';

/** One request's result: for a check, ok = the decision matches `expect`; for a probe, ok = denied. */
export interface RequestResult {
  request: LabCheck | LabProbe;
  evaluation: Evaluation;
  ok: boolean;
}

export type LabRun =
  /** A syntax error or error-severity issues in the learner's policy: nothing evaluated. */
  | { status: 'invalid'; parse: PolicyParseResult }
  | {
      status: 'evaluated';
      parse: PolicyParseResult;
      checks: RequestResult[];
      probes: RequestResult[];
      checksPassed: number;
      checksTotal: number;
      probesDenied: number;
      probesTotal: number;
      /** Every check ok and every probe denied. */
      completed: boolean;
    };

/** A fixed policy of the lab, parsed; throws when it does not parse (tests/content prevents that). */
function fixed(text: LabPolicyText, kind: PolicyKind): NamedPolicy {
  const parsed = parsePolicy(text.json, kind);
  if (!parsed.ok) throw new Error(`The lab's ${kind} policy "${text.name}" does not parse`);
  return { name: text.name, policy: parsed.policy };
}

function levels(list: PolicyLabData['context']['scps'], kind: 'scp' | 'rcp'): OrgLevel[] {
  return list.map((level) => ({
    name: level.level,
    policies: level.policies.map((policy) => fixed(policy, kind)),
  }));
}

/**
 * The SCP or RCP levels with the edited policy added to level `level` (schema-checked to be set
 * for these kinds), or as a new level after the fixed ones when none has that name.
 */
function withEdited(list: OrgLevel[], level: string | undefined, edited: NamedPolicy): OrgLevel[] {
  const name = String(level);
  if (!list.some((entry) => entry.name === name)) return [...list, { name, policies: [edited] }];
  return list.map((entry) =>
    entry.name === name ? { ...entry, policies: [...entry.policies, edited] } : entry,
  );
}

/** The lab's fixed policies with `policy` (the learner's) in the edited place. */
export function labPolicies(lab: PolicyLabData, policy: Policy): PolicySet {
  const { context, edit } = lab;
  const edited: NamedPolicy = { name: edit.name, policy };
  const identity = context.identity.map((text) => fixed(text, 'identity'));
  const scps = levels(context.scps, 'scp');
  const rcps = levels(context.rcps, 'rcp');
  const set: PolicySet = {
    identity: edit.kind === 'identity' ? [...identity, edited] : identity,
    scps: edit.kind === 'scp' ? withEdited(scps, edit.level, edited) : scps,
    rcps: edit.kind === 'rcp' ? withEdited(rcps, edit.level, edited) : rcps,
  };
  if (edit.kind === 'resource') {
    set.resource = edited;
    set.resourceMustAllow = edit.mustAllow;
  } else if (context.resource !== undefined) {
    set.resource = fixed(context.resource, 'resource');
    set.resourceMustAllow = context.resource.mustAllow;
  }
  const boundary =
    edit.kind === 'boundary' ? edited : context.boundary && fixed(context.boundary, 'boundary');
  if (boundary !== undefined) set.boundary = boundary;
  const session = edit.kind === 'session' ? edited : context.session && fixed(context.session, 'session');
  if (session !== undefined) set.session = session;
  return set;
}

function evaluateRequest(request: LabRequest, policies: PolicySet): Evaluation {
  return evaluate(
    {
      principal: request.principal,
      action: request.action,
      resource: { arn: request.resource, account: request.account },
      ...(request.context === undefined ? {} : { context: request.context }),
    },
    policies,
  );
}

/** Parses `policyText` as the lab's edited policy and runs every check and probe against it. */
export function runPolicyLab(lab: PolicyLabData, policyText: string): LabRun {
  const parse = parsePolicy(policyText, lab.edit.kind);
  if (!parse.ok) return { status: 'invalid', parse };
  const policies = labPolicies(lab, parse.policy);
  const checks = lab.checks.map((request) => {
    const evaluation = evaluateRequest(request, policies);
    return { request, evaluation, ok: (evaluation.decision === 'allow') === (request.expect === 'allow') };
  });
  const probes = lab.probes.map((request) => {
    const evaluation = evaluateRequest(request, policies);
    return { request, evaluation, ok: evaluation.decision !== 'allow' };
  });
  const checksPassed = checks.filter((result) => result.ok).length;
  const probesDenied = probes.filter((result) => result.ok).length;
  return {
    status: 'evaluated',
    parse,
    checks,
    probes,
    checksPassed,
    checksTotal: checks.length,
    probesDenied,
    probesTotal: probes.length,
    completed: checksPassed === checks.length && probesDenied === probes.length,
  };
}

/** What a run records in progress; an invalid policy passes nothing (every check counted as failed). */
export function policyLabOutcome(lab: PolicyLabData, run: LabRun): LabOutcome {
  if (run.status === 'invalid')
    return {
      checksPassed: 0,
      checksTotal: lab.checks.length,
      probesDenied: 0,
      probesTotal: lab.probes.length,
      completed: false,
    };
  const { checksPassed, checksTotal, probesDenied, probesTotal, completed } = run;
  return { checksPassed, checksTotal, probesDenied, probesTotal, completed };
}
