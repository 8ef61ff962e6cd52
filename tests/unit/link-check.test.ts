import { describe, expect, test } from 'vitest';
import { brokenLinks, internalLinks } from '../../scripts/lib/link-check';

describe('internal link checking', () => {
  const site = (base: string, html: string) => [
    { urlPath: `${base}`, html },
    { urlPath: `${base}methods/mar/`, html: '<h2 id="results">Results</h2>' },
    { urlPath: `${base}_astro/site.css` },
  ];

  test('external links are not checked, internal ones are', () => {
    expect(internalLinks('<a href="https://arxiv.org/abs/1"></a><a href="/methods/"></a><img src="/a.png">')).toEqual([
      '/methods/',
      '/a.png',
    ]);
  });

  test('a site whose links all resolve has no problems', () => {
    const html =
      '<a href="/survey/methods/mar/#results">x</a><link href="/survey/_astro/site.css"><a href="#top" id="top">t</a>';
    expect(brokenLinks(site('/survey/', html), '/survey/')).toEqual([]);
  });

  test('a missing page, a missing fragment and a link outside the base are each reported', () => {
    const html =
      '<a href="/survey/methods/var/">a</a><a href="/survey/methods/mar/#cite">b</a><a href="/methods/mar/">c</a>';
    expect(brokenLinks(site('/survey/', html), '/survey/')).toEqual([
      '/survey/: link "/survey/methods/var/" points at nothing',
      '/survey/: link "/survey/methods/mar/#cite" names a missing #cite',
      '/survey/: link "/methods/mar/" leaves the base /survey/',
    ]);
  });

  test('relative links resolve against the page', () => {
    const files = [
      { urlPath: '/methods/', html: '<a href="mar/">m</a><a href="../nothing/">n</a>' },
      { urlPath: '/methods/mar/', html: '' },
    ];
    expect(brokenLinks(files, '/')).toEqual(['/methods/: link "../nothing/" points at nothing']);
  });
});
