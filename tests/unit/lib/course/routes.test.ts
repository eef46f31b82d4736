import { describe, expect, it } from 'vitest';
import {
  courseOutlineHref,
  glossaryTermHref,
  labDataHref,
  labHref,
  labsHref,
  lessonHref,
  moduleHref,
  moduleQuizHref,
  questionsHref,
  quizDataHref,
} from '../../../../src/lib/course/routes';

describe('routes', () => {
  it('addresses a lesson page under /lessons/ with a trailing slash', () => {
    expect(lessonHref('shared-responsibility/intro')).toBe('/lessons/shared-responsibility/intro/');
  });

  it('addresses a module page under /modules/ with a trailing slash', () => {
    expect(moduleHref('iam')).toBe('/modules/iam/');
  });

  it('addresses the whole course outline at the home page’s course section', () => {
    expect(courseOutlineHref).toBe('/#course-heading');
  });

  it('addresses a module quiz at its heading on the module page', () => {
    expect(moduleQuizHref('iam')).toBe('/modules/iam/#quiz-heading');
  });

  it('addresses a lesson quiz’s questions as text under /questions/, not beside its data', () => {
    expect(questionsHref('iam-policy-types')).toBe('/questions/iam-policy-types/');
  });

  it('addresses the quiz data as a JSON file under /quizzes/', () => {
    expect(quizDataHref('iam-policy-types')).toBe('/quizzes/iam-policy-types.json');
  });

  it('addresses a glossary term as an anchor on the glossary page', () => {
    expect(glossaryTermHref('permissions-boundary')).toBe('/glossary/#permissions-boundary');
  });

  it('addresses a lab page under /labs/ beside its data, loaded when the lab starts', () => {
    expect(labsHref).toBe('/labs/');
    expect(labHref('s3-read-one-prefix')).toBe('/labs/s3-read-one-prefix/');
    expect(labDataHref('s3-read-one-prefix')).toBe('/labs/s3-read-one-prefix.json');
  });
});
