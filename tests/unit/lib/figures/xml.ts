import { expect } from 'vitest';
import type { Svg } from '../../../../src/lib/figures/svg';

/**
 * A small strict XML reader for the figures' tests: it fails on any tag that is not closed in order,
 * an attribute without quotes, or a raw `<` or `&` in text. It returns the elements and the text.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** The text directly and indirectly inside the element, entities decoded, pieces joined by spaces. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string): string => {
  if (/&(?!(?:amp|lt|gt|quot|apos);)/.test(text) || text.includes('<')) {
    throw new Error(`raw & or < in text: ${text}`);
  }
  return text.replace(/&(\w+);/g, (_match, name: string) => ENTITIES[name] as string);
};

export function parseXml(xml: string): XmlElement[] {
  const elements: XmlElement[] = [];
  const open: { element: XmlElement; pieces: string[] }[] = [];
  let root = 0;
  const tokens = xml.split(/(<[^>]*>)/).filter((token) => token !== '');
  for (const token of tokens) {
    if (!token.startsWith('<')) {
      const text = decode(token);
      if (open.length === 0 && text.trim() !== '') throw new Error(`text outside the root: ${text}`);
      for (const frame of open) frame.pieces.push(text);
      continue;
    }
    const close = /^<\/([\w:-]+)\s*>$/.exec(token);
    if (close) {
      const frame = open.pop();
      if (!frame || frame.element.name !== close[1]) throw new Error(`unexpected ${token}`);
      frame.element.text = frame.pieces.join(' ').replace(/\s+/g, ' ').trim();
      continue;
    }
    const tag = /^<([\w:-]+)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>$/.exec(token);
    if (!tag) throw new Error(`malformed tag ${token}`);
    const attributes: Record<string, string> = {};
    for (const match of (tag[2] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) {
      const name = match[1] as string;
      if (name in attributes) throw new Error(`duplicate attribute ${name} in ${token}`);
      attributes[name] = decode(match[2] as string);
    }
    const element: XmlElement = { name: tag[1] as string, attributes, text: '' };
    elements.push(element);
    if (open.length === 0) root += 1;
    if (tag[3] !== '/') open.push({ element, pieces: [] });
  }
  if (open.length > 0) throw new Error(`unclosed <${open.at(-1)?.element.name}>`);
  if (root !== 1) throw new Error(`expected one root element, found ${root}`);
  return elements;
}

/** Every box and line of text lies inside the viewBox (text measured generously). */
export function expectInside({ svg, width, height }: Svg): void {
  const elements = parseXml(svg);
  for (const element of elements) {
    const a = element.attributes;
    const n = (name: string) => Number(a[name] ?? 0);
    if (element.name === 'rect' && a['class'] !== 'bg') {
      expect(n('x')).toBeGreaterThanOrEqual(0);
      expect(n('y')).toBeGreaterThanOrEqual(0);
      expect(n('x') + n('width')).toBeLessThanOrEqual(width);
      expect(n('y') + n('height')).toBeLessThanOrEqual(height);
    }
    if (element.name === 'text' && a['x'] !== undefined) {
      expect(n('y')).toBeLessThanOrEqual(height);
      expect(n('y')).toBeGreaterThan(0);
      const half = a['text-anchor'] === 'middle';
      const size = Number(a['font-size']) * (/\bb\b/.test(a['class'] ?? '') ? 0.74 : 0.66);
      const textWidth = element.text.length * size * (half ? 0.5 : 1);
      expect(n('x') + textWidth).toBeLessThanOrEqual(width + 1);
      if (half) expect(n('x') - textWidth).toBeGreaterThanOrEqual(-1);
    }
  }
}
