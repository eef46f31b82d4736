import { describe, expect, it } from 'vitest';
import {
  classesForStyle,
  codeBlockLabel,
  codeBlocksWithoutInlineStyles,
} from '../../../src/build/code-blocks';

interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
  value?: string;
}

const text = (value: string): Node => ({ type: 'text', value });
const span = (style: string | undefined, value: string): Node => ({
  type: 'element',
  tagName: 'span',
  properties: style === undefined ? {} : { style },
  children: [text(value)],
});

/** A code block as Shiki's css-variables theme and Astro's own transformer leave it. */
function shikiBlock(language: string): Node {
  return {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'pre',
        properties: {
          class: 'astro-code css-variables',
          style: 'background-color:var(--astro-code-background);color:var(--astro-code-foreground)',
          tabindex: '0',
          dataLanguage: language,
        },
        children: [
          {
            type: 'element',
            tagName: 'code',
            properties: {},
            children: [
              {
                type: 'element',
                tagName: 'span',
                properties: { class: 'line' },
                children: [
                  span('color:var(--astro-code-token-keyword)', '"Effect"'),
                  span('color:var(--astro-code-token-punctuation)', ':'),
                  span('color:var(--astro-code-foreground)', ' '),
                  span('color:var(--astro-code-token-string-expression)', '"Deny"'),
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

/** Every `style` property left anywhere in `node`. */
const styles = (node: Node): unknown[] => [
  ...(node.properties !== undefined && 'style' in node.properties ? [node.properties['style']] : []),
  ...(node.children ?? []).flatMap(styles),
];

describe('classesForStyle', () => {
  it('turns a theme colour variable into a class, and the default colour into none', () => {
    expect(classesForStyle('color:var(--astro-code-token-keyword)')).toEqual(['hl-keyword']);
    expect(classesForStyle('color: var(--astro-code-token-string-expression);')).toEqual([
      'hl-string-expression',
    ]);
    expect(classesForStyle('color:var(--astro-code-foreground)')).toEqual([]);
  });

  it('turns font styles into classes', () => {
    expect(
      classesForStyle(
        'color:var(--astro-code-token-link);font-style:italic;font-weight:bold;text-decoration:underline',
      ),
    ).toEqual(['hl-link', 'hl-i', 'hl-b', 'hl-u']);
  });

  it('fails the build on a style it cannot turn into a class, naming it and the fix', () => {
    expect(() => classesForStyle('color:#ff0000')).toThrow(
      'Code block: Shiki wrote the style "color:#ff0000", which the Content-Security-Policy would block.',
    );
  });
});

describe('codeBlockLabel', () => {
  it('names the language a block is written in', () => {
    expect(codeBlockLabel('json')).toBe('Code: JSON');
    expect(codeBlockLabel('rust')).toBe('Code: rust');
  });

  it.each([undefined, '', 'plaintext', 'text'])('is "Code" for a block in %j', (language) => {
    expect(codeBlockLabel(language)).toBe('Code');
  });
});

describe('codeBlocksWithoutInlineStyles', () => {
  const transform = (root: Node) => {
    codeBlocksWithoutInlineStyles().root(root);
    return root;
  };

  it('leaves no style attribute in a highlighted block', () => {
    expect(styles(transform(shikiBlock('json')))).toEqual([]);
  });

  it('makes the block a labelled, focusable region and drops the theme class', () => {
    const pre = transform(shikiBlock('json')).children?.[0];
    expect(pre?.properties).toEqual({
      class: 'astro-code',
      tabindex: '0',
      dataLanguage: 'json',
      role: 'region',
      ariaLabel: 'Code: JSON',
    });
  });

  it('gives each coloured token its class and keeps a default-coloured token as bare text', () => {
    const line = transform(shikiBlock('json')).children?.[0]?.children?.[0]?.children?.[0];
    expect(line?.children).toEqual([
      { type: 'element', tagName: 'span', properties: { class: 'hl-keyword' }, children: [text('"Effect"')] },
      { type: 'element', tagName: 'span', properties: { class: 'hl-punctuation' }, children: [text(':')] },
      text(' '),
      {
        type: 'element',
        tagName: 'span',
        properties: { class: 'hl-string-expression' },
        children: [text('"Deny"')],
      },
    ]);
  });
});
