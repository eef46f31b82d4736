import { describe, expect, it } from 'vitest';
import { glossaryTermHref, lessonHref, moduleHref, quizDataHref } from '../../../../src/lib/course/routes';

describe('routes', () => {
  it('addresses a lesson page under /lessons/ with a trailing slash', () => {
    expect(lessonHref('shared-responsibility/intro')).toBe('/lessons/shared-responsibility/intro/');
  });

  it('addresses a module page under /modules/ with a trailing slash', () => {
    expect(moduleHref('iam')).toBe('/modules/iam/');
  });

  it('addresses the quiz data as a JSON file under /quizzes/', () => {
    expect(quizDataHref('iam-policy-types')).toBe('/quizzes/iam-policy-types.json');
  });

  it('addresses a glossary term as an anchor on the glossary page', () => {
    expect(glossaryTermHref('permissions-boundary')).toBe('/glossary/#permissions-boundary');
  });
});
