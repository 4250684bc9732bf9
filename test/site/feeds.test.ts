import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atom, escapeXml, feedSize, rss, type Feed } from "../../src/site/feeds.ts";

const feed: Feed = {
  title: "Pantau Netralitas ASN: Nasional",
  description: "Kasus baru dan yang berubah: Nasional.",
  pageUrl: "https://example.org/",
  feedUrl: "https://example.org/feeds/rss.xml",
  language: "id",
  entries: [
    { url: "https://example.org/kasus/53.71/a/", title: "53.71/a: diteruskan", summary: "ikut kampanye", updated: "2024-02-01" },
    { url: "https://example.org/kasus/64.09/b/", title: "64.09/b: <script>alert(1)</script> & \"x\"", summary: "\"><img src=x onerror=alert(1)>", updated: "2024-03-05" },
  ],
};
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", processEntities: true, htmlEntities: false });

describe("rss", () => {
  const xml = rss(feed);

  it("is well-formed XML with RSS 2.0's required channel and item elements", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const { rss: doc } = parser.parse(xml);
    expect(doc["@version"]).toBe("2.0");
    expect(Object.keys(doc.channel)).toEqual(expect.arrayContaining(["title", "link", "description", "item"]));
    for (const item of doc.channel.item) expect(Object.keys(item)).toEqual(expect.arrayContaining(["title", "link", "guid", "pubDate"]));
  });

  it("lists the newest first, with RFC 822 dates", () => {
    const { rss: doc } = parser.parse(xml);
    expect(doc.channel.item.map((i: { pubDate: string }) => i.pubDate)).toEqual(["Tue, 05 Mar 2024 00:00:00 GMT", "Thu, 01 Feb 2024 00:00:00 GMT"]);
    expect(doc.channel.lastBuildDate).toBe("Tue, 05 Mar 2024 00:00:00 GMT");
  });

  it("carries hostile text as text", () => {
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<img");
    const { rss: doc } = parser.parse(xml);
    // Parsed back, the title is exactly the original text: it travelled as text, not markup.
    expect(doc.channel.item[0].title).toBe('64.09/b: <script>alert(1)</script> & "x"');
  });
});

describe("atom", () => {
  const xml = atom(feed);

  it("is well-formed XML with Atom's required feed and entry elements", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed: doc } = parser.parse(xml);
    expect(doc["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(["id", "title", "updated", "author", "entry"]));
    for (const entry of doc.entry) expect(Object.keys(entry)).toEqual(expect.arrayContaining(["id", "title", "updated", "link"]));
    expect(doc.updated).toBe("2024-03-05T00:00:00Z");
  });

  it("gives a changed case a new entry id, so readers see the change", () => {
    const { feed: doc } = parser.parse(xml);
    expect(doc.entry.map((e: { id: string }) => e.id)).toEqual(["https://example.org/kasus/64.09/b/#2024-03-05", "https://example.org/kasus/53.71/a/#2024-02-01"]);
  });

  it("stays valid with no entries", () => {
    expect(XMLValidator.validate(atom({ ...feed, entries: [] }))).toBe(true);
    expect(XMLValidator.validate(rss({ ...feed, entries: [] }))).toBe(true);
  });
});

describe("escapeXml", () => {
  it("escapes markup and drops characters XML cannot hold", () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
  });
});

describe("a feed of many cases", () => {
  // 60 cases, one a day from 1 January 2024: the feed keeps the 50 newest.
  const days = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));
  const many: Feed = { ...feed, entries: days.map((day, i) => ({ url: `https://example.org/kasus/53.71/c${i}/`, title: `53.71/c${i}`, summary: "", updated: day })) };

  it("carries the 50 newest entries, newest first, in RSS and Atom", () => {
    expect(feedSize).toBe(50);
    const items = parser.parse(rss(many)).rss.channel.item as { pubDate: string }[];
    expect(items).toHaveLength(50);
    expect(items[0]!.pubDate).toBe("Thu, 29 Feb 2024 00:00:00 GMT");
    expect(items.at(-1)!.pubDate).toBe("Thu, 11 Jan 2024 00:00:00 GMT");
    const entries = parser.parse(atom(many)).feed.entry as { updated: string }[];
    expect(entries.map((e) => e.updated)).toEqual(items.map((_, i) => `${days[59 - i]}T00:00:00Z`));
  });
});
