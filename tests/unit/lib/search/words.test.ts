import { describe, expect, it } from 'vitest';
import { enSearch } from '../../../../src/i18n/en-search';
import { fill, parseWords, statusText, type SearchWords } from '../../../../src/lib/search/words';

const words: SearchWords = {
  one: enSearch.results.one,
  other: enSearch.results.other,
  none: enSearch['results.none'],
  error: enSearch['page.error'],
  section: enSearch['result.section'],
  more: enSearch['result.more'],
};

describe('statusText', () => {
  it('counts results with the plural form the number needs', () => {
    expect(statusText(words, 1, 'SCP')).toBe('1 result for “SCP”');
    expect(statusText(words, 4, 'GuardDuty')).toBe('4 results for “GuardDuty”');
  });

  it('says there are none, with what to try instead', () => {
    expect(statusText(words, 0, 'gardduty')).toBe(
      'No results for “gardduty”. Check the spelling, try fewer words, or look the term up in the glossary.',
    );
  });
});

describe('fill', () => {
  it('fills known placeholders and leaves unknown ones as written', () => {
    expect(fill('Section: {title} {other}', { title: 'Permissions boundaries' })).toBe(
      'Section: Permissions boundaries {other}',
    );
  });

  it('inserts a value containing braces or dollar signs as it is', () => {
    expect(fill('for “{query}”', { query: '{count} $& $1' })).toBe('for “{count} $& $1”');
  });
});

describe('parseWords', () => {
  it('reads the words the page renders', () => {
    expect(parseWords(JSON.stringify(words))).toEqual(words);
  });

  it('names a missing word', () => {
    const { more: _more, ...rest } = words;
    expect(() => parseWords(JSON.stringify(rest))).toThrow('search page: data-words has no "more"');
  });
});
