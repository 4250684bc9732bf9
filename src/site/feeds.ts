// RSS 2.0 and Atom feeds of new and changed cases, newest first. Every text is escaped:
// case fields come from CSV rows and may hold anything.

import { compareText } from "../ingest/compare.ts";

export interface FeedEntry {
  /** Absolute URL of the case page: also the entry's id. */
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  /** ISO day the case was last updated. */
  readonly updated: string;
}

export interface Feed {
  readonly title: string;
  readonly description: string;
  /** Absolute URL of the page the feed follows. */
  readonly pageUrl: string;
  /** Absolute URL of the feed itself. */
  readonly feedUrl: string;
  readonly language: "id" | "en";
  readonly entries: readonly FeedEntry[];
}

export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * How many entries a feed carries: the newest. Readers poll a feed and keep what they
 * saw; a national feed of every case would be megabytes at ten thousand cases.
 */
export const feedSize = 50;

/** The newest `feedSize` entries, newest first; the same day by URL, so the order is stable. */
export function newestEntries(entries: readonly FeedEntry[]): FeedEntry[] {
  return [...entries].sort((a, b) => (compareText(b.updated, a.updated) || compareText(a.url, b.url))).slice(0, feedSize);
}

const rfc822 = (day: string) => new Date(`${day}T00:00:00Z`).toUTCString();
const rfc3339 = (day: string) => `${day}T00:00:00Z`;
/** A feed is dated by its newest entry; one with no entries by a fixed epoch, which keeps builds identical. */
const dateOf = (entries: readonly FeedEntry[]) => entries[0]?.updated ?? "2000-01-01";

export function rss(feed: Feed): string {
  const e = escapeXml;
  const newest = newestEntries(feed.entries);
  const items = newest.map(
    (entry) =>
      `    <item>\n      <title>${e(entry.title)}</title>\n      <link>${e(entry.url)}</link>\n      <guid isPermaLink="true">${e(entry.url)}#${entry.updated}</guid>\n      <pubDate>${rfc822(entry.updated)}</pubDate>\n      <description>${e(entry.summary)}</description>\n    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${e(feed.title)}</title>
    <link>${e(feed.pageUrl)}</link>
    <description>${e(feed.description)}</description>
    <language>${feed.language}</language>
    <lastBuildDate>${rfc822(dateOf(newest))}</lastBuildDate>
    <atom:link href="${e(feed.feedUrl)}" rel="self" type="application/rss+xml" />
${items.join("\n")}
  </channel>
</rss>
`;
}

export function atom(feed: Feed): string {
  const e = escapeXml;
  const newest = newestEntries(feed.entries);
  const entries = newest.map(
    (entry) =>
      `  <entry>\n    <id>${e(entry.url)}#${entry.updated}</id>\n    <title>${e(entry.title)}</title>\n    <link rel="alternate" href="${e(entry.url)}" />\n    <updated>${rfc3339(entry.updated)}</updated>\n    <summary>${e(entry.summary)}</summary>\n  </entry>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.language}">
  <id>${e(feed.feedUrl)}</id>
  <title>${e(feed.title)}</title>
  <subtitle>${e(feed.description)}</subtitle>
  <link rel="self" href="${e(feed.feedUrl)}" />
  <link rel="alternate" href="${e(feed.pageUrl)}" />
  <updated>${rfc3339(dateOf(newest))}</updated>
  <author><name>Pantau Netralitas ASN</name></author>
${entries.join("\n")}
</feed>
`;
}

/** The feed files: the country's RSS and Atom, then each province's ("53.rss.xml"). */
export function feedFiles(provinces: readonly { readonly code: string }[]): string[] {
  return ["", ...provinces.map((p) => `${p.code}.`)].flatMap((scope) => [`${scope}rss.xml`, `${scope}atom.xml`]);
}

/** An entry's summary: its parts that are known, joined into sentences. */
export function feedSummary(parts: readonly (string | null | undefined)[]): string {
  return parts.filter(Boolean).join(". ");
}
