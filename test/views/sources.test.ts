import { describe, expect, it } from "vitest";
import { sourceView, sourcesView } from "../../src/views/sources.ts";

describe("sourceView", () => {
  it("shows a web address's host before the link, so a look-alike host is seen", () => {
    expect(sourceView("en", "https://www.antaranews.com/berita/123").text).toBe(
      '<span class="source"><strong class="host">www.antaranews.com</strong> <a href="https://www.antaranews.com/berita/123" rel="nofollow noopener noreferrer">https://www.antaranews.com/berita/123</a></span>',
    );
  });

  it("shows a citation with its web address as the citation, then the host and the link", () => {
    expect(sourceView("id", "Suara-ntt.com, 1 Februari 2024, https://suara-ntt.com/a/amp").text).toBe(
      '<span class="source">Suara-ntt.com, 1 Februari 2024 · <strong class="host">suara-ntt.com</strong> <a href="https://suara-ntt.com/a/amp" rel="nofollow noopener noreferrer">https://suara-ntt.com/a/amp</a></span>',
    );
  });

  it("says that no link is known for a text citation, in the page's language", () => {
    expect(sourceView("id", "Metronewsntt.com, 1 Februari 2024").text).toContain("Metronewsntt.com, 1 Februari 2024 <span class=\"note\">· tautan tidak diketahui</span>");
    expect(sourceView("en", "Metronewsntt.com, 1 Februari 2024").text).toContain("· link unknown");
  });

  it("escapes what a citation holds, and joins several with ' | '", () => {
    expect(sourcesView("en", ["<b>x</b>", "https://example.org/a"]).text).toContain("&lt;b&gt;x&lt;/b&gt;");
    expect(sourcesView("en", ["a", "b"]).text.split(" | ")).toHaveLength(2);
  });
});
