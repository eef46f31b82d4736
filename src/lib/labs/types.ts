// The JSON shipped to the browser at /labs/<id>.json, built from the collection entry with
// `toLabData(entry.data, id)` (./data.ts). Every request carries its caller and account, so the
// browser needs no defaults.
import type { PolicyKind } from '../iam/policy';
import type { SpotQuestion } from '../../schemas/quiz';

/** One request made to the lab's policies. */
export interface LabRequest {
  id: string;
  /** The request in words, e.g. "Alice reads the Q1 report". */
  says: string;
  action: string;
  resource: string;
  /** The resource's account, 12 digits. */
  account: string;
  principal: { arn: string; tags?: Record<string, string> };
  /** Other condition keys, e.g. `aws:SecureTransport`. */
  context?: Record<string, string | string[]>;
}

/** A request the scenario needs, with the decision the right policy gives. */
export interface LabCheck extends LabRequest {
  expect: 'allow' | 'deny';
}

/** A request the scenario does not need: a least-privilege policy denies it. */
export interface LabProbe extends LabRequest {
  /** Shown when the learner's policy allows the probe. */
  risk: string;
}

export interface LabPolicyText {
  name: string;
  json: string;
}

export interface PolicyLabData {
  type: 'policy';
  id: string;
  title: string;
  edit: {
    kind: PolicyKind;
    name: string;
    /** Resource kind only: a key policy or trust policy must allow even in the same account. */
    mustAllow: boolean;
    /** scp / rcp only: the level the edited policy is attached at. */
    level?: string;
    /** The starting JSON; "" to start from scratch. */
    start: string;
    solution: string;
  };
  context: {
    identity: LabPolicyText[];
    resource?: LabPolicyText & { mustAllow: boolean };
    boundary?: LabPolicyText;
    session?: LabPolicyText;
    scps: { level: string; policies: LabPolicyText[] }[];
    rcps: { level: string; policies: LabPolicyText[] }[];
  };
  checks: LabCheck[];
  probes: LabProbe[];
  explanation: string;
}

export interface SpotLabData {
  type: 'spot';
  id: string;
  title: string;
  questions: SpotQuestion[];
  explanation: string;
}

export type LabData = PolicyLabData | SpotLabData;

/** What a run of a lab records in progress. Spot labs: checks = questions right / asked, probes 0/0. */
export interface LabOutcome {
  checksPassed: number;
  checksTotal: number;
  probesDenied: number;
  probesTotal: number;
  completed: boolean;
}
