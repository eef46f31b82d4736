/**
 * Pagefind's excerpts as plain text parts. Pagefind returns an excerpt as the page's text with
 * `<` and `>` escaped and each matched word wrapped in `<mark>…</mark>`. The search page builds
 * its DOM from these parts (text nodes and `<mark>` elements), so nothing else in an excerpt is
 * ever parsed as markup: a stray tag shows as the text it is.
 */

/** A run of excerpt text, and whether it matched the query (shown in `<mark>`). */
export interface ExcerptPart {
  readonly text: string;
  readonly mark: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&amp;': '&',
};

/** `text` with the entities Pagefind (or an HTML escaper) writes turned back into characters. */
export const decodeEntities = (text: string): string =>
  text.replace(/&(?:lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity] as string);

/**
 * The parts of a Pagefind excerpt, in order: text outside `<mark>` has `mark: false`, text inside
 * `mark: true`. Empty parts are dropped and neighbours of the same kind joined; an unclosed
 * `<mark>` marks the rest, and a `</mark>` without an opening one is ignored.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece !== '') {
      const text = decodeEntities(piece);
      const last = parts.at(-1);
      if (last !== undefined && last.mark === mark)
        parts[parts.length - 1] = { text: last.text + text, mark };
      else parts.push({ text, mark });
    }
  }
  return parts;
}
