import type { ExamDomain } from '../schemas/quiz';

/**
 * Display names of the topics (`tags.area` of the questions in `content/quizzes/`), so a learner
 * reads "PCI DSS" or "IAM roles", never a slug such as "pci-dss". Every area used in the content
 * needs an entry here: `tests/content/area-names.test.ts` checks it. Shown by the dashboard; the
 * quiz results can use the same names.
 */
export const AREA_NAMES: Readonly<Record<string, string>> = {
  abac: 'Attribute-based access control (ABAC)',
  'access-analyzer': 'IAM Access Analyzer',
  'application-security': 'Application security',
  'applying-the-model': 'Applying the shared responsibility model',
  'area-services': 'Security areas and their services',
  'audit-manager': 'AWS Audit Manager',
  'aws-artifact': 'AWS Artifact',
  'aws-config': 'AWS Config',
  'aws-waf': 'AWS WAF',
  'azure-model': 'Azure’s shared responsibility model',
  'best-practice-areas': 'Best practice areas',
  'bucket-policies': 'Bucket policies',
  'centralized-root-access': 'Centralized root access',
  'choosing-a-service': 'Choosing a service',
  cloudtrail: 'AWS CloudTrail',
  'comparing-clouds': 'Comparing clouds',
  compliance: 'Compliance',
  'condition-keys': 'Condition keys',
  'conformance-packs': 'Conformance packs',
  'control-tower': 'AWS Control Tower',
  'cross-account-access': 'Cross-account and third-party access',
  'data-classification': 'Data classification',
  'data-protection': 'Data protection',
  'ddos-protection': 'DDoS protection with AWS Shield',
  'defence-in-depth': 'Defence in depth',
  'design-principles': 'Design principles',
  'detection-principles': 'Detection principles',
  'ebs-encryption': 'EBS encryption',
  'emergency-access': 'Emergency (break-glass) access',
  'encryption-in-transit': 'Encryption in transit',
  'envelope-encryption': 'Envelope encryption',
  'evidence-sources': 'Evidence sources',
  'explicit-deny': 'Explicit deny',
  federation: 'Identity federation',
  'framework-history': 'History of the framework',
  'framework-structure': 'Structure of the framework',
  'framework-versions': 'Versions of the framework',
  guardduty: 'Amazon GuardDuty',
  'guardduty-findings': 'GuardDuty findings and severities',
  guardrails: 'Guardrails',
  'iam-best-practices': 'IAM best practices',
  'iam-roles': 'IAM roles',
  'identity-center': 'AWS IAM Identity Center',
  'identity-foundation': 'A strong identity foundation',
  imds: 'Instance metadata (IMDSv2)',
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
  'key-policies': 'Key policies and grants',
  'key-rotation': 'Key rotation',
  'kms-keys': 'AWS KMS keys',
  'laws-and-regulations': 'Laws and regulations',
  'least-privilege': 'Least privilege',
  lenses: 'Well-Architected lenses',
  'log-alarms': 'Log metric filters and alarms',
  'log-analytics': 'Querying logs (Athena and Security Lake)',
  'log-protection': 'Protecting logs',
  'major-programs': 'Major compliance programs',
  milestones: 'Milestones',
  'network-layers': 'Network layers and subnets',
  'network-logs': 'Network and DNS logs',
  'nist-800-61': 'NIST SP 800-61',
  'object-lock': 'S3 Object Lock',
  'organization-trail': 'Organization trails',
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
  's3-encryption': 'S3 encryption',
  's3-public-access': 'S3 Block Public Access and Object Ownership',
  'secrets-management': 'Secrets management',
  'security-automation': 'Security automation',
  'security-foundations': 'Security foundations',
  'security-groups-nacls': 'Security groups and network ACLs',
  'security-hub': 'AWS Security Hub',
  'security-hub-cspm': 'AWS Security Hub CSPM',
  'sensitive-data-discovery': 'Sensitive data discovery (Amazon Macie)',
  'service-categories': 'Service categories',
  'service-names': 'Service names',
  'services-in-scope': 'Services in scope',
  'session-manager': 'Session Manager',
  'session-policies': 'Session policies',
  'shared-compliance': 'Shared compliance',
  'shared-fate': 'Shared fate',
  'shared-responsibility-model': 'The shared responsibility model',
  sustainability: 'Sustainability',
  'temporary-credentials': 'Temporary credentials',
  traceability: 'Traceability',
  'trade-offs': 'Trade-offs',
  'traffic-inspection': 'Traffic inspection (Network Firewall, DNS Firewall)',
  'vpc-endpoints': 'VPC endpoints and PrivateLink',
  'vulnerability-management': 'Vulnerability management',
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
