import { describe, expect, it } from 'vitest';
import {
  groupByLetter,
  INDEX_LETTERS,
  indexLetter,
  OTHER_LETTER,
} from '../../../../src/lib/glossary/letters';

describe('indexLetter', () => {
  it('files a term under its first letter, upper case', () => {
    expect(indexLetter('Amazon S3')).toBe('A');
    expect(indexLetter('kms:ViaService')).toBe('K');
    expect(indexLetter('  IMDSv2')).toBe('I');
  });

  it('files a term starting with an accented letter under the plain letter', () => {
    expect(indexLetter('Écart')).toBe('E');
  });

  it('files a term starting with a digit or a symbol under "#"', () => {
    expect(indexLetter('3-2-1 backups')).toBe(OTHER_LETTER);
    expect(indexLetter('(ISC)² CCSP')).toBe(OTHER_LETTER);
    expect(indexLetter('')).toBe(OTHER_LETTER);
  });
});

describe('groupByLetter', () => {
  const terms = ['Access key', 'Amazon S3', 'Bucket', 'Écart', 'zone'];

  it('lists every letter A–Z, with the items filed under each in the order given', () => {
    const groups = groupByLetter(terms, (term) => term);
    expect(groups.map((group) => group.letter)).toEqual(INDEX_LETTERS);
    expect(groups.find((group) => group.letter === 'A')?.items).toEqual(['Access key', 'Amazon S3']);
    expect(groups.find((group) => group.letter === 'E')?.items).toEqual(['Écart']);
    expect(groups.find((group) => group.letter === 'Z')?.items).toEqual(['zone']);
    expect(groups.find((group) => group.letter === 'Q')?.items).toEqual([]);
  });

  it('puts "#" first, only when an item is filed there', () => {
    const groups = groupByLetter([{ name: '2FA' }, { name: 'MFA' }], (item) => item.name);
    expect(groups[0]).toEqual({ letter: OTHER_LETTER, items: [{ name: '2FA' }] });
    expect(groups).toHaveLength(27);
  });
});
