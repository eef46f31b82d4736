/**
 * Who secures each layer of six AWS services: the data behind the shared-responsibility explorer
 * and the shared-responsibility figure. Codes only; the words (layer names, the reason for each
 * owner) are in `src/i18n/en-figures.ts`, keyed `${service}.${layer}`.
 *
 * Grounded in the AWS Shared Responsibility Model page and each service's own documentation
 * (`SERVICE_SOURCES`), as taught in the shared-responsibility lessons. `na` marks a layer the
 * service does not have (no application code of yours runs inside S3 or DynamoDB).
 */
import type { Owner } from './svg';

/** Layers from the top (closest to your data) to the bottom (the building). */
export const LAYERS = [
  'data',
  'identity',
  'code',
  'network',
  'platform',
  'os',
  'aws-network',
  'host',
  'facilities',
] as const;
export type Layer = (typeof LAYERS)[number];

export const SERVICES = ['ec2', 'rds', 'beanstalk', 'lambda', 's3', 'dynamodb'] as const;
export type Service = (typeof SERVICES)[number];

const A: Owner = 'aws';
const C: Owner = 'customer';
const S: Owner = 'shared';
const N: Owner = 'na';

/** Owner of each layer, in `LAYERS` order, by service. */
export const OWNERS: Record<Service, readonly Owner[]> = {
  //         data identity code network platform os  aws-network host facilities
  ec2: /*   */ [C, C, C, C, C, C, A, A, A],
  rds: /*   */ [C, C, C, C, S, A, A, A, A],
  beanstalk: [C, C, C, C, S, S, A, A, A],
  lambda: /**/ [C, C, C, C, S, S, A, A, A],
  s3: /*    */ [C, C, N, C, A, A, A, A, A],
  dynamodb: [C, C, N, C, A, A, A, A, A],
};

/** A cited official page. */
export interface Source {
  title: string;
  url: string;
}

/** The official pages each service's row rests on, besides the Shared Responsibility Model page. */
export const SERVICE_SOURCES: Record<Service, readonly Source[]> = {
  ec2: [
    {
      title: 'Amazon EC2 User Guide, "Security in Amazon EC2"',
      url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security.html',
    },
  ],
  rds: [
    {
      title: 'Amazon RDS User Guide, "Maintaining a DB instance"',
      url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html',
    },
    {
      title: 'Amazon RDS User Guide, "Upgrading a DB instance engine version"',
      url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html',
    },
  ],
  beanstalk: [
    {
      title:
        'AWS Elastic Beanstalk, "Shared responsibility model for Elastic Beanstalk platform maintenance"',
      url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/platforms-shared-responsibility.html',
    },
    {
      title: 'AWS Elastic Beanstalk, "Managed platform updates"',
      url: 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/environment-platform-update-managed.html',
    },
  ],
  lambda: [
    {
      title: 'AWS Lambda, "Understanding the shared responsibility model for Lambda runtime management"',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/runtime-management-shared.html',
    },
    {
      title: 'AWS Lambda API Reference, "VpcConfig"',
      url: 'https://docs.aws.amazon.com/lambda/latest/api/API_VpcConfig.html',
    },
  ],
  s3: [
    {
      title: 'Using server-side encryption with Amazon S3 managed keys (SSE-S3)',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html',
    },
    {
      title: 'Amazon S3 User Guide, "Controlling access from VPC endpoints with bucket policies"',
      url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies-vpc-endpoint.html',
    },
  ],
  dynamodb: [
    {
      title: 'Amazon DynamoDB, "DynamoDB encryption at rest"',
      url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/EncryptionAtRest.html',
    },
  ],
};

export const MODEL_SOURCE = 'https://aws.amazon.com/compliance/shared-responsibility-model/';

/** How many layers each owner has on `service`. */
export function ownerCounts(service: Service): Record<Owner, number> {
  const counts: Record<Owner, number> = { aws: 0, customer: 0, shared: 0, na: 0 };
  for (const owner of OWNERS[service]) counts[owner] += 1;
  return counts;
}

/**
 * Where the line sits on `service`: the index in `LAYERS` of the first layer of the unbroken run
 * of AWS layers at the bottom. "AWS runs everything below this line" is drawn above that layer.
 */
export function lineIndex(service: Service): number {
  const owners = OWNERS[service];
  let index = owners.length;
  while (index > 0 && owners[index - 1] === 'aws') index -= 1;
  return index;
}
