import { describe, expect, it } from 'vitest';
import { pathHref, pathRecordHref, pathsHref } from '../../../../src/lib/course/routes';

describe('path routes', () => {
  it('addresses the path list, a path and its completion record under /paths/', () => {
    expect(pathsHref).toBe('/paths/');
    expect(pathHref('security-champion')).toBe('/paths/security-champion/');
    expect(pathRecordHref('security-champion')).toBe('/paths/security-champion/record/');
  });
});
