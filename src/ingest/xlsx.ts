// An Excel workbook (.xlsx, also .xlsm, whose macros are never run) read as the CSV text the
// rest of the pipeline reads: its sheet named Kasus (the template's), else its first sheet,
// row for row, so every problem names the row
// Excel shows. Date cells become ISO days; a formula's cached value is read and the formula
// is never evaluated. Pure: the bytes in, the text out (read-excel-file, which unzips with
// fflate and parses the XML itself; it runs in the browser as well as in Node).

import Papa from "papaparse";
import readXlsxFile from "read-excel-file/universal";

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
