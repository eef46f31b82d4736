import type { ExamDomain } from '../schemas/quiz';

/**
 * Display names of the topics (`tags.area` of the questions in `content/quizzes/`), so a learner
 * reads "PCI DSS" or "IAM roles", never a slug such as "pci-dss". Every area used in the content
 * needs an entry here: `tests/content/area-names.test.ts` checks it. Shown by the dashboard; the
 * quiz results can use the same names.
 */
export const AREA_NAMES: Readonly<Record<string, string>> = {
  'access-analyzer': 'IAM Access Analyzer',
  'application-security': 'Application security',
  'applying-the-model': 'Applying the shared responsibility model',
  'area-services': 'Security areas and their services',
  'audit-manager': 'AWS Audit Manager',
  'aws-artifact': 'AWS Artifact',
  'aws-config': 'AWS Config',
  'azure-model': 'Azure’s shared responsibility model',
  'best-practice-areas': 'Best practice areas',
  'centralized-root-access': 'Centralized root access',
  'choosing-a-service': 'Choosing a service',
  cloudtrail: 'AWS CloudTrail',
  'comparing-clouds': 'Comparing clouds',
  compliance: 'Compliance',
  'condition-keys': 'Condition keys',
  'conformance-packs': 'Conformance packs',
  'control-tower': 'AWS Control Tower',
  'data-protection': 'Data protection',
  'defence-in-depth': 'Defence in depth',
  'design-principles': 'Design principles',
  'detection-principles': 'Detection principles',
  'evidence-sources': 'Evidence sources',
  'explicit-deny': 'Explicit deny',
  'framework-history': 'History of the framework',
  'framework-structure': 'Structure of the framework',
  'framework-versions': 'Versions of the framework',
  guardduty: 'Amazon GuardDuty',
  guardrails: 'Guardrails',
  'iam-best-practices': 'IAM best practices',
  'iam-roles': 'IAM roles',
  'identity-foundation': 'A strong identity foundation',
  'improvement-plans': 'Improvement plans',
  'incident-preparation': 'Preparing for incidents',
  'incident-response': 'Incident response',
  'infrastructure-protection': 'Infrastructure protection',
  investigation: 'Investigation',
  'ir-automation': 'Automating incident response',
  'ir-framing': 'Framing incident response',
  'ir-operations': 'Incident response operations',
  'ir-preparation': 'Incident response preparation',
  'it-controls': 'IT controls',
  'keep-people-away-from-data': 'Keeping people away from data',
  'laws-and-regulations': 'Laws and regulations',
  'least-privilege': 'Least privilege',
  lenses: 'Well-Architected lenses',
  'major-programs': 'Major compliance programs',
  milestones: 'Milestones',
  'nist-800-61': 'NIST SP 800-61',
  'other-shared-models': 'Other shared models',
  'patch-management': 'Patch management',
  'pci-dss': 'PCI DSS',
  'permissions-boundaries': 'Permissions boundaries',
  'pillar-definitions': 'What each pillar covers',
  pillars: 'The pillars',
  'policy-evaluation': 'Policy evaluation',
  'policy-types': 'Policy types',
  'post-incident': 'After an incident',
  'program-categories': 'Kinds of compliance programs',
  'review-questions': 'Review questions',
  'risk-levels': 'Risk levels',
  'root-user': 'The root user',
  'security-automation': 'Security automation',
  'security-foundations': 'Security foundations',
  'security-hub': 'AWS Security Hub',
  'security-hub-cspm': 'AWS Security Hub CSPM',
  'service-categories': 'Service categories',
  'service-names': 'Service names',
  'services-in-scope': 'Services in scope',
  'session-policies': 'Session policies',
  'shared-compliance': 'Shared compliance',
  'shared-fate': 'Shared fate',
  'shared-responsibility-model': 'The shared responsibility model',
  sustainability: 'Sustainability',
  'temporary-credentials': 'Temporary credentials',
  traceability: 'Traceability',
  'trade-offs': 'Trade-offs',
  'wa-tool': 'Well-Architected Tool',
};

/**
 * The display name of the area `area` (the part after `area:` in a tag key). An area no longer in
 * the course (kept in an old record) reads as its words, capitalised, never as a slug.
 */
export function areaName(area: string): string {
  if (Object.hasOwn(AREA_NAMES, area)) return AREA_NAMES[area] as string;
  const words = area.replaceAll('-', ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

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
