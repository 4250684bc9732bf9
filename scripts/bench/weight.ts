// npm run bench:weight [-- --cases N]: builds the site from data/ (or $DATA_DIR) into a
// temporary folder, serves it, and prints what a first visit to each page type transfers,
// gzipped, against the budgets. Then it does the same in a site built from N synthetic
// cases (10,000; 0 skips it) for every page type that lists cases, changes or releases and
// for the heaviest regency, province and case page: no page may grow with the record.
// Exits 1 when a budget is exceeded.

import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { serve } from "../support/serve.ts";
import { buildSite, synthesize } from "../support/site.ts";
import { launchChromium } from "../support/chromium.ts";
import { budgets, heaviestPages, listPages, overBudget, weigh, weighedPages, type Weight } from "../support/weight.ts";

const { values } = parseArgs({ options: { cases: { type: "string", default: "10000" } } });
const cases = Number(values.cases);
const work = await mkdtemp(join(tmpdir(), "pantau-weight-"));
const browser = await launchChromium();
const weights: Record<string, Weight> = {};

/** Weigh pages of a site built into `out`, under the given names. */
async function weighAll(out: string, pages: Readonly<Record<string, string>>): Promise<void> {
  const server = await serve(out);
  for (const [name, path] of Object.entries(pages)) weights[name] = await weigh(browser, server.url, path);
  await server.close();
}

const out = join(work, "site");
buildSite(out);
await weighAll(out, weighedPages);

if (cases > 0) {
  const data = join(work, "synthetic");
  synthesize(data, cases);
  const big = join(work, "synthetic-site");
  buildSite(big, { DATA_DIR: data });
  const heaviest = await heaviestPages(big);
  const many = Object.fromEntries(listPages.map((name) => [`${name}, ${cases.toLocaleString("en")} cases`, weighedPages[name]!]));
  await weighAll(big, { ...many, "regency, heaviest": heaviest.regency, "province, heaviest": heaviest.province, "case, heaviest": heaviest.case });
}
await browser.close();
await rm(work, { recursive: true, force: true });

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
if (cases > 0) console.log(`"heaviest": the page of that type with the most HTML, in a site built from ${cases.toLocaleString("en")} synthetic cases`);
console.log("page type                 path                               HTML    CSS     JS   data  total (KB gzipped)");
for (const [name, w] of Object.entries(weights)) {
  console.log(`${name.padEnd(25)} ${w.path.padEnd(33)} ${kb(w.bytes.html)} ${kb(w.bytes.css)} ${kb(w.bytes.js)} ${kb(w.bytes.data)} ${kb(w.total)}`);
}
const firstTrip = Math.max(...budgets.firstRoundTripPages.filter((n) => weights[n] !== undefined).map((n) => weights[n]!.bytes.html + weights[n]!.bytes.css));
const others = Object.entries(weights).filter(([name]) => !(budgets.firstRoundTripPages as readonly string[]).includes(name));
const otherMost = Math.max(...others.map(([, w]) => w.bytes.html + w.bytes.css));
const jsMost = Math.max(...Object.entries(weights).filter(([name]) => !name.startsWith("checker")).map(([, w]) => w.bytes.js));
console.log(`budgets: case/regency HTML+CSS ${kb(firstTrip).trim()} of ${budgets.firstRoundTrip / 1024} KB; any other page HTML+CSS ${kb(otherMost).trim()} of ${budgets.otherPage / 1024} KB; JS at most ${kb(jsMost).trim()} of ${budgets.javaScript / 1024} KB (the checker apart); overview ${kb(weights.overview!.total).trim()} of ${budgets.overviewTotal / 1024} KB`);
const over = overBudget(weights);
for (const line of over) console.log(`OVER BUDGET ${line}`);
process.exit(over.length === 0 ? 0 : 1);
