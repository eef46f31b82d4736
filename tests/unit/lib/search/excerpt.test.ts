import { describe, expect, it } from 'vitest';
import { decodeEntities, parseExcerpt } from '../../../../src/lib/search/excerpt';

describe('parseExcerpt', () => {
  it('splits an excerpt into plain and matched parts, in order', () => {
    expect(parseExcerpt('Amazon <mark>GuardDuty</mark> is a threat-detection <mark>service.</mark>')).toEqual(
      [
        { text: 'Amazon ', mark: false },
        { text: 'GuardDuty', mark: true },
        { text: ' is a threat-detection ', mark: false },
        { text: 'service.', mark: true },
      ],
    );
  });

  it('joins neighbouring matches into one marked part', () => {
    expect(parseExcerpt('A <mark>permissions</mark><mark> boundary</mark> limits')).toEqual([
      { text: 'A ', mark: false },
      { text: 'permissions boundary', mark: true },
      { text: ' limits', mark: false },
    ]);
  });

  it('keeps any other markup as the text it is, with escaped characters decoded', () => {
    expect(parseExcerpt('&lt;img src=x onerror=alert(1)&gt; <b>bold</b> <mark>&lt;SCP&gt;</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)> <b>bold</b> ', mark: false },
      { text: '<SCP>', mark: true },
    ]);
  });

  it('marks the rest after an unclosed <mark> and ignores a stray </mark>', () => {
    expect(parseExcerpt('one</mark> two <mark>three')).toEqual([
      { text: 'one two ', mark: false },
      { text: 'three', mark: true },
    ]);
  });

  it('returns no parts for an empty excerpt', () => {
    expect(parseExcerpt('')).toEqual([]);
    expect(parseExcerpt('<mark></mark>')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes the entities an HTML escaper writes, and &amp; only once', () => {
    expect(decodeEntities('&lt;a&gt; &quot;b&quot; &#39;c&#39; AT&amp;T &amp;lt;')).toBe(
      `<a> "b" 'c' AT&T &lt;`,
    );
  });

  it('leaves other ampersands alone', () => {
    expect(decodeEntities('R&D &nbsp; &copy;')).toBe('R&D &nbsp; &copy;');
  });
});
