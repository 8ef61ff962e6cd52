/**
 * Number and date formatters, each made on first use and kept: `toLocaleString` and
 * `toLocaleDateString` make a new formatter on every call, which a build of thousands of pages feels.
 * Nothing runs at import, so a browser bundle that formats nothing carries none of it.
 */

let number: Intl.NumberFormat | undefined;
let day: Intl.DateTimeFormat | undefined;
let month: Intl.DateTimeFormat | undefined;

/** A whole number with thousands separated by commas ("16,384"), as both editions print it. */
export const formatNumber = (n: number) => (number ??= new Intl.NumberFormat('en-US')).format(n);

/** "17 Jun 2024" (UTC). */
export const formatDay = (d: Date) =>
  (day ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })).format(d);

/** "Jun 2024" (UTC): a date known only to the month. */
export const formatMonth = (d: Date) =>
  (month ??= new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' })).format(d);
