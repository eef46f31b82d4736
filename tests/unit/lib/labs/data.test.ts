import { describe, expect, it } from 'vitest';
import { toLabData } from '../../../../src/lib/labs/data';
import type { SpotLab } from '../../../../src/schemas/lab';
import { makeSpot } from '../../../fixtures/builders';
import { makePolicyLab, READ_REPORTS } from './fixtures';

describe('toLabData', () => {
  it('fills every request with the lab’s caller and account unless the request names its own', () => {
    const lab = makePolicyLab({
      principal: { arn: 'arn:aws:iam::111122223333:user/alice', tags: { team: 'analytics' } },
    });
    const [first, second] = lab.checks;
    if (first === undefined || second === undefined) throw new Error('the fixture has two checks');
    lab.checks = [
      first,
      {
        ...second,
        account: '444455556666',
        principal: { arn: 'arn:aws:iam::444455556666:user/bob' },
        context: { 'aws:SourceIp': '203.0.113.7' },
      },
    ];
    const data = toLabData(lab, 'read-reports');
    if (data.type !== 'policy') throw new Error('expected a policy lab');
    expect(data.checks).toEqual([
      {
        id: 'read-report',
        says: 'Alice reads a report',
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::example-reports/q1.csv',
        account: '111122223333',
        principal: { arn: 'arn:aws:iam::111122223333:user/alice', tags: { team: 'analytics' } },
        expect: 'allow',
      },
      {
        id: 'read-other',
        says: 'Alice reads another bucket',
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::example-finance/pay.csv',
        account: '444455556666',
        principal: { arn: 'arn:aws:iam::444455556666:user/bob' },
        context: { 'aws:SourceIp': '203.0.113.7' },
        expect: 'deny',
      },
    ]);
    expect(data.probes[0]).toMatchObject({
      id: 'delete-bucket',
      risk: 'Alice can delete the bucket.',
      account: '111122223333',
    });
  });

  it('keeps only what the page needs: no scenario, hints or source in the JSON', () => {
    const data = toLabData(makePolicyLab(), 'read-reports');
    expect(Object.keys(data).sort()).toEqual([
      'checks',
      'context',
      'edit',
      'explanation',
      'id',
      'probes',
      'title',
      'type',
    ]);
    expect(data).toMatchObject({
      type: 'policy',
      id: 'read-reports',
      edit: { kind: 'identity', name: 'ReportsReader', mustAllow: false, solution: READ_REPORTS },
      context: { identity: [], scps: [], rcps: [] },
    });
    expect('level' in (data.type === 'policy' ? data.edit : {})).toBe(false);
  });

  it('carries the level and every fixed policy that is set', () => {
    const fixed = { name: 'P', json: READ_REPORTS };
    const data = toLabData(
      makePolicyLab({
        edit: {
          kind: 'scp',
          name: 'Scp',
          mustAllow: false,
          level: 'Root',
          start: '',
          solution: READ_REPORTS,
        },
        context: {
          identity: [fixed],
          resource: { ...fixed, mustAllow: true },
          boundary: fixed,
          session: fixed,
          scps: [{ level: 'Root', policies: [fixed] }],
          rcps: [{ level: 'Root', policies: [fixed] }],
        },
      }),
      'scp',
    );
    expect(data).toMatchObject({
      edit: { level: 'Root' },
      context: {
        identity: [fixed],
        resource: { ...fixed, mustAllow: true },
        boundary: fixed,
        session: fixed,
        scps: [{ level: 'Root', policies: [fixed] }],
        rcps: [{ level: 'Root', policies: [fixed] }],
      },
    });
  });

  it('passes a spot lab’s questions through unchanged', () => {
    const questions = [makeSpot({ id: 'one' }), makeSpot({ id: 'two' })];
    const lab: SpotLab = { ...makePolicyLab(), type: 'spot', questions } as unknown as SpotLab;
    expect(toLabData(lab, 'spot-lab')).toEqual({
      type: 'spot',
      id: 'spot-lab',
      title: 'Read the reports',
      questions,
      explanation: 'Name the objects.',
    });
  });
});
