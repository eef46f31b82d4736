import { describe, expect, it } from 'vitest';
import { MORE_SECTIONS, toHit, type PagefindSubResult } from '../../../../src/lib/search/results';

const PAGE = '/lessons/iam/policy-types/';

const sub = (title: string, anchor: string | null, weights: number[]): PagefindSubResult => ({
  title,
  url: anchor === null ? PAGE : `${PAGE}#${anchor}`,
  excerpt: `about <mark>${title}</mark>`,
  weighted_locations: weights.map((weight, location) => ({ weight, location })),
});

const data = (subs?: PagefindSubResult[]) => ({
  url: PAGE,
  excerpt: 'the page <mark>excerpt</mark>',
  meta: { title: 'Seven policy types' },
  ...(subs === undefined ? {} : { sub_results: subs }),
});

describe('toHit', () => {
  it('links the page title to the section whose matches weigh most, with its excerpt', () => {
    const hit = toHit(
      data([sub('Why', 'why', [1]), sub('Permissions boundaries', 'permissions-boundaries', [5, 1])]),
    );
    expect(hit).toMatchObject({
      title: 'Seven policy types',
      url: `${PAGE}#permissions-boundaries`,
      section: { title: 'Permissions boundaries', url: `${PAGE}#permissions-boundaries` },
      excerpt: [
        { text: 'about ', mark: false },
        { text: 'Permissions boundaries', mark: true },
      ],
    });
  });

  it('lists other matching sections, best first, at most MORE_SECTIONS', () => {
    const hit = toHit(
      data([
        sub('A', 'a', [1]),
        sub('B', 'b', [3]),
        sub('C', 'c', [2]),
        sub('D', 'd', [4]),
        sub('E', 'e', [0.5]),
      ]),
    );
    expect(hit.section?.title).toBe('D');
    expect(hit.more.map((section) => section.title)).toEqual(['B', 'C']);
    expect(hit.more).toHaveLength(MORE_SECTIONS);
  });

  it('gives a tie to the earlier section', () => {
    expect(toHit(data([sub('First', 'first', [2]), sub('Second', 'second', [2])])).section?.title).toBe(
      'First',
    );
  });

  it('names no section when the best match is in the text above the first heading', () => {
    const hit = toHit(data([sub('Seven policy types', null, [7]), sub('Summary', 'summary', [1])]));
    expect(hit.url).toBe(PAGE);
    expect(hit.section).toBeNull();
    expect(hit.more).toEqual([{ title: 'Summary', url: `${PAGE}#summary` }]);
  });

  it('never lists the opening text among the other sections', () => {
    const hit = toHit(data([sub('Summary', 'summary', [3]), sub('Seven policy types', null, [1])]));
    expect(hit.more).toEqual([]);
  });

  it('counts a sub-result without locations as matching least', () => {
    const bare: PagefindSubResult = { title: 'Bare', url: `${PAGE}#bare`, excerpt: '' };
    expect(toHit(data([bare, sub('Weighted', 'weighted', [1])])).section?.title).toBe('Weighted');
  });

  it('falls back to the page, its excerpt and its address without sub-results', () => {
    expect(toHit(data())).toEqual({
      title: 'Seven policy types',
      url: PAGE,
      section: null,
      excerpt: [
        { text: 'the page ', mark: false },
        { text: 'excerpt', mark: true },
      ],
      more: [],
    });
    expect(toHit(data([])).url).toBe(PAGE);
  });

  it('uses the address as the title when the page has none', () => {
    expect(toHit({ url: PAGE, excerpt: '', meta: {} }).title).toBe(PAGE);
  });
});
