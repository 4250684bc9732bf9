// npm run bench:weight: builds the site from data/ (or $DATA_DIR) into a temporary
// folder, serves it, and prints what a first visit to each page type transfers, gzipped,
// against the budgets. Exits 1 when a budget is exceeded.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../test/serve.ts";
import { buildSite } from "./site.ts";
import { launchChromium } from "./chromium.ts";
import { budgets, overBudget, weigh, weighedPages, type Weight } from "./weight.ts";

const work = await mkdtemp(join(tmpdir(), "pantau-weight-"));
const out = join(work, "site");
buildSite(out);

const server = await serve(out);
const browser = await launchChromium();
const weights: Record<string, Weight> = {};
for (const [name, path] of Object.entries(weighedPages)) weights[name] = await weigh(browser, server.url, path);
await browser.close();
await server.close();
await rm(work, { recursive: true, force: true });

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
console.log("page type                 path                               HTML    CSS     JS   data  total (KB gzipped)");
for (const [name, w] of Object.entries(weights)) {
  console.log(`${name.padEnd(25)} ${w.path.padEnd(33)} ${kb(w.bytes.html)} ${kb(w.bytes.css)} ${kb(w.bytes.js)} ${kb(w.bytes.data)} ${kb(w.total)}`);
}
const firstTrip = Math.max(...budgets.firstRoundTripPages.map((n) => weights[n]!.bytes.html + weights[n]!.bytes.css));
console.log(`budgets: case/regency HTML+CSS ${kb(firstTrip).trim()} of ${budgets.firstRoundTrip / 1024} KB; JS at most ${kb(Math.max(...Object.values(weights).map((w) => w.bytes.js))).trim()} of ${budgets.javaScript / 1024} KB; overview ${kb(weights.overview!.total).trim()} of ${budgets.overviewTotal / 1024} KB`);
const over = overBudget(weights);
for (const line of over) console.log(`OVER BUDGET ${line}`);
process.exit(over.length === 0 ? 0 : 1);
