// An Excel workbook (.xlsx, also .xlsm, whose macros are never run) read as the CSV text the
// rest of the pipeline reads: its sheet named Kasus (the template's), else its first sheet,
// row for row, so every problem names the row
// Excel shows. Date cells become ISO days; a formula's cached value is read and the formula
// is never evaluated. Pure: the bytes in, the text out (read-excel-file, which unzips with
// fflate and parses the XML itself; it runs in the browser as well as in Node).

import Papa from "papaparse";
import readXlsxFile from "read-excel-file/universal";
import type { FileInput } from "./csv.ts";

export interface Workbook {
  /** The sheet read, as CSV text (comma, "\n"), or null when the file is no readable workbook. */
  readonly text: string | null;
  /** How many sheets the workbook has. */
  readonly sheets: number;
  /** Which one was read (1-based), and whether it was chosen by its name (Kasus, Cases) rather than by being first. */
  readonly sheet: number;
  readonly named: boolean;
}

/** The sheet the template names for the cases; a workbook without one is read from its first sheet. */
const caseSheetName = /^\s*(kasus|cases?)\s*$/i;

/** Whether a file's name says it is an Excel workbook. */
export function isWorkbookName(path: string): boolean {
  return /\.xls[xm]$/i.test(path);
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value === "boolean") return value ? "ya" : "tidak";
  return String(value);
}

/** The workbook's case sheet as CSV text; a file that is no workbook (a PDF, an old .xls, a password-protected or broken file) gives null. */
export async function readWorkbook(bytes: Uint8Array): Promise<Workbook> {
  try {
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const sheets = await readXlsxFile(buffer);
    const named = sheets.findIndex((s) => caseSheetName.test(s.sheet));
    const index = named >= 0 ? named : 0;
    const rows = (sheets[index]?.data ?? []).map((row) => row.map(cellText));
    // Trailing empty rows are no data; a file with none at all reads as empty.
    while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === "")) rows.pop();
    return { text: rows.length === 0 ? "" : `${Papa.unparse(rows, { newline: "\n" })}\n`, sheets: sheets.length, sheet: index + 1, named: named >= 0 };
  } catch {
    return { text: null, sheets: 0, sheet: 0, named: false };
  }
}

/** What the first bytes of a file say it is, whatever its name says. */
function signature(bytes: Uint8Array): "zip" | "ole2" | "pdf" | null {
  const starts = (...values: number[]) => values.every((v, i) => bytes[i] === v);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return "zip"; // .xlsx, .xlsm (and .ods, .docx: read, then told)
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return "ole2"; // old .xls, or a password-protected .xlsx
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "pdf"; // %PDF-
  return null;
}

/**
 * A case file as the pipeline reads it, by its content more than its name: a workbook
 * (an .xlsx, also one renamed .csv) as its case sheet's CSV text; an old .xls, a
 * password-protected workbook or a PDF as an unreadable workbook (told, never guessed
 * at); a workbook over the size limit as its bytes, which the reader then refuses for
 * size before anything is unzipped; anything else as the bytes themselves.
 */
export async function readFileInput(path: string, bytes: Uint8Array, maxBytes: number): Promise<FileInput> {
  const kind = signature(bytes);
  if (bytes.length > maxBytes || (kind === null && !isWorkbookName(path))) return { path, bytes };
  if (kind === "ole2" || kind === "pdf") return { path, bytes: new Uint8Array(0), workbookSheets: 0 };
  const { text, sheets, sheet, named } = await readWorkbook(bytes);
  // A sheet chosen by its name (the template's Kasus) needs no word about the others.
  return { path, bytes: new TextEncoder().encode(text ?? ""), workbookSheets: sheets, ...(named ? {} : { workbookSheetRead: sheet }) };
}
