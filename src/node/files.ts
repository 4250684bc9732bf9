// The data folder on disk: every data file as bytes, named by the path it was found at.

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { defaultLimits, referenceFiles, type DataFiles, type FileInput } from "../ingest/csv.ts";
import { readFileInput } from "../ingest/xlsx.ts";

/**
 * Every data file under `dir` (cases/*.csv, events/*.csv, the editors' compiled/cases/*.csv
 * and compiled/events/*.csv, elections.csv and the reference tables), in a stable order, as
 * bytes: the data folder holds CSV only, so a workbook saved there is refused as binary,
 * never read as one.
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
  return Promise.all(csvs.map((name) => readBytes(join(dir, name))));
}

const readBytes = async (path: string): Promise<FileInput> => ({ path, bytes: new Uint8Array(await readFile(path)) });

async function readOptional(path: string): Promise<FileInput | null> {
  try {
    return await readBytes(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * A file as the pipeline reads it (src/ingest/xlsx.ts): a workbook (.xlsx, .xlsm) as its
 * case sheet's CSV text; the data folder itself holds CSV only, so that changes show as
 * readable diffs.
 */
export async function readInput(path: string): Promise<FileInput> {
  return readFileInput(path, new Uint8Array(await readFile(path)), defaultLimits.fileBytes);
}
