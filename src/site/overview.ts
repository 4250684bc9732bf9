// What the overview shows beyond the figures: the months its timeline spans, the latest
// updates, and the provinces ranked by their cases.

import type { CaseRecord, Dataset } from "../ingest/dataset.ts";
import type { Region } from "../ingest/regions.ts";
import { byMonth, type MonthCount, type SiteIndex } from "./figures.ts";
import { compareText } from "../ingest/compare.ts";

/** Cases per month, spanning the campaigns and voting days of the elections the cases belong to. */
export function nationalTimeline(dataset: Dataset): { months: MonthCount[]; undated: number } {
  const used = new Set(dataset.cases.map((c) => c.election));
  const electionMonths = dataset.elections
    .filter((e) => used.size === 0 || used.has(e.id))
    .flatMap((e) => [e.campaign_start.slice(0, 7), e.voting_day.slice(0, 7)]);
  return byMonth(dataset.cases, electionMonths);
}

/** The `count` cases updated last, newest first (by id among those of one day). */
export function latestUpdates(cases: readonly CaseRecord[], count: number): CaseRecord[] {
  return [...cases].sort((a, b) => (compareText(b.updated, a.updated) || compareText(a.id, b.id))).slice(0, count);
}

export interface RankedProvince {
  readonly region: Region;
  readonly cases: number;
  readonly known: boolean;
}

/**
 * The provinces by their cases, most first (by name among equals); those of which nothing
 * is known last, by name: the national map's list on a phone, where its regencies are too
 * small to tap.
 */
export function provincesByCases(site: SiteIndex): RankedProvince[] {
  return site.regions.provinces
    .map((region) => ({ region, cases: site.figuresOf(region.code).cases, known: site.isKnown(region.code) }))
    .sort((a, b) => Number(b.known) - Number(a.known) || b.cases - a.cases || compareText(a.region.name, b.region.name));
}
