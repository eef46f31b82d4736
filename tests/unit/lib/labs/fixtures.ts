// A small policy lab, as the schema would produce it, shared by the labs unit tests.
import type { PolicyLab } from '../../../../src/schemas/lab';

const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

export const READ_REPORTS = policy({
  Effect: 'Allow',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::example-reports/*',
});
export const S3_ANYTHING = policy({ Effect: 'Allow', Action: 's3:*', Resource: '*' });
export const ALLOW_ALL = policy({ Effect: 'Allow', Action: '*', Resource: '*' });
export { policy };

/** Alice reads reports; she must not read the raw folder nor delete the bucket. */
export function makePolicyLab(overrides: Partial<PolicyLab> = {}): PolicyLab {
  return {
    type: 'policy',
    title: 'Read the reports',
    summary: 'Read one folder.',
    module: 'iam',
    lessons: ['iam/policy-types'],
    difficulty: 'foundational',
    minutes: 5,
    scenario: 'Alice reads reports.',
    task: 'Let Alice read the reports.',
    hints: [],
    explanation: 'Name the objects.',
    source: { title: 'IAM', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/' },
    edit: {
      kind: 'identity',
      name: 'ReportsReader',
      mustAllow: false,
      start: S3_ANYTHING,
      solution: READ_REPORTS,
    },
    context: { identity: [], scps: [], rcps: [] },
    principal: { arn: 'arn:aws:iam::111122223333:user/alice' },
    account: '111122223333',
    checks: [
      {
        id: 'read-report',
        says: 'Alice reads a report',
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::example-reports/q1.csv',
        expect: 'allow',
      },
      {
        id: 'read-other',
        says: 'Alice reads another bucket',
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::example-finance/pay.csv',
        expect: 'deny',
      },
    ],
    probes: [
      {
        id: 'delete-bucket',
        says: 'Alice deletes the bucket',
        risk: 'Alice can delete the bucket.',
        action: 's3:DeleteBucket',
        resource: 'arn:aws:s3:::example-reports',
      },
    ],
    ...overrides,
  };
}
