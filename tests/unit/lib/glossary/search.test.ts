import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesWords, queryWords } from '../../../../src/lib/glossary/search';

const matches = (text: string, query: string) => matchesWords(foldForSearch(text), queryWords(query));

describe('foldForSearch', () => {
  it('lower-cases, removes diacritics and turns punctuation into single spaces', () => {
    expect(foldForSearch('  SSE-KMS:  Décryptage, “Naïve”/ISO/IEC 27001 ')).toBe(
      'sse kms decryptage naive iso iec 27001',
    );
  });
});

describe('queryWords', () => {
  it('splits a query into folded words', () => {
    expect(queryWords('  Amazon   S3 ')).toEqual(['amazon', 's3']);
  });

  it('has no words for an empty query or one of punctuation only', () => {
    expect(queryWords('')).toEqual([]);
    expect(queryWords(' -/: ')).toEqual([]);
  });
});

describe('matchesWords', () => {
  it('finds a term by part of its name, whatever the case', () => {
    expect(matches('Amazon S3 Object Lock', 's3')).toBe(true);
    expect(matches('Amazon S3 Object Lock', 'LOCK')).toBe(true);
    expect(matches('Security group', 'secur')).toBe(true);
  });

  it('ignores diacritics and punctuation on either side', () => {
    expect(matches('Défense en profondeur', 'defense')).toBe(true);
    expect(matches('Defence in depth', 'défence')).toBe(true);
    expect(matches('SSE-KMS', 'sse kms')).toBe(true);
    expect(matches('kms:ViaService', 'kms:viaservice')).toBe(true);
  });

  it('needs every word of the query, in any order', () => {
    expect(matches('A KMS key that you create in your account', 'account kms')).toBe(true);
    expect(matches('A KMS key that you create in your account', 'kms bucket')).toBe(false);
  });

  it('does not match text that lacks the word', () => {
    expect(matches('AWS WAF', 's3')).toBe(false);
  });

  it('matches everything when the query has no words', () => {
    expect(matches('AWS WAF', '   ')).toBe(true);
  });
});
