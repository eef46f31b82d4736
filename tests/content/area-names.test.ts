import { describe, expect, it } from 'vitest';
import { AREA_NAMES, areaName } from '../../src/i18n/en-areas';
import { loadContent } from './load-content';

describe('topic names', () => {
  const content = loadContent();
  const areas = new Set(
    [...content.quizzes.values()].flatMap(({ data }) =>
      'questions' in data ? data.questions.map((question) => question.tags.area) : [],
    ),
  );

  it('reads the areas of the real quizzes', () => {
    expect(areas.size).toBeGreaterThan(50);
  });

  it('every area used in a quiz has a display name', () => {
    expect([...areas].filter((area) => !Object.hasOwn(AREA_NAMES, area)).sort()).toEqual([]);
  });

  it('names no area that no quiz uses, so the list stays in step with the content', () => {
    expect(Object.keys(AREA_NAMES).filter((area) => !areas.has(area))).toEqual([]);
  });

  it('names an area no longer in the course by its words, never by its slug', () => {
    expect(areaName('pci-dss')).toBe('PCI DSS');
    expect(areaName('old-topic-name')).toBe('Old topic name');
  });
});
