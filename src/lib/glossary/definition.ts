/**
 * What a term's popover on a lesson page shows: the first sentence of its glossary definition,
 * which the glossary writes as a statement that stands on its own ("A stateful virtual firewall
 * attached to a network interface."); the glossary page has the whole definition. A short
 * popover keeps each lesson page within its byte budget.
 */

/** Words ending in "." that do not end a sentence ("e.g. S3", "Rev. 3"). */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'rev', 'no', 'st', 'dr', 'mr', 'ms', 'inc', 'u.s']);

/**
 * The first sentence of `definition`: up to the first ".", "!" or "?" that is followed by a space
 * and a capital letter (or an opening quote and one), and does not end a known abbreviation;
 * the whole text, trimmed, when it has one sentence only.
 */
export function firstSentence(definition: string): string {
  const text = definition.trim();
  const end = /[.!?](?=\s+["“‘']?[A-Z])/g;
  for (let match = end.exec(text); match !== null; match = end.exec(text)) {
    const before = /([\p{L}.]+)$/u.exec(text.slice(0, match.index))?.[1]?.toLowerCase() ?? '';
    if (match[0] === '.' && ABBREVIATIONS.has(before)) continue;
    return text.slice(0, match.index + 1);
  }
  return text;
}
