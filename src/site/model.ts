// What every page may ask of the data, built once per build from the Dataset: the index
// of figures per region (figures.ts), the handling (deadlines, funnel, quality, official
// figures), releases, paths and the data version. Pure: what comes from disk or git (the
// Dataset, the releases, the dates of empty files) is passed in by src/node/site-data.ts.

import type { Dataset } from "../ingest/dataset.ts";
import type { RegionIndex } from "../ingest/regions.ts";
import { indexSite, type SiteIndex } from "./figures.ts";
import { indexHandling, type Handling } from "./handling/handling.ts";
import { changesByCase, releasePagePath, releasePages, type CaseChange, type Release, type ReleasePage } from "./releases.ts";
import { casePaths } from "./slugs.ts";
import { casePages, type CasePage } from "./paging.ts";
import { dataVersion } from "./version.ts";

export interface Site extends SiteIndex {
  /** The build's day (ISO), pinned in tests. */
  readonly today: string;
  /** Where readers report an error: the repository (a pre-filled issue) and the editors' e-mail. */
  readonly corrections: Corrections;
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
  /** The releases in the pages of the releases page, worked out once. */
  readonly releasePages: readonly ReleasePage[];
  /** The pages of a region's list of the cases its offices handled, sorted once per region (every page of the list asks). */
  casePagesOf(code: string): readonly CasePage[];
}

export interface Corrections {
  /** "https://github.com/owner/name" */
  readonly repo: string;
  /** The editors' e-mail address. */
  readonly contact: string;
}

export interface SiteInputs {
  readonly today: string;
  readonly corrections: Corrections;
  readonly releases: readonly Release[];
  /** The commit day of each case file with no cases, by path (null outside git). */
  readonly emptyFileDates: ReadonlyMap<string, string | null>;
}

export function createSite(dataset: Dataset, regions: RegionIndex, inputs: SiteInputs): Site {
  const index = indexSite(dataset, regions);
  const pagesByRegion = new Map<string, CasePage[]>();
  return {
    ...index,
    today: inputs.today,
    corrections: inputs.corrections,
    handling: indexHandling(index, inputs.today),
    releases: inputs.releases,
    caseChanges: changesByCase(inputs.releases),
    version: dataVersion(dataset.cases),
    casePaths: casePaths([...dataset.cases, ...dataset.replaced]),
    emptyFileDates: inputs.emptyFileDates,
    releasePages: releasePages(inputs.releases),
    casePagesOf: (code) => pagesByRegion.get(code) ?? pagesByRegion.set(code, casePages(index.regionCases(code))).get(code)!,
  };
}

/** Every page's path (without the language prefix): the site's pages, every region, the later pages of provinces' case lists, every case in path order. */
export function sitePaths(site: Site): string[] {
  const regions = [...site.regions.provinces, ...site.regions.regencies];
  const listPages = regions.flatMap((r) => site.casePagesOf(r.code).slice(1).map((page) => `/wilayah/${r.code}/kasus/${page.number}/`));
  const releasePaths = site.releasePages.slice(1).map((page) => releasePagePath(page.number));
  return [
    "/",
    "/metodologi/",
    "/kantor/",
    "/periksa/",
    "/rilis/",
    ...releasePaths,
    "/data/",
    "/panduan/",
    ...regions.map((r) => `/wilayah/${r.code}/`),
    ...listPages,
    ...[...site.casePaths.values()].sort(),
  ];
}
