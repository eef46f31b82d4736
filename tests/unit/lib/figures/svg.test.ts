import { describe, expect, it } from 'vitest';
import { arrow, escapeXml, frame, linesHeight, textLines, wrap } from '../../../../src/lib/figures/svg';
import { parseXml } from './xml';

describe('escapeXml', () => {
  it('escapes every character XML gives a meaning to', () => {
    expect(escapeXml(`AWS's <key> & "data"`)).toBe('AWS&apos;s &lt;key&gt; &amp; &quot;data&quot;');
  });
});

describe('wrap', () => {
  it('breaks at spaces so no line is longer than the width allows', () => {
    const lines = wrap('Does the permissions boundary allow the request to go on?', 120, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Does the permissions boundary allow the request to go on?');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.floor(120 / (12 * 0.66)));
  });

  it('allows fewer characters a line in bold', () => {
    const text = 'Identity and access management and more words';
    expect(wrap(text, 150, 14, true).length).toBeGreaterThanOrEqual(wrap(text, 150, 14).length);
  });

  it('keeps a word longer than the width on a line of its own instead of losing it', () => {
    expect(wrap('a supercalifragilistic b', 40, 12)).toEqual(['a', 'supercalifragilistic', 'b']);
  });

  it('returns no lines for empty text', () => {
    expect(wrap('  ', 100, 12)).toEqual([]);
  });
});

describe('frame', () => {
  it('wraps the body in a well-formed SVG with an image role, a title, a description and dark colours', () => {
    const { svg, width, height } = frame(
      'A <title>',
      'A & desc',
      200,
      100,
      textLines(['one', 'two'], 5, 20, 12, 'b'),
    );
    const elements = parseXml(svg);
    const root = elements[0];
    expect(root?.name).toBe('svg');
    expect(root?.attributes).toMatchObject({
      role: 'img',
      viewBox: '0 0 200 100',
      width: '200',
      height: '100',
    });
    expect(elements.find((element) => element.name === 'title')?.text).toBe('A <title>');
    expect(elements.find((element) => element.name === 'desc')?.text).toBe('A & desc');
    expect(elements.find((element) => element.name === 'style')?.text).toContain('prefers-color-scheme:dark');
    expect(
      elements.filter((element) => element.name === 'text').map((element) => element.attributes['y']),
    ).toEqual(['20', `${20 + linesHeight(1, 12)}`]);
    expect([width, height]).toEqual([200, 100]);
  });

  it('centres text when asked', () => {
    expect(textLines(['x'], 10, 10, 12, '', true)).toContain('text-anchor="middle"');
  });
});

describe('arrow', () => {
  it('draws a vertical arrow with its head at the end point', () => {
    expect(arrow(10, 0, 10, 20)).toContain('points="5,13 15,13 10,20"');
  });

  it('draws a horizontal arrow with its head at the end point', () => {
    expect(arrow(0, 10, 30, 10)).toContain('points="23,5 23,15 30,10"');
  });
});
