/**
 * The four figure layouts the course uses, as pure functions from words to SVG text:
 * a vertical flow (steps, optional exits to the side and brackets for groups of steps), a grid
 * of cards, a responsibility matrix (layers × services) and nested boundaries.
 * Sizes are computed from the wrapped text, so the viewBox always holds the content.
 */
import { type Owner, type Svg, arrow, escapeXml, frame, linesHeight, rect, textLines, wrap } from './svg';

const PAD = 12;
const LABEL = 14;
const SMALL = 12;

/** Words every figure has: its title and its longer description (the SVG's `<title>`, `<desc>`). */
export interface Described {
  title: string;
  desc: string;
}

/** One step of a flow. `exit` is an outcome to the side (e.g. "No: denied"); `into` labels the arrow into it. */
export interface FlowStep {
  label: string;
  detail?: string;
  exit?: string;
  exitKind?: 'end' | 'ok';
  /** The box's look: plain, an outcome ('end' denied, 'ok' allowed), or AWS's (blue). */
  kind?: 'box' | 'end' | 'ok' | 'aws';
  into?: string;
}

/** A bracket beside steps `from`..`to` (inclusive), labelled `label`. */
export interface FlowGroup {
  from: number;
  to: number;
  label: string;
}

export interface FlowFigure extends Described {
  steps: FlowStep[];
  groups?: FlowGroup[];
  width?: number;
}

/** A vertical flow, one box per step, an arrow between steps. */
export function flow({ title, desc, steps, groups = [], width = 340 }: FlowFigure): Svg {
  const groupW = groups.length > 0 ? 26 : 0;
  const exitW = steps.some((step) => step.exit) ? 110 : 0;
  const boxX = PAD + groupW;
  const boxW = width - boxX - PAD - (exitW > 0 ? exitW + 22 : 0);
  const parts: string[] = [];
  const tops: number[] = [];
  const bottoms: number[] = [];
  let y = PAD;
  steps.forEach((step, index) => {
    if (index > 0) {
      const gap = step.into ? 30 : 22;
      parts.push(arrow(boxX + boxW / 2, y, boxX + boxW / 2, y + gap));
      if (step.into) parts.push(textLines([step.into], boxX + boxW / 2 + 8, y + 19, SMALL, 's'));
      y += gap;
    }
    const label = wrap(step.label, boxW - 20, LABEL, true);
    const detail = step.detail ? wrap(step.detail, boxW - 20, SMALL) : [];
    const h =
      16 + linesHeight(label.length, LABEL) + (detail.length > 0 ? 2 + linesHeight(detail.length, SMALL) : 0);
    parts.push(rect(boxX, y, boxW, h, step.kind ?? 'box'));
    parts.push(textLines(label, boxX + 10, y + 8 + LABEL, LABEL, 'b'));
    const detailY = y + 10 + linesHeight(label.length, LABEL) + SMALL;
    parts.push(textLines(detail, boxX + 10, detailY, SMALL, 's'));
    if (step.exit) {
      const lines = wrap(step.exit, exitW - 12, SMALL, true);
      const eh = Math.max(30, 12 + linesHeight(lines.length, SMALL));
      const ex = boxX + boxW + 22;
      const ey = y + h / 2 - eh / 2;
      parts.push(arrow(boxX + boxW, y + h / 2, ex, y + h / 2));
      parts.push(rect(ex, ey, exitW, eh, step.exitKind ?? 'end'));
      parts.push(textLines(lines, ex + exitW / 2, ey + 5 + SMALL, SMALL, 'b', true));
    }
    tops.push(y);
    bottoms.push(y + h);
    y += h;
  });
  for (const group of groups) {
    const top = tops[group.from] as number;
    const bottom = bottoms[group.to] as number;
    const x = PAD + 10;
    parts.push(`<path d="M${x + 8} ${top}H${x}V${bottom}H${x + 8}" class="ln"/>`);
    parts.push(
      `<text transform="translate(${x - 3} ${(top + bottom) / 2}) rotate(-90)" text-anchor="middle" class="b" font-size="${SMALL}">${escapeXml(group.label)}</text>`,
    );
  }
  return frame(title, desc, width, y + PAD, parts.join(''));
}

/** One card of a grid: a bold title, an optional small line under it, and wrapped detail. */
export interface Card {
  title: string;
  sub?: string;
  detail?: string;
}

export interface GridFigure extends Described {
  /** A box across the top (the roof over the cards), if any. */
  header?: string;
  cards: Card[];
  columns: number;
  width: number;
}

/** Cards in rows of `columns`, each row as tall as its tallest card. */
export function grid({ title, desc, header, cards, columns, width }: GridFigure): Svg {
  const gap = 10;
  const cardW = (width - 2 * PAD - (columns - 1) * gap) / columns;
  const parts: string[] = [];
  let y = PAD;
  if (header) {
    const lines = wrap(header, width - 2 * PAD - 20, LABEL, true);
    const h = 16 + linesHeight(lines.length, LABEL);
    parts.push(rect(PAD, y, width - 2 * PAD, h, 'aws'));
    parts.push(textLines(lines, width / 2, y + 8 + LABEL, LABEL, 'b', true));
    y += h + gap;
  }
  for (let start = 0; start < cards.length; start += columns) {
    const row = cards.slice(start, start + columns).map((card) => ({
      card,
      title: wrap(card.title, cardW - 16, LABEL, true),
      detail: card.detail ? wrap(card.detail, cardW - 16, SMALL) : [],
    }));
    const heights = row.map(
      (cell) =>
        14 +
        linesHeight(cell.title.length, LABEL) +
        (cell.card.sub ? linesHeight(1, SMALL) : 0) +
        (cell.detail.length > 0 ? 4 + linesHeight(cell.detail.length, SMALL) : 0),
    );
    const h = Math.max(...heights);
    row.forEach((cell, index) => {
      const x = PAD + index * (cardW + gap);
      parts.push(rect(x, y, cardW, h, 'box'));
      let ty = y + 6 + LABEL;
      parts.push(textLines(cell.title, x + 8, ty, LABEL, 'b'));
      ty += linesHeight(cell.title.length, LABEL);
      if (cell.card.sub) {
        parts.push(textLines([cell.card.sub], x + 8, ty, SMALL, 's'));
        ty += linesHeight(1, SMALL);
      }
      parts.push(textLines(cell.detail, x + 8, ty + 4, SMALL, ''));
    });
    y += h + gap;
  }
  return frame(title, desc, width, y - gap + PAD, parts.join(''));
}

/** One row of a responsibility matrix: a layer and its owner under each column. */
export interface MatrixRow {
  label: string;
  owners: Owner[];
}

export interface MatrixFigure extends Described {
  columns: string[];
  rows: MatrixRow[];
  /** The text shown in a cell for each owner (e.g. "AWS", "You"). */
  ownerText: Record<Owner, string>;
  labelWidth: number;
  columnWidth: number;
  /** Text size of the headings and cells (the label column uses it too). */
  size?: number;
  /** Per column, the row above which to draw the line (AWS runs everything below it). */
  lines?: number[];
}

/**
 * A table drawn as boxes: one row per layer (top to bottom), one column per service. With a
 * `labelWidth` of 0 each layer's name sits above its row of boxes instead of beside it, which
 * keeps text legible on a phone.
 */
export function matrix({
  title,
  desc,
  columns,
  rows,
  ownerText,
  labelWidth,
  columnWidth,
  size = SMALL,
  lines = [],
}: MatrixFigure): Svg {
  const gap = 4;
  const inline = labelWidth > 0;
  const cellX = (index: number) => PAD + (inline ? labelWidth + gap : 0) + index * (columnWidth + gap);
  const width = cellX(columns.length) - gap + PAD;
  const parts: string[] = [];
  let y = PAD;
  columns.forEach((column, index) => {
    parts.push(textLines([column], cellX(index) + columnWidth / 2, y + LABEL, LABEL, 'b', true));
  });
  y += linesHeight(1, LABEL) + 6;
  const marks: string[] = [];
  rows.forEach((row, rowIndex) => {
    const rowTop = y - (inline ? gap : 8) / 2;
    const label = wrap(row.label, inline ? labelWidth - 6 : width - 2 * PAD, size);
    const labelH = linesHeight(label.length, size);
    let h = 26;
    if (inline) {
      h = Math.max(30, 10 + labelH);
      parts.push(textLines(label, PAD, y + (h - labelH) / 2 + size - 2, size, ''));
    } else {
      parts.push(textLines(label, PAD, y + size, size, ''));
      y += labelH + 3;
    }
    row.owners.forEach((owner, index) => {
      if (lines[index] === rowIndex) {
        marks.push(`<path d="M${cellX(index) - 2} ${rowTop}h${columnWidth + 4}" class="mk"/>`);
      }
      parts.push(rect(cellX(index), y, columnWidth, h, owner));
      parts.push(
        textLines(
          [ownerText[owner]],
          cellX(index) + columnWidth / 2,
          y + h / 2 + size / 2 - 1,
          size,
          'b',
          true,
        ),
      );
    });
    y += h + (inline ? gap : 8);
  });
  return frame(title, desc, width, y - (inline ? gap : 8) + PAD, [...parts, ...marks].join(''));
}

/** One boundary of a nested figure: a label and what it does. */
export interface Boundary {
  label: string;
  detail?: string;
  kind?: 'box' | 'aws' | 'customer' | 'shared';
}

export interface NestedFigure extends Described {
  /** Where traffic comes from, drawn above the outermost boundary with an arrow into it. */
  source: string;
  /** Boundaries from the outermost in; the last one is drawn as a plain box. */
  levels: Boundary[];
  width: number;
}

/** Boundaries drawn one inside another, a source outside with an arrow into them. */
export function nested({ title, desc, source, levels, width }: NestedFigure): Svg {
  const inset = 12;
  const parts: string[] = [];
  const sourceLines = wrap(source, width - 2 * PAD - 100, LABEL, true);
  const sh = 14 + linesHeight(sourceLines.length, LABEL);
  parts.push(rect(PAD + 40, PAD, width - 2 * PAD - 80, sh, 'box'));
  parts.push(textLines(sourceLines, width / 2, PAD + 6 + LABEL, LABEL, 'b', true));
  const firstTop = PAD + sh + 24;
  parts.push(arrow(width / 2, PAD + sh, width / 2, firstTop));
  // Heads first (top down), then the boxes' bottoms (inside out).
  const heads = levels.map((level, depth) => {
    const w = width - 2 * PAD - 2 * depth * inset;
    const label = wrap(level.label, w - 20, LABEL, true);
    const detail = level.detail ? wrap(level.detail, w - 20, SMALL) : [];
    return {
      level,
      w,
      label,
      detail,
      h: 12 + linesHeight(label.length, LABEL) + linesHeight(detail.length, SMALL),
    };
  });
  const tops: number[] = [];
  let y = firstTop;
  for (const head of heads) {
    tops.push(y);
    y += head.h + 6;
  }
  let bottom = y;
  const boxes: string[] = [];
  for (let depth = heads.length - 1; depth >= 0; depth -= 1) {
    const head = heads[depth] as (typeof heads)[number];
    const x = PAD + depth * inset;
    const top = tops[depth] as number;
    bottom += depth === heads.length - 1 ? 0 : inset - 6;
    boxes.unshift(rect(x, top, head.w, bottom - top, head.level.kind ?? 'box'));
    parts.push(textLines(head.label, x + 10, top + 6 + LABEL, LABEL, 'b'));
    parts.push(
      textLines(head.detail, x + 10, top + 6 + LABEL + linesHeight(head.label.length, LABEL), SMALL, 's'),
    );
  }
  return frame(
    title,
    desc,
    width,
    bottom + PAD,
    [...parts.slice(0, 3), ...boxes, ...parts.slice(3)].join(''),
  );
}
