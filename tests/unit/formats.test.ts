import { describe, expect, it } from 'vitest';
import { formatDay, formatMonth, formatNumber } from '../../src/i18n/formats';

describe('formatters made once', () => {
  it('print as toLocaleString and toLocaleDateString do, in UTC', () => {
    const d = new Date('2024-06-17T00:00:00Z');
    expect(formatDay(d)).toBe('17 Jun 2024');
    expect(formatDay(d)).toBe(
      d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
    );
    expect(formatMonth(d)).toBe('Jun 2024');
    expect(formatNumber(16384)).toBe('16,384');
    expect(formatNumber(16384)).toBe((16384).toLocaleString('en-US'));
  });
});
