// npm run lighthouse: Lighthouse in its default mobile mode (a mid-range phone on a slow
// 4G link, simulated), driving Debian's Chromium, on the overview, a regency and a case
// page built from data/. Prints the scores; exits 1 below performance 95 or
// accessibility 100.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { serve } from "../support/serve.ts";
import { buildSite } from "../support/site.ts";
import { chromiumFlags, chromiumPath } from "../support/chromium.ts";

const pages = ["/", "/wilayah/53.71/", "/kasus/64.09/ppu-pemilu2024-1/"];
const goals = { performance: 95, accessibility: 100 };

const work = await mkdtemp(join(tmpdir(), "pantau-lighthouse-"));
const out = join(work, "site");
buildSite(out);
const server = await serve(out);
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ["--headless=new", ...chromiumFlags] });

let failed = false;
try {
  for (const path of pages) {
    const result = await lighthouse(server.url + path, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
    const categories = result!.lhr.categories;
    const performance = Math.round((categories.performance!.score ?? 0) * 100);
    const accessibility = Math.round((categories.accessibility!.score ?? 0) * 100);
    const metric = (id: string) => result!.lhr.audits[id]?.displayValue ?? "";
    const lcp = `${metric("largest-contentful-paint")}, FCP ${metric("first-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}, SI ${metric("speed-index")}`;

    const ok = performance >= goals.performance && accessibility >= goals.accessibility;
    if (!ok) failed = true;
    console.log(`${path.padEnd(34)} performance ${String(performance).padStart(3)}  accessibility ${String(accessibility).padStart(3)}  LCP ${lcp}${ok ? "" : "  BELOW GOAL"}`);
  }
} finally {
  chrome.kill();
  await server.close();
  await rm(work, { recursive: true, force: true });
}
console.log(`goals: performance >= ${goals.performance}, accessibility ${goals.accessibility}`);
process.exit(failed ? 1 : 0);
