// Bytes -> rows: encoding (UTF-8 with or without BOM, UTF-16 from Excel's "Unicode
// text", Windows-1252), delimiter (comma, semicolon, tab), quotes and newlines inside
// cells, with papaparse. Pure: the files come from src/node/files.ts.

import Papa from "papaparse";
import { invisibleCharacters } from "./pii.ts";
import type { Problems } from "./problems/problems.ts";

export interface RawRow {
  /** Spreadsheet row: the header is row 1. */
  readonly row: number;
  readonly cells: readonly string[];
}

export interface RawTable {
  readonly file: string;
  readonly headers: readonly string[];
  readonly rows: readonly RawRow[];
  readonly delimiter: string;
  readonly encoding: Encoding;
}

export interface FileInput {
  /** The path as found, used in every problem about this file. */
  readonly path: string;
  readonly bytes: Uint8Array;
  /**
   * A workbook read as one sheet's CSV text (src/ingest/xlsx.ts): how many sheets it had (0
   * when it could not be read), and which was read when it was not chosen by its name.
   */
  readonly workbookSheets?: number;
  readonly workbookSheetRead?: number;
}

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

const utf8 = new TextDecoder("utf-8", { fatal: true });
const controlCharactersGlobal = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g;

/** Decode bytes to text, or null when they are not text at all. */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  if (bytes.includes(0)) return null;
  try {
    return { text: utf8.decode(bytes), encoding: "utf-8" }; // strips a UTF-8 BOM
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

/**
 * The text as the table is read: without the "sep=;" line Excel writes (and hides) above
 * the headers, whose delimiter is then the file's, and without invisible characters
 * (zero-width spaces and joiners, soft hyphens, direction marks), which no published text,
 * id or region name may hold. `skippedLines` counts the physical lines left out.
 */
export function tableText(text: string): { text: string; delimiter: string | null; skippedLines: number } {
  invisibleCharacters.lastIndex = 0;
  const visible = invisibleCharacters.test(text) ? text.replace(invisibleCharacters, "") : text;
  const sep = /^"?sep=([,;\t])"?[,;\t]*\r?\n/i.exec(visible);
  return { text: sep === null ? visible : visible.slice(sep[0].length), delimiter: sep === null ? null : sep[1]!, skippedLines: sep === null ? 0 : 1 };
}

/** The delimiter used most often in the first record (outside quotes): comma, semicolon or tab. */
export function detectDelimiter(text: string): string {
  const counts = new Map([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ",";
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

/** Where each record of a file starts: its 1-based physical line, and the header's cells. */
export interface SourceMap {
  /** lines[r - 1] is the first line of spreadsheet row r (a quoted cell may span lines). */
  readonly lines: readonly number[];
  readonly headers: readonly string[];
}

export function sourceMap(bytes: Uint8Array): SourceMap | null {
  const decoded = decode(bytes);
  if (decoded === null) return null;
  const { text, delimiter, skippedLines } = tableText(decoded.text);
  const lines = recordLines(text).map((line) => line + skippedLines);
  const headers = Papa.parse<string[]>(text, { delimiter: delimiter ?? detectDelimiter(text), preview: 1 }).data[0] ?? [];
  return { lines, headers };
}

/**
 * How large a file may be. A case file holds one office's cases: the busiest office of a
 * 10,000-case national record holds about 60, so 20,000 rows and 20 MB leave room for any
 * real office and stop a wrong export (or a hostile file) before it costs minutes and
 * gigabytes; a cell holds a summary, not a document. `npm run bench:validate` raises them.
 */
export interface Limits {
  readonly fileBytes: number;
  readonly fileRows: number;
  readonly cellCharacters: number;
}

export const defaultLimits: Limits = { fileBytes: 20 * 1024 * 1024, fileRows: 20_000, cellCharacters: 5_000 };

/**
 * Parse one CSV file into a header and rows. Problems with the file itself (too large,
 * empty, binary, too many rows, broken quotes, rows longer than the header, a first row
 * that `isHeaderRow` does not take for headers) go to `problems`; rows whose cells cannot
 * be trusted are left out so they are not judged twice.
 */
export function parseTable(
  input: FileInput,
  problems: Problems,
  isHeaderRow?: (cells: readonly string[]) => boolean,
  limits: Limits = defaultLimits,
): RawTable | null {
  const file = input.path;
  if (input.workbookSheets === 0) {
    problems.error("unreadable_workbook", file, null, null);
    return null;
  }
  if (input.workbookSheetRead !== undefined && input.workbookSheets !== undefined && input.workbookSheets > 1) {
    problems.warning("workbook_sheets", file, null, null, { detail: `${input.workbookSheetRead}/${input.workbookSheets}` });
  }
  if (input.bytes.length > limits.fileBytes) {
    problems.error("file_too_large", file, null, null, { detail: megabytes(input.bytes.length), expected: megabytes(limits.fileBytes) });
    return null;
  }
  const decoded = decode(input.bytes);
  if (decoded === null) {
    problems.error("binary_content", file, null, null);
    return null;
  }
  const { encoding } = decoded;
  const { text, delimiter: declared } = tableText(decoded.text);
  if (encoding === "windows-1252") problems.warning("encoding_windows1252", file, null, null);
  if (text.trim() === "") {
    problems.error("empty_file", file, null, null);
    return null;
  }
  // Binary data without NUL bytes is almost never valid UTF-8: judge only what fell back.
  // (A stray control character in a cell is reported at its cell by validate.ts.)
  if (encoding === "windows-1252" && (text.match(controlCharactersGlobal)?.length ?? 0) > Math.max(8, text.length / 100)) {
    problems.error("binary_content", file, null, null);
    return null;
  }

  // A file far past the row limit stops before papaparse reads it all (20 MB of blank
  // lines took seconds and a gigabyte and a half).
  if (Number.isFinite(limits.fileRows)) {
    const records = recordLines(text).length;
    if (records - 1 > limits.fileRows * 2) {
      problems.error("too_many_rows", file, null, null, { detail: String(records - 1), expected: String(limits.fileRows) });
      return null;
    }
  }
  const delimiter = declared ?? detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, quoteChar: '"', escapeChar: '"', skipEmptyLines: false });
  // Records with a quote problem are reported once (a malformed quote also leaves one
  // unterminated) and not read further.
  const broken = new Set<number>();
  const malformed = new Set(parsed.errors.filter((e) => e.code === "InvalidQuotes").map((e) => e.row ?? 0));
  for (const error of parsed.errors) {
    const record = error.row ?? 0;
    if (broken.has(record)) continue;
    if (error.code === "InvalidQuotes") problems.error("malformed_quote", file, record + 1, null);
    else if (error.code === "MissingQuotes" && !malformed.has(record)) problems.error("unterminated_quote", file, record + 1, null);
    else continue;
    broken.add(record);
  }

  // Record i of papaparse is spreadsheet row i + 1: the header is row 1.
  const records = parsed.data;
  const rowCount = records.length - 1 - (records.length > 1 && isBlankRow(records[records.length - 1]!) ? 1 : 0);
  if (rowCount > limits.fileRows) {
    problems.error("too_many_rows", file, null, null, { detail: String(rowCount), expected: String(limits.fileRows) });
    return null;
  }
  const headers = records[0] ?? [];
  if (isBlankRow(headers)) {
    // Blank lines above the table: row 1 must hold the headers, and they are further down.
    const found = isHeaderRow === undefined ? -1 : records.slice(1, 30).findIndex((cells) => isHeaderRow(cells));
    if (found < 0) problems.error("empty_file", file, null, null);
    else problems.error("header_row", file, 1, null, { detail: String(found + 2) });
    return null;
  }
  // A first row of data, or a title above the table, is one problem: its cells are never
  // read as headers, so nothing of them is echoed as a "header" in any problem.
  if (isHeaderRow !== undefined && !isHeaderRow(headers)) {
    const found = records.slice(1, 30).findIndex((cells) => isHeaderRow(cells));
    problems.error("header_row", file, 1, null, found < 0 ? {} : { detail: String(found + 2) });
    return null;
  }
  const rows: RawRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const cells = records[i]!;
    const row = i + 1;
    if (broken.has(i) || isBlankRow(cells)) continue;
    if (cells.length > headers.length && !isBlankRow(cells.slice(headers.length))) {
      problems.error("too_many_cells", file, row, null, { detail: `${cells.length} > ${headers.length}` });
      continue;
    }
    if (cells.length < headers.length) {
      problems.warning("too_few_cells", file, row, null, { detail: `${cells.length} < ${headers.length}` });
    }
    rows.push({ row, cells });
  }
  return { file, headers, rows, delimiter, encoding };
}

/**
 * The physical line (1-based) each record of a CSV text starts on: a line break inside
 * quotes stays in its record. Blank lines count as records here.
 */
function recordLines(text: string): number[] {
  const lines = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted; // a doubled quote flips twice
    else if (c === 10) {
      line++;
      if (!quoted) lines.push(line);
    }
  }
  return lines;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== "" && cell.trim() !== "") return false;
  return true;
}

export interface DataFiles {
  /** The data directory as given, for naming a missing file. */
  readonly dir: string;
  readonly cases: readonly FileInput[];
  readonly events: readonly FileInput[];
  readonly elections: FileInput | null;
  /** Optional reference tables: handling deadlines, national holidays, official totals. */
  readonly deadlines?: FileInput | null;
  readonly holidays?: FileInput | null;
  readonly officialFigures?: FileInput | null;
  /** Cases and steps the project's editors compiled from public reports (data/compiled/). */
  readonly compiled?: { readonly cases: readonly FileInput[]; readonly events: readonly FileInput[] };
}

/** The optional reference tables by their file names in the data folder. */
export const referenceFiles = {
  deadlines: "deadlines.csv",
  holidays: "holidays.csv",
  officialFigures: "official-figures.csv",
} as const;
