// The budgets at scale: the site built from 10,000 synthetic cases (npm run synth), whose
// busiest office's regency page and longest case page must still fit the first 14 KB
// round trip, as the example pages from data/ do (test/site.browser.test.ts). The slow
// suite: npm run test:slow, not npm test.

import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../scripts/support/chromium.ts";
import { buildSite, synthesize } from "../../scripts/support/site.ts";
import { budgets, heaviestPages, listPages, overBudget, weigh, weighedPages, type Weight } from "../../scripts/support/weight.ts";
import { serve } from "../../scripts/support/serve.ts";

let work: string;
let out: string;
let site: { url: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "pantau-scale-"));
  const data = join(work, "data");
  synthesize(data, 10_000);
  out = join(work, "site");
  buildSite(out, { DATA_DIR: data });
  site = await serve(out);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await rm(work, { recursive: true, force: true });
});

describe("a site of 10,000 cases", () => {
  // One definition per figure: the headline cards, the status chart, the status filter and
  // the offices page count the same cases, on data with every status and both recorders.
  it("counts every status alike in its cards, its status chart and its status filter, and its offices page counts the office rows", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/en/`);
    const number = (text: string) => Number(text.replace(/,/g, ""));
    const cards = Object.fromEntries(
      await page.locator("main > dl.headline > div").evaluateAll((divs) => divs.map((d) => [d.querySelector("dt")!.textContent, d.querySelector("dd")!.textContent])),
    ) as Record<string, string>;
    const chart = Object.fromEntries(
      await page.locator("figure", { has: page.locator("figcaption", { hasText: /^Status$/ }) }).locator("tbody tr").evaluateAll((rows) => rows.map((r) => [r.querySelector("th")!.textContent, r.querySelector("td")!.textContent])),
    ) as Record<string, string>;
    expect(Object.keys(chart)).toEqual(["in review", "dismissed", "still at referral", "recommendation issued", "sanctioned"]);
    // A filter's count as a reader sees it: the page opened with the filter in its address.
    const view = await browser.newPage();
    const filtered = async (query: string) => {
      await view.goto(`${site.url}/en/?${query}`);
      await view.locator(".filtered:not([hidden])").waitFor({ timeout: 30_000 });
      return number(await view.locator('[data-filtered="figures.cases"]').innerText());
    };
    const statuses = { in_review: "in review", dismissed: "dismissed", referred: "still at referral", recommended: "recommendation issued", sanctioned: "sanctioned" };
    for (const [key, label] of Object.entries(statuses)) expect(await filtered(`status=${key}`), key).toBe(number(chart[label]!));
    expect(number(cards["Referred or further"]!)).toBe(number(chart["still at referral"]!) + number(chart["recommendation issued"]!) + number(chart["sanctioned"]!));
    expect(number(cards["Sanctioned"]!)).toBe(number(chart["sanctioned"]!));
    expect(number(cards["Dismissed"]!)).toBe(number(chart["dismissed"]!));
    expect(number(cards["In review"]!)).toBe(number(chart["in review"]!));
    expect(number(cards["Cases"]!)).toBe(Object.values(chart).reduce((sum, n) => sum + number(n), 0));
    const officeRows = await filtered("recorded_by=office");
    await view.close();
    await page.goto(`${site.url}/en/kantor/`);
    const perOffice = await page.locator("tr[data-office] td:nth-child(4)").allInnerTexts();
    expect(perOffice.reduce((sum, n) => sum + number(n), 0)).toBe(officeRows);
    expect(officeRows).toBeLessThan(10_000); // the compiled rows are not among them
    await page.close();
  }, 120_000);

  it("keeps its lists short: the funnel names 20 cases open too long, a large release is counted per office, a busy regency's cases come in pages", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/en/`);
    const open = Number(await page.locator("ul[data-open-too-long]").getAttribute("data-open-too-long"));
    expect(await page.locator("ul[data-open-too-long] li").count()).toBe(20);
    expect(Number(await page.locator("[data-open-too-long-more]").getAttribute("data-open-too-long-more"))).toBe(open - 20);
    await page.goto(`${site.url}/en/rilis/`);
    expect(await page.locator("section[data-release] [data-counted]").count()).toBe(1);
    await page.locator("section[data-release] details.data-table summary").click();
    // One row an office, not one a case: every synthetic office published in that release.
    expect(await page.locator("section[data-release] tbody tr").count()).toBe(514);
    await page.goto(`${site.url}/en/data/`);
    expect(await page.locator("#changelog ~ ul > li").count()).toBe(30);
    expect((await page.locator("[data-older-days]").innerText()).trim()).toMatch(/^[\d,]+ earlier days of updates \([\d,]+ cases\) are not listed here: .* every change in the Releases of the data\.$/);
    const heaviest = await heaviestPages(out);
    await page.goto(`${site.url}${heaviest.regency}`);
    expect(await page.locator("#handled ~ .table-wrap tbody tr").count()).toBe(25);
    // One row of links however many pages: 1 2 3 … last, and next.
    expect(await page.locator("#cases nav.pages li").count()).toBeLessThanOrEqual(8);
    await page.locator("#cases nav.pages a[rel=next]").click();
    await page.waitForURL(/\/kasus\/2\/$/);
    expect(await page.locator("main .table-wrap tbody tr").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("has a page for every case in both languages", async () => {
    for (const lang of ["", "en"]) {
      const offices = await readdir(join(out, lang, "kasus"));
      const pages = await Promise.all(offices.map((o) => readdir(join(out, lang, "kasus", o))));
      expect(pages.flat()).toHaveLength(10_000);
      expect(await readdir(join(out, lang, "wilayah"))).toHaveLength(514 + 38);
    }
  });

  it("keeps its heaviest regency and case pages' HTML and CSS in the first 14 KB round trip, and every other page within its budget", async () => {
    const heaviest = await heaviestPages(out);
    const weights: Record<string, Weight> = {
      "regency, heaviest": await weigh(browser, site.url, heaviest.regency),
      "case, heaviest": await weigh(browser, site.url, heaviest.case),
      "province, heaviest": await weigh(browser, site.url, heaviest.province),
    };
    for (const name of listPages) weights[`${name}, 10,000 cases`] = await weigh(browser, site.url, weighedPages[name]!);
    expect(overBudget(weights)).toEqual([]);
    // Not a near-empty page that would pass any budget: the busiest office's lists are long.
    expect(weights["regency, heaviest"]!.bytes.html).toBeGreaterThan(budgets.firstRoundTrip / 2);
  });
});
