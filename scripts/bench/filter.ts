// npm run bench:filter [-- --cases N --runs R]
//
// Times the filters in the browser, where readers run them: the same code as the page
// island (src/client/filter.ts and figures()), bundled with esbuild into Debian's Chromium,
// over N synthetic cases (default 10,000). For each filter it prints the median and the
// slowest of R runs of filtering plus recomputing the figures, against the one-frame
// budget of 16 ms.

import { parseArgs } from "node:util";
import { build } from "esbuild";
import { launchChromium } from "../support/chromium.ts";
import type { CaseRecord } from "../../src/ingest/dataset.ts";
import { loadRegions } from "../../src/node/load-regions.ts";
import { outcomes, statuses, violationTypes } from "../../src/ingest/schema/index.ts";

const { values } = parseArgs({ options: { cases: { type: "string", default: "10000" }, runs: { type: "string", default: "50" } } });
const count = Number(values.cases);
const runs = Number(values.runs);

function synthetic(n: number, offices: readonly string[]): CaseRecord[] {
  let state = 7;
  const next = () => (state = (state * 1_664_525 + 1_013_904_223) >>> 0) / 2 ** 32;
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: n }, (_, i): CaseRecord => {
    const office = pick(offices);
    const month = `${pick(["2023", "2024"])}-${String(1 + Math.floor(next() * 12)).padStart(2, "0")}`;
    return {
      id: `${office}/B-${i}`,
      recorded_by: pick(["office", "compiled"] as const),
      replaces: null,
      replaced_by: null,
      case_id: `B-${i}`,
      office,
      election: pick(["pemilu-2024", "pilkada-2024"]),
      incident_date: `${month}-${String(1 + Math.floor(next() * 28)).padStart(2, "0")}`,
      incident_regency: office,
      reported_date: null,
      origin: "report",
      asn_count: pick([null, 1, 2, 3]),
      asn_position: null,
      asn_employer: null,
      asn_employer_regency: null,
      violation_type: pick(violationTypes).key,
      description: null,
      status: pick(statuses).key,
      referred_to: null,
      referred_date: null,
      outcome: pick([null, ...outcomes.map((o) => o.key)]),
      outcome_detail: null,
      outcome_date: null,
      sources: ["https://example.org/"],
      updated: "2024-12-01",
    };
  });
}

const filters = [
  "?status=referred",
  "?province=35",
  "?election=pemilu-2024&violation_type=social_media",
  "?from=2023-06&to=2024-02",
  "?election=pilkada-2024&status=sanctioned&outcome=discipline_heavy&province=53&from=2024-01&to=2024-12",
];

const bundle = await build({
  stdin: {
    contents: `import { filterCases, parseFilters } from "./src/client/filter.ts"; import { figures } from "./src/site/figures.ts"; window.bench = { filterCases, parseFilters, figures };`,
    resolveDir: process.cwd(),
    loader: "ts",
  },
  bundle: true,
  format: "iife",
  write: false,
  target: "es2022",
});
const cases = synthetic(count, (await loadRegions()).regencies.map((r) => r.code));
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  await page.evaluate((data) => ((window as unknown as { cases: unknown }).cases = data), cases);
  console.log(`${count.toLocaleString("en")} cases in Chromium, ${runs} runs per filter (filter + figures); budget 16 ms (one frame)`);
  let worst = 0;
  for (const query of filters) {
    const { median, max, shown } = await page.evaluate(
      ({ query, runs }) => {
        const w = window as unknown as { bench: any; cases: any[] };
        const filters = w.bench.parseFilters(query);
        const times: number[] = [];
        let shown = 0;
        for (let i = 0; i < runs; i++) {
          const start = performance.now();
          const result = w.bench.filterCases(w.cases, filters);
          w.bench.figures(result);
          times.push(performance.now() - start);
          shown = result.length;
        }
        times.sort((a, b) => a - b);
        return { median: times[Math.floor(times.length / 2)]!, max: times[times.length - 1]!, shown };
      },
      { query, runs },
    );
    worst = Math.max(worst, median);
    console.log(`${query.padEnd(100)} ${String(shown).padStart(6)} shown  median ${median.toFixed(2)} ms  slowest ${max.toFixed(2)} ms`);
  }
  console.log(`worst median: ${worst.toFixed(2)} ms; ratio to the 16 ms budget: ${(worst / 16).toFixed(2)}`);
} finally {
  await browser.close();
}
