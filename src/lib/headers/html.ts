/**
 * What the HTTP Observatory reads from a page's HTML (mdn/mdn-http-observatory,
 * src/retriever/utils.js parseHttpEquivHeaders and src/analyzer/tests/subresource-integrity.js):
 * <meta http-equiv="Content-Security-Policy">, <meta name="referrer"> and the <script src> tags.
 * A small attribute reader is enough for the HTML Astro writes; it is not a general HTML parser.
 */

export interface PageScript {
  src: string;
  integrity: string | null;
}

export interface PageHead {
  /** The content of each <meta http-equiv="content-security-policy">, in document order. */
  csp: string[];
  /** The last <meta name="referrer"> content (the Observatory keeps only the last one). */
  referrer: string[];
  /** Every <script> with a src attribute. */
  scripts: PageScript[];
  /** How many <script> elements the page has, with or without src. */
  scriptCount: number;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  '#39': "'",
  '#34': '"',
};

function decodeEntities(value: string): string {
  return value.replaceAll(/&(amp|quot|apos|lt|gt|#39|#34);/g, (_, name: string) => ENTITIES[name] as string);
}

/** The attributes of one start tag, names in lower case, values with entities decoded. */
export function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const body = tag.replace(/^<[a-z0-9-]+/i, '').replace(/\/?>$/, '');
  for (const match of body.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = (match[1] as string).toLowerCase();
    if (attributes.has(name)) continue; // HTML keeps an attribute's first value
    attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

export function readPageHead(html: string): PageHead {
  const head: PageHead = { csp: [], referrer: [], scripts: [], scriptCount: 0 };
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attributes = readAttributes(tag);
    const content = attributes.get('content');
    const equiv = attributes.get('http-equiv')?.trim().toLowerCase();
    if (equiv !== undefined && content !== undefined) {
      if (content && equiv === 'content-security-policy') head.csp.push(content);
    } else if (attributes.get('name')?.trim().toLowerCase() === 'referrer' && content) {
      head.referrer = [content];
    }
  }
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    head.scriptCount += 1;
    const attributes = readAttributes(tag);
    const src = attributes.get('src');
    if (src) head.scripts.push({ src, integrity: attributes.get('integrity') || null });
  }
  return head;
}
