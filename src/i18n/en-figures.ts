import { createTranslator } from './translate';

/**
 * Words of the lesson figures and the shared-responsibility explorer. Loaded at build time only
 * (the figures are SVG files and the explorer is server-rendered), so its size costs the learner
 * nothing. Every fact here must agree with the lessons and the fact sheet: the figures teach.
 */
export const enFigures = {
  'owner.aws': 'AWS',
  'owner.customer': 'You',
  'owner.shared': 'Shared',
  'owner.na': 'n/a',
  'owner.na.long': 'Does not apply',
  'owner.legend':
    'AWS: AWS secures it · You: you secure it · Shared: both have a part (dashed) · n/a: no such layer',

  'service.ec2': 'Amazon EC2',
  'service.rds': 'Amazon RDS',
  'service.beanstalk': 'AWS Elastic Beanstalk',
  'service.lambda': 'AWS Lambda',
  'service.s3': 'Amazon S3',
  'service.dynamodb': 'Amazon DynamoDB',
  'short.ec2': 'EC2',
  'short.rds': 'RDS',
  'short.beanstalk': 'Elastic Beanstalk',
  'short.lambda': 'Lambda',
  'short.s3': 'S3',
  'short.dynamodb': 'DynamoDB',

  'layer.data': 'Data, encryption choices and backups',
  'layer.identity': 'Identity and access (IAM and resource policies)',
  'layer.code': 'Application code and libraries',
  'layer.network': 'Network access rules (security groups, network ACLs, endpoints)',
  'layer.platform': 'Runtime, platform or database engine',
  'layer.os': 'Operating system',
  'layer.aws-network': 'Network infrastructure',
  'layer.host': 'Host operating system and virtualization',
  'layer.facilities': 'Physical facilities and hardware',

  'why.data':
    'Responsibility for your data never moves to AWS: what you store, how it is classified, which encryption options you choose and how you back it up.',
  'why.identity':
    'Who may do what is always your decision: the IAM policies you write, and resource policies where the service has them.',
  'why.aws-network': 'AWS runs the network the service is built on.',
  'why.host': 'AWS runs the host operating system and the virtualization layer beneath your workload.',
  'why.facilities':
    'AWS secures the buildings and hardware; third-party auditors test this as part of the AWS compliance programs.',
  'why.ec2.data':
    'You choose volume encryption and TLS; backing up data and designing for availability are yours.',
  'why.ec2.code': 'Every application you install on the instance is yours to secure and patch.',
  'why.ec2.network': 'You write the security group rules, network ACLs and any host firewall rules.',
  'why.ec2.platform': 'Software you install, such as a database server, is yours to patch.',
  'why.ec2.os':
    'The guest operating system inside your instance is yours, including its updates and security patches.',
  'why.rds.data':
    'AWS provides backup tools; configuring them, choosing encryption options and planning recovery are yours.',
  'why.rds.identity': 'IAM policies, and the database’s own users and permissions, are yours.',
  'why.rds.code':
    'Your application runs elsewhere, but the stored procedures, triggers and functions you write in the database are yours.',
  'why.rds.network': 'You write the security group rules that decide who can reach the database.',
  'why.rds.platform':
    'AWS supplies engine patches and schedules required ones in your maintenance window; minor versions install automatically only with Auto minor version upgrade on, and you start major upgrades.',
  'why.rds.os':
    'AWS provides operating system updates: required security and reliability patches are applied in the maintenance window you choose, optional ones when you choose to apply them.',
  'why.beanstalk.code': 'The application you deploy, and the libraries it uses, are yours.',
  'why.beanstalk.network':
    'Network access rules for the environment, such as its security groups, are yours to set.',
  'why.beanstalk.platform':
    'With managed platform updates on, Elastic Beanstalk applies patch (and, if you choose, minor) updates in your maintenance window; you keep the environment on a supported platform version and fix an update that fails.',
  'why.beanstalk.os':
    'Managed platform updates patch the operating system in your maintenance window; if you opt out, patching it is your job.',
  'why.lambda.identity': 'The function’s execution role and its resource-based policy are yours.',
  'why.lambda.code': 'Your function code and the libraries you bundle with it are yours to keep patched.',
  'why.lambda.network':
    'Whether to connect the function to your VPC is your choice; if you do, you choose its subnets and security groups.',
  'why.lambda.platform':
    'Lambda publishes runtime updates and, in the default Auto mode, applies them to managed runtimes; in the other modes they land when you update the function, a container image you rebuild, and moving to a new runtime before yours is deprecated is yours.',
  'why.lambda.os':
    'A managed runtime includes the operating system, so its patches arrive with runtime updates (on their own in Auto mode); a container image brings its own, which you rebuild from an updated base image.',
  'why.s3.data':
    'New objects are encrypted by default with S3-managed keys; what you store, which keys, and recovering from a deletion remain yours.',
  'why.s3.identity': 'You control access with the IAM policies and bucket policies you write.',
  'why.s3.code': 'S3 runs no code of yours.',
  'why.s3.network':
    'S3 has no security groups of its own, but how it is reached is yours: VPC endpoints and their policies, bucket-policy conditions on the endpoint, source IP or TLS, and Block Public Access.',
  'why.s3.platform': 'AWS runs the storage service itself; you work through its endpoints.',
  'why.s3.os': 'There is no operating system of yours to patch.',
  'why.dynamodb.data':
    'DynamoDB encrypts all table data at rest and you cannot turn that off; which kind of KMS key, and the data itself, are yours.',
  'why.dynamodb.identity':
    'The IAM policies, and the tables’ resource-based policies, that decide who can read and write are yours.',
  'why.dynamodb.code': 'DynamoDB runs no code of yours.',
  'why.dynamodb.network':
    'DynamoDB has no security groups of its own, but how it is reached is yours: VPC endpoints and their policies, and conditions in IAM and resource-based policies.',
  'why.dynamodb.platform': 'AWS runs the database service itself, engine included.',
  'why.dynamodb.os': 'There is no operating system of yours to patch.',

  'explorer.title': 'Shared responsibility explorer',
  'explorer.description':
    'Pick an AWS service and see who secures each layer, from the building to your data, and why.',
  'explorer.intro':
    'Choose a service. Each layer says who secures it and why; the line shows where AWS’s part ends. The split follows the shared-responsibility lessons and each service’s own documentation.',
  'explorer.legend': 'Service',
  'explorer.line': 'AWS runs everything below this line',
  'explorer.layers': 'Layers of {service}, from your data down to the building',
  'explorer.sources': 'Sources',
  'explorer.model': 'AWS Shared Responsibility Model',
  'explorer.lesson': 'Back to the lesson: Security of the cloud, security in the cloud',
  'count.aws': { one: 'AWS owns {count} layer', other: 'AWS owns {count} layers' },
  'count.customer': { one: 'you own {count}', other: 'you own {count}' },
  'count.shared': { one: '{count} is shared', other: '{count} are shared' },
  'count.na': { one: '{count} does not apply', other: '{count} do not apply' },
  summary: '{service}: {counts}.',

  'figure.text': 'The figure as text',
  'figure.layer': 'Layer',

  'responsibility.title': 'Who secures each layer on EC2, RDS, Lambda and S3',
  'responsibility.desc':
    'Nine layers from your data at the top to the physical facilities at the bottom, with the owner of each on Amazon EC2, Amazon RDS, AWS Lambda and Amazon S3, and a line in each column above the layers AWS runs. The bottom three are AWS’s on every service; data and identity are always yours; the layers between move to AWS as the service gets more abstracted.',
  'responsibility.caption':
    'The thick line in each column marks where AWS runs everything below. Shared cells depend on your settings: maintenance windows, upgrade options, runtime update modes.',

  'pillars.title': 'The six pillars of the AWS Well-Architected Framework',
  'pillars.desc':
    'The framework as a roof over six pillars: operational excellence, security, reliability, performance efficiency, cost optimization and sustainability.',
  'pillars.header': 'AWS Well-Architected Framework',
  'pillars.caption':
    'Six pillars since sustainability joined in 2021. The table above says what each is for.',
  'pillar.operational-excellence': 'Operational excellence',
  'pillar.security': 'Security',
  'pillar.reliability': 'Reliability',
  'pillar.performance-efficiency': 'Performance efficiency',
  'pillar.cost-optimization': 'Cost optimization',
  'pillar.sustainability': 'Sustainability',

  'areas.title': 'The seven best-practice areas of the security pillar',
  'areas.desc':
    'Seven cards, one per area, each with its review questions (SEC 1 to SEC 11) and some of the main AWS services for it.',
  'areas.header': 'Security pillar',
  'areas.caption': 'Seven areas, eleven questions. The table above lists every service.',
  'area.foundations': 'Security foundations',
  'area.foundations.sub': 'SEC 1',
  'area.foundations.services': 'AWS Organizations, AWS Control Tower, SCPs and RCPs',
  'area.iam': 'Identity and access management',
  'area.iam.sub': 'SEC 2, SEC 3',
  'area.iam.services': 'IAM, IAM Identity Center, AWS STS',
  'area.detection': 'Detection',
  'area.detection.sub': 'SEC 4',
  'area.detection.services': 'AWS CloudTrail, AWS Config, Amazon GuardDuty',
  'area.infrastructure': 'Infrastructure protection',
  'area.infrastructure.sub': 'SEC 5, SEC 6',
  'area.infrastructure.services': 'AWS WAF, AWS Shield, AWS Network Firewall',
  'area.data': 'Data protection',
  'area.data.sub': 'SEC 7, SEC 8, SEC 9',
  'area.data.services': 'Amazon Macie, AWS KMS, AWS Certificate Manager',
  'area.incident': 'Incident response',
  'area.incident.sub': 'SEC 10',
  'area.incident.services': 'Amazon Detective, AWS Security Incident Response',
  'area.appsec': 'Application security',
  'area.appsec.sub': 'SEC 11',
  'area.appsec.services': 'Amazon Inspector, AWS CodeArtifact, AWS CodePipeline',

  'iam.title': 'How AWS evaluates a request',
  'iam.desc':
    'A flowchart of seven checks in order: explicit deny, resource control policies, service control policies, resource-based policies, identity-based policies, permissions boundary, session policy. A deny exits at the first check; each guardrail that does not allow exits as denied; the request is allowed after every check, or earlier when a same-account resource-based policy names the user or role session.',
  'iam.caption': 'The current IAM User Guide order. The same steps follow as a list.',
  'iam.deny': '1. Explicit Deny in any applicable policy?',
  'iam.deny.exit': 'Yes: denied',
  'iam.rcp': '2. Do the RCPs allow it?',
  'iam.scp': '3. Do the SCPs allow it?',
  'iam.guard.exit': 'No: denied',
  'iam.resource': '4. Does a resource-based policy allow it?',
  'iam.resource.exit': 'Yes, naming the user or role session (same account): allowed',
  'iam.identity': '5. Does an identity-based policy allow it?',
  'iam.identity.exit': 'Neither grants: implicitly denied',
  'iam.boundary': '6. Does the permissions boundary allow it?',
  'iam.session': '7. Does the session policy allow it?',
  'iam.applies': 'If the principal has one',
  'iam.applies.org': 'If the account’s organization uses them',
  'iam.applies.session': 'If the session has one',
  'iam.allowed': 'Allowed',

  'ir.title': 'AWS incident response: from preparation to learning',
  'ir.desc':
    'Preparation, then Operations with five phases (detect, analyze, contain, eradicate, recover), then post-incident activity.',
  'ir.caption': 'Operations follows NIST’s phases. The same phases follow as a list.',
  'ir.operations': 'Operations',
  'ir.preparation': 'Preparation',
  'ir.preparation.detail': 'People, process and technology ready before an incident.',
  'ir.detect': 'Detect',
  'ir.analyze': 'Analyze',
  'ir.contain': 'Contain',
  'ir.eradicate': 'Eradicate',
  'ir.recover': 'Recover',
  'ir.post': 'Post-incident activity',
  'ir.post.detail': 'Learn from the incident and own the improvements.',

  'evidence.title': 'Two kinds of evidence for your auditor',
  'evidence.desc':
    'Evidence about AWS’s side comes from AWS Artifact and the Services in Scope page; evidence about your side comes from Config conformance packs, Security Hub CSPM standards and Control Tower controls; your auditor assesses your workload using both.',
  'evidence.caption': 'AWS’s audit covers AWS’s side; only you can show your side.',
  'evidence.aws': 'AWS’s side',
  'evidence.yours': 'Your side',
  'evidence.artifact': 'AWS Artifact',
  'evidence.artifact.detail':
    'AWS’s audit reports, such as SOC reports and the PCI DSS Attestation of Compliance.',
  'evidence.scope': 'Services in Scope page',
  'evidence.scope.detail': 'Shows which services each program covers: check that yours are listed.',
  'evidence.tools': 'Config conformance packs, Security Hub CSPM standards, Control Tower controls',
  'evidence.tools.detail': 'Check or constrain your own resources.',
  'evidence.auditor': 'Your auditor',
  'evidence.auditor.detail': 'Assesses your workload, using both kinds of evidence as inputs.',

  'network.title': 'Two filters on the way to an instance',
  'network.desc':
    'Traffic from the internet enters the VPC through an internet gateway, passes the subnet’s network ACL (stateless, allow and deny rules, first match wins) and then the security group on the instance’s network interface (stateful, allow rules only).',
  'network.caption':
    'The table above compares the two filters; the list below follows one request and its reply.',
  'network.source': 'Internet, through an internet gateway',
  'network.vpc': 'VPC',
  'network.vpc.detail': 'A logically isolated virtual network in your account.',
  'network.subnet': 'Subnet, guarded by its network ACL',
  'network.subnet.detail': 'Stateless: allow and deny rules, in number order; first match wins.',
  'network.sg': 'Security group on the network interface',
  'network.sg.detail': 'Stateful: allow only; replies are allowed automatically.',
  'network.instance': 'Instance',

  'envelope.title': 'Envelope encryption: what encrypts what',
  'envelope.desc':
    'A KMS key, which never leaves AWS KMS unencrypted, encrypts a data key; the plaintext data key encrypts your data outside KMS; the encrypted data key is stored with the encrypted data.',
  'envelope.caption': 'Who cannot use the KMS key cannot recover the data key. The steps follow as a list.',
  'envelope.kms': 'KMS key',
  'envelope.kms.detail': 'Stays in AWS KMS; symmetric keys never leave it unencrypted.',
  'envelope.datakey': 'Data key',
  'envelope.datakey.detail':
    'Its encrypted copy is stored with the data; the plaintext copy is removed after use.',
  'envelope.data': 'Your data',
  'envelope.data.detail': 'Stored encrypted, beside the encrypted data key.',
  'envelope.encrypts': 'encrypts',
} as const;

export const tFigures = createTranslator(enFigures);
export type FigureKey = keyof typeof enFigures;
