/** The header navigation's current section (src/lib/nav.ts). */
import { describe, expect, test } from 'vitest';
import { isCurrent } from '../../src/lib/nav';

describe('isCurrent', () => {
  test('a section is current on its own pages only', () => {
    expect(isCurrent('/methods/mar/', '/methods/')).toBe(true);
    expect(isCurrent('/methods', '/methods/')).toBe(true);
    expect(isCurrent('/', '/methods/')).toBe(false);
  });
});
