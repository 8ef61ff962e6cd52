/** Site links under the deployment base (src/lib/paths.ts). */
import { describe, expect, test } from 'vitest';
import { builtHtmlFile, joinBase } from '../../src/lib/paths';

describe('joinBase', () => {
  test('joins base and path with one slash', () => {
    expect(joinBase('/', '/methods/')).toBe('/methods/');
    expect(joinBase('/survey/', '/methods/mar/')).toBe('/survey/methods/mar/');
    expect(joinBase('/survey', 'methods/')).toBe('/survey/methods/');
    expect(joinBase('/survey/', '/')).toBe('/survey/');
  });
});

describe('builtHtmlFile', () => {
  test('names the file a page is written to, at the root or under a sub-path', () => {
    expect(builtHtmlFile('/', '/')).toBe('index.html');
    expect(builtHtmlFile('/methods/mar/', '/')).toBe('methods/mar/index.html');
    expect(builtHtmlFile('/sub-path/', '/sub-path/')).toBe('index.html');
    expect(builtHtmlFile('/sub-path/zh/methods/', '/sub-path')).toBe('zh/methods/index.html');
  });
  test('a status page is a file of its own at the root', () => {
    expect(builtHtmlFile('/404/', '/')).toBe('404.html');
    expect(builtHtmlFile('/404', '/')).toBe('404.html');
    expect(builtHtmlFile('/sub-path/404/', '/sub-path/')).toBe('404.html');
    expect(builtHtmlFile('/methods/404/', '/')).toBe('methods/404/index.html');
  });
  test('decodes the URL and refuses a page outside the base', () => {
    expect(builtHtmlFile('/concepts/%E8%AF%8D/', '/')).toBe('concepts/词/index.html');
    expect(() => builtHtmlFile('/other/methods/', '/sub-path/')).toThrow(/outside the base/);
  });
});
