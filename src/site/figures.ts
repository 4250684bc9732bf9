// Figures per country, province and regency, computed once from the Dataset. Pure: no
// Astro, no I/O. Pages only look up what is here.

import type { CaseFile, CaseRecord, Dataset, ElectionRecord, EventRecord } from "../ingest/dataset.ts";
import type { Region, RegionIndex } from "../ingest/regions.ts";
import { outcomes, statuses, violationTypes, type Outcome, type Status, type ViolationType } from "../ingest/schema/index.ts";

export interface Figures {
  readonly cases: number;
  /** Of those, published by their offices, and compiled by the editors from news reports. */
  readonly office: number;
  readonly compiled: number;
  /** Sum of asn_count where it is known. */
  readonly asn: number;
  /** Cases whose asn_count is blank. */
  readonly asnUnknown: number;
  /** Referred or later: referred, recommended or sanctioned. */
  readonly referred: number;
  readonly sanctioned: number;
  readonly dismissed: number;
  readonly inReview: number;
  readonly byStatus: ReadonlyMap<Status, number>;
  /** Cases with no outcome yet are counted under null. */
  readonly byOutcome: ReadonlyMap<Outcome | null, number>;
  readonly byViolation: ReadonlyMap<ViolationType, number>;
}

/** Of these cases, how many their offices published and how many the editors compiled. */
export function provenance(cases: readonly CaseRecord[]): Pick<Figures, "office" | "compiled"> {
  let compiled = 0;
  for (const c of cases) if (c.recorded_by === "compiled") compiled++;
  return { office: cases.length - compiled, compiled };
}

export function figures(cases: readonly CaseRecord[]): Figures {
  const byStatus = new Map<Status, number>(statuses.map((s) => [s.key, 0]));
  const byOutcome = new Map<Outcome | null, number>([...outcomes.map((o): [Outcome, number] => [o.key, 0]), [null, 0]]);
  const byViolation = new Map<ViolationType, number>(violationTypes.map((v) => [v.key, 0]));
  let asn = 0;
  let asnUnknown = 0;
  for (const c of cases) {
    byStatus.set(c.status, byStatus.get(c.status)! + 1);
    byOutcome.set(c.outcome, byOutcome.get(c.outcome)! + 1);
    byViolation.set(c.violation_type, byViolation.get(c.violation_type)! + 1);
    if (c.asn_count === null) asnUnknown++;
    else asn += c.asn_count;
  }
  const count = (s: Status) => byStatus.get(s)!;
  return {
    cases: cases.length,
    ...provenance(cases),
    asn,
    asnUnknown,
    referred: count("referred") + count("recommended") + count("sanctioned"),
    sanctioned: count("sanctioned"),
    dismissed: count("dismissed"),
    inReview: count("in_review"),
    byStatus,
    byOutcome,
    byViolation,
  };
}

/** The month a case is placed in on a timeline: its incident's, else its report's. */
export function caseMonth(c: CaseRecord): string | null {
  return (c.incident_date ?? c.reported_date)?.slice(0, 7) ?? null;
}

export interface MonthCount {
  /** "2023-12" */
  readonly month: string;
  readonly count: number;
}

/** Cases per month, every month from the first to the last present (zeros included). */
export function byMonth(cases: readonly CaseRecord[], extend: readonly string[] = []): { months: MonthCount[]; undated: number } {
  const counts = new Map<string, number>();
  let undated = 0;
  for (const c of cases) {
    const month = caseMonth(c);
    if (month === null) undated++;
    else counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const known = [...counts.keys(), ...extend].sort();
  if (known.length === 0) return { months: [], undated };
  const months: MonthCount[] = [];
  for (let m = known[0]!; m <= known[known.length - 1]!; m = nextMonth(m)) months.push({ month: m, count: counts.get(m) ?? 0 });
  return { months, undated };
}

export function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * What is known of a region's office: it publishes cases; it publishes a file with none;
 * it has published nothing, but the editors compiled cases from public reports; nothing.
 */
export type RegionState = "published" | "empty" | "compiled" | "never";

/** Every state, in the order legends and filters list them. */
export const regionStates: readonly RegionState[] = ["published", "empty", "compiled", "never"];

/** A region's cases, by the role the region plays in each. */
export interface RegionCases {
  /** Handled by this region's own Bawaslu office. */
  readonly handled: readonly CaseRecord[];
  /** Happened here, handled by another office. */
  readonly happened: readonly CaseRecord[];
  /** The ASN's employer is here, neither handled nor happened here. */
  readonly employed: readonly CaseRecord[];
}

/** How a regency is linked to another region's case: where it happened, the ASN's employer, the office that handled it. */
export type RegionLink = "incident" | "employer" | "office";

export interface RegencyLinks {
  /** The linked regencies of its own province. */
  readonly inProvince: ReadonlyMap<string, RegionLink>;
  /** Those of other provinces. */
  readonly elsewhere: ReadonlyMap<string, RegionLink>;
}

export interface SiteIndex {
  readonly dataset: Dataset;
  readonly regions: RegionIndex;
  readonly national: Figures;
  figuresOf(code: string): Figures;
  /** The cases a region's figures count: its office's (regency), all its offices' (province), or every case ("national"). */
  regionCases(code: string): readonly CaseRecord[];
  caseById(id: string): CaseRecord | undefined;
  /** A case's extra timeline steps, in date order. */
  eventsOf(id: string): readonly EventRecord[];
  casesOf(code: string): RegionCases;
  stateOf(code: string): RegionState;
  /**
   * Whether anything is known of a region's count: a regency's office published a file or
   * cases were compiled for it; for a province, the same of any of its offices. A region not
   * known shows "–", never 0.
   */
  isKnown(code: string): boolean;
  /** The case files an office committed (for the date of an empty one); the editors' files are not among them. */
  filesOf(code: string): readonly CaseFile[];
  /** A compiled case that an office's case replaced, by its id. */
  replacedCase(id: string): CaseRecord | undefined;
  /** Regencies of a province, in code order. */
  regenciesOf(provinceCode: string): readonly Region[];
  /** The latest `updated` of any case, or null without cases. */
  readonly lastUpdated: string | null;
  /** The file an office committed with no cases in it, if any. */
  emptyFileOf(code: string): CaseFile | undefined;
  /**
   * The other regencies a regency's cases link to, each with its first link (where its
   * office's cases happened or their ASN are employed, then the offices that handled the
   * cases that happened here or whose ASN are employed here), split by province: those of
   * its own province, which its map marks, and the others, named under the map, so that a
   * busy office's links do not turn its map into the nation's.
   */
  linksOf(code: string): RegencyLinks;
  /** The regencies a regency's map shows: its province's. */
  mapCodesOf(code: string): readonly string[];
  /** An election by its id (undefined for null or an unknown id). */
  electionOf(id: string | null): ElectionRecord | undefined;
  /** The names of the offices whose cases a region's figures count, by code (a filter's labels). */
  officeNamesOf(scope: string): Record<string, string>;
}

/**
 * Index the Dataset by region once. A province's figures count the cases handled by
 * its offices (its own and its regencies'); a regency's, the cases its office handled.
 */
export function indexSite(dataset: Dataset, regions: RegionIndex): SiteIndex {
  const handled = new Map<string, CaseRecord[]>();
  const happened = new Map<string, CaseRecord[]>();
  const employed = new Map<string, CaseRecord[]>();
  const byProvince = new Map<string, CaseRecord[]>();
  const push = (map: Map<string, CaseRecord[]>, code: string, c: CaseRecord) => {
    const list = map.get(code);
    if (list === undefined) map.set(code, [c]);
    else list.push(c);
  };
  for (const c of dataset.cases) {
    push(handled, c.office, c);
    push(byProvince, regions.byCode(c.office)!.provinceCode, c);
    if (c.incident_regency !== null && c.incident_regency !== c.office) push(happened, c.incident_regency, c);
    const employer = c.asn_employer_regency;
    if (employer !== null && employer !== c.office && employer !== c.incident_regency) push(employed, employer, c);
  }
  const files = new Map<string, CaseFile[]>();
  for (const f of dataset.files) if (f.office !== null && f.recorded_by === "office") (files.get(f.office) ?? files.set(f.office, []).get(f.office)!).push(f);

  const regenciesByProvince = new Map<string, Region[]>();
  for (const r of regions.regencies) {
    const list = regenciesByProvince.get(r.provinceCode);
    if (list === undefined) regenciesByProvince.set(r.provinceCode, [r]);
    else list.push(r);
  }

  const memo = new Map<string, Figures>();
  const none: readonly CaseRecord[] = [];
  const regionCases = (code: string) =>
    code === "national" ? dataset.cases : ((regions.byCode(code)?.kind === "province" ? byProvince.get(code) : handled.get(code)) ?? none);
  const figuresOf = (code: string): Figures => {
    let f = memo.get(code);
    if (f === undefined) memo.set(code, (f = figures(regionCases(code))));
    return f;
  };
  const cases = new Map(dataset.cases.map((c) => [c.id, c]));
  const replaced = new Map(dataset.replaced.map((c) => [c.id, c]));
  const events = new Map<string, EventRecord[]>();
  for (const e of dataset.events) (events.get(e.case) ?? events.set(e.case, []).get(e.case)!).push(e);
  const elections = new Map(dataset.elections.map((e) => [e.id, e]));
  const lastUpdated = dataset.cases.reduce<string | null>((max, c) => (max === null || c.updated > max ? c.updated : max), null);

  return {
    dataset,
    regions,
    national: figures(dataset.cases),
    figuresOf,
    regionCases,
    caseById: (id) => cases.get(id),
    eventsOf: (id) => events.get(id) ?? [],
    casesOf: (code) => ({
      handled: handled.get(code) ?? none,
      happened: happened.get(code) ?? none,
      employed: employed.get(code) ?? none,
    }),
    stateOf,
    isKnown: (code) =>
      regions.byCode(code)?.kind === "province"
        ? stateOf(code) !== "never" || (regenciesByProvince.get(code) ?? []).some((r) => stateOf(r.code) !== "never")
        : stateOf(code) !== "never",
    filesOf: (code) => files.get(code) ?? [],
    replacedCase: (id) => replaced.get(id),
    regenciesOf: (code) => regenciesByProvince.get(code) ?? [],
    lastUpdated,
    emptyFileOf: (code) => files.get(code)?.find((f) => f.cases === 0),
    linksOf,
    electionOf: (id) => (id === null ? undefined : elections.get(id)),
    officeNamesOf: (scope) =>
      Object.fromEntries([...new Set(regionCases(scope).map((c) => c.office))].map((code) => [code, regions.byCode(code)?.name ?? code])),
    mapCodesOf: (code) => {
      const region = regions.byCode(code);
      if (region?.kind !== "regency") return [];
      return (regenciesByProvince.get(region.provinceCode) ?? []).map((r) => r.code);
    },
  };

  function stateOf(code: string): RegionState {
    const own = handled.get(code) ?? none;
    if (own.some((c) => c.recorded_by === "office")) return "published";
    if (files.has(code)) return "empty";
    return own.length > 0 ? "compiled" : "never";
  }

  function linksOf(code: string): RegencyLinks {
    const links = new Map<string, RegionLink>();
    const link = (other: string | null, role: RegionLink) => {
      if (other !== null && other !== code && regions.byCode(other)?.kind === "regency" && !links.has(other)) links.set(other, role);
    };
    for (const c of handled.get(code) ?? none) {
      link(c.incident_regency, "incident");
      link(c.asn_employer_regency, "employer");
    }
    for (const c of [...(happened.get(code) ?? none), ...(employed.get(code) ?? none)]) link(c.office, "office");
    const province = regions.byCode(code)?.provinceCode;
    const inProvince = new Map<string, RegionLink>();
    const elsewhere = new Map<string, RegionLink>();
    for (const [other, role] of links) (regions.byCode(other)?.provinceCode === province ? inProvince : elsewhere).set(other, role);
    return { inProvince, elsewhere };
  }
}
