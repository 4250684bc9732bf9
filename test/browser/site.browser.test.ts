// The built site in a real browser (test/browser/harness.ts): figures, maps, regions, cases,
// releases, filters, search and the Content-Security-Policy. Pages of every type, citing and
// hostile text are in site-pages.browser.test.ts; the two files run side by side.

import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { problemCodes } from "../../src/ingest/problems/problems.ts";
import { browser, build, open, pageTypes, root, site, text, work, useBuiltSite } from "./harness.ts";
import { serve } from "../../scripts/support/serve.ts";

useBuiltSite();

describe("the overview", () => {
  it("shows the national totals of the test data, and who recorded them", async () => {
    const page = await open("/");
    const figures = await page.locator("main > dl.headline dd").allInnerTexts();
    expect(figures).toEqual(["6", "8", "4", "1", "1", "1"]);
    expect(await page.locator("main > dl.headline dt").allInnerTexts()).toEqual([
      "Kasus",
      "ASN terlibat",
      "Diteruskan atau lebih lanjut",
      "Sanksi dijatuhkan",
      "Dihentikan",
      "Sedang ditangani",
    ]);
    expect(await text(page, "main > p.lead")).toContain("6 kasus tercatat: 2 diterbitkan kantor Bawaslu, 4 dihimpun redaksi dari pemberitaan.");
    await page.close();
  });

  it("lists all 38 provinces, a known one's count, and – (not 0) for the 35 nothing is known of", async () => {
    const page = await open("/en/");
    const rows = page.locator("#provinces ~ .table-wrap tbody tr");
    expect(await rows.count()).toBe(38);
    expect(await rows.filter({ hasText: "Nusa Tenggara Timur" }).locator("td").first().innerText()).toBe("1");
    expect(await rows.filter({ hasText: "Jawa Timur" }).locator("td").allInnerTexts()).toEqual(["4", "2", "0", "1", "1"]);
    expect(await rows.filter({ hasText: "Aceh" }).locator("td").allInnerTexts()).toEqual(["–", "–", "–", "–", "–"]);
    const cells = await rows.locator("td").allInnerTexts();
    expect(cells.filter((c) => c === "–")).toHaveLength(35 * 5);
    expect(await page.locator("#provinces ~ p.note").innerText()).toBe("–: no data yet (not zero).");
    await page.close();
  });
});

describe("the national map", () => {
  it("is passed by keyboard in one step: a 'skip the map' link just before its first regency, to a place after it", async () => {
    const page = await open("/");
    const found = await page.evaluate(() => {
      const first = document.querySelector("svg[data-map] a")!;
      const focusable = [...document.querySelectorAll<HTMLElement>("a[href], button, input, select, [tabindex]")].filter((e) => e.tabIndex >= 0 && !e.closest("[hidden]"));
      const before = focusable[focusable.indexOf(first as unknown as HTMLElement) - 1]!;
      const target = document.querySelector(before.getAttribute("href") ?? "#none");
      const map = document.querySelector("svg[data-map]")!;
      return { text: before.textContent, after: target !== null && (map.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !map.contains(target) };
    });
    expect(found).toEqual({ text: "Lewati peta (setiap wilayahnya adalah tautan)", after: true });
    // As a keyboard user: onto the link (it shows), Enter, and the next Tab leaves the map behind.
    await page.locator("a.skip-map").focus();
    expect(await page.locator("a.skip-map").isVisible()).toBe(true);
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("svg[data-map]") === null && document.activeElement !== document.body)).toBe(true);
    await page.close();
  });

  it("takes a click on a regency to that regency's page", async () => {
    const page = await open("/");
    // A point inside the regency's shape, found the way a person aims: where the browser says it is.
    const point = await page.evaluate(() => {
      const target = document.querySelector('svg[data-map] a[data-code="64.09"] path')!;
      const box = target.getBoundingClientRect();
      for (let i = 1; i < 20; i++) {
        for (let j = 1; j < 20; j++) {
          const x = box.left + (box.width * i) / 20;
          const y = box.top + (box.height * j) / 20;
          if (document.elementFromPoint(x, y) === target) return { x, y };
        }
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await page.waitForURL(`${site.url}/wilayah/64.09/`);
    expect(await text(page, "h1")).toBe("Kabupaten Penajam Paser Utara");
    await page.close();
  });

  it("opens as a zoomable Leaflet map on demand, whose regencies hover and click through", async () => {
    const page = await open("/");
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    expect(await page.locator("script[src*='map-island'], link[href*='map-island']").count()).toBe(0);
    await page.getByRole("button", { name: "Perbesar peta (geser dan zoom)" }).click();
    await page.waitForSelector(".map-island .leaflet-overlay-pane path");
    expect(await page.locator("svg[data-map]").isVisible()).toBe(false);
    // The button is gone once its map is open, and the keyboard is on the map.
    await expect.poll(() => page.locator("button.map-zoom").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("leaflet-container"))).toBe(true);
    const zoomIn = await page.locator(".leaflet-control-zoom-in").boundingBox();
    expect([zoomIn!.width, zoomIn!.height]).toEqual([44, 44]);
    const point = await page.evaluate(() => {
      const holder = document.querySelector(".map-island") as HTMLElement & { leafletMap: any; leafletLayers: Map<string, any> };
      const at = holder.leafletMap.latLngToContainerPoint(holder.leafletLayers.get("64.09").getCenter());
      const box = holder.getBoundingClientRect();
      return { x: box.left + at.x, y: box.top + at.y };
    });
    // The legend's patterns stay: compiled cases dotted, never heard from hatched.
    const fills = await page.evaluate(() => {
      const layers = (document.querySelector(".map-island") as HTMLElement & { leafletLayers: Map<string, any> }).leafletLayers;
      return ["64.09", "11.01"].map((code) => layers.get(code)._path.getAttribute("fill"));
    });
    expect(fills).toEqual(["url(#compiled-0)", "url(#never)"]);
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.locator(".leaflet-tooltip").innerText()).toBe("Kabupaten Penajam Paser Utara: 1 kasus, dihimpun dari pemberitaan");
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(`${site.url}/wilayah/64.09/`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("on a touch screen leaves one finger to the page and shows a tapped region's figures with a link, not its page at once", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.getByRole("button", { name: "Perbesar peta (geser dan zoom)" }).click();
    await page.waitForSelector(".map-island .leaflet-overlay-pane path");
    expect(await text(page, "p.map-touch-hint")).toBe("Gulir halaman dengan satu jari; geser dan perbesar peta dengan dua jari. Ketuk wilayah untuk melihat angkanya.");
    const state = await page.evaluate(() => {
      const holder = document.querySelector(".map-island") as HTMLElement & { leafletMap: any; leafletLayers: Map<string, any> };
      const at = holder.leafletMap.latLngToContainerPoint(holder.leafletLayers.get("64.09").getCenter());
      const box = holder.getBoundingClientRect();
      return { dragging: holder.leafletMap.dragging.enabled(), pinch: holder.leafletMap.touchZoom.enabled(), x: box.left + at.x, y: box.top + at.y };
    });
    expect([state.dragging, state.pinch]).toEqual([false, true]);
    await page.touchscreen.tap(state.x, state.y);
    const popup = page.locator(".leaflet-popup-content");
    await expect.poll(() => popup.count()).toBe(1);
    expect(await popup.locator("p").innerText()).toBe("Kabupaten Penajam Paser Utara: 1 kasus, dihimpun dari pemberitaan");
    expect(await popup.locator("a").getAttribute("href")).toBe("/wilayah/64.09/");
    expect(new URL(page.url()).pathname).toBe("/");
    await popup.locator("a").tap();
    await page.waitForURL(`${site.url}/wilayah/64.09/`);
    await context.close();
  });

  it("on a regency's page, fetches only the geometry of the provinces it draws", async () => {
    const page = await open("/wilayah/53.71/");
    const fetched: string[] = [];
    page.on("request", (r) => r.url().includes("/geo/") && fetched.push(new URL(r.url()).pathname));
    await page.getByRole("button", { name: "Perbesar peta (geser dan zoom)" }).click();
    await page.waitForSelector(".map-island .leaflet-overlay-pane path");
    expect(fetched).toEqual(["/geo/53.topo.json"]);
    expect(await page.locator(".leaflet-tile").count()).toBe(0);
    await page.close();
  });

  it("on a phone, lists the provinces ranked by cases as 44 px targets where the national map's regencies are too small to tap", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    const list = page.getByRole("list", { name: "Provinsi menurut jumlah kasus" });
    expect(await list.isVisible()).toBe(true);
    const items = list.locator("a");
    expect(await items.count()).toBe(10);
    expect(await items.nth(0).innerText()).toMatch(/^Jawa Timur\s+4$/);
    // The other 28 one tap away, the unknown last.
    await page.getByText("Tampilkan 28 provinsi lainnya").click();
    const rest = page.getByRole("list", { name: "Provinsi lainnya menurut jumlah kasus" }).locator("a");
    expect(await rest.count()).toBe(28);
    expect(await rest.nth(27).innerText()).toMatch(/\s+–$/);
    const heights = await page.locator(".map-ranked a, .map-ranked summary").evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    expect(await page.locator("svg[data-map]").evaluate((svg) => getComputedStyle(svg).pointerEvents)).toBe("none");
    await items.nth(0).click();
    await page.waitForURL(`${site.url}/wilayah/35/`);
    await context.close();
    const wide = await open("/");
    expect(await wide.getByRole("list", { name: "Provinsi menurut jumlah kasus" }).count()).toBe(0);
    await wide.close();
  });

  it("reaches every regency from the keyboard", async () => {
    const page = await open("/en/");
    expect(await page.locator("svg[data-map] a[href]").count()).toBe(514);
    await page.locator('svg[data-map] a[data-code="35.14"]').focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(`${site.url}/en/wilayah/35.14/`);
    await page.close();
  });

  it("shades regencies by their cases, dots the compiled ones, whites an empty file and hatches those never heard from", async () => {
    const page = await open("/");
    const shade = (code: string) =>
      page.locator(`svg[data-map] a[data-code="${code}"]`).evaluate((a) => [a.getAttribute("data-state"), a.getAttribute("data-cases"), a.querySelector("path")!.getAttribute("fill")]);
    expect(await shade("35.78")).toEqual(["published", "3", "#e29a8d"]);
    expect(await shade("64.01")).toEqual(["empty", "0", "#ffffff"]);
    expect(await shade("53.71")).toEqual(["compiled", "1", "url(#compiled-0)"]);
    expect(await shade("64.09")).toEqual(["compiled", "1", "url(#compiled-0)"]);
    expect(await shade("35.14")).toEqual(["compiled", "1", "url(#compiled-0)"]);
    expect(await shade("53.01")).toEqual(["never", "0", "url(#never)"]);
    expect(await page.locator('svg[data-map] a[data-state="never"]').count()).toBe(514 - 5);
    // A regency nothing is known of has no count in its label.
    expect(await page.locator('svg[data-map] a[data-code="53.01"]').getAttribute("aria-label")).toBe("Kabupaten Kupang: belum ada data");
    expect(await page.locator('svg[data-map] a[data-code="64.01"]').getAttribute("aria-label")).toBe("Kabupaten Paser: 0 kasus, kantor menerbitkan berkas tanpa kasus");
    expect(await page.locator("figure.map .legend li").allInnerTexts()).toEqual([
      "1",
      "2–4",
      "5–9",
      "≥ 10",
      "bertitik: dihimpun redaksi dari pemberitaan, bukan terbitan kantor",
      "kantor menerbitkan berkas tanpa kasus",
      "belum pernah ada data",
    ]);
    expect(await text(page, "figure.map p.note")).toBe("Batas wilayah: cahyadsn/wilayah_boundaries (MIT), disederhanakan.");
    await page.close();
  });

  it("is on a regency's page with the regions its cases link to", async () => {
    const page = await open("/wilayah/53.71/");
    expect(await page.locator("svg[data-map] path.focus").count()).toBe(1);
    expect(await page.locator("svg[data-map] a:has(path.mark)").getAttribute("data-code")).toBe("53.01");
    // Both outlines again over every regency, the focus last, so no neighbour covers them.
    const outlines = page.locator("svg[data-map] > g.outlines[aria-hidden=true] > path");
    expect(await outlines.evaluateAll((paths) => paths.map((p) => p.getAttribute("class")))).toEqual(["o-mark", "o-focus"]);
    expect(await outlines.last().getAttribute("d")).toBe(await page.locator("svg[data-map] path.focus").getAttribute("d"));
    expect(await outlines.last().evaluate((p) => getComputedStyle(p).fill)).toBe("none");
    await page.close();
  });
});

/** A region page's table of its figures beside its province's and the nation's. */
const comparison = (page: Page) => page.locator("table", { has: page.locator("caption", { hasText: /^(Dibandingkan|Compared)$/ }) });

describe("region pages", () => {
  it.each([
    ["/wilayah/53.71/", "Kota Kupang", "53.71/kpg-pemilu2024-1"],
    ["/wilayah/64.09/", "Kabupaten Penajam Paser Utara", "64.09/ppu-pemilu2024-1"],
    ["/wilayah/35.14/", "Kabupaten Pasuruan", "35.14/psr-pemilu2024-1"],
  ])("%s says %s's case was compiled by the editors, never that its office published it", async (path, name, id) => {
    for (const lang of ["id", "en"]) {
      const page = await open(lang === "en" ? `/en${path}` : path);
      expect(await text(page, "h1")).toBe(name);
      expect(await page.locator("p.state").getAttribute("data-state")).toBe("compiled");
      expect(await text(page, "p.state")).toBe(
        lang === "id"
          ? "Kantor Bawaslu wilayah ini belum menerbitkan data di sini. 1 kasus yang ditanganinya dihimpun redaksi dari pemberitaan."
          : "This region's Bawaslu office has not published data here. 1 case it handled was compiled by the editors from news reports.",
      );
      const row = page.locator("#handled ~ .table-wrap tbody tr", { hasText: id });
      expect(await row.locator("[data-provenance=compiled]").innerText()).toBe(lang === "id" ? "dihimpun redaksi" : "compiled by editors");
      // No wording of publishing anywhere in what the page says of the region and its cases.
      const main = await text(page, "main");
      expect(main).not.toMatch(lang === "id" ? /kantor (Bawaslu )?(wilayah ini )?menerbitkan \d/i : /office (has )?publish(es|ed) \d/i);
      // Its office is not graded on what news reports left out; a coverage note says so.
      expect(await page.locator("[data-grade]").count()).toBe(0);
      expect(await page.locator("[data-coverage=compiled]").count()).toBe(1);
      await page.close();
    }
  });

  it("says what an office publishes, and the compiled case beside it", async () => {
    const page = await open("/en/wilayah/35.78/");
    expect(await page.locator("p.state").getAttribute("data-state")).toBe("published");
    expect(await text(page, "p.state")).toBe("This region's Bawaslu office publishes 2 cases. Besides, 1 more case was compiled by the editors from news reports.");
    expect(await page.locator("#handled ~ .table-wrap tbody tr").evaluateAll((rows) => rows.map((r) => [r.querySelector("a")!.textContent, r.querySelector("[data-provenance]") !== null]))).toEqual([
      // Newest incident first, as every region's list pages.
      ["35.78/sby-kompilasi-2", true],
      ["35.78/SBY-2024-02", false],
      ["35.78/SBY-2024-01", false],
    ]);
    expect(await text(page, "#handled ~ p[data-range]")).toBe("Cases 1–3 of 3, newest incident first.");
    // The grade judges the office's two rows only.
    expect(await page.locator("[data-grade]").getAttribute("data-grade")).toBe("good");
    expect(await text(page, '[data-quality="complete"]')).toBe("18 of 18 (100%)");
    await page.close();
  });

  it("says when a regency's office published a file with no cases, with the file's date", async () => {
    const page = await open("/en/wilayah/64.01/");
    expect(await page.locator("p.state").getAttribute("data-state")).toBe("empty");
    expect(await text(page, "p.state")).toMatch(/^This region's Bawaslu office published a file with no cases \(\d{1,2} [A-Z][a-z]+ \d{4}\)\.$/);
    // Zero here means recorded, none: the figures read 0.
    expect(await comparison(page).locator("tbody tr").first().locator("td").first().innerText()).toBe("0");
    await page.close();
  });

  it("says when a regency's office was never heard from, and shows – rather than 0 for it, in both languages", async () => {
    for (const [path, state, legend] of [
      ["/en/wilayah/11.01/", "There is no data from this region's Bawaslu office, and the editors have not compiled its cases from news reports. No data does not mean no violations.", "–: no data yet (not zero)."],
      ["/wilayah/11.01/", "Belum ada data dari kantor Bawaslu wilayah ini, dan redaksi belum menghimpun kasusnya dari pemberitaan. Tidak ada data tidak berarti tidak ada pelanggaran.", "–: belum ada data (bukan nol)."],
    ] as const) {
      const page = await open(path);
      expect(await text(page, "h1")).toBe("Kabupaten Aceh Selatan");
      expect(await page.locator("p.state").getAttribute("data-state")).toBe("never");
      expect(await text(page, "p.state")).toBe(state);
      const rows = comparison(page).locator("tbody tr");
      expect(await rows.first().locator("td").allInnerTexts()).toEqual(["–", "–", "–", "–", "–", "–"]);
      // Its province is not known either; the nation is.
      expect(await rows.nth(1).locator("td").allInnerTexts()).toEqual(["–", "–", "–", "–", "–", "–"]);
      expect(await rows.nth(2).locator("td").allInnerTexts()).toEqual(["6", "8", "4", "1", "1", "1"]);
      expect(await page.locator("p.note", { hasText: "–:" }).first().innerText()).toBe(legend);
      await page.close();
    }
  });

  it("says of a province whose regencies hold cases that only its own office is unheard from, never that nothing was compiled", async () => {
    const page = await open("/wilayah/53/");
    expect(await text(page, "p.state")).toBe(
      "Kantor Bawaslu provinsi ini belum menerbitkan data di sini, dan catatan redaksi belum memuat kasus yang ditangani kantor provinsi itu sendiri. Tercatat 1 kasus yang ditangani kantor-kantor Bawaslu di provinsi ini: 0 diterbitkan kantor Bawaslu, 1 dihimpun redaksi dari pemberitaan.",
    );
    await page.close();
  });

  it("shows the Kupang case on Kabupaten Kupang's page as its ASN's employer region", async () => {
    const page = await open("/en/wilayah/53.01/");
    const row = page.locator("#employed ~ .table-wrap tbody tr");
    expect(await row.count()).toBe(1);
    expect(await row.locator("td").allInnerTexts()).toEqual([
      "53.71/kpg-pemilu2024-1compiled by editors",
      "29 December 2023",
      "Kota Kupang",
      "campaign participation",
      "sanctioned",
      "other",
      "ASN's employer here",
    ]);
    await page.close();
  });
});

describe("a province page", () => {
  it("tells its own office's state apart from what all its offices hold, and who recorded it", async () => {
    const page = await open("/en/wilayah/53/");
    expect(await text(page, "h1")).toBe("Nusa Tenggara Timur province");
    expect(await text(page, "p.state")).toBe(
      "This province's Bawaslu office has not published data here, and the editors' record holds no case handled by the provincial office itself. 1 case handled by the Bawaslu offices of this province is recorded: 0 published by Bawaslu offices, 1 compiled by the editors from news reports.",
    );
    const regencies = page.locator("#regencies ~ .table-wrap tbody tr");
    expect(await regencies.count()).toBe(22);
    expect(await regencies.filter({ hasText: "Kota Kupang" }).locator("td").allInnerTexts()).toEqual(["compiled from news reports", "1", "1", "1"]);
    expect(await regencies.filter({ hasText: "Kabupaten Kupang" }).locator("td").allInnerTexts()).toEqual(["no data yet", "–", "–", "–"]);
    await page.close();
  });

  it("lists the cases of all its offices, not just its own office's", async () => {
    const page = await open("/wilayah/35/");
    expect(await page.locator("#province-cases ~ .table-wrap tbody tr a").allInnerTexts()).toEqual([
      "35.78/sby-kompilasi-2",
      "35.78/SBY-2024-02",
      "35.78/SBY-2024-01",
      "35.14/psr-pemilu2024-1",
    ]);
    expect(await text(page, "#province-cases ~ p[data-range]")).toBe("Kasus 1–4 dari 4, kejadian terbaru lebih dulu.");
    expect(await page.locator("nav.pages").count()).toBe(0);
    await text(page, "p.state").then((state) => expect(state).toContain("Tercatat 4 kasus yang ditangani kantor-kantor Bawaslu di provinsi ini: 2 diterbitkan kantor Bawaslu, 2 dihimpun redaksi dari pemberitaan."));
    await page.close();
  });

  it("shows an empty office file and a compiled regency apart from one never heard from", async () => {
    const page = await open("/en/wilayah/64/");
    const state = (name: string) => page.locator("#regencies ~ .table-wrap tbody tr", { hasText: name }).locator("td").allInnerTexts();
    expect(await state("Kabupaten Paser")).toEqual(["office file with no cases", "0", "0", "0"]);
    expect(await state("Kabupaten Penajam Paser Utara")).toEqual(["compiled from news reports", "1", "1", "0"]);
    expect(await state("Kabupaten Kutai Barat")).toEqual(["no data yet", "–", "–", "–"]);
    await page.close();
  });
});

describe("a case page", () => {
  it("shows every step in order with the days between them, and the election's milestones", async () => {
    const page = await open("/en/kasus/64.09/ppu-pemilu2024-1/");
    const steps = await page.locator("ol.timeline > li").evaluateAll((items) =>
      items.map((li) => [li.getAttribute("data-step"), li.querySelector(".when")?.textContent, li.querySelector(".gap")?.textContent ?? null]),
    );
    expect(steps).toEqual([
      ["election", "28 November 2023", null],
      ["incident", "30 December 2023", null],
      ["reported", "2 January 2024", "3 days later"],
      ["event", "3 January 2024", "1 day later"],
      ["event", "7 January 2024", "4 days later"],
      ["referred", "7 February 2024", "31 days later"],
      ["election", "10 February 2024", null],
      ["election", "14 February 2024", null],
    ]);
    expect(await page.locator("#durations ~ dl dd").allInnerTexts()).toEqual(["36 days", "cannot be counted (dates incomplete)"]);
    expect(await page.locator("#sources ~ ul li").allInnerTexts()).toEqual([
      "Berita Bawaslu PPU bertemu KASN di Jakarta, Kamis 8 Februari 2024 · link unknown",
      "Tribun Kaltim, Bawaslu PPU proses dugaan pelanggaran Pemilu 2024 dari ASN dan aparatur desa, 7 Januari 2024 · kaltim.tribunnews.com https://kaltim.tribunnews.com/2024/01/07/bawaslu-ppu-proses-dugaan-pelanggaran-pemilu-2024-dari-asn-dan-aparatur-desa",
    ]);
    await page.close();
  });

  it("shows the steps whose date no source gives apart, under their own heading, never after the dated ones", async () => {
    const page = await open("/en/kasus/53.71/kpg-pemilu2024-1/");
    expect(await page.locator("ol.timeline > li").evaluateAll((items) => items.map((li) => li.getAttribute("data-step")))).not.toContain("outcome");
    expect(await text(page, "#undated")).toBe("Date unknown");
    expect(await page.locator("ul.timeline-undated > li").evaluateAll((items) => items.map((li) => li.getAttribute("data-step")))).toEqual(["reported", "referred", "outcome"]);
    await page.close();
  });

  it("labels every fact in the page's language", async () => {
    const page = await open("/kasus/53.71/kpg-pemilu2024-1/");
    expect(await text(page, 'dd[data-field="status"]')).toBe("sanksi dijatuhkan");
    expect(await text(page, 'dd[data-field="reported_date"]')).toBe("tidak diketahui");
    expect(await text(page, 'dd[data-field="asn_employer_regency"]')).toBe("Kabupaten Kupang (53.01)");
    expect(await text(page, 'dd[data-field="newest_source"]')).toBe("21 Agustus 2024");
    await page.close();
  });

  it("is named from its record, 'alleged' until a recommendation or sanction, in the heading, <title>, og:title and description", async () => {
    const cases = [
      ["/kasus/64.09/ppu-pemilu2024-1/", "Dugaan: ASN Pemerintah Kabupaten Penajam Paser Utara berkampanye lewat media sosial atau grup percakapan di Kabupaten Penajam Paser Utara · Pemilu 2024"],
      ["/en/kasus/53.71/kpg-pemilu2024-1/", "A civil servant of Pemerintah Kabupaten Kupang took part in a campaign in Kota Kupang · 2024 General Election"],
      ["/en/kasus/35.14/psr-pemilu2024-1/", "2 civil servants of Pemerintah Kabupaten Pasuruan met a candidate in Kabupaten Pasuruan · 2024 General Election"],
    ] as const;
    for (const [path, name] of cases) {
      const page = await open(path);
      expect(await text(page, "h1")).toBe(name);
      expect(await page.title()).toBe(`${name} · Pantau Netralitas ASN`);
      expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBe(`${name} · Pantau Netralitas ASN`);
      expect(await page.locator('meta[name="description"]').getAttribute("content")).toMatch(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\. (Ditangani|Handled by) Bawaslu`));
      await page.close();
    }
  });

  it("says a compiled case was compiled, and never that an office published it, in both languages", async () => {
    for (const [path, note, recorded] of [
      ["/kasus/53.71/kpg-pemilu2024-1/", "Kasus ini dihimpun redaksi Pantau Netralitas ASN dari pemberitaan", "redaksi Pantau, dihimpun dari pemberitaan"],
      ["/en/kasus/53.71/kpg-pemilu2024-1/", "This case was compiled by the Pantau Netralitas ASN editors from the news reports cited below", "the Pantau editors, compiled from news reports"],
    ] as const) {
      const page = await open(path);
      expect(await text(page, "[data-provenance=compiled]")).toContain(note);
      expect(await text(page, 'dd[data-field="recorded_by"]')).toBe(recorded);
      expect(await page.locator('meta[name="description"]').getAttribute("content")).toMatch(/(Dihimpun redaksi dari pemberitaan, bukan terbitan kantor Bawaslu|Compiled by the editors from news reports, not published by the Bawaslu office)\.$/);
      await page.close();
    }
  });

  it("keeps a replaced compiled case at its address, pointing to the office's record, and the office's record points back", async () => {
    const page = await open("/en/kasus/35.78/sby-kompilasi-1/");
    expect(await text(page, "[data-provenance=replaced]")).toContain("The Bawaslu office now publishes it itself:");
    // Its sections say what they lack, not a heading over nothing.
    expect(await text(page, '[data-changes="none"]')).toBe("No release records a change to this case.");
    expect(await text(page, '[data-clock="none"]')).toBe("No step of this case is timed against a deadline.");
    await page.locator("[data-provenance=replaced] a").click();
    await page.waitForURL(`${site.url}/en/kasus/35.78/sby-2024-01/`);
    expect(await text(page, 'dd[data-field="recorded_by"]')).toBe("the Bawaslu office (published by the office)");
    expect(await text(page, "[data-provenance=office]")).toContain("This office record replaces a case first compiled by the editors from news reports:");
    expect(await page.locator("[data-provenance=office] a").getAttribute("href")).toBe("/en/kasus/35.78/sby-kompilasi-1/");
    await page.close();
  });

  it("shows its sources with their host and link, and a way to report an error with the case and its address filled in", async () => {
    const page = await open("/kasus/35.14/psr-pemilu2024-1/");
    const first = page.locator("#sources ~ ul li").first();
    expect(await first.locator(".host").innerText()).toBe("suarajatimpost.com");
    expect(await first.locator("a").getAttribute("rel")).toContain("noopener");
    const issue = new URL((await page.locator("[data-correction=issue]").getAttribute("href"))!);
    expect(`${issue.origin}${issue.pathname}`).toBe("https://github.com/pantau-netralitas-asn/pantau-netralitas-asn/issues/new");
    expect(issue.searchParams.get("title")).toBe("Koreksi: kasus 35.14/psr-pemilu2024-1");
    expect(issue.searchParams.get("body")).toContain("Alamat: https://pantau-netralitas-asn.github.io/kasus/35.14/psr-pemilu2024-1/");
    const mail = (await page.locator("[data-correction=mail]").getAttribute("href"))!;
    expect(mail.startsWith("mailto:koreksi@pantau-netralitas-asn.org?subject=Koreksi%20kasus%2035.14%2Fpsr-pemilu2024-1")).toBe(true);
    expect(await text(page, "#corrections ~ p.note")).toContain("Orang yang bersangkutan dengan kasus ini dapat meminta koreksi atau menyampaikan hak jawab");
    await page.close();
    const methodology = await open("/en/metodologi/#koreksi");
    expect(await text(methodology, "#koreksi")).toContain("A person concerned in a case");
    expect(await methodology.locator("#koreksi a[href^='mailto:']").innerText()).toBe("koreksi@pantau-netralitas-asn.org");
    await methodology.close();
  });

  it("says when a case still in review rests on sources over six months old", async () => {
    const page = await open("/en/kasus/35.78/sby-kompilasi-2/");
    expect(await text(page, "main > p.lead [data-stale]")).toBe("status last known as of 3 February 2024");
    expect(await text(page, "[data-stale-note]")).toContain("its newest source is dated 3 February 2024, more than 6 months ago");
    await page.close();
  });
});

describe("the deadline clock", () => {
  const clock = (page: Page) =>
    page.locator("ol.clock > li").evaluateAll((items) =>
      items.map((li) => [li.getAttribute("data-clock"), li.querySelector(".verdict")?.textContent, li.querySelector(".note")?.textContent ?? null]),
    );

  it("shows Penajam Paser Utara's report on time after 1 working day and its referral 12 working days past the extended limit, all in that limit's terms", async () => {
    const page = await open("/en/kasus/64.09/ppu-pemilu2024-1/");
    expect(await clock(page)).toEqual([
      ["incident-reported", "On time", null],
      ["reported-decided", "Late by 12 working days", null],
    ]);
    const first = await page.locator('ol.clock > li[data-clock="incident-reported"] dd').allInnerTexts();
    expect(first).toEqual(["1 working day", "Basic limit: 7 working days (UU 7/2017 Pasal 454 ayat (6))", "10 January 2024"]);
    const second = page.locator('ol.clock > li[data-clock="reported-decided"]');
    expect(await second.locator("dt").allInnerTexts()).toEqual(["Time taken", "Basic limit", "Limit that applies", "Last day under the extended limit"]);
    expect(await second.locator("dd").allInnerTexts()).toEqual(["26 working days", "7 days (UU 7/2017 Pasal 454 ayat (7))", "Extended limit: 14 working days (UU 7/2017 Pasal 454 ayat (8))", "22 January 2024"]);
    await page.close();
  });

  it("says which dates are missing for Kota Kupang and Kabupaten Pasuruan", async () => {
    const kupang = await open("/kasus/53.71/kpg-pemilu2024-1/");
    expect(await clock(kupang)).toEqual([
      ["incident-reported", "Tanggal tidak cukup", "Kosong atau hanya diketahui bulannya: Tanggal laporan/temuan."],
      ["reported-decided", "Tanggal tidak cukup", "Kosong atau hanya diketahui bulannya: Tanggal laporan/temuan, Tanggal diteruskan."],
    ]);
    await kupang.close();
    const pasuruan = await open("/en/kasus/35.14/psr-pemilu2024-1/");
    expect(await clock(pasuruan)).toEqual([
      ["incident-reported", "Not enough dates", "Blank or known only by month: Incident date, Reported date."],
      ["reported-decided", "Not enough dates", "Blank or known only by month: Reported date, Referred date."],
    ]);
    await pasuruan.close();
  });

  it("marks the Pilkada deadlines unchecked on the methodology page, and the Pemilu ones checked", async () => {
    const page = await open("/en/metodologi/");
    const rows = await page.locator("tr[data-deadline]").evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-deadline"), tr.lastElementChild?.firstChild?.textContent]));
    expect(rows.filter(([basis]) => basis!.startsWith("UU 7/2017")).map(([, status]) => status)).toEqual(Array(4).fill("checked against the text"));
    expect(rows.filter(([basis]) => basis!.startsWith("UU 1/2015")).map(([, status]) => status)).toEqual(Array(3).fill("not yet checked"));
    await page.close();
  });
});

describe("where cases stop", () => {
  const funnelTable = (page: Page) =>
    page.locator("#funnel ~ div details.data-table tbody tr").evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));

  it("shows the national funnel with shares, the median and the case open too long", async () => {
    const page = await open("/en/");
    expect(await funnelTable(page)).toEqual([
      ["Reported or found", "6", "100%"],
      ["Referred", "4", "67%"],
      ["Recommendation issued", "2", "33%"],
      ["Sanction imposed", "1", "17%"],
      ["Dismissed", "1", "17%"],
      ["Still in review", "1", "17%"],
    ]);
    expect(await text(page, 'dd[data-transition="reported_referred"]')).toBe("24 days (over 2 cases)");
    expect(await page.locator("#funnel ~ div ul[data-open-too-long] a").allInnerTexts()).toEqual(["35.78/sby-kompilasi-2"]);
    await page.close();
  });

  it("shows each compiled regency's funnel, and a coverage note instead of a grade", async () => {
    for (const code of ["64.09", "53.71", "35.14"]) {
      const page = await open(`/en/wilayah/${code}/`);
      const rows = await funnelTable(page);
      expect(rows[0], code).toEqual(["Reported or found", "1", "100%"]);
      expect(rows[1]![1], code).toBe("1");
      expect(await page.locator("p.grade").count(), code).toBe(0);
      expect(await text(page, "[data-coverage]"), code).toContain("not used to grade this office");
      await page.close();
    }
  });

  it("grades only the offices that published, on their own rows, and says so on /kantor/", async () => {
    const page = await open("/kantor/");
    const rows = await page.locator("tr[data-office]").evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-office"), tr.children[1]!.textContent, tr.children[4]!.textContent]));
    expect(rows).toEqual([
      ["35.78", "Baik", "100%"],
      ["64.01", "Baik", "100%"],
    ]);
    expect(await text(page, "main")).toContain("Hanya baris yang diterbitkan kantor itu sendiri yang dinilai; kasus yang dihimpun redaksi dari pemberitaan tidak ikut dihitung.");
    await page.close();
  });
});

describe("official figures", () => {
  const rows = (page: Page) =>
    page.locator("tr[data-official]").evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-comparable"), ...[...tr.children].map((c) => (c as HTMLElement).innerText.split("\n")[0]!.trim())]));

  it("set Bawaslu Kota Kupang's count of 21 August 2024 beside this record's, in the same unit and stage, with both dates", async () => {
    const page = await open("/en/wilayah/53.71/");
    expect(await rows(page)).toEqual([["true", "1 ASN handled", "Bawaslu Kota Kupang, 21 August 2024", "1 ASN handled", "100%"]]);
    expect(await text(page, 'tr[data-official] td:nth-child(3) .note')).toBe("data as of 29 November 2026, 1 case");
    await page.close();
  });

  it("set national totals beside the record where unit and stage match, and side by side with no percentage where they do not", async () => {
    const page = await open("/");
    expect(await rows(page)).toEqual([
      ["true", "403 ASN dilaporkan", "KASN, 6 Februari 2024", "8 ASN dilaporkan", "2%"],
      ["true", "97 ASN dijatuhi sanksi", "KASN, 6 Februari 2024", "1 ASN dijatuhi sanksi", "1%"],
      ["false", "667 laporan menunggu verifikasi BKN", "Kemendagri, 4 Desember 2024", "0 kasus (semua tahap)", "tidak sebanding"],
    ]);
    expect(await text(page, "#official ~ p.note")).toContain("Tidak sebanding: angka resmi menghitung satuan atau tahap yang tidak dicatat situs ini");
    await page.close();
  });
});

describe("releases", () => {
  it("list the first release with the test data's cases added, its data version, and each case links to its own change", async () => {
    const page = await open("/en/rilis/");
    const first = page.locator("section[data-release]").last();
    expect(await first.getAttribute("data-release")).toBe("2026-11-29");
    expect(await first.locator("p.note").innerText()).toMatch(/^6 added, 0 changed, 0 removed · Data version [0-9a-f]{12} · (commit [0-9a-f]{10}|not yet committed)$/);
    expect(await first.locator("li").allInnerTexts()).toEqual([
      "added: 35.14/psr-pemilu2024-1",
      "added: 35.78/SBY-2024-01",
      "added: 35.78/SBY-2024-02",
      "added: 35.78/sby-kompilasi-2",
      "added: 53.71/kpg-pemilu2024-1",
      "added: 64.09/ppu-pemilu2024-1",
    ]);
    // The newest release's data version is the one the footer and every citation name.
    const newest = page.locator("section[data-release]").first();
    expect(await text(page, "footer.site")).toContain(`Data version ${await newest.locator("[data-version]").getAttribute("data-version")}.`);
    await page.close();
    const casePage = await open("/en/kasus/53.71/kpg-pemilu2024-1/");
    expect(await casePage.locator("ul[data-changes] li").last().innerText()).toBe("29 November 2026: added");
    await casePage.close();
  });

  it("publish data/releases.json with the delta and data version per office and province", async () => {
    const response = await fetch(`${site.url}/data/releases.json`);
    const body = await response.json();
    const first = body.releases.at(-1);
    expect([first.date, first.added, first.changed, first.removed]).toEqual(["2026-11-29", 6, 0, 0]);
    expect(body.releases[0].version).toBe(body.version);
    expect(first.offices.find((o: { office: string }) => o.office === "53.71")).toEqual({ office: "53.71", province: "53", added: ["53.71/kpg-pemilu2024-1"], changed: [], removed: [] });
  });
});

describe("languages", () => {
  it("switch keeping the filters in the address and the place in the page", async () => {
    const page = await open("/wilayah/35/?status=referred");
    await page.selectOption("section.filters select[name=recorded_by]", "compiled");
    await expect.poll(() => page.evaluate(() => location.search)).toContain("recorded_by=compiled");
    await page.getByRole("link", { name: "English" }).click();
    await page.waitForURL(/\/en\/wilayah\/35\//);
    expect(new URL(page.url()).searchParams.get("recorded_by")).toBe("compiled");
    expect(new URL(page.url()).searchParams.get("status")).toBe("referred");
    expect(await page.locator("section.filters select[name=recorded_by]").inputValue()).toBe("compiled");
    await page.close();
  });

  it("say without JavaScript that the filters and the search need it, so a filtered address is not taken for filtered figures", async () => {
    const page = await open("/?status=referred", { javaScript: false });
    expect(await text(page, "p.filters-noscript")).toBe("Saringan memerlukan JavaScript; halaman ini menampilkan semua kasusnya, tanpa saringan, juga bila alamatnya memuat saringan.");
    expect(await page.locator("p.search-noscript a").getAttribute("href")).toBe("/#provinces");
    expect(await page.locator("form.search").isVisible()).toBe(false);
    await page.close();
    const english = await open("/en/wilayah/53.71/", { javaScript: false });
    expect(await text(english, "p.search-noscript")).toBe("Search needs JavaScript: browse the list of provinces");
    expect(await text(english, "p.filters-noscript")).toContain("The filters need JavaScript");
    await english.close();
  });

  it("switch to the same page and back", async () => {
    const page = await open("/wilayah/53.71/");
    expect(await page.getAttribute("html", "lang")).toBe("id");
    await page.getByRole("link", { name: "English" }).click();
    await page.waitForURL(`${site.url}/en/wilayah/53.71/`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await text(page, "p.state")).toBe("This region's Bawaslu office has not published data here. 1 case it handled was compiled by the editors from news reports.");
    await page.getByRole("link", { name: "Bahasa Indonesia" }).click();
    await page.waitForURL(`${site.url}/wilayah/53.71/`);
    await page.close();
  });
});

describe("filters", () => {
  const shownIds = (page: Page) => page.locator("table.filtered-cases tbody tr").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id));

  it("keep their state in the URL: set, reload, and the same view comes back", async () => {
    const page = await open("/");
    await page.selectOption("section.filters select[name=status]", "referred");
    await page.waitForURL(`${site.url}/?status=referred`);
    // The URL changes at once; the rows follow when the cases have been fetched.
    await expect.poll(() => shownIds(page)).toEqual(["35.78/SBY-2024-01", "64.09/ppu-pemilu2024-1"]);
    await page.reload();
    await expect.poll(() => shownIds(page)).toEqual(["35.78/SBY-2024-01", "64.09/ppu-pemilu2024-1"]);
    expect(await page.locator("section.filters select[name=status]").inputValue()).toBe("referred");
    expect(await page.locator('[data-filtered="figures.cases"]').innerText()).toBe("2");
    await page.close();
  });

  it("follow back and forward", async () => {
    const page = await open("/en/");
    await page.selectOption("section.filters select[name=outcome]", "pending");
    await page.waitForURL(`${site.url}/en/?outcome=pending`);
    await page.selectOption("section.filters select[name=province]", "35");
    await page.waitForURL(`${site.url}/en/?outcome=pending&province=35`);
    await expect.poll(() => shownIds(page)).toEqual(["35.14/psr-pemilu2024-1", "35.78/SBY-2024-01", "35.78/sby-kompilasi-2"]);
    await page.goBack();
    await page.waitForURL(`${site.url}/en/?outcome=pending`);
    await expect.poll(() => shownIds(page)).toEqual(["35.14/psr-pemilu2024-1", "35.78/SBY-2024-01", "35.78/sby-kompilasi-2", "64.09/ppu-pemilu2024-1"]);
    expect(await page.locator("section.filters select[name=province]").inputValue()).toBe("");
    await page.goForward();
    await expect.poll(() => shownIds(page)).toEqual(["35.14/psr-pemilu2024-1", "35.78/SBY-2024-01", "35.78/sby-kompilasi-2"]);
    await page.close();
  });

  it("tell the cases an office published from those the editors compiled", async () => {
    const page = await open("/?recorded_by=office");
    await expect.poll(() => shownIds(page)).toEqual(["35.78/SBY-2024-01", "35.78/SBY-2024-02"]);
    await page.selectOption("section.filters select[name=recorded_by]", "compiled");
    await expect.poll(() => shownIds(page)).toEqual(["35.14/psr-pemilu2024-1", "35.78/sby-kompilasi-2", "53.71/kpg-pemilu2024-1", "64.09/ppu-pemilu2024-1"]);
    expect(await page.locator("section.filters select[name=recorded_by] option").allInnerTexts()).toEqual(["semua", "terbitan kantor", "dihimpun redaksi"]);
    await page.close();
  });

  it.each([
    ["/?status=sanctioned", "national_status-sanctioned"],
    ["/?outcome=pending", "national_outcome-pending"],
    ["/?from=2023-12&to=2023-12", "national_from-2023-12_to-2023-12"],
    ["/?election=pilkada-2024", "national_election-pilkada-2024"],
    ["/wilayah/64/?violation_type=social_media", "64_violation_type-social_media"],
  ])("%s downloads exactly the rows on screen, as CSV and JSON", async (path, name) => {
    const page = await open(path);
    await page.waitForSelector("section.filters .filtered:not([hidden])");
    const onScreen = await shownIds(page);
    const read = async (selector: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator(selector).click()]);
      return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
    };
    const csv = await read("a.download-csv");
    const json = await read("a.download-json");
    const version = await page.locator("section.filters").getAttribute("data-version");
    expect(csv.name).toBe(`pantau-netralitas-asn_${name}_v${version}.csv`);
    expect(json.name).toBe(`pantau-netralitas-asn_${name}_v${version}.json`);
    const csvIds = csv.text.replace(/^\ufeff/, "").trim().split("\r\n").slice(1).map((line) => line.split(",")[0]);
    const body = JSON.parse(json.text);
    expect(csvIds).toEqual(onScreen);
    expect(body.cases.map((c: { id: string }) => c.id)).toEqual(onScreen);
    expect(body.metadata).toMatchObject({ data_version: version, cases: onScreen.length, query: `?${path.split("?")[1]}` });
    await page.close();
  });
});

describe("the guide", () => {
  it("explains every problem code with an example and its fix", async () => {
    const page = await open("/en/panduan/");
    expect(await page.locator("#codes ~ .table-wrap tbody tr").count()).toBe(problemCodes.length);
    expect(await page.locator("#code-impossible_date td").allInnerTexts()).toEqual([
      "31/02/2024",
      "Check the day and month (February has 28 or 29 days).",
    ]);
    expect(await page.locator("#never + ul li").count()).toBe(6);
    await page.close();
  });
});

describe("search", () => {
  it.each([
    ["ppu", "Kabupaten Penajam Paser Utara", "/wilayah/64.09/"],
    ["kab kupang", "Kabupaten Kupang", "/wilayah/53.01/"],
    ["kota kupang", "Kota Kupang", "/wilayah/53.71/"],
    ["penajam", "Kabupaten Penajam Paser Utara", "/wilayah/64.09/"],
    ["pasuruan", "Kabupaten Pasuruan", "/wilayah/35.14/"],
  ])("finds %s: %s first, and Enter opens it", async (query, name, path) => {
    const page = await open("/");
    await page.getByRole("combobox", { name: "Cari wilayah atau kasus" }).fill(query);
    await expect.poll(() => page.locator("ul.search-results li").first().innerText()).toContain(name);
    await page.keyboard.press("Enter");
    await page.waitForURL(site.url + path);
    await page.close();
  });

  it("finds a case by its id, in English under /en/", async () => {
    const page = await open("/en/");
    await page.getByRole("combobox", { name: "Search regions and cases" }).fill("ppu-pemilu");
    const first = page.locator("ul.search-results li").first();
    await expect.poll(() => first.getAttribute("data-href")).toBe("/en/kasus/64.09/ppu-pemilu2024-1/");
    await first.click();
    await page.waitForURL(`${site.url}/en/kasus/64.09/ppu-pemilu2024-1/`);
    await page.close();
  });

  it.each([
    ["whatsapp", "/en/", "64.09/ppu-pemilu2024-1"],
    ["kampanye kupang", "/", "53.71/kpg-pemilu2024-1"],
    ["KASN", "/", "35.14/psr-pemilu2024-1"],
    ["met a candidate", "/en/", "35.14/psr-pemilu2024-1"],
  ])("finds cases by the words of their names and descriptions: %s", async (query, start, id) => {
    const page = await open(start);
    const requested: string[] = [];
    page.on("request", (r) => r.url().includes("search") && requested.push(new URL(r.url()).pathname));
    await page.locator("#site-search").focus();
    // On focus only the regions' index comes; the cases' comes with the first query.
    await expect.poll(() => requested).toEqual([`${start === "/" ? "" : "/en"}/search.json`]);
    await page.locator("#site-search").fill(query);
    await expect.poll(() => page.locator("ul.search-results li small").allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining(id)]));
    expect(requested).toContain(`${start === "/" ? "" : "/en"}/search-cases.json`);
    await page.close();
  });

  it("forgives a typo, and moves through its results by keyboard as a listbox: arrows, Enter, Esc", async () => {
    const page = await open("/");
    const box = page.getByRole("combobox", { name: "Cari wilayah atau kasus" });
    const options = page.locator("#site-search-results [role=option]");
    await box.fill("pasuruhan");
    // Both Pasuruans, then the Pasuruan case, whose name holds the word.
    await expect.poll(() => options.count()).toBe(3);
    expect(await options.allInnerTexts()).toEqual([expect.stringContaining("Kabupaten Pasuruan"), expect.stringContaining("Kota Pasuruan"), expect.stringContaining("35.14/psr-pemilu2024-1")]);
    expect(await box.getAttribute("aria-expanded")).toBe("true");
    expect(await page.locator("#site-search-status").textContent()).toBe("3 hasil.");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await box.getAttribute("aria-activedescendant")).toBe("site-search-option-1");
    expect(await options.nth(1).getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown"); // past the last, back to the first
    expect(await box.getAttribute("aria-activedescendant")).toBe("site-search-option-0");
    await page.keyboard.press("ArrowUp");
    expect(await box.getAttribute("aria-activedescendant")).toBe("site-search-option-2");
    await page.keyboard.press("Escape"); // closes the list, keeps the query
    expect(await options.count()).toBe(0);
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    expect(await box.inputValue()).toBe("pasuruhan");
    await page.keyboard.press("Escape"); // then clears the box
    expect(await box.inputValue()).toBe("");
    await box.fill("pasurun");
    await expect.poll(() => options.count()).toBe(3);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForURL(`${site.url}/wilayah/35.75/`);
    await page.close();
  });

  it("stays hidden without JavaScript", async () => {
    const page = await open("/", { javaScript: false });
    expect(await page.locator("form.search").isVisible()).toBe(false);
    await page.close();
  });
});

describe("the Content-Security-Policy", () => {
  it.each(Object.entries(pageTypes))("%s carries one that the page itself never violates", async (_, path) => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    await page.goto(site.url + path, { waitUntil: "networkidle" });
    const policy = await page.getAttribute('meta[http-equiv="content-security-policy"]', "content");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-inline");
    // Open the zoomable map where there is one: Leaflet, its stylesheet and the geometry load under the policy.
    if (await page.locator("button.map-zoom").count()) {
      await page.locator("button.map-zoom").first().click();
      await page.locator(".leaflet-container").first().waitFor();
    }
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await context.close();
  });
});
