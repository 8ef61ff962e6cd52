/** Site links under the deployment base (src/lib/paths.ts). */
import { describe, expect, test } from 'vitest';
import { joinBase } from '../../src/lib/paths';

describe('joinBase', () => {
  test('joins base and path with one slash', () => {
    expect(joinBase('/', '/methods/')).toBe('/methods/');
    expect(joinBase('/survey/', '/methods/mar/')).toBe('/survey/methods/mar/');
    expect(joinBase('/survey', 'methods/')).toBe('/survey/methods/');
    expect(joinBase('/survey/', '/')).toBe('/survey/');
  });
});
