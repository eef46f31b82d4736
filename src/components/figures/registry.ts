/**
 * Every lesson figure: its words (from `en-figures.ts`) put through a layout (`src/lib/figures/`).
 * Served as SVG files by `src/pages/figures/[name].svg.ts` and shown by `Figure.astro`.
 *
 * `text` is the figure's text equivalent: a table the component prints under the figure, or
 * `lesson` when the lesson already states the same facts right beside it (a table or a list), so
 * the page does not carry them twice. `facts` are the phrases the tests look for in the SVG, in the
 * text equivalent and, in order where `ordered`, in the lesson.
 */
import { type FigureKey, tFigures as t } from '../../i18n/en-figures';
import { flow, grid, matrix, nested, type Card } from '../../lib/figures/layouts';
import { LAYERS, OWNERS, lineIndex, type Service } from '../../lib/figures/responsibility';
import type { Owner, Svg } from '../../lib/figures/svg';

/** A text equivalent: a table with `head`, or a list of "term: detail" rows without one. */
export interface FigureTable {
  head?: string[];
  rows: string[][];
}

export interface FigureDef {
  title: string;
  desc: string;
  caption: string;
  /** The lesson that shows it, `<module>/<file name without .mdx>`. */
  lesson: string;
  wide: Svg;
  /** A portrait variant for narrow screens, when the wide one would be too small to read. */
  narrow?: Svg;
  text: FigureTable | 'lesson';
  facts: string[];
  /** True when `facts` must appear in the lesson in this order. */
  ordered?: boolean;
}

const described = (prefix: string) => ({
  title: t(`${prefix}.title` as FigureKey),
  desc: t(`${prefix}.desc` as FigureKey),
  caption: t(`${prefix}.caption` as FigureKey),
});

// Shared responsibility: the four services the first lesson walks through.
const STACK_SERVICES: Service[] = ['ec2', 'rds', 'lambda', 's3'];
const ownerText = (owner: Owner) => t(`owner.${owner}`);
const OWNER_TEXT = {
  aws: ownerText('aws'),
  customer: ownerText('customer'),
  shared: ownerText('shared'),
  na: ownerText('na'),
};
const stackRows = LAYERS.map((layer, index) => ({
  label: t(`layer.${layer}`),
  owners: STACK_SERVICES.map((service) => OWNERS[service][index] as Owner),
}));
const stack = (labelWidth: number, columnWidth: number) =>
  matrix({
    ...described('responsibility'),
    columns: STACK_SERVICES.map((service) => t(`short.${service}`)),
    rows: stackRows,
    ownerText: OWNER_TEXT,
    labelWidth,
    columnWidth,
    lines: STACK_SERVICES.map(lineIndex),
  });

const PILLARS = [
  'operational-excellence',
  'security',
  'reliability',
  'performance-efficiency',
  'cost-optimization',
  'sustainability',
] as const;
const pillarCards: Card[] = PILLARS.map((pillar) => ({ title: t(`pillar.${pillar}`) }));
const pillars = (columns: number, width: number) =>
  grid({ ...described('pillars'), header: t('pillars.header'), cards: pillarCards, columns, width });

const AREAS = ['foundations', 'iam', 'detection', 'infrastructure', 'data', 'incident', 'appsec'] as const;
const areaCards: Card[] = AREAS.map((area) => ({
  title: t(`area.${area}`),
  sub: t(`area.${area}.sub`),
  detail: t(`area.${area}.services`),
}));
const areas = (columns: number, width: number) =>
  grid({ ...described('areas'), header: t('areas.header'), cards: areaCards, columns, width });

const IAM_STEPS = ['deny', 'rcp', 'scp', 'resource', 'identity', 'boundary', 'session'] as const;
const guard = { exit: t('iam.guard.exit') };
const iam = flow({
  ...described('iam'),
  steps: [
    { label: t('iam.deny'), exit: t('iam.deny.exit') },
    { label: t('iam.rcp'), detail: t('iam.applies.org'), ...guard },
    { label: t('iam.scp'), detail: t('iam.applies.org'), ...guard },
    { label: t('iam.resource'), exit: t('iam.resource.exit'), exitKind: 'ok' },
    { label: t('iam.identity'), exit: t('iam.identity.exit') },
    { label: t('iam.boundary'), detail: t('iam.applies'), ...guard },
    { label: t('iam.session'), detail: t('iam.applies.session'), ...guard },
    { label: t('iam.allowed'), kind: 'ok' },
  ],
});

const OPERATIONS = ['detect', 'analyze', 'contain', 'eradicate', 'recover'] as const;
const ir = flow({
  ...described('ir'),
  steps: [
    { label: t('ir.preparation'), detail: t('ir.preparation.detail') },
    ...OPERATIONS.map((phase) => ({ label: t(`ir.${phase}`) })),
    { label: t('ir.post'), detail: t('ir.post.detail') },
  ],
  groups: [{ from: 1, to: 5, label: t('ir.operations') }],
});

const EVIDENCE = ['artifact', 'scope', 'tools', 'auditor'] as const;
const evidence = flow({
  ...described('evidence'),
  steps: EVIDENCE.map((step) => ({
    label: t(`evidence.${step}`),
    detail: t(`evidence.${step}.detail`),
    kind: step === 'auditor' ? 'ok' : 'box',
  })),
  groups: [
    { from: 0, to: 1, label: t('evidence.aws') },
    { from: 2, to: 2, label: t('evidence.yours') },
  ],
});

const network = nested({
  ...described('network'),
  source: t('network.source'),
  levels: [
    { label: t('network.vpc'), detail: t('network.vpc.detail') },
    { label: t('network.subnet'), detail: t('network.subnet.detail'), kind: 'customer' },
    { label: t('network.sg'), detail: t('network.sg.detail'), kind: 'customer' },
    { label: t('network.instance'), kind: 'customer' },
  ],
  width: 340,
});

const envelope = flow({
  ...described('envelope'),
  steps: [
    { label: t('envelope.kms'), detail: t('envelope.kms.detail'), kind: 'aws' },
    { label: t('envelope.datakey'), detail: t('envelope.datakey.detail'), into: t('envelope.encrypts') },
    {
      label: t('envelope.data'),
      detail: t('envelope.data.detail'),
      into: t('envelope.encrypts'),
      kind: 'ok',
    },
  ],
});

/** The figures, by the name a lesson passes to `<Figure name="…">`. */
export const FIGURES = {
  'shared-responsibility': {
    ...described('responsibility'),
    lesson: 'shared-responsibility/01-security-of-and-in-the-cloud',
    wide: stack(230, 100),
    narrow: stack(0, 71),
    text: {
      head: [t('figure.layer'), ...STACK_SERVICES.map((service) => t(`short.${service}`))],
      rows: stackRows.map((row) => [row.label, ...row.owners.map((owner) => OWNER_TEXT[owner])]),
    },
    facts: [...stackRows.map((row) => row.label), ...Object.values(OWNER_TEXT)],
  },
  'six-pillars': {
    ...described('pillars'),
    lesson: 'well-architected/01-the-six-pillars',
    wide: pillars(3, 640),
    narrow: pillars(2, 320),
    text: 'lesson',
    facts: pillarCards.map((card) => card.title),
    ordered: true,
  },
  'security-areas': {
    ...described('areas'),
    lesson: 'security-pillar/02-best-practice-areas',
    wide: areas(4, 720),
    narrow: areas(2, 320),
    text: 'lesson',
    facts: areaCards.flatMap((card) => [card.title, ...(card.detail ?? '').split(', ')]),
    ordered: false,
  },
  'iam-evaluation': {
    ...described('iam'),
    lesson: 'iam/02-how-aws-evaluates-a-request',
    wide: iam,
    text: 'lesson',
    facts: [
      'explicit Deny',
      'RCPs',
      'SCPs',
      'resource-based policy',
      'identity-based policy',
      'permissions boundary',
      'session policy',
    ],
    ordered: true,
  },
  'incident-response': {
    ...described('ir'),
    lesson: 'detection-response/03-incident-response',
    wide: ir,
    text: 'lesson',
    facts: [t('ir.preparation'), ...OPERATIONS.map((phase) => t(`ir.${phase}`)), t('ir.post')],
    ordered: true,
  },
  'evidence-chain': {
    ...described('evidence'),
    lesson: 'compliance/02-evidence-and-tools',
    wide: evidence,
    text: { rows: EVIDENCE.map((step) => [t(`evidence.${step}`), t(`evidence.${step}.detail`)]) },
    facts: [
      'AWS Artifact',
      'Services in Scope',
      'Config conformance packs',
      'Security Hub CSPM standards',
      'Control Tower controls',
      'auditor',
    ],
  },
  'network-filters': {
    ...described('network'),
    lesson: 'infrastructure-protection/01-network-layers',
    wide: network,
    text: 'lesson',
    facts: [
      'Internet gateway',
      'network ACL',
      'Security group',
      'Stateless',
      'Stateful',
      'Allow and deny',
      'Allow only',
    ],
  },
  'envelope-encryption': {
    ...described('envelope'),
    lesson: 'data-protection/01-keys-and-encryption',
    wide: envelope,
    text: 'lesson',
    facts: ['KMS key', 'data key', 'plaintext', 'encrypted data key'],
  },
} satisfies Record<string, FigureDef>;

export type FigureName = keyof typeof FIGURES;

/** The IAM figure's steps, by id, in the order it draws them (the tests compare it with the lesson). */
export const IAM_ORDER = IAM_STEPS;
