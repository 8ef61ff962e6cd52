import { describe, expect, test } from 'vitest';
import { contentSecurityPolicy, scriptHash } from '../../src/lib/csp';

describe('Content-Security-Policy', () => {
  test('scripts only from the site and by hash, never unsafe-inline', () => {
    const csp = contentSecurityPolicy(['console.log(1)']);
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc).toBe(`script-src 'self' 'wasm-unsafe-eval' ${scriptHash('console.log(1)')}`);
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
  });
  test('the hash is the base64 SHA-256 of the exact text', () => {
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
