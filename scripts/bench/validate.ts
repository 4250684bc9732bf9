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
import { caseTable } from "../../src/ingest/schema/index.ts";

const { values } = parseArgs({ options: { rows: { type: "string", default: "100000" }, runs: { type: "string", default: "3" } } });
const rows = Number(values.rows);
const runs = Number(values.runs);

/** A deterministic pseudo-random stream, so every run benchmarks the same file. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function syntheticCsv(count: number, regencyCodes: readonly string[]): string {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = (from: number, span: number) => new Date(Date.UTC(2023, 9, 1) + (from + Math.floor(next() * span)) * 86_400_000);
  const formats = [
    (d: Date) => d.toISOString().slice(0, 10),
    (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
    (d: Date) => `${d.getUTCDate()} ${["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"][d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  ];
  const lines = [caseTable.fields.map((f) => f.key).join(",")];
  for (let i = 0; i < count; i++) {
    const office = pick(regencyCodes);
    const incident = day(0, 200);
    const reported = new Date(incident.getTime() + Math.floor(next() * 10) * 86_400_000);
    const status = pick(["in_review", "sedang ditangani", "dismissed", "referred", "diteruskan", "sanctioned"]);
    const referred = status !== "in_review" && status !== "sedang ditangani" && status !== "dismissed";
    const fmt = pick(formats);
    lines.push(
      [
        `B-${i}`,
        office,
        pick(["pemilu-2024", "Pemilu 2024", "pilkada-2024"]),
        fmt(incident),
        pick(["", office]),
        fmt(reported),
        pick(["report", "laporan", "temuan", "informasi awal"]),
        pick(["", "1", "2", "3"]),
        pick(["", "guru", "kepala bidang", "camat", "lurah"]),
        pick(["", "Pemerintah Kabupaten", "Dinas Pendidikan"]),
        pick(["", office]),
        pick(["campaign_participation", "media sosial", "pertemuan dengan calon", "fasilitas negara", "atribut kampanye"]),
        `"ASN diduga hadir di acara kampanye, membagikan materi ""ajakan"" di grup percakapan; nomor urut ${i % 20}"`,
        status,
        referred ? pick(["KASN", "BKN", "PPK"]) : "",
        "",
        status === "sanctioned" ? pick(["sanksi moral", "hukuman disiplin ringan", "discipline_heavy"]) : status === "dismissed" ? "tidak terbukti" : "",
        "",
        "",
        `"https://example.org/berita/${i} | Kantor Berita, ${fmt(reported)}"`,
        "2024-08-01",
      ].join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}

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
