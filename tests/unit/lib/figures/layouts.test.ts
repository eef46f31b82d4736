import { describe, expect, it } from 'vitest';
import { flow, grid, matrix, nested } from '../../../../src/lib/figures/layouts';
import { expectInside, parseXml } from './xml';

const words = { title: 'T', desc: 'D' };

describe('flow', () => {
  const figure = flow({
    ...words,
    steps: [
      { label: 'Is there an explicit Deny in any applicable policy?', exit: 'Yes: denied' },
      {
        label: 'Second step',
        detail: 'A detail long enough to wrap onto two lines in the box',
        into: 'encrypts',
      },
      { label: 'Allowed', kind: 'ok' },
    ],
    groups: [{ from: 0, to: 1, label: 'Group' }],
  });

  it('draws one box per step, an exit box, and arrows between them', () => {
    const elements = parseXml(figure.svg);
    expect(elements.filter((element) => element.name === 'rect')).toHaveLength(1 + 3 + 1);
    expect(elements.filter((element) => element.name === 'polygon')).toHaveLength(2 + 1);
    expect(elements.find((element) => element.attributes['class'] === 'end')).toBeDefined();
  });

  it('keeps everything inside the viewBox', () => {
    expectInside(figure);
    expectInside(flow({ ...words, steps: [{ label: 'Only' }] }));
  });
});

describe('grid', () => {
  it('lays cards out in rows, under a header, inside the viewBox', () => {
    const cards = ['Operational excellence', 'Security', 'Reliability'].map((title) => ({
      title,
      sub: 'SEC 1',
      detail: 'AWS KMS, AWS CloudHSM',
    }));
    const wide = grid({ ...words, header: 'Framework', cards, columns: 3, width: 640 });
    const narrow = grid({ ...words, cards: [{ title: 'Only' }], columns: 2, width: 320 });
    expectInside(wide);
    expectInside(narrow);
    expect(narrow.width).toBe(320);
    expect(wide.height).toBeLessThan(
      grid({ ...words, header: 'Framework', cards, columns: 1, width: 640 }).height,
    );
  });
});

describe('matrix', () => {
  const base = {
    ...words,
    columns: ['EC2', 'S3'],
    rows: [
      { label: 'Operating system', owners: ['customer', 'aws'] as const },
      { label: 'Application code and libraries', owners: ['customer', 'na'] as const },
    ].map((row) => ({ ...row, owners: [...row.owners] })),
    ownerText: { aws: 'AWS', customer: 'You', shared: 'Shared', na: 'n/a' },
  };

  it('writes the owner in every cell, so colour is never the only sign', () => {
    const figure = matrix({ ...base, labelWidth: 200, columnWidth: 90 });
    const texts = parseXml(figure.svg)
      .filter((element) => element.name === 'text')
      .map((element) => element.text);
    expect(texts).toEqual(expect.arrayContaining(['You', 'AWS', 'n/a']));
    expect(texts.filter((text) => text === 'You')).toHaveLength(2);
    expectInside(figure);
  });

  it('draws the line in each column just above the row it names', () => {
    const figure = matrix({ ...base, labelWidth: 200, columnWidth: 90, lines: [1, 0] });
    const elements = parseXml(figure.svg);
    const boxes = elements.filter(
      (element) => element.name === 'rect' && element.attributes['class'] !== 'bg',
    );
    const marks = elements.filter((element) => element.attributes['class'] === 'mk');
    const top = (index: number) => Number(boxes[index]?.attributes['y']);
    const markY = (index: number) =>
      Number(/^M[\d.]+ ([\d.]+)/.exec(marks[index]?.attributes['d'] ?? '')?.[1]);
    // Drawn row by row: S3's line above its first box (box 1), then EC2's above its second (box 2).
    expect(marks).toHaveLength(2);
    expect(markY(0)).toBe(top(1) - 2);
    expect(markY(1)).toBe(top(2) - 2);
  });

  it('puts the labels above the cells when there is no label column', () => {
    const beside = matrix({ ...base, labelWidth: 200, columnWidth: 90 });
    const above = matrix({ ...base, labelWidth: 0, columnWidth: 90 });
    expect(above.width).toBeLessThan(beside.width);
    expect(above.height).toBeGreaterThan(beside.height);
    expectInside(above);
  });
});

describe('nested', () => {
  it('draws each boundary inside the one before it', () => {
    const figure = nested({
      ...words,
      source: 'Internet',
      levels: [
        { label: 'VPC', detail: 'Isolated' },
        { label: 'Subnet', kind: 'shared' },
        { label: 'Instance' },
      ],
      width: 340,
    });
    const boxes = parseXml(figure.svg)
      .filter((element) => element.name === 'rect' && element.attributes['class'] !== 'bg')
      .slice(1)
      .map((element) => ['x', 'y', 'width', 'height'].map((name) => Number(element.attributes[name])));
    expect(boxes).toHaveLength(3);
    for (let index = 1; index < boxes.length; index += 1) {
      const [x, y, w, h] = boxes[index] as number[];
      const [px, py, pw, ph] = boxes[index - 1] as number[];
      expect(x).toBeGreaterThan(px as number);
      expect(y).toBeGreaterThan(py as number);
      expect((x as number) + (w as number)).toBeLessThan((px as number) + (pw as number));
      expect((y as number) + (h as number)).toBeLessThanOrEqual((py as number) + (ph as number));
    }
    expectInside(figure);
  });
});
