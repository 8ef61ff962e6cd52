/** The one reader of content files' frontmatter, on Astro's parser (src/lib/content-file.ts). */
import { describe, expect, test } from 'vitest';
import { frontmatterOf, splitFrontmatter } from '../../src/lib/content-file';

describe('splitFrontmatter', () => {
  test("gives the YAML and a body whose lines are the file's lines", () => {
    const { yaml, body } = splitFrontmatter('---\ntitle: x\n---\n## Heading\ntext\n');
    expect(yaml?.trim()).toBe('title: x');
    expect(body!.split('\n')[3]).toBe('## Heading');
  });
  test('no frontmatter, an empty one, and YAML that does not parse', () => {
    expect(splitFrontmatter('# Just a body')).toEqual({});
    expect(frontmatterOf('---\n---\nbody')?.trim()).toBe('');
    expect(splitFrontmatter('---\na: [\n---\nbody')).toEqual({ yaml: '\na: [\n' });
  });
});
