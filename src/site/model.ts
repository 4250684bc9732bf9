// What pages read: the Dataset, indexed once per build and shared by every page.
// scripts/cli/build.ts validates before Astro starts and hands its Dataset over; `astro dev`
// builds its own. Nothing here re-reads or re-validates data per page.

import { readFile } from "node:fs/promises";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { Shapes } from "../map/draw.ts";
import { feature, mesh } from "topojson-client";
import { indexSite, type SiteIndex } from "./figures.ts";
import { dataVersion } from "./version.ts";
import { casePaths } from "./slugs.ts";
import { geometryCache, type Geometry } from "../map/geo.ts";
import type { Dataset } from "../ingest/dataset.ts";
import { indexHandling, type Handling } from "./handling/handling.ts";
import { checkData, today } from "../node/check-data.ts";
import { dataHistory, lastCommitDate, loadRegions, readDataDirAt } from "../ingest/csv.ts";
import { buildDataset } from "../ingest/dataset.ts";
import { diffCases } from "../ingest/diff.ts";
import type { RegionIndex } from "../ingest/regions.ts";
import { changesByCase, releasesOf, type CaseChange, type Release, type Snapshot } from "./releases.ts";

declare global {
  var pantauDataset: Promise<Dataset> | undefined;
  var pantauSite: Promise<Site> | undefined;
  var pantauMap: Promise<Shapes> | undefined;
  var pantauTopology: Promise<Geometry> | undefined;
}

/** The geometry cache written by `npm run geo` (which the build runs when it is missing), read once. */
export function getTopology(): Promise<Geometry> {
  // Builds run from the project root (npm scripts do).
  globalThis.pantauTopology ??= readFile(geometryCache, "utf8").then((text) => JSON.parse(text) as Geometry);
  return globalThis.pantauTopology;
}

/** The same, as GeoJSON for drawing, converted once. */
export function getMapGeometry(): Promise<Shapes> {
  globalThis.pantauMap ??= getTopology().then((topo) => {
    const regencies = new Map<string, Feature<Polygon | MultiPolygon>>();
    for (const g of topo.objects.regencies.geometries) regencies.set(String(g.id), feature(topo, g) as Feature<Polygon | MultiPolygon>);
    return { regencies, provinceBorders: mesh(topo, topo.objects.provinces, (a, b) => a !== b) };
  });
  return globalThis.pantauMap;
}

export interface Site extends SiteIndex {
  /** A short content hash of the published cases: the data version citations name. */
  readonly version: string;
  /** The page path of each case, by case id: "/kasus/53.71/kpg-pemilu2024-1/". */
  readonly casePaths: ReadonlyMap<string, string>;
  /** The commit day of each case file with no cases, by path. */
  readonly emptyFileDates: ReadonlyMap<string, string | null>;
  /** Deadline clocks, funnels, record quality and official figures. */
  readonly handling: Handling;
  /** Dated releases of the data, newest first, and each case's own changes. */
  readonly releases: readonly Release[];
  readonly caseChanges: ReadonlyMap<string, readonly CaseChange[]>;
}

export function getDataset(): Promise<Dataset> {
  globalThis.pantauDataset ??= checkData(process.env.DATA_DIR ?? "data").then((result) => {
    if (result.dataset === null) throw new Error(`data has ${result.summary.errors} errors: run npm run validate`);
    return result.dataset;
  });
  return globalThis.pantauDataset;
}

export function getSite(): Promise<Site> {
  globalThis.pantauSite ??= (async () => {
    const [dataset, regions] = await Promise.all([getDataset(), loadRegions()]);
    const empty = dataset.files.filter((f) => f.cases === 0);
    const dates = await Promise.all(empty.map((f) => lastCommitDate(f.path)));
    const index = indexSite(dataset, regions);
    const releases = await loadReleases(dataset, regions);
    return {
      ...index,
      handling: indexHandling(index, today()),
      releases,
      caseChanges: changesByCase(releases),
      version: dataVersion(dataset.cases),
      casePaths: casePaths(dataset.cases),
      emptyFileDates: new Map(empty.map((f, i) => [f.path, dates[i]!])),
    };
  })();
  return globalThis.pantauSite;
}

/**
 * One snapshot per commit that changed the data folder (skipping any whose data did not
 * validate; names are not looked for there, so a rule added later cannot drop a release), plus the working copy when it differs from the last commit: the releases.
 * Outside git (a temporary data folder) the working copy is the only snapshot.
 */
async function loadReleases(dataset: Dataset, regions: RegionIndex): Promise<Release[]> {
  const dir = process.env.DATA_DIR ?? "data";
  const snapshots: Snapshot[] = [];
  for (const { commit, date } of await dataHistory(dir)) {
    // Compared by ids and fields only, and read without the name guard, which came later.
    const result = buildDataset(await readDataDirAt(commit, dir), { regions, today: today(), names: false });
    if (result.dataset !== null) snapshots.push({ date, commit, cases: result.dataset.cases });
  }
  const last = snapshots.at(-1);
  if (last === undefined || diffCases(last.cases, dataset.cases).length > 0) snapshots.push({ date: today(), commit: null, cases: dataset.cases });
  return releasesOf(snapshots);
}
