// The checker page's work (src/client/checker-worker.ts runs it): one file checked against
// the published data with the same library `npm run validate -- FILE` runs, the report as
// the CLI's JSON, the file's cells for the table, the file ready to publish when it has no
// error, and a preview of its cases. Browser-safe: no Node modules.

import Papa from "papaparse";
import { decode, defaultLimits, detectDelimiter, tableText, type DataFiles, type FileInput } from "../ingest/csv.ts";
import { buildDataset, type BuildResult, type CaseRecord } from "../ingest/dataset.ts";
import { createPlaces } from "../ingest/names.ts";
import { regionAliases } from "../ingest/region-aliases.ts";
import { createRegionIndex, type RegionIndex } from "../ingest/regions.ts";
import { formatJson } from "../ingest/report.ts";
import { caseTable } from "../ingest/schema/index.ts";
import { checkOneFile } from "../ingest/single.ts";
import { readFileInput } from "../ingest/xlsx.ts";
import { figures, type Figures } from "../site/figures.ts";
import type { Site } from "../site/model.ts";
import { caseTitle } from "../views/case.ts";
import { normaliseName, tables } from "../ingest/schema/index.ts";

export interface CheckerContext {
  readonly today: string;
  readonly provinces: readonly { code: string; name: string }[];
  readonly regencies: readonly { code: string; name: string; province_code: string }[];
  readonly districts: readonly string[];
  readonly villages: readonly string[];
  /** Every published data file, as `npm run validate` reads the data folder, each file's bytes in base64. */
  readonly data: SentFiles;
}

/** A data folder's files sent as JSON: paths as the build read them, bytes in base64. */
export interface SentFiles {
  readonly dir: string;
  readonly cases: readonly SentFile[];
  readonly events: readonly SentFile[];
  readonly compiledCases: readonly SentFile[];
  readonly compiledEvents: readonly SentFile[];
  readonly elections: SentFile | null;
  readonly deadlines: SentFile | null;
  readonly holidays: SentFile | null;
  readonly officialFigures: SentFile | null;
}
export interface SentFile {
  readonly path: string;
  readonly bytes: string;
}

export interface CheckedFile {
  /** The report exactly as `npm run validate -- --json FILE` prints it. */
  readonly json: string;
  readonly result: BuildResult;
  /** The cells as read (a workbook's sheet too), header first. */
  readonly rows: readonly (readonly string[])[];
  /** The file in the repository's form (UTF-8, comma, ISO dates, English keys), when it has no error. */
  readonly canonical: string | null;
  /** "53.71-kota-kupang.csv", when every row is one office's: its published file's name, if it has one. */
  readonly canonicalName: string | null;
  /** The published file this one was checked as the new version of (data/cases/...), if any. */
  readonly standsFor: string | null;
  /** The file's cases as the site would publish them, their names in both languages, and their figures. */
  readonly cases: readonly CaseRecord[];
  readonly titles: { readonly id: readonly string[]; readonly en: readonly string[] };
  readonly figures: Figures | null;
  /** Each problem's cell in `rows` (row index, column index; -1 for a whole row or file), in the JSON report's order: errors, then warnings. */
  readonly cells: readonly (readonly [number, number])[];
}

/** What the worker hands the page. */
export interface ShownFile {
  readonly json: string;
  readonly rows: readonly (readonly string[])[];
  /** How many rows the file has, header included. */
  readonly rowCount: number;
  readonly cells: CheckedFile["cells"];
  readonly canonical: string | null;
  readonly canonicalName: string | null;
  readonly standsFor: string | null;
  readonly titles: CheckedFile["titles"];
  readonly figures: Figures | null;
  readonly summary: { readonly errors: number; readonly warnings: number };
}

/** A problem's column in the file's header row, by key, alias or "#N", as the CLI's annotations find it; -1 when none. */
export function columnIndex(headers: readonly string[], column: string | null): number {
  if (column === null) return -1;
  const position = /^#(\d+)$/.exec(column);
  if (position) return Number(position[1]) - 1;
  const fields = Object.values(tables).flatMap((t) => t.fields.filter((f) => f.key === column));
  const wanted = new Set([normaliseName(column), ...fields.flatMap((f) => [f.alias, ...(f.aliases ?? [])].map(normaliseName))]);
  return headers.findIndex((h) => wanted.has(normaliseName(h)) || h.trim() === column);
}

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** The regions, elections and published files, prepared once per page. */
export function prepareContext(context: CheckerContext): { regions: RegionIndex; files: DataFiles; today: string } {
  const places = createPlaces(
    [...context.provinces, ...context.regencies].map((r) => r.name).concat(regionAliases.map(([alias]) => alias)),
    context.districts,
    context.villages,
  );
  const regions = createRegionIndex(context.provinces, context.regencies, regionAliases, places);
  const input = (f: SentFile): FileInput => ({ path: f.path, bytes: fromBase64(f.bytes) });
  const optional = (f: SentFile | null) => (f === null ? null : input(f));
  const { data } = context;
  const files: DataFiles = {
    dir: data.dir,
    cases: data.cases.map(input),
    events: data.events.map(input),
    elections: optional(data.elections),
    deadlines: optional(data.deadlines),
    holidays: optional(data.holidays),
    officialFigures: optional(data.officialFigures),
    compiled: { cases: data.compiledCases.map(input), events: data.compiledEvents.map(input) },
  };
  return { regions, files, today: context.today };
}

const baseName = (path: string) => path.slice(path.lastIndexOf("/") + 1);
const stem = (path: string) => baseName(path).replace(/\.(csv|xlsx|xlsm)$/i, "").toLowerCase();

/**
 * The office's published file (data/cases/53.71-kota-kupang.csv) that the reader's file is a
 * new version of: the one named like it (53.71-kota-kupang.xlsx), or else the one of the
 * office that every row names; null for a file of new cases or of several offices.
 */
function publishedVersion(files: DataFiles, regions: RegionIndex, name: string, rows: readonly (readonly string[])[]): string | null {
  const named = files.cases.find((f) => stem(f.path) === stem(name));
  if (named !== undefined) return named.path;
  const column = columnIndex(rows[0] ?? [], "office");
  if (column < 0) return null;
  const offices = new Set<string | null>();
  for (const row of rows.slice(1)) {
    const value = (row[column] ?? "").trim();
    if (value === "") continue;
    const found = regions.resolve(value, true);
    offices.add(found.ok ? found.region.code : null);
  }
  const [office] = offices;
  if (offices.size !== 1 || office === null || office === undefined) return null;
  return files.cases.find((f) => baseName(f.path).startsWith(`${office}-`) || baseName(f.path) === `${office}.csv`)?.path ?? null;
}

const slug = (name: string) => name.toLowerCase().replace(/^kabupaten /, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** Check one case file (`name` as the reader's file is called) against the prepared context. */
export async function checkFile(prepared: ReturnType<typeof prepareContext>, name: string, bytes: Uint8Array): Promise<CheckedFile> {
  const { regions, files, today } = prepared;
  const input = await readFileInput(name, bytes, defaultLimits.fileBytes);
  // The cells as the validator read them: the same decoding (UTF-8, UTF-16 or Windows-1252) and separator.
  const table = tableText(decode(input.bytes)?.text ?? "");
  const delimiter = table.delimiter ?? detectDelimiter(table.text);
  const parsed = Papa.parse<string[]>(table.text, { skipEmptyLines: false, delimiter }).data.filter((r, i, all) => i < all.length - 1 || r.some((c) => c !== ""));
  // Excel's "sep=;" line stays row 1, as the problems count it.
  const rows = table.skippedLines > 0 ? [[`sep=${delimiter}`], ...parsed] : parsed;
  // A new version of an office's published file (every row that office's, or named like that
  // file) stands for it, as the commit that replaces the file would; any other file joins the
  // published ones, so that a case already published is a duplicate.
  const standsFor = publishedVersion(files, regions, name, rows);
  const result = checkOneFile(files, { input, kind: "cases" }, { regions, today }, (path) => path === name || path === standsFor);
  // The file read the same way beside the compiled cases it may replace (and nothing else an
  // office publishes) gives its own cases, for the download and the preview.
  const own = result.summary.errors === 0 ? buildDataset({ dir: "data", cases: [input], events: [], elections: files.elections, compiled: { cases: files.compiled?.cases ?? [], events: [] } }, { regions, today }).dataset : null;
  const cases = (own?.cases ?? []).filter((c) => c.recorded_by === "office");
  const offices = new Set(cases.map((c) => c.office));
  const office = offices.size === 1 ? regions.byCode([...offices][0]!) : undefined;
  const site = { regions, electionOf: (id: string | null) => own?.elections.find((e) => e.id === id) } as unknown as Site;
  const headerRow = rows[0] ?? [];
  return {
    json: formatJson(result),
    result,
    rows,
    cells: [...result.problems.filter((p) => p.severity === "error"), ...result.problems.filter((p) => p.severity !== "error")].map((p) => [p.row === null ? -1 : p.row - 1, columnIndex(headerRow, p.column)] as const),
    titles: { id: cases.map((c) => caseTitle(site, "id", c)), en: cases.map((c) => caseTitle(site, "en", c)) },
    canonical: own === null || cases.length === 0 ? null : repositoryCsv(cases),
    canonicalName: standsFor !== null ? baseName(standsFor) : office === undefined ? null : `${office.code}-${slug(office.name)}.csv`,
    standsFor,
    cases,
    figures: cases.length === 0 ? null : figures(cases),
  };
}

/** Cases in the repository's form: the contract's English keys, codes, ISO dates, sources joined by " | ". */
export function repositoryCsv(cases: readonly CaseRecord[]): string {
  const keys = caseTable.fields.map((f) => f.key);
  const rows = cases.map((c) => {
    const record = c as unknown as Record<string, unknown>;
    return keys.map((key) => {
      const value = key === "replaces" && c.replaces !== null ? c.replaces.slice(c.replaces.indexOf("/") + 1) : record[key];
      if (value === null || value === undefined) return "";
      return Array.isArray(value) ? value.join(" | ") : String(value);
    });
  });
  return `${Papa.unparse({ fields: keys, data: rows }, { newline: "\n" })}\n`;
}
