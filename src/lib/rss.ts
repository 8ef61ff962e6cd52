/**
 * The RSS 2.0 feed of methods by the date they were added to the survey.
 */

export interface FeedItem {
  title: string;
  url: string;
  /** YYYY-MM-DD */
  date: string;
  description: string;
}

export const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const rfc822 = (day: string) => new Date(`${day}T00:00:00Z`).toUTCString();

export function toRss(channel: { title: string; url: string; description: string }, items: readonly FeedItem[]): string {
  const body = items
    .map(
      (i) => `    <item>
      <title>${escapeXml(i.title)}</title>
      <link>${escapeXml(i.url)}</link>
      <guid isPermaLink="true">${escapeXml(i.url)}</guid>
      <pubDate>${rfc822(i.date)}</pubDate>
      <description>${escapeXml(i.description)}</description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(channel.url)}</link>
    <description>${escapeXml(channel.description)}</description>
${body}
  </channel>
</rss>
`;
}
