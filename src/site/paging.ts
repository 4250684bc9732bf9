// Long lists of cases in pages: a region's page lists the first page of the cases its
// office (a regency) or its offices (a province) handled, and links to the rest at
// /wilayah/<code>/kasus/<n>/; the other lists of a regency page show their newest.

import type { CaseRecord } from "../ingest/dataset.ts";
import { compareText } from "../ingest/compare.ts";

/**
 * Cases per page of a list: 25, so that the busiest regency's page, with its map and its
 * other lists, stays within the first 14 KB round trip at 100,000 cases (bench:weight).
 */
export const casesPerPage = 25;

/** How many of a regency's other lists (cases that happened there, cases of ASN employed there) it shows. */
export const newestShown = 5;

/** Newest incident first (a case with no date by its report's, then last), then by id: the order lists page in. */
export function newestFirst(cases: readonly CaseRecord[]): CaseRecord[] {
  const when = (c: CaseRecord) => c.incident_date ?? c.reported_date ?? "";
  return [...cases].sort((a, b) => compareText(when(b), when(a)) || compareText(a.id, b.id));
}

export interface CasePage {
  /** 1-based. */
  readonly number: number;
  readonly count: number;
  readonly cases: readonly CaseRecord[];
  /** 1-based positions of the first and last case on the page in the whole list. */
  readonly from: number;
  readonly to: number;
  readonly total: number;
}

/** The list in pages of `size`, newest first; no cases give one empty page. */
export function casePages(cases: readonly CaseRecord[], size = casesPerPage): CasePage[] {
  const sorted = newestFirst(cases);
  const count = Math.max(1, Math.ceil(sorted.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    cases: sorted.slice(i * size, (i + 1) * size),
    from: Math.min(sorted.length, i * size + 1),
    to: Math.min(sorted.length, (i + 1) * size),
    total: sorted.length,
  }));
}

/** The path of page `n` of a region's case list: page 1 is the region's own page. */
export function casePagePath(code: string, n: number): string {
  return n === 1 ? `/wilayah/${code}/#cases` : `/wilayah/${code}/kasus/${n}/`;
}

/** The newest `size` of a list that is not paged (cases that happened in a region, or employed there), and how many more. */
export function newestOf(cases: readonly CaseRecord[], size = newestShown): { shown: readonly CaseRecord[]; more: number } {
  const page = casePages(cases, size)[0]!;
  return { shown: page.cases, more: page.total - page.cases.length };
}

/**
 * The page numbers a pager shows: the first, the last, and the two on each side of the
 * current one, with null where numbers are left out ("1 … 4 5 6 7 8 … 104"), so a list
 * of a hundred pages is one row of links.
 */
export function pageWindow(count: number, number: number, around = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= count; n++) {
    if (n === 1 || n === count || Math.abs(n - number) <= around) shown.push(n);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}
