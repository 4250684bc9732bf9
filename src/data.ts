// The Dataset for pages: built once per build and shared by every page. scripts/build.ts
// validates before Astro starts and hands its Dataset over; `astro dev` builds its own.

import type { Dataset } from "./lib/dataset.ts";
import { checkData } from "./lib/pipeline.ts";
import { loadRegions } from "./lib/read.ts";
import type { RegionIndex } from "./lib/regions.ts";

declare global {
  var pantauDataset: Promise<Dataset> | undefined;
}

export function getDataset(): Promise<Dataset> {
  globalThis.pantauDataset ??= checkData(process.env.DATA_DIR ?? "data").then((result) => {
    if (result.dataset === null) throw new Error(`data has ${result.summary.errors} errors: run npm run validate`);
    return result.dataset;
  });
  return globalThis.pantauDataset;
}

export function getRegions(): Promise<RegionIndex> {
  return loadRegions();
}
