/**
 * Matching glossary entries to what a learner types in the glossary's filter box. Text and query
 * are compared in one folded form: lower case, without diacritics, every run of punctuation or
 * spaces one space. A query matches when each of its words occurs somewhere in the entry, so
 * "s3" finds "Amazon S3", "sse kms" finds "SSE-KMS" and "kms key" finds "a KMS key that you
 * create".
 */

/** `text` folded for matching: lower case, no diacritics, words separated by single spaces. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a query, folded; none for a query of spaces or punctuation only. */
export function queryWords(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * Whether an entry whose folded text (`foldForSearch`) is `folded` matches the query `words`
 * (`queryWords`): each word occurs in it. No words match everything.
 */
export function matchesWords(folded: string, words: readonly string[]): boolean {
  return words.every((word) => folded.includes(word));
}
