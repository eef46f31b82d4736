// Names of the two tag families that group questions across topics: the Well-Architected
// security pillar's questions (`tags.sec`) and the AWS Certified Security – Specialty exam
// domains (`tags.domain`). Apart from en-areas.ts, so pages that only name topics at load (the
// dashboard's study-next list) do not carry them; the quiz results and the mastery table do.
import type { ExamDomain } from '../schemas/quiz';
import { areaName } from './en-areas';

/**
 * The security pillar's eleven questions (`tags.sec`), in the words a results table can show:
 * SEC 1 asks "How do you securely operate your workload?", and so on.
 */
const SEC_QUESTIONS: readonly string[] = [
  'Operate your workload securely',
  'Manage identities for people and machines',
  'Manage permissions for people and machines',
  'Detect and investigate security events',
  'Protect your network resources',
  'Protect your compute resources',
  'Classify your data',
  'Protect your data at rest',
  'Protect your data in transit',
  'Anticipate, respond to and recover from incidents',
  'Build security into the application lifecycle',
];

/** "SEC 4 · Detect and investigate security events" for `sec` "4" (the part after `sec:`). */
export function secName(sec: string): string {
  const question = SEC_QUESTIONS[Number(sec) - 1];
  return question === undefined ? `SEC ${sec}` : `SEC ${sec} · ${question}`;
}

/** The AWS Certified Security – Specialty (SCS-C03) exam domains (`tags.domain`), as the exam guide names them, in its order. */
export const DOMAIN_NAMES: Readonly<Record<ExamDomain, string>> = {
  detection: 'Detection',
  'incident-response': 'Incident Response',
  infrastructure: 'Infrastructure Security',
  iam: 'Identity and Access Management',
  'data-protection': 'Data Protection',
  governance: 'Security Foundations and Governance',
};

/** The display name of the exam domain `domain` (the part after `domain:`); unknown ids read as their words. */
export function domainName(domain: string): string {
  return Object.hasOwn(DOMAIN_NAMES, domain) ? DOMAIN_NAMES[domain as ExamDomain] : areaName(domain);
}
