// How cases are handled, indexed once per build: each case's deadline clock, the funnel
// of any region, each office's record quality, and official figures beside our count.

import type { SiteIndex } from "../figures.ts";
import { caseClock, isOverdue, WorkCalendar, type StepClock } from "./clock.ts";
import type { CaseRecord, OfficialFigureRecord } from "../../ingest/dataset.ts";
import { parseDate } from "../../ingest/dates.ts";
import { funnel, type Funnel } from "./funnel.ts";
import { officeQuality, type OfficeQuality } from "./quality.ts";
import { referredStatuses, type ElectionKind, type Measure, type OfficialStage, type Status } from "../../ingest/schema/index.ts";

export interface OfficialComparison {
  readonly figure: OfficialFigureRecord;
  /**
   * Whether this record's count means the same as the figure: the same unit (persons or
   * cases; this record holds no "reports") and a stage it has statuses for. Only then is a
   * share given; otherwise the two stand side by side, each with its unit.
   */
  readonly comparable: boolean;
  /** This record's count over the same scope and election: of the figure's stage when comparable, else of every case. */
  readonly ours: number;
  /** The unit of `ours`: the figure's, or "cases" when the figure counts reports. */
  readonly oursMeasure: Measure;
  /** Cases counted whose number of ASN is blank (when counting ASN): ours is then a minimum. */
  readonly unknown: number;
  readonly cases: number;
}

/** The statuses of this record that a stage of an official total counts; stages not here have none. */
export const officialStageStatuses: Partial<Record<OfficialStage, readonly Status[] | "all">> = {
  reported: "all",
  received: "all",
  handled: "all",
  referred: referredStatuses,
  recommended: ["recommended", "sanctioned"],
  sanctioned: ["sanctioned"],
  not_proven: ["dismissed"],
};

/** What share of an official total the record holds, in whole percent; null when not comparable or the total is 0. */
export function officialShare(c: OfficialComparison): number | null {
  return !c.comparable || c.figure.value === 0 ? null : Math.round((c.ours / c.figure.value) * 100);
}

/** Whether any count leaves out cases whose number of ASN is blank (a minimum, said in a note). */
export function anyUnknown(comparisons: readonly OfficialComparison[]): boolean {
  return comparisons.some((c) => c.unknown > 0);
}

export interface Handling {
  clockOf(id: string): readonly StepClock[];
  /** The funnel of a region's cases (as figuresOf counts them), or of every case for "national". */
  funnelOf(scope: string): Funnel;
  /** The record quality of an office that published a file or a case itself, else null (its cases, if any, were compiled). */
  qualityOf(office: string): OfficeQuality | null;
  /** Every office that published, in code order. */
  readonly offices: readonly OfficeQuality[];
  /** Official figures stated for a scope ("national" or a region code), each beside our count. */
  officialOf(scope: string): readonly OfficialComparison[];
}

export function indexHandling(site: SiteIndex, today: string): Handling {
  const { dataset } = site;
  const todayDate = parseDate(today);
  if (!todayDate.ok) throw new Error(`today is not a date: ${today}`);
  const todayNumber = todayDate.date.first;
  const kinds = new Map<string, ElectionKind>(dataset.elections.map((e) => [e.id, e.kind]));
  const context = { deadlines: dataset.deadlines, calendar: new WorkCalendar(dataset.holidays), today: todayNumber };

  const clocks = new Map<string, readonly StepClock[]>();
  const clockOf = (id: string): readonly StepClock[] => {
    let clock = clocks.get(id);
    if (clock === undefined) {
      const c = site.caseById(id);
      clock = c === undefined ? [] : caseClock(c, kinds.get(c.election), context);
      clocks.set(id, clock);
    }
    return clock;
  };
  const overdue = (c: CaseRecord) => isOverdue(clockOf(c.id));

  const funnels = new Map<string, Funnel>();
  const funnelOf = (scope: string): Funnel => {
    let f = funnels.get(scope);
    if (f === undefined) funnels.set(scope, (f = funnel(site.regionCases(scope), site.eventsOf, todayNumber)));
    return f;
  };

  // Grades judge only what an office published itself: its own file and its own rows. The
  // cases the editors compiled from news reports measure the reports, not the office.
  const published = dataset.cases.filter((c) => c.recorded_by === "office");
  const officeFiles = dataset.files.filter((f) => f.recorded_by === "office" && f.office !== null);
  const officeCodes = new Set<string>([...published.map((c) => c.office), ...officeFiles.map((f) => f.office!)]);
  const offices = [...officeCodes]
    .sort()
    .map((office) => officeQuality(office, site.casesOf(office).handled.filter((c) => c.recorded_by === "office"), overdue, today));
  const qualities = new Map(offices.map((q) => [q.office, q]));

  const officialOf = (scope: string): OfficialComparison[] =>
    dataset.officialFigures
      .filter((f) => f.scope === scope)
      .map((figure) => {
        const inElection = site.regionCases(scope).filter((c) => figure.election === null || c.election === figure.election);
        const statuses = figure.measure === "reports" ? undefined : officialStageStatuses[figure.stage];
        const comparable = statuses !== undefined;
        const cases = statuses === undefined || statuses === "all" ? inElection : inElection.filter((c) => statuses.includes(c.status));
        const oursMeasure: Measure = figure.measure === "asn" ? "asn" : "cases";
        const asn = oursMeasure === "asn";
        return {
          figure,
          comparable,
          ours: asn ? cases.reduce((sum, c) => sum + (c.asn_count ?? 0), 0) : cases.length,
          oursMeasure,
          unknown: asn ? cases.filter((c) => c.asn_count === null).length : 0,
          cases: cases.length,
        };
      });

  return { clockOf, funnelOf, qualityOf: (office) => qualities.get(office) ?? null, offices, officialOf };
}
