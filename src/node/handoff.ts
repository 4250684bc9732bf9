// How `npm run build` hands the Dataset it validated to the pages Astro renders. Astro
// loads the pages through Vite, as modules of their own, so a value in a module here is not
// the same value there: the hand-off goes through one process-wide slot with a registered
// symbol, behind these two functions and nowhere else.

import type { Dataset } from "../ingest/dataset.ts";

const slot = Symbol.for("pantau-netralitas-asn.dataset");
type Holder = { [slot]?: Promise<Dataset> };

/** Called by the build before Astro starts: the pages use this Dataset. */
export function handOverDataset(dataset: Dataset): void {
  (globalThis as Holder)[slot] = Promise.resolve(dataset);
}

/** The Dataset the build handed over, or `load()`'s (as `astro dev` has none), kept for every page. */
export function handedDataset(load: () => Promise<Dataset>): Promise<Dataset> {
  const holder = globalThis as Holder;
  holder[slot] ??= load();
  return holder[slot];
}
