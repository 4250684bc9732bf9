// The data folder on disk: every data file as bytes, named by the path it was found at.

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { referenceFiles, type DataFiles, type FileInput } from "../ingest/csv.ts";
import { isWorkbookName, readWorkbook } from "../ingest/xlsx.ts";

/**
 * Every data file under `dir` (cases/*.csv, events/*.csv, the editors' compiled/cases/*.csv
 * and compiled/events/*.csv, elections.csv and the reference tables), in a stable order.
 */
export async function readDataDir(dir: string): Promise<DataFiles> {
  const [cases, events, compiledCases, compiledEvents, elections, deadlines, holidays, officialFigures] = await Promise.all([
    readCsvFolder(join(dir, "cases")),
    readCsvFolder(join(dir, "events")),
    readCsvFolder(join(dir, "compiled", "cases")),
    readCsvFolder(join(dir, "compiled", "events")),
    readOptional(join(dir, "elections.csv")),
    readOptional(join(dir, referenceFiles.deadlines)),
    readOptional(join(dir, referenceFiles.holidays)),
    readOptional(join(dir, referenceFiles.officialFigures)),
  ]);
  return { dir, cases, events, elections, deadlines, holidays, officialFigures, compiled: { cases: compiledCases, events: compiledEvents } };
}

async function readCsvFolder(dir: string): Promise<FileInput[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const csvs = names.filter((n) => n.toLowerCase().endsWith(".csv")).sort();
  return Promise.all(csvs.map(async (name) => readInput(join(dir, name))));
}

async function readOptional(path: string): Promise<FileInput | null> {
  try {
    return await readInput(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * A file as the pipeline reads it. A workbook (.xlsx, .xlsm) is read as its first sheet's
 * CSV text (src/ingest/xlsx.ts); the data folder itself holds CSV only, so that changes
 * show as readable diffs.
 */
export async function readInput(path: string): Promise<FileInput> {
  const bytes = new Uint8Array(await readFile(path));
  if (!isWorkbookName(path)) return { path, bytes };
  const { text, sheets, sheet, named } = await readWorkbook(bytes);
  // A sheet chosen by its name (the template's Kasus) needs no word about the others.
  return { path, bytes: new TextEncoder().encode(text ?? ""), workbookSheets: sheets, ...(named ? {} : { workbookSheetRead: sheet }) };
}
