// The built site in a real browser (test/browser/harness.ts): every page type read without
// JavaScript and checked with axe-core, citing and reusing, publishing, and hostile text in
// every field. Screenshots and determinism are in the slow suite (site.slow.test.ts).

import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browser, build, open, pageTypes, root, site, text, work, useBuiltSite } from "./harness.ts";
import { readsOnAPhone } from "./phone.ts";
import { serve } from "../../scripts/support/serve.ts";

useBuiltSite();

describe("every page type", () => {
  it.each(Object.entries(pageTypes))("%s reads with JavaScript disabled", async (_, path) => {
    const page = await open(path, { javaScript: false });
    expect((await text(page, "h1")).length).toBeGreaterThan(3);
    expect((await page.locator("main").innerText()).length).toBeGreaterThan(100);
    await page.close();
  });

  // In Bahasa Indonesia at 360 px here; in English at 360 px and both at 1280 px in the slow
  // suite (site.slow.test.ts), which CI runs too.
  it.each(Object.entries(pageTypes).map(([name, path]) => [`${name} at 360 px`, path] as const))(
    "%s has no axe-core violations, no text under 12 px, nothing wider than the screen but tables and charts in labelled scroll boxes",
    async (_, path) => {
      expect(await readsOnAPhone(path)).toEqual({ violations: [], wide: [], small: [], fits: true });
    },
  );
});

describe("text in the other language", () => {
  it("marks the data's Indonesian words on English pages, so a screen reader reads them in Indonesian", async () => {
    const page = await open("/en/kasus/64.09/ppu-pemilu2024-1/");
    const description = page.locator('[data-field="description"] [lang="id"]');
    expect(await description.innerText()).toBe(await page.locator('[data-field="description"]').innerText());
    expect(await page.locator('[data-field="asn_position"] [lang="id"], [data-field="asn_position"]:has-text("–")').count()).toBeGreaterThan(0);
    // The legal basis of each limit on the deadline clock.
    const bases = await page.locator("ol.clock [lang=id]").allInnerTexts();
    expect(bases.length).toBeGreaterThan(0);
    for (const basis of bases) expect(basis).toMatch(/^(UU|Perbawaslu|PP|Peraturan)/);
    await page.close();
    // The same case in Bahasa Indonesia needs no mark.
    const id = await open("/kasus/64.09/ppu-pemilu2024-1/");
    expect(await id.locator('main [lang="id"]').count()).toBe(0);
    await id.close();
  });
});

describe("chart labels", () => {
  it("show every label whole at 360 px: wrapped, never cut, the same as its table's row", async () => {
    const page = await open("/en/", { width: 360 });
    const charts = await page.locator("figure.bars").evaluateAll((figures) =>
      figures.map((f) => ({
        labels: [...f.querySelectorAll<HTMLElement>(".bar-label")].map((l) => [l.textContent, l.scrollWidth <= l.clientWidth + 0.5]),
        rows: [...f.querySelectorAll("tbody th")].map((th) => th.textContent),
      })),
    );
    expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const { labels, rows } of charts) expect(labels).toEqual(rows.map((r) => [r, true]));
    // The longest labels, which the drawn chart used to cut, wrap instead.
    expect(charts.flatMap((c) => c.labels.map(([label]) => label))).toContain("medium disciplinary penalty");
    await page.close();
  });
});

describe("citing and reusing", () => {
  it("gives every page a permalink, the data version and date, and a citation in both languages and BibTeX", async () => {
    const page = await open("/en/kasus/64.09/ppu-pemilu2024-1/");
    const version = (await text(page, "footer.site p >> nth=0")).match(/Data version ([0-9a-f]{12})\./)?.[1];
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    await page.getByText("Cite this page").click();
    const permalink = "https://pantau-netralitas-asn.github.io/en/kasus/64.09/ppu-pemilu2024-1/";
    expect(await page.locator("link[rel=canonical]").getAttribute("href")).toBe(permalink);
    const name = "Alleged: a civil servant of Pemerintah Kabupaten Penajam Paser Utara campaigned on social media or in a chat group in Kabupaten Penajam Paser Utara · 2024 General Election";
    expect(await text(page, '[data-cite="en"]')).toBe(`Pantau Netralitas ASN (2026). ${name}. Data version ${version}, updated 29 November 2026. Retrieved from ${permalink}`);
    expect(await text(page, '[data-cite="id"]')).toBe(`Pantau Netralitas ASN (2026). ${name}. Data versi ${version}, diperbarui 29 November 2026. Diakses dari ${permalink}`);
    expect(await text(page, '[data-cite="bibtex"]')).toContain(`howpublished = {\\url{${permalink}}}`);
    expect(await page.locator('meta[property="og:url"]').getAttribute("content")).toBe(permalink);
    await page.close();
  });

  it("lists the downloads, the schema, the Data Package and the update log on the data page, with Dataset JSON-LD", async () => {
    const page = await open("/data/");
    const status = page.locator("#field-status td");
    expect(await status.nth(2).innerText()).toBe("Status: Tahap penanganan saat ini.");
    expect(await status.nth(3).innerText()).toBe("Status: Where the case stands now.");
    expect(await status.nth(4).innerText()).toContain("referred (diteruskan / referred)");
    const hrefs = await page.locator("#downloads + ul a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(["/data/cases.csv", "/data/cases.json", "/templates/templat-kasus.xlsx", "/templates/templat-kasus.csv", "/periksa/", "/data/case.schema.json", "/data/datapackage.json", "/rilis/", "/data/releases.json", "/feeds/rss.xml", "/feeds/atom.xml"]);
    const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').innerText());
    expect(jsonLd).toMatchObject({ "@type": "Dataset", dateModified: "2026-11-29", distribution: [{ encodingFormat: "text/csv" }, { encodingFormat: "application/json" }] });
    expect(await page.locator("#changelog ~ ul li").allInnerTexts()).toEqual([
      "29 November 2026: 3 kasus diperbarui (1 di antaranya selesai): 35.14/psr-pemilu2024-1, 53.71/kpg-pemilu2024-1, 64.09/ppu-pemilu2024-1",
      "22 November 2026: 2 kasus diperbarui (1 di antaranya selesai): 35.78/SBY-2024-01, 35.78/SBY-2024-02",
      "20 November 2026: 1 kasus diperbarui (0 di antaranya selesai): 35.78/sby-kompilasi-2",
    ]);
    for (const href of hrefs) expect((await page.request.get(site.url + href!)).status(), href!).toBe(200);
    await page.close();
  });

  it("offers each region's cases for download", async () => {
    const page = await open("/wilayah/53/");
    const body = await (await page.request.get(`${site.url}/data/wilayah/53.csv`)).body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM that makes Excel read UTF-8
    expect(body.subarray(3).toString("utf8").trim().split("\r\n").map((line) => line.split(",")[0])).toEqual(["id", "53.71/kpg-pemilu2024-1"]);
    expect(await (await page.request.get(`${site.url}/data/wilayah/11.01.json`)).json()).toEqual([]);
    await page.close();
  });

  it("serves feeds of new and changed cases, national and per province, in both languages", async () => {
    const page = await open("/");
    const get = async (path: string) => (await page.request.get(site.url + path)).text();
    const rss = await get("/feeds/rss.xml");
    expect(rss.match(/<item>/g)).toHaveLength(6);
    expect((await get("/en/feeds/atom.xml")).match(/<entry>/g)).toHaveLength(6);
    const ntt = await get("/feeds/53.atom.xml");
    expect(ntt.match(/<entry>/g)).toHaveLength(1);
    // Each entry is named from its record and says who recorded it.
    expect(ntt).toContain("<title>ASN Pemerintah Kabupaten Kupang ikut kampanye di Kota Kupang · Pemilu 2024 (sanksi dijatuhkan)</title>");
    expect(ntt).toContain("<summary>Dihimpun redaksi dari pemberitaan, bukan terbitan kantor Bawaslu. 53.71/kpg-pemilu2024-1.");
    expect(rss).toContain("<description>Diterbitkan kantor Bawaslu. 35.78/SBY-2024-01.");
    // A replaced compiled case is no longer an entry of its own.
    expect(rss).not.toContain("sby-kompilasi-1");
    expect(await get("/feeds/11.rss.xml")).not.toContain("<item>");
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href")).toBe("/feeds/atom.xml");
    await page.close();
  });

  it("lists every page in sitemap.xml", async () => {
    const page = await open("/");
    const xml = await (await page.request.get(`${site.url}/sitemap.xml`)).text();
    expect(xml.match(/<url>/g)).toHaveLength(1132);
    expect(xml).toContain("<loc>https://pantau-netralitas-asn.github.io/en/wilayah/53.71/</loc><lastmod>2026-11-29</lastmod>");
    await page.close();
  });
});

describe("publishing", () => {
  it("serves data/cases.json: every case record, sorted by id", async () => {
    const page = await open("/data/cases.json");
    const cases = JSON.parse(await page.locator("body").innerText()) as { id: string }[];
    expect(cases.map((c) => c.id)).toEqual(["35.14/psr-pemilu2024-1", "35.78/SBY-2024-01", "35.78/SBY-2024-02", "35.78/sby-kompilasi-2", "53.71/kpg-pemilu2024-1", "64.09/ppu-pemilu2024-1"]);
    expect(Object.keys(cases[0]!)).toHaveLength(25);
    expect(Object.keys(cases[0]!).slice(0, 2)).toEqual(["id", "recorded_by"]);
    await page.close();
  });
});

describe("hostile text in every field", () => {
  let hostile: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    build(join(work, "hostile"), join(root, "test/fixtures/hostile-text-in-every-field"));
    hostile = await serve(join(work, "hostile"));
  }, 120_000);
  afterAll(async () => {
    await hostile?.close();
  });

  /** Open a page of the hostile site, noting any dialog or script the payloads could run. */
  async function visit(path: string): Promise<{ page: Page; dialogs: string[] }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(hostile.url + path, { waitUntil: "networkidle" });
    return { page, dialogs };
  }

  it.each(["/kasus/64.09/hostile-1/", "/en/kasus/64.09/hostile-1/", "/wilayah/64.09/", "/", "/kantor/", "/rilis/"])(
    "shows the payloads on %s as text and runs none of them",
    async (path) => {
      const { page, dialogs } = await visit(path);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(await page.locator("[onerror], [onload], iframe, img[src='x']").count()).toBe(0);
      expect(await page.locator("script").evaluateAll((scripts) => scripts.filter((s) => s.textContent?.includes("__pwned")).length)).toBe(0);
      await page.close();
    },
  );

  it("prints each field's payload literally on the case page", async () => {
    const { page } = await visit("/kasus/64.09/hostile-1/");
    expect(await text(page, 'dd[data-field="asn_position"]')).toBe("<script>window.__pwned='position'</script>");
    expect(await text(page, 'dd[data-field="asn_employer"]')).toBe(`"><img src=x onerror="window.__pwned='employer'">`);
    expect(await text(page, 'dd[data-field="description"]')).toContain("javascript:window.__pwned='js' data:text/html,<script>");
    expect(await text(page, 'dd[data-field="outcome_detail"]')).toBe(`<iframe src="javascript:window.__pwned='detail'"></iframe>`);
    expect(await page.locator("#sources ~ ul li").first().innerText()).toBe("<script>window.__pwned='source'</script> Kompas, 1 Februari 2024 · tautan tidak diketahui");
    // The one link among the sources is the https address, its query still encoded.
    expect(await page.locator("#sources ~ ul a").evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual([
      "https://example.org/berita?q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    ]);
    await page.close();
  });

  it("keeps the payloads inert in search results", async () => {
    const { page, dialogs } = await visit("/");
    await page.locator("#site-search").fill("hostile");
    await expect.poll(() => page.locator("ul.search-results li").count()).toBeGreaterThan(0);
    expect(await page.locator("ul.search-results img, ul.search-results script").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
