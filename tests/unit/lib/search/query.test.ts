import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  normalizeQuery,
  queryFromSearch,
  searchForQuery,
} from '../../../../src/lib/search/query';

describe('normalizeQuery', () => {
  it('collapses and trims spaces', () => {
    expect(normalizeQuery('  permissions \n  boundary ')).toBe('permissions boundary');
  });

  it(`cuts a query to ${MAX_QUERY_LENGTH} characters`, () => {
    expect(normalizeQuery('a'.repeat(MAX_QUERY_LENGTH + 50))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('queryFromSearch', () => {
  it('reads q from the address, decoded and normalized', () => {
    expect(queryFromSearch('?q=permissions+boundary')).toBe('permissions boundary');
    expect(queryFromSearch('?q=%E2%80%9CSCP%E2%80%9D%20')).toBe('“SCP”');
  });

  it('is empty without q', () => {
    expect(queryFromSearch('')).toBe('');
    expect(queryFromSearch('?x=1')).toBe('');
  });
});

describe('searchForQuery', () => {
  it('writes the query back as ?q=, the way queryFromSearch reads it', () => {
    expect(searchForQuery(' GuardDuty ')).toBe('?q=GuardDuty');
    expect(queryFromSearch(searchForQuery('a&b=c #d'))).toBe('a&b=c #d');
  });

  it('is empty for an empty query', () => {
    expect(searchForQuery('   ')).toBe('');
  });
});
