// Filters of a view, kept in the URL query: election, violation type, status, outcome,
// province, and a period of months. Pure and browser-safe: the page island and the tests
// run the same code.

import { caseMonth } from "../site/figures.ts";
import type { CaseRecord } from "../ingest/dataset.ts";
import { outcomes, statuses, violationTypes } from "../ingest/schema/index.ts";

export interface Filters {
  readonly election?: string;
  readonly violation_type?: string;
  readonly status?: string;
  /** An outcome key, or "pending" for cases with no outcome yet. */
  readonly outcome?: string;
  /** A province code ("53"): cases handled by its offices. */
  readonly province?: string;
  /** Who recorded the case: "office" or "compiled". */
  readonly recorded_by?: string;
  /** First and last month of the period ("2023-12"), by each case's incident month (else its report's). */
  readonly from?: string;
  readonly to?: string;
}

/** The query keys, in the order a URL and a file name write them. */
export const filterKeys = ["election", "violation_type", "status", "outcome", "province", "recorded_by", "from", "to"] as const;

const month = /^\d{4}-(0[1-9]|1[0-2])$/;
const allowed: Record<(typeof filterKeys)[number], (value: string) => boolean> = {
  election: (v) => /^[\w.-]{1,64}$/.test(v),
  violation_type: (v) => violationTypes.some((t) => t.key === v),
  status: (v) => statuses.some((s) => s.key === v),
  outcome: (v) => v === "pending" || outcomes.some((o) => o.key === v),
  province: (v) => /^\d{2}$/.test(v),
  recorded_by: (v) => v === "office" || v === "compiled",
  from: (v) => month.test(v),
  to: (v) => month.test(v),
};

/** The filters in a query string; unknown keys and values that cannot be right are ignored. */
export function parseFilters(query: string): Filters {
  const params = new URLSearchParams(query);
  const filters: Record<string, string> = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value !== null && value !== "" && allowed[key](value)) filters[key] = value;
  }
  return filters;
}

/** "?status=referred&from=2023-12", or "" without filters: the same filters give the same text. */
export function filtersToQuery(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) if (filters[key] !== undefined) params.set(key, filters[key]);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

export function isFiltered(filters: Filters): boolean {
  return filterKeys.some((key) => filters[key] !== undefined);
}

/** The cases that pass every filter, in their given order. */
export function filterCases(cases: readonly CaseRecord[], filters: Filters): CaseRecord[] {
  const { election, violation_type, status, outcome, province, recorded_by, from, to } = filters;
  const period = from !== undefined || to !== undefined;
  return cases.filter((c) => {
    if (election !== undefined && c.election !== election) return false;
    if (violation_type !== undefined && c.violation_type !== violation_type) return false;
    if (status !== undefined && c.status !== status) return false;
    if (outcome !== undefined && (outcome === "pending" ? c.outcome !== null : c.outcome !== outcome)) return false;
    if (province !== undefined && c.office.slice(0, 2) !== province) return false;
    if (recorded_by !== undefined && c.recorded_by !== recorded_by) return false;
    if (period) {
      const m = caseMonth(c);
      if (m === null || (from !== undefined && m < from) || (to !== undefined && m > to)) return false;
    }
    return true;
  });
}

/** The filters as a file-name part: "status-referred_from-2023-12", or "all". */
export function filterSlug(filters: Filters): string {
  const parts = filterKeys.filter((key) => filters[key] !== undefined).map((key) => `${key}-${filters[key]}`);
  return parts.length === 0 ? "all" : parts.join("_").replace(/[^\w.-]+/g, "-");
}
