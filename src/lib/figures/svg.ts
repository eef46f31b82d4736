/**
 * Figures as SVG text, built at build time without a DOM: escaping, word wrapping and the frame
 * every figure shares (title, description, light and dark colours). Words come from the caller.
 *
 * The colours follow `prefers-color-scheme` inside the SVG, so an `<img>` of it matches the page.
 * Who owns a box is never shown by colour alone: each owner box carries its label as text, and
 * shared boxes also have a dashed outline.
 */

/** Who is responsible for a box; `na` where the layer does not apply. */
export type Owner = 'aws' | 'customer' | 'shared' | 'na';

/** A built figure: its SVG text and its size in CSS pixels. */
export interface Svg {
  svg: string;
  width: number;
  height: number;
}

/** Text safe inside SVG elements and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Average width of one character, as a share of the font size: generous, so text fits even in
 * DejaVu Sans, the widest common fallback for `system-ui`.
 */
const CHAR_WIDTH = 0.66;
const BOLD_WIDTH = 0.74;

/** `text` broken into lines at spaces so that each fits `width` pixels at `size` px. */
export function wrap(text: string, width: number, size: number, bold = false): string[] {
  const max = Math.max(1, Math.floor(width / (size * (bold ? BOLD_WIDTH : CHAR_WIDTH))));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= max || line === '') line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Height in pixels of `count` lines at `size` px. */
export const linesHeight = (count: number, size: number): number => count * Math.round(size * 1.3);

/** `<text>` elements for `lines`, the first baseline at `y`; `anchor` middle centres on `x`. */
export function textLines(
  lines: string[],
  x: number,
  y: number,
  size: number,
  cls: string,
  middle = false,
): string {
  const step = Math.round(size * 1.3);
  return lines
    .map(
      (line, index) =>
        `<text x="${x}" y="${y + index * step}" font-size="${size}"${cls ? ` class="${cls}"` : ''}${middle ? ' text-anchor="middle"' : ''}>${escapeXml(line)}</text>`,
    )
    .join('');
}

const STYLE = [
  'text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:#1b1f24}',
  '.bg{fill:#fff}.box{fill:#f3f5f9;stroke:#8593a6}.s{fill:#4a5361}.b{font-weight:700}',
  '.ln{stroke:#4a5361;stroke-width:1.5;fill:none}.ah{fill:#4a5361}.mk{stroke:#1b1f24;stroke-width:3}',
  '.aws{fill:#e3ecff;stroke:#1d4ed8}.customer{fill:#e7f6ec;stroke:#14532d}',
  '.shared{fill:#fff6db;stroke:#8a6200;stroke-dasharray:5 3}.na{fill:none;stroke:#8593a6;stroke-dasharray:2 3}',
  '.end{fill:#fdecec;stroke:#8a1c1c}.ok{fill:#e7f6ec;stroke:#14532d}',
  '@media (prefers-color-scheme:dark){text{fill:#e6eaf0}.bg{fill:#10151d}.box{fill:#1a222d;stroke:#6b7a8f}',
  '.s{fill:#b4bfcc}.ln{stroke:#b4bfcc}.ah{fill:#b4bfcc}.mk{stroke:#e6eaf0}.aws{fill:#16264a;stroke:#9cc2ff}',
  '.customer,.ok{fill:#12301f;stroke:#9be3b3}.shared{fill:#33290b;stroke:#d9a520}.na{stroke:#6b7a8f}',
  '.end{fill:#3a1717;stroke:#ffb0b0}}',
].join('');

/** The whole SVG document around `body`: `role="img"`, `<title>`, `<desc>` and the colours. */
export function frame(title: string, desc: string, width: number, height: number, body: string): Svg {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="t d">` +
    `<title id="t">${escapeXml(title)}</title><desc id="d">${escapeXml(desc)}</desc>` +
    `<style>${STYLE}</style><rect class="bg" width="${width}" height="${height}"/>${body}</svg>`;
  return { svg, width, height };
}

/** A rounded box. */
export const rect = (x: number, y: number, w: number, h: number, cls: string): string =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="6" class="${cls}"/>`;

/** A straight arrow from (x1, y1) to (x2, y2), head at the end; only vertical or horizontal. */
export function arrow(x1: number, y1: number, x2: number, y2: number): string {
  const head =
    x1 === x2
      ? `${x2 - 5},${y2 - 7} ${x2 + 5},${y2 - 7} ${x2},${y2}`
      : `${x2 - 7},${y2 - 5} ${x2 - 7},${y2 + 5} ${x2},${y2}`;
  const [ex, ey] = x1 === x2 ? [x2, y2 - 6] : [x2 - 6, y2];
  return `<path d="M${x1} ${y1}L${ex} ${ey}" class="ln"/><polygon points="${head}" class="ah"/>`;
}
