// npm run bench:checker [-- --runs R]
//
// Times the checker page's work (src/client/check-file.ts, what its worker runs) on this
// machine, against the published data as the page receives it: preparing the context
// once, then checking a 1,000-row and a 20,000-row synthetic case file. Each check is
// split into reading (decode and papaparse, what the worker does before checking) and
// the check after parsing (the whole of checkFile less the reading). Prints milliseconds
// and ends with `ratio: R` (20,000-row check / 1,000-row check).

import { parseArgs } from "node:util";
import Papa from "papaparse";
import { checkFile, prepareContext } from "../../src/client/check-file.ts";
import { decode, detectDelimiter } from "../../src/ingest/csv.ts";
import { checkerContext } from "../../src/node/checker-context.ts";
import { config } from "../../src/node/config.ts";
import { syntheticCsv } from "../support/synthetic-cases.ts";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Number(values.runs);

async function best(work: () => unknown): Promise<number> {
  let least = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    least = Math.min(least, performance.now() - start);
  }
  return least;
}

const prepareStart = performance.now();
const context = await checkerContext(config.dataDir, config.today);
const prepared = prepareContext(JSON.parse(JSON.stringify(context)));
const prepareMs = performance.now() - prepareStart;
console.log(`context: ${prepared.regions.regencies.length} regencies, ${prepared.files.cases.length + (prepared.files.compiled?.cases.length ?? 0)} published case files; prepared in ${prepareMs.toFixed(0)} ms (once per page)`);

const offices = prepared.regions.regencies.map((r) => r.code);
const results: Record<number, number> = {};
for (const rows of [1_000, 20_000]) {
  const bytes = new TextEncoder().encode(syntheticCsv(rows, offices));
  const checked = await checkFile(prepared, "bench.csv", bytes);
  if (checked.result.summary.errors > 0) throw new Error(`the synthetic file should be valid: ${checked.result.summary.errors} errors`);
  const reading = await best(() => {
    const text = decode(bytes)!.text;
    return Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false });
  });
  const whole = await best(() => checkFile(prepared, "bench.csv", bytes));
  results[rows] = whole - reading;
  console.log(`${rows.toLocaleString("en")} rows (${(bytes.length / 1e6).toFixed(2)} MB): reading ${reading.toFixed(0)} ms, check after parsing ${(whole - reading).toFixed(0)} ms, whole ${whole.toFixed(0)} ms (best of ${runs})`);
}
console.log(`ratio: ${(results[20_000]! / results[1_000]!).toFixed(1)}`);
