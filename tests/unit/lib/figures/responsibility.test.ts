import { describe, expect, it } from 'vitest';
import { enFigures } from '../../../../src/i18n/en-figures';
import {
  LAYERS,
  OWNERS,
  SERVICES,
  SERVICE_SOURCES,
  lineIndex,
  ownerCounts,
} from '../../../../src/lib/figures/responsibility';

const owner = (service: (typeof SERVICES)[number], layer: (typeof LAYERS)[number]) =>
  OWNERS[service][LAYERS.indexOf(layer)];

describe('the responsibility data', () => {
  it('gives every service an owner for every layer and at least one official source', () => {
    for (const service of SERVICES) {
      expect(OWNERS[service]).toHaveLength(LAYERS.length);
      expect(SERVICE_SOURCES[service].length).toBeGreaterThan(0);
      for (const source of SERVICE_SOURCES[service])
        expect(source.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    }
  });

  it('keeps data and identity with you, and the building, hosts and network with AWS, on every service', () => {
    for (const service of SERVICES) {
      expect([owner(service, 'data'), owner(service, 'identity')]).toEqual(['customer', 'customer']);
      expect([owner(service, 'aws-network'), owner(service, 'host'), owner(service, 'facilities')]).toEqual([
        'aws',
        'aws',
        'aws',
      ]);
    }
  });

  it('says what the lessons say about patching', () => {
    expect(owner('ec2', 'os')).toBe('customer'); // the guest OS is yours
    expect(owner('rds', 'platform')).toBe('shared'); // auto minor version upgrade, major upgrades
    expect(owner('beanstalk', 'os')).toBe('shared'); // managed platform updates can be off
    expect(owner('beanstalk', 'platform')).toBe('shared');
    expect(owner('lambda', 'os')).toBe('shared'); // container images leave it to you
    expect(owner('lambda', 'platform')).toBe('shared'); // runtime update modes
    expect(owner('s3', 'os')).toBe('aws');
    expect(owner('dynamodb', 'platform')).toBe('aws');
  });
});

describe('the explorer’s words', () => {
  it('name every layer and service, and give a reason for every layer of every service', () => {
    const words: Record<string, unknown> = enFigures;
    for (const layer of LAYERS) expect(words[`layer.${layer}`], layer).toBeTypeOf('string');
    for (const service of SERVICES) {
      expect(words[`service.${service}`], service).toBeTypeOf('string');
      for (const layer of LAYERS) {
        const reason = words[`why.${service}.${layer}`] ?? words[`why.${layer}`];
        expect(reason, `why.${service}.${layer}`).toBeTypeOf('string');
      }
    }
  });
});

describe('ownerCounts', () => {
  it('counts the layers of each owner on RDS', () => {
    expect(ownerCounts('rds')).toEqual({ aws: 4, customer: 4, shared: 1, na: 0 });
  });

  it('adds up to the number of layers on every service', () => {
    for (const service of SERVICES) {
      const counts = ownerCounts(service);
      expect(counts.aws + counts.customer + counts.shared + counts.na).toBe(LAYERS.length);
    }
  });
});

describe('lineIndex', () => {
  it('puts the line above the unbroken run of AWS layers at the bottom', () => {
    expect(lineIndex('ec2')).toBe(LAYERS.indexOf('aws-network'));
    expect(lineIndex('rds')).toBe(LAYERS.indexOf('os'));
    expect(lineIndex('lambda')).toBe(LAYERS.indexOf('aws-network'));
    expect(lineIndex('s3')).toBe(LAYERS.indexOf('platform'));
  });

  it('moves the line up as the service gets more abstracted', () => {
    expect(lineIndex('ec2')).toBeGreaterThan(lineIndex('rds'));
    expect(lineIndex('rds')).toBeGreaterThan(lineIndex('dynamodb'));
  });
});
