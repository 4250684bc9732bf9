// The one entry point that both `npm run validate` and the site build call: read a
// data folder from disk, validate it against the official regions, and return the
// Dataset (or none) with every problem.

import { resolve } from "node:path";
import { buildDataset, type BuildResult } from "../ingest/dataset.ts";
import { checkOneFile } from "../ingest/single.ts";
import { config } from "./config.ts";
import { loadRegions } from "./load-regions.ts";
import { readDataDir, readInput } from "./files.ts";

export interface SingleFile {
  readonly path: string;
  readonly kind: "cases" | "events" | "elections";
  /** Whether it holds the editors' compiled records (a file under data/compiled/). */
  readonly compiled?: boolean;
}

/**
 * Validate the data folder `dir`. With `single`, that one file is checked against the
 * rest of the data (it replaces the file of the same path, or joins them, last so that
 * a duplicate is reported on its row), and only its own problems are returned.
 */
export async function checkData(dir: string, single?: SingleFile, today = config.today): Promise<BuildResult> {
  const [files, regions] = await Promise.all([readDataDir(dir), loadRegions()]);
  if (single === undefined) return buildDataset(files, { regions, today });

  const input = await readInput(single.path);
  const same = (path: string) => resolve(path) === resolve(single.path);
  return checkOneFile(files, { input, kind: single.kind, ...(single.compiled === undefined ? {} : { compiled: single.compiled }) }, { regions, today }, same);
}
