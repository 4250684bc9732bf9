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
import { budgets, heaviestPages, overBudget, weigh, type Weight } from "../../scripts/support/weight.ts";
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
  it("has a page for every case in both languages", async () => {
    for (const lang of ["", "en"]) {
      const offices = await readdir(join(out, lang, "kasus"));
      const pages = await Promise.all(offices.map((o) => readdir(join(out, lang, "kasus", o))));
      expect(pages.flat()).toHaveLength(10_000);
      expect(await readdir(join(out, lang, "wilayah"))).toHaveLength(514 + 38);
    }
  });

  it("keeps its heaviest regency and case pages' HTML and CSS in the first 14 KB round trip", async () => {
    const heaviest = await heaviestPages(out);
    const weights: Record<string, Weight> = {
      "regency, heaviest": await weigh(browser, site.url, heaviest.regency),
      "case, heaviest": await weigh(browser, site.url, heaviest.case),
    };
    expect(overBudget(weights)).toEqual([]);
    // Not a near-empty page that would pass any budget: the busiest office's lists are long.
    expect(weights["regency, heaviest"]!.bytes.html).toBeGreaterThan(budgets.firstRoundTrip / 2);
  });
});
