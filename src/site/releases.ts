// Dated releases of the data: each day the published cases changed, what was added,
// changed and removed, per office. Built from snapshots of the data (one per commit
// that touched it, plus the working copy when it differs), oldest first.

import type { CaseRecord } from "../ingest/dataset.ts";
import { diffCases, type OfficeChanges } from "../ingest/diff.ts";
import { compareText } from "../ingest/compare.ts";
import { dataVersion } from "./version.ts";

export interface Snapshot {
  /** The commit day, or for uncommitted data the build's day (ISO). */
  readonly date: string;
  /** The commit, or null for data not yet committed. */
  readonly commit: string | null;
  readonly cases: readonly CaseRecord[];
}

export interface Release {
  /** "2026-11-24": one release per day; a day with several commits keeps its last state. */
  readonly date: string;
  readonly commit: string | null;
  /** The data version of the cases as this release left them: the footer's and citations' version for the newest. */
  readonly version: string;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly offices: readonly OfficeChanges[];
}

/** Releases, newest first; days on which no case changed are left out. */
export function releasesOf(snapshots: readonly Snapshot[]): Release[] {
  const lastOfDay = new Map<string, Snapshot>();
  for (const s of snapshots) lastOfDay.set(s.date, s);
  const days = [...lastOfDay.values()].sort((a, b) => compareText(a.date, b.date));
  const releases: Release[] = [];
  let before: readonly CaseRecord[] = [];
  for (const s of days) {
    const offices = diffCases(before, s.cases);
    before = s.cases;
    if (offices.length === 0) continue;
    const sum = (count: (o: OfficeChanges) => number) => offices.reduce((n, o) => n + count(o), 0);
    releases.push({
      date: s.date,
      commit: s.commit,
      version: dataVersion(s.cases),
      added: sum((o) => o.added.length),
      changed: sum((o) => o.changed.length),
      removed: sum((o) => o.removed.length),
      offices,
    });
  }
  return releases.reverse();
}

/** A release of at most this many added, changed and removed cases names each; a larger one counts them per office. */
export const releaseCasesNamed = 100;

/** What one page of the releases page may hold: entries named plus offices counted. */
export const releaseRowsPerPage = 500;

export interface ReleaseEntry {
  readonly release: Release;
  /** Each case named (a small release), or a count per office (a large one; releases.json names them). */
  readonly named: boolean;
}

export interface ReleasePage {
  /** 1-based. */
  readonly number: number;
  readonly count: number;
  readonly entries: readonly ReleaseEntry[];
}

/**
 * The releases in pages, newest first, so the releases page does not grow with the record:
 * a page holds releases until their rows (each named case and each office) pass
 * `rows`; a release larger than that has a page of its own. No releases give one empty page.
 */
export function releasePages(releases: readonly Release[], rows = releaseRowsPerPage): ReleasePage[] {
  const pages: ReleaseEntry[][] = [[]];
  let used = 0;
  for (const release of releases) {
    const cases = release.added + release.changed + release.removed;
    const named = cases <= releaseCasesNamed;
    const weight = release.offices.length + (named ? cases : 0);
    if (used > 0 && used + weight > rows) {
      pages.push([]);
      used = 0;
    }
    pages.at(-1)!.push({ release, named });
    used += weight;
  }
  return pages.map((entries, i) => ({ number: i + 1, count: pages.length, entries }));
}

/** The address of a page of the releases page: "/rilis/", "/rilis/2/". */
export const releasePagePath = (n: number) => (n === 1 ? "/rilis/" : `/rilis/${n}/`);

export interface CaseChange {
  readonly date: string;
  readonly kind: "added" | "changed" | "removed";
  readonly fields: readonly string[];
}

/** Every release that touched each case, newest first, by case id. */
export function changesByCase(releases: readonly Release[]): Map<string, CaseChange[]> {
  const byCase = new Map<string, CaseChange[]>();
  const add = (id: string, change: CaseChange) => (byCase.get(id) ?? byCase.set(id, []).get(id)!).push(change);
  for (const r of releases) {
    for (const o of r.offices) {
      for (const id of o.added) add(id, { date: r.date, kind: "added", fields: [] });
      for (const { id, fields } of o.changed) add(id, { date: r.date, kind: "changed", fields });
      for (const id of o.removed) add(id, { date: r.date, kind: "removed", fields: [] });
    }
  }
  return byCase;
}

/** A day of the update log: the cases last updated that day, and how many of them are closed. */
export interface UpdateDay {
  readonly day: string;
  readonly cases: readonly CaseRecord[];
  /** Dismissed or sanctioned: nothing more will happen to them. */
  readonly closed: number;
}

/** The update log of the data page: cases grouped by the day they were last updated, newest first. */
export function updateLog(cases: readonly CaseRecord[]): UpdateDay[] {
  return [...Map.groupBy(cases, (c) => c.updated)]
    .sort(([a], [b]) => compareText(b, a))
    .map(([day, list]) => ({ day, cases: list, closed: list.filter((c) => c.status === "dismissed" || c.status === "sanctioned").length }));
}

/** How many days of the update log the data page shows, and how many cases it names per day. */
export const updateLogDays = 30;
export const updateLogNamed = 10;

export interface ShownUpdateDay extends UpdateDay {
  /** The cases named (the first by id); the rest are counted. */
  readonly named: readonly CaseRecord[];
  readonly more: number;
}

/**
 * The newest days of the update log, each naming a few of its cases, so the data page
 * does not grow with the record; the older days are counted (every case's `updated` is in
 * the downloads, and every change in the releases).
 */
export function recentUpdateLog(cases: readonly CaseRecord[], days = updateLogDays, named = updateLogNamed): { days: ShownUpdateDay[]; olderDays: number; olderCases: number } {
  const log = updateLog(cases);
  const older = log.slice(days);
  return {
    days: log.slice(0, days).map((d) => {
      const byId = d.cases.length > named ? [...d.cases].sort((a, b) => compareText(a.id, b.id)) : d.cases;
      return { ...d, named: byId.slice(0, named), more: Math.max(0, d.cases.length - named) };
    }),
    olderDays: older.length,
    olderCases: older.reduce((n, d) => n + d.cases.length, 0),
  };
}
