// npm run bench:validate [-- --rows N --runs R]
//
// Writes a synthetic case file (default 100,000 rows) to a temporary folder, never to
// data/, then times, in the same run, bare papaparse on it and the whole validation
// (decode, parse, headers, every cell rule, the guard, cross-checks, the Dataset).
// Prints rows/s for each and ends with `ratio: R` (validate seconds / papaparse seconds).

import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import Papa from "papaparse";
import { buildDataset } from "../../src/ingest/dataset.ts";
import { decode, detectDelimiter } from "../../src/ingest/csv.ts";
import { loadRegions } from "../../src/node/load-regions.ts";
import { syntheticCsv } from "../support/synthetic-cases.ts";

const { values } = parseArgs({ options: { rows: { type: "string", default: "100000" }, runs: { type: "string", default: "3" } } });
const rows = Number(values.rows);
const runs = Number(values.runs);

/** The best of `runs` timings; garbage is collected first, so no run pays for another's. */
function time<T>(work: () => T): { seconds: number; result: T } {
  let best = Infinity;
  let result!: T;
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const start = process.hrtime.bigint();
    result = work();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { seconds: best, result };
}

const regions = await loadRegions();
const dir = await mkdtemp(join(tmpdir(), "pantau-bench-"));
try {
  const path = join(dir, "cases.csv");
  await writeFile(path, syntheticCsv(rows, regions.regencies.map((r) => r.code)));
  if (process.env.BENCH_KEEP) await writeFile(process.env.BENCH_KEEP, await readFile(path));
  const bytes = new Uint8Array(await readFile(path));
  const elections = { path: "data/elections.csv", bytes: new Uint8Array(await readFile("data/elections.csv")) };
  const files = { dir, cases: [{ path, bytes }], events: [], elections };

  const papa = time(() => {
    const text = decode(bytes)!.text;
    return Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false }).data.length;
  });
  const validate = time(() => buildDataset(files, { regions, today: "2026-11-24", limits: { fileRows: Infinity, fileBytes: Infinity } }));
  const { summary } = validate.result;
  if (summary.errors > 0 || summary.cases !== rows) {
    throw new Error(`the synthetic file should be valid: ${summary.errors} errors, ${summary.cases} of ${rows} cases`);
  }

  const mb = (bytes.length / 1e6).toFixed(1);
  const rate = (s: number) => Math.round(rows / s).toLocaleString("en");
  console.log(`synthetic file: ${rows.toLocaleString("en")} rows, ${mb} MB (best of ${runs} runs)`);
  console.log(`papaparse: ${papa.seconds.toFixed(3)} s, ${rate(papa.seconds)} rows/s`);
  console.log(`validate:  ${validate.seconds.toFixed(3)} s, ${rate(validate.seconds)} rows/s`);
  console.log(`ratio: ${(validate.seconds / papa.seconds).toFixed(2)}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
