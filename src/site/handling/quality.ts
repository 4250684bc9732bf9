// How complete and current each office's record is: the date of its last update, which
// fields its cases leave blank where the case has reached the point that field
// describes, how many cases sit in review past their deadline, and a plain grade.

import type { CaseRecord } from "../../ingest/dataset.ts";
import { referredStatuses } from "../../ingest/schema/index.ts";

/** Fields a case should fill once it has reached the point each describes. */
export const qualityFields = [
  "incident_date",
  "reported_date",
  "asn_count",
  "asn_position",
  "asn_employer",
  "asn_employer_regency",
  "description",
  "referred_to",
  "referred_date",
  "outcome",
  "outcome_date",
] as const satisfies readonly (keyof CaseRecord)[];

export type QualityField = (typeof qualityFields)[number];

/** Whether a field applies to a case: referral fields once referred, outcome fields once decided. */
export function applies(field: QualityField, c: CaseRecord): boolean {
  switch (field) {
    case "referred_to":
    case "referred_date":
      return referredStatuses.includes(c.status);
    case "outcome":
    case "outcome_date":
      return c.status === "sanctioned" || c.status === "dismissed";
    default:
      return true;
  }
}

export type Grade = "good" | "fair" | "poor";

export interface OfficeQuality {
  readonly office: string;
  readonly cases: number;
  /** The latest `updated` of its cases, or null for a file with no cases. */
  readonly lastUpdate: string | null;
  /** Fields that apply, over all its cases. */
  readonly applicable: number;
  /** Of those, filled. */
  readonly filled: number;
  /** Blank fields where they apply: how many cases leave each blank (only fields with any). */
  readonly blanks: readonly { readonly field: QualityField; readonly cases: number }[];
  /** Cases with a step open past its deadline. */
  readonly overdue: number;
  /** Has cases in review and no update for more than `staleDays` days. */
  readonly stale: boolean;
  readonly grade: Grade;
}

/** Applicable fields filled, in whole percent (100 when none applies). */
export function filledPercent(q: Pick<OfficeQuality, "filled" | "applicable">): number {
  return q.applicable === 0 ? 100 : Math.round((q.filled / q.applicable) * 100);
}

/** An office with cases in review and no update for this many days has a stale record. */
export const staleDays = 90;

/**
 * Good: at least 90% of applicable fields filled, no case past its deadline, not stale.
 * Fair: at least 70% filled and at most a quarter of cases past their deadline.
 * Poor: otherwise. An office with no cases is graded on currency alone (good).
 */
export function officeQuality(office: string, cases: readonly CaseRecord[], isOverdue: (c: CaseRecord) => boolean, today: string): OfficeQuality {
  let applicable = 0;
  let filled = 0;
  const blankCounts = new Map<QualityField, number>();
  let lastUpdate: string | null = null;
  let overdue = 0;
  for (const c of cases) {
    for (const field of qualityFields) {
      if (!applies(field, c)) continue;
      applicable++;
      if (c[field] !== null) filled++;
      else blankCounts.set(field, (blankCounts.get(field) ?? 0) + 1);
    }
    if (lastUpdate === null || c.updated > lastUpdate) lastUpdate = c.updated;
    if (isOverdue(c)) overdue++;
  }
  const open = cases.some((c) => c.status === "in_review");
  const stale = open && lastUpdate !== null && daysBetweenIso(lastUpdate, today) > staleDays;
  const percent = filledPercent({ filled, applicable });
  const grade: Grade =
    percent >= 90 && overdue === 0 && !stale ? "good" : percent >= 70 && overdue <= cases.length / 4 ? "fair" : "poor";
  return {
    office,
    cases: cases.length,
    lastUpdate,
    applicable,
    filled,
    blanks: qualityFields.filter((f) => blankCounts.has(f)).map((field) => ({ field, cases: blankCounts.get(field)! })),
    overdue,
    stale,
    grade,
  };
}

function daysBetweenIso(from: string, to: string): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10) || "1")) / 86_400_000;
  return day(to) - day(from);
}
