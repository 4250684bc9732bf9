// The slow suite's part of the built site (npm run test:slow): a screenshot of every page
// type at 360 and 1280 px in test-results/screenshots/ for people to look at, axe-core on
// every page type at 1280 px in both languages and at 360 px in English, every page type within the weight budgets,
// and two builds of the same data compared byte for byte.

import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { browser, build, built, open, pageTypes, root, screenshots, site, useBuiltSite, work } from "./harness.ts";
import { overBudget, weigh, weighedPages, type Weight } from "../../scripts/support/weight.ts";
import { readsOnAPhone } from "./phone.ts";

useBuiltSite();

describe("every page type", () => {
  it.each(Object.entries(pageTypes))("%s is screenshotted at 360 px and 1280 px", async (name, path) => {
    for (const width of [360, 1280]) {
      const page = await open(path, { width });
      const file = join(screenshots, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect((await readFile(file)).length).toBeGreaterThan(5_000);
      await page.close();
    }
  });
});

describe("every page type in English at 360 px", () => {
  // In Bahasa Indonesia in npm test (site-pages.browser.test.ts).
  it.each(Object.entries(pageTypes))("%s (en) has no axe-core violations, no text under 12 px, nothing wider than the screen but labelled scroll boxes", async (_, path) => {
    expect(await readsOnAPhone(`/en${path}`)).toEqual({ violations: [], wide: [], small: [], fits: true });
  });
});

describe("every page type at 1280 px", () => {
  // At 360 px in npm test (site-pages.browser.test.ts); here at a desktop's width.
  it.each(Object.entries(pageTypes).flatMap(([name, path]) => [[name, path], [`${name} (en)`, `/en${path}`]]))("%s has no axe-core violations", async (_, path) => {
    const page = await open(path, { bypassCSP: true, width: 1280 });
    await page.addScriptTag({ path: join(root, "node_modules/axe-core/axe.min.js") });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});

// In the slow suite: it weighs eleven pages (20 s), and bench:weight checks the same budgets.
describe("page weight", () => {
  it("keeps every page type within the budgets of npm run bench:weight", async () => {
    const weights: Record<string, Weight> = {};
    for (const [name, path] of Object.entries(weighedPages)) weights[name] = await weigh(browser, site.url, path);
    expect(overBudget(weights)).toEqual([]);
    // The regency page's HTML and CSS in the first 14 KB round trip, Leaflet's CSS not among them.
    expect(weights.regency!.bytes.html + weights.regency!.bytes.css).toBeLessThan(14 * 1024);
  });
});

describe("the build", () => {
  it("builds byte-identical output from the same data", async () => {
    build(join(work, "b"));
    const list = async (dir: string): Promise<string[]> =>
      (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
    const [a, b] = [built, join(work, "b")];
    const files = await list(a);
    expect(await list(b)).toEqual(files);
    expect(files.filter((f) => f.endsWith(".html")).length).toBe(1118 + 2 * 7); // seven site pages and 552 regions, and 7 case pages (a replaced one too), in two languages
    for (const file of files) expect((await readFile(join(b, file))).equals(await readFile(join(a, file))), file).toBe(true);
  }, 120_000);
});
