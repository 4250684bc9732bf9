// The built site in a real browser (test/browser/harness.ts): figures, maps, regions, cases,
// releases, filters, search and the Content-Security-Policy. Pages of every type, citing and
// hostile text are in site-pages.browser.test.ts; the two files run side by side.

import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { overBudget, weigh, weighedPages, type Weight } from "../../scripts/support/weight.ts";
import { describe, expect, it } from "vitest";
import { problemCodes } from "../../src/ingest/problems/problems.ts";
import { browser, build, open, pageTypes, root, site, text, work, useBuiltSite } from "./harness.ts";
import { serve } from "../../scripts/support/serve.ts";

useBuiltSite();

describe("the overview", () => {
  it("shows the national totals of data/", async () => {
    const page = await open("/");
    const figures = await page.locator("main > dl.headline dd").allInnerTexts();
    expect(figures).toEqual(["3", "2", "2", "1", "0", "1"]);
    expect(await page.locator("main > dl.headline dt").allInnerTexts()).toEqual([
      "Kasus",
      "ASN terlibat",
      "Diteruskan",
      "Sanksi dijatuhkan",
      "Dihentikan",
      "Sedang ditangani",
    ]);
    await page.close();
  });

  it("lists all 38 provinces, with Nusa Tenggara Timur's one case", async () => {
    const page = await open("/en/");
    const rows = page.locator("#provinces ~ .table-wrap tbody tr");
    expect(await rows.count()).toBe(38);
    const ntt = rows.filter({ hasText: "Nusa Tenggara Timur" });
    expect(await ntt.locator("td").first().innerText()).toBe("1");
    await page.close();
  });
});

describe("the national map", () => {
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
    await page.waitForSelector(".map-island canvas");
    expect(await page.locator("svg[data-map]").isVisible()).toBe(false);
    const point = await page.evaluate(() => {
      const holder = document.querySelector(".map-island") as HTMLElement & { leafletMap: any; leafletLayers: Map<string, any> };
      const at = holder.leafletMap.latLngToContainerPoint(holder.leafletLayers.get("64.09").getCenter());
      const box = holder.getBoundingClientRect();
      return { x: box.left + at.x, y: box.top + at.y };
    });
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.locator(".leaflet-tooltip").innerText()).toBe("Kabupaten Penajam Paser Utara: 1 kasus, menerbitkan kasus");
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(`${site.url}/wilayah/64.09/`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("on a regency's page, fetches only the geometry of the provinces it draws", async () => {
    const page = await open("/wilayah/53.71/");
    const fetched: string[] = [];
    page.on("request", (r) => r.url().includes("/geo/") && fetched.push(new URL(r.url()).pathname));
    await page.getByRole("button", { name: "Perbesar peta (geser dan zoom)" }).click();
    await page.waitForSelector(".map-island canvas");
    expect(fetched).toEqual(["/geo/53.topo.json"]);
    expect(await page.locator(".leaflet-tile").count()).toBe(0);
    await page.close();
  });

  it("reaches every regency from the keyboard", async () => {
    const page = await open("/en/");
    expect(await page.locator("svg[data-map] a[href]").count()).toBe(514);
    await page.locator('svg[data-map] a[data-code="35.14"]').focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(`${site.url}/en/wilayah/35.14/`);
    await page.close();
  });

  it("shades the example regencies as their data says, and hatches those never heard from", async () => {
    const page = await open("/");
    const shade = (code: string) =>
      page.locator(`svg[data-map] a[data-code="${code}"]`).evaluate((a) => [a.getAttribute("data-state"), a.getAttribute("data-cases"), a.querySelector("path")!.getAttribute("fill")]);
    expect(await shade("53.71")).toEqual(["published", "1", "#f4d9d4"]);
    expect(await shade("64.09")).toEqual(["published", "1", "#f4d9d4"]);
    expect(await shade("35.14")).toEqual(["published", "1", "#f4d9d4"]);
    expect(await shade("53.01")).toEqual(["never", "0", "url(#never)"]);
    expect(await page.locator('svg[data-map] a[data-state="never"]').count()).toBe(511);
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

describe("region pages", () => {
  it.each([
    ["/wilayah/53.71/", "Kota Kupang", "53.71/kpg-pemilu2024-1"],
    ["/wilayah/64.09/", "Kabupaten Penajam Paser Utara", "64.09/ppu-pemilu2024-1"],
    ["/wilayah/35.14/", "Kabupaten Pasuruan", "35.14/psr-pemilu2024-1"],
  ])("%s shows %s's published case", async (path, name, id) => {
    const page = await open(path);
    expect(await text(page, "h1")).toBe(name);
    expect(await page.locator("p.state").getAttribute("data-state")).toBe("published");
    expect(await text(page, "p.state")).toBe("Kantor Bawaslu wilayah ini menerbitkan 1 kasus.");
    expect(await page.locator("#handled ~ .table-wrap a", { hasText: id }).count()).toBe(1);
    await page.close();
  });

  it("says when a regency's office was never heard from", async () => {
    const page = await open("/en/wilayah/11.01/");
    expect(await text(page, "h1")).toBe("Kabupaten Aceh Selatan");
    expect(await page.locator("p.state").getAttribute("data-state")).toBe("never");
    expect(await text(page, "p.state")).toBe(
      "This region's Bawaslu office has never published data here. No data does not mean no violations.",
    );
    await page.close();
  });

  it("shows the Kupang case on Kabupaten Kupang's page as its ASN's employer region", async () => {
    const page = await open("/en/wilayah/53.01/");
    const row = page.locator("#employed ~ .table-wrap tbody tr");
    expect(await row.count()).toBe(1);
    expect(await row.locator("td").allInnerTexts()).toEqual([
      "53.71/kpg-pemilu2024-1",
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
  it("tells its own office's state apart from what all its offices published", async () => {
    const page = await open("/en/wilayah/53/");
    expect(await text(page, "h1")).toBe("Nusa Tenggara Timur province");
    expect(await text(page, "p.state")).toBe(
      "This region's Bawaslu office has never published data here. No data does not mean no violations. All Bawaslu offices in this province together have published 1 case.",
    );
    expect(await page.locator("#regencies ~ .table-wrap tbody tr").count()).toBe(22);
    await page.close();
  });
});

describe("an office that published a file with no cases", () => {
  it("is told apart from one never heard from", async () => {
    const data = join(work, "data-with-empty-file");
    await cp(join(root, "data"), data, { recursive: true });
    await writeFile(join(data, "cases", "64.01-kabupaten-paser.csv"), "case_id,office,election,incident_date,reported_date,origin,violation_type,status,sources,updated\n");
    build(join(work, "c"), data);
    const other = await serve(join(work, "c"));
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${other.url}/en/wilayah/64.01/`);
      expect(await page.locator("p.state").getAttribute("data-state")).toBe("empty");
      // Outside git the file has no commit date, so none is given.
      expect(await text(page, "p.state")).toBe("This region's Bawaslu office published a file with no cases.");
      await page.goto(`${other.url}/en/wilayah/64/`);
      const row = page.locator("#regencies ~ .table-wrap tbody tr", { hasText: "Kabupaten Paser" });
      expect(await row.locator("td").first().innerText()).toBe("file with no cases");
      await context.close();
    } finally {
      await other.close();
    }
  }, 120_000);
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
      ["referred", "7 February 2024", "35 days later"],
      ["election", "10 February 2024", null],
      ["election", "14 February 2024", null],
    ]);
    expect(await page.locator("#durations ~ dl dd").allInnerTexts()).toEqual(["36 days", "cannot be counted (dates incomplete)"]);
    expect(await page.locator("#sources ~ ul li").allInnerTexts()).toEqual([
      "Berita Bawaslu PPU bertemu KASN di Jakarta, Kamis 8 Februari 2024 · link unknown",
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
    await page.close();
  });
});

describe("the deadline clock", () => {
  const clock = (page: Page) =>
    page.locator("ol.clock > li").evaluateAll((items) =>
      items.map((li) => [li.getAttribute("data-clock"), li.querySelector(".verdict")?.textContent, li.querySelector(".note")?.textContent ?? null]),
    );

  it("shows Penajam Paser Utara's report on time after 1 working day and its referral 12 working days past the extended limit", async () => {
    const page = await open("/en/kasus/64.09/ppu-pemilu2024-1/");
    expect(await clock(page)).toEqual([
      ["incident-reported", "On time", null],
      ["reported-decided", "Late by 12 working days", null],
    ]);
    const first = await page.locator('ol.clock > li[data-clock="incident-reported"] dd').allInnerTexts();
    expect(first).toEqual(["1 working day", "7 working days (UU 7/2017 Pasal 454 ayat (6))", "10 January 2024"]);
    await page.close();
  });

  it("says which dates are missing for Kota Kupang, and why initial information in Pasuruan has no deadline", async () => {
    const kupang = await open("/kasus/53.71/kpg-pemilu2024-1/");
    expect(await clock(kupang)).toEqual([
      ["incident-reported", "Tanggal tidak cukup", "Kosong atau hanya diketahui bulannya: Tanggal laporan/temuan."],
      ["reported-decided", "Tanggal tidak cukup", "Kosong atau hanya diketahui bulannya: Tanggal laporan/temuan, Tanggal diteruskan."],
    ]);
    await kupang.close();
    const pasuruan = await open("/en/kasus/35.14/psr-pemilu2024-1/");
    const states = await clock(pasuruan);
    expect(states.map(([, verdict]) => verdict)).toEqual(["No deadline", "No deadline"]);
    expect(states[0]![2]).toContain("Initial information is still being assessed");
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
      ["Reported or found", "3", "100%"],
      ["Referred", "2", "67%"],
      ["Recommendation issued", "1", "33%"],
      ["Sanction imposed", "1", "33%"],
      ["Dismissed", "0", "0%"],
      ["Still in review", "1", "33%"],
    ]);
    expect(await text(page, 'dd[data-transition="reported_referred"]')).toBe("36 days (1 case)");
    expect(await page.locator("#funnel ~ div ul[data-open-too-long] a").allInnerTexts()).toEqual(["35.14/psr-pemilu2024-1"]);
    await page.close();
  });

  it("shows each example regency's funnel and record grade", async () => {
    const expected = {
      "64.09": { referred: "1", grade: "good", gradeText: "Good", blanks: "none" },
      "53.71": { referred: "1", grade: "poor", gradeText: "Poor", blanks: "Reported date (1 case), ASN position (1 case), Referred date (1 case), Outcome date (1 case)" },
      "35.14": { referred: "0", grade: "poor", gradeText: "Poor", blanks: "Reported date (1 case), ASN involved (1 case), ASN position (1 case)" },
    };
    for (const [code, want] of Object.entries(expected)) {
      const page = await open(`/en/wilayah/${code}/`);
      const rows = await funnelTable(page);
      expect(rows[0], code).toEqual(["Reported or found", "1", "100%"]);
      expect(rows[1]![1], code).toBe(want.referred);
      expect(await page.getAttribute("p.grade", "data-grade"), code).toBe(want.grade);
      expect(await text(page, "p.grade strong"), code).toBe(want.gradeText);
      expect(await text(page, 'dd[data-quality="blanks"]'), code).toBe(want.blanks);
      expect(await text(page, 'dd[data-quality="last-update"]'), code).toBe("24 November 2026");
      await page.close();
    }
  });

  it("lists every office that published, with its grade, on /kantor/", async () => {
    const page = await open("/kantor/");
    const rows = await page.locator("tr[data-office]").evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-office"), tr.children[1]!.textContent, tr.children[4]!.textContent]));
    expect(rows).toEqual([
      ["35.14", "Kurang", "57%"],
      ["53.71", "Kurang", "64%"],
      ["64.09", "Baik", "100%"],
    ]);
    await page.close();
  });
});

describe("official figures", () => {
  it("set Bawaslu Kota Kupang's count of 21 August 2024 beside this site's, with both dates", async () => {
    const page = await open("/en/wilayah/53.71/");
    const row = await page.locator('tr[data-official="asn"]').evaluate((tr) => [...tr.children].map((c) => c.textContent));
    expect(row).toEqual([
      "ASN involved, 2024 General Election",
      "1Bawaslu Kota Kupang, 21 August 2024 · nttzoom (Prokopim Kota Kupang), 21 Agustus 2024 · link unknown",
      "1data as of 24 November 2026, 1 case",
      "100%",
    ]);
    await page.close();
  });
});

describe("releases", () => {
  it("list the first release with the three cases added, and each case links to its own change", async () => {
    const page = await open("/en/rilis/");
    const first = page.locator("section[data-release]").last();
    expect(await first.getAttribute("data-release")).toBe("2026-11-24");
    expect(await first.locator("p.note").innerText()).toMatch(/^3 added, 0 changed, 0 removed · commit [0-9a-f]{10}$/);
    expect(await first.locator("li").allInnerTexts()).toEqual(["added: 35.14/psr-pemilu2024-1", "added: 53.71/kpg-pemilu2024-1", "added: 64.09/ppu-pemilu2024-1"]);
    await page.close();
    const casePage = await open("/en/kasus/53.71/kpg-pemilu2024-1/");
    expect(await casePage.locator("ul[data-changes] li").last().innerText()).toBe("24 November 2026: added");
    await casePage.close();
  });

  it("publish data/releases.json with the delta per office and province", async () => {
    const response = await fetch(`${site.url}/data/releases.json`);
    const body = await response.json();
    const first = body.releases.at(-1);
    expect([first.date, first.added, first.changed, first.removed]).toEqual(["2026-11-24", 3, 0, 0]);
    expect(first.offices[1]).toEqual({ office: "53.71", province: "53", added: ["53.71/kpg-pemilu2024-1"], changed: [], removed: [] });
  });
});

describe("page weight", () => {
  it("keeps every page type within the budgets of npm run bench:weight", async () => {
    const weights: Record<string, Weight> = {};
    for (const [name, path] of Object.entries(weighedPages)) weights[name] = await weigh(browser, site.url, path);
    expect(overBudget(weights)).toEqual([]);
    // The regency page's HTML and CSS in the first 14 KB round trip, Leaflet's CSS not among them.
    expect(weights.regency!.bytes.html + weights.regency!.bytes.css).toBeLessThan(14 * 1024);
  });
});

describe("languages", () => {
  it("switch to the same page and back", async () => {
    const page = await open("/wilayah/53.71/");
    expect(await page.getAttribute("html", "lang")).toBe("id");
    await page.getByRole("link", { name: "English" }).click();
    await page.waitForURL(`${site.url}/en/wilayah/53.71/`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await text(page, "p.state")).toBe("This region's Bawaslu office has published 1 case.");
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
    await expect.poll(() => shownIds(page)).toEqual(["64.09/ppu-pemilu2024-1"]);
    await page.reload();
    await expect.poll(() => shownIds(page)).toEqual(["64.09/ppu-pemilu2024-1"]);
    expect(await page.locator("section.filters select[name=status]").inputValue()).toBe("referred");
    expect(await page.locator('[data-filtered="figures.cases"]').innerText()).toBe("1");
    await page.close();
  });

  it("follow back and forward", async () => {
    const page = await open("/en/");
    await page.selectOption("section.filters select[name=outcome]", "pending");
    await page.waitForURL(`${site.url}/en/?outcome=pending`);
    await page.selectOption("section.filters select[name=province]", "35");
    await page.waitForURL(`${site.url}/en/?outcome=pending&province=35`);
    await expect.poll(() => shownIds(page)).toEqual(["35.14/psr-pemilu2024-1"]);
    await page.goBack();
    await page.waitForURL(`${site.url}/en/?outcome=pending`);
    await expect.poll(() => shownIds(page)).toEqual(["35.14/psr-pemilu2024-1", "64.09/ppu-pemilu2024-1"]);
    expect(await page.locator("section.filters select[name=province]").inputValue()).toBe("");
    await page.goForward();
    await expect.poll(() => shownIds(page)).toEqual(["35.14/psr-pemilu2024-1"]);
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
    await page.getByRole("searchbox", { name: "Cari wilayah atau kasus" }).fill(query);
    await expect.poll(() => page.locator("ul.search-results a").first().innerText()).toContain(name);
    await page.keyboard.press("Enter");
    await page.waitForURL(site.url + path);
    await page.close();
  });

  it("finds a case by its id, in English under /en/", async () => {
    const page = await open("/en/");
    await page.getByRole("searchbox", { name: "Search regions and cases" }).fill("ppu-pemilu");
    const first = page.locator("ul.search-results a").first();
    await expect.poll(() => first.getAttribute("href")).toBe("/en/kasus/64.09/ppu-pemilu2024-1/");
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
