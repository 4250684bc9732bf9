// What pages read, loaded once per build and shared by every page: the Dataset (handed
// over by `npm run build`, which validated it before Astro started; `astro dev` loads its
// own), the Site built from it (src/site/model.ts), and the map geometry from the cache
// `npm run geo` writes. Nothing here re-reads or re-validates data per page.

import { readFile } from "node:fs/promises";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import { buildDataset, type Dataset } from "../ingest/dataset.ts";
import { diffCases } from "../ingest/diff.ts";
import type { RegionIndex } from "../ingest/regions.ts";
import type { Shapes } from "../map/draw.ts";
import { geometryCache, type Geometry } from "../map/geo.ts";
import { createSite, type Site } from "../site/model.ts";
import { releasesOf, type Release, type Snapshot } from "../site/releases.ts";
import { checkData } from "./check-data.ts";
import { config } from "./config.ts";
import { dataHistory, lastCommitDate, readDataDirAt } from "./git.ts";
import { handedDataset } from "./handoff.ts";
import { loadRegions } from "./load-regions.ts";
import { bilingual } from "../i18n/index.ts";

export function getDataset(): Promise<Dataset> {
  return handedDataset(() =>
    checkData(config.dataDir).then((result) => {
      if (result.dataset === null) throw new Error(bilingual("cli.dataInvalid", { n: result.summary.errors }));
      return result.dataset;
    }),
  );
}

let site: Promise<Site> | undefined;

export function getSite(): Promise<Site> {
  site ??= (async () => {
    const [dataset, regions] = await Promise.all([getDataset(), loadRegions()]);
    const empty = dataset.files.filter((f) => f.cases === 0);
    const dates = await Promise.all(empty.map((f) => lastCommitDate(f.path)));
    return createSite(dataset, regions, {
      today: config.today,
      corrections: { repo: config.repo, contact: config.contact },
      releases: await loadReleases(dataset, regions),
      emptyFileDates: new Map(empty.map((f, i) => [f.path, dates[i]!])),
    });
  })();
  return site;
}

let topology: Promise<Geometry> | undefined;
let shapes: Promise<Shapes> | undefined;

/** The geometry cache written by `npm run geo` (which the build runs when it is missing), read once. */
export function getTopology(): Promise<Geometry> {
  // Builds run from the project root (npm scripts do).
  topology ??= readFile(geometryCache, "utf8").then((text) => JSON.parse(text) as Geometry);
  return topology;
}

/** The same, as GeoJSON for drawing, converted once. */
export function getMapGeometry(): Promise<Shapes> {
  shapes ??= getTopology().then((topo) => {
    const regencies = new Map<string, Feature<Polygon | MultiPolygon>>();
    for (const g of topo.objects.regencies.geometries) regencies.set(String(g.id), feature(topo, g) as Feature<Polygon | MultiPolygon>);
    return { regencies, provinceBorders: mesh(topo, topo.objects.provinces, (a, b) => a !== b) };
  });
  return shapes;
}

/**
 * One snapshot per commit that changed the data folder (skipping any whose data did not
 * validate; names are not looked for there, so a rule added later cannot drop a release),
 * plus the working copy when it differs from the last commit: the releases. Outside git (a
 * temporary data folder) the working copy is the only snapshot.
 */
async function loadReleases(dataset: Dataset, regions: RegionIndex): Promise<Release[]> {
  const dir = config.dataDir;
  const snapshots: Snapshot[] = [];
  for (const { commit, date } of await dataHistory(dir)) {
    // Compared by ids and fields only, and read without the name guard, which came later.
    const result = buildDataset(await readDataDirAt(commit, dir), { regions, today: config.today, names: false });
    if (result.dataset !== null) snapshots.push({ date, commit, cases: result.dataset.cases });
  }
  const last = snapshots.at(-1);
  if (last === undefined || diffCases(last.cases, dataset.cases).length > 0) snapshots.push({ date: config.today, commit: null, cases: dataset.cases });
  return releasesOf(snapshots);
}
