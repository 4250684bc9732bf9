// Rules across the cells of a row and across files: date order, what each status
// requires, and uniqueness of (office, case_id).

import { certainlyAfter, type PartialDate } from "./dates.ts";
import type { Problems } from "./problems/problems.ts";
import type { Region } from "./regions.ts";
import { caseSlug } from "../site/slugs.ts";
import { dismissalOutcomes, referredStatuses, sanctionOutcomes, type Outcome, type Status } from "./schema/index.ts";
import type { ParsedRow } from "./validate.ts";

const caseDateOrder = ["incident_date", "reported_date", "referred_date", "outcome_date"] as const;
const electionDateOrder = ["campaign_start", "campaign_end", "voting_day"] as const;

function date(row: ParsedRow, key: string): PartialDate | undefined {
  return row.get(key) as PartialDate | undefined;
}

/** Each date in `order` must not be certainly before any earlier one present. */
function checkOrder(row: ParsedRow, order: readonly string[], problems: Problems): boolean {
  let ok = true;
  for (let i = 1; i < order.length; i++) {
    const later = date(row, order[i]!);
    if (later === undefined) continue;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = date(row, order[j]!);
      if (earlier !== undefined && certainlyAfter(earlier, later)) {
        problems.error("date_order", row.file, row.row, order[i]!, { detail: `"${order[j]}"` });
        ok = false;
        break;
      }
    }
  }
  return ok;
}

/** The template's example row is marked by a case_id starting with this. */
export const exampleMarker = "CONTOH";

/** Rules within one case row. Returns false when the row breaks one. */
export function checkCase(row: ParsedRow, problems: Problems): boolean {
  let ok = checkOrder(row, caseDateOrder, problems);
  const { file, row: n } = row;
  if ((row.get("case_id") as string).toUpperCase().startsWith(exampleMarker)) {
    problems.error("example_row", file, n, "case_id");
    ok = false;
  }
  const status = row.get("status") as Status;
  const outcome = row.get("outcome") as Outcome | undefined;

  if (referredStatuses.includes(status) && !row.has("referred_to")) {
    problems.error("status_needs_referral", file, n, "referred_to", { detail: status });
    ok = false;
  }
  const allowed = status === "sanctioned" ? sanctionOutcomes : status === "dismissed" ? dismissalOutcomes : null;
  if (allowed !== null && (outcome === undefined || !allowed.includes(outcome))) {
    problems.error("status_outcome", file, n, "outcome", { detail: status, expected: allowed.join(", ") });
    ok = false;
  }
  if (status === "in_review" && outcome !== undefined) {
    problems.warning("status_outcome", file, n, "outcome", { detail: status, expected: "(kosong / blank)" });
  }
  if (outcome === "other" && !row.has("outcome_detail")) {
    problems.warning("outcome_needs_detail", file, n, "outcome_detail");
  }
  const updated = date(row, "updated");
  for (const key of caseDateOrder) {
    const d = date(row, key);
    if (updated !== undefined && d !== undefined && certainlyAfter(d, updated)) {
      problems.warning("updated_too_early", file, n, "updated", { detail: key });
      break;
    }
  }
  return ok;
}

/** A web address at the start of a citation or after it ("Antara, 4 Januari 2024, https://..."). */
const citedAddress = /(?:^|\s)https?:\/\/\S+$/i;

/** A compiled case rests on at least one report a reader can open: a source with its http(s) address. */
export function checkCompiledCase(row: ParsedRow, problems: Problems): boolean {
  const sources = row.get("sources") as readonly string[];
  if (sources.some((s) => citedAddress.test(s.trim()))) return true;
  problems.error("compiled_needs_link", row.file, row.row, "sources");
  return false;
}

export function checkElection(row: ParsedRow, problems: Problems): boolean {
  return checkOrder(row, electionDateOrder, problems);
}

/**
 * `(office, case_id)` is unique across all files; the error is on the later row and
 * names where the first one is. Returns the first row of each case, by caseKey().
 */
export function checkUniqueCases(rows: readonly ParsedRow[], problems: Problems): Map<string, ParsedRow> {
  const seen = new Map<string, ParsedRow>();
  for (const row of rows) {
    const key = caseKey(row.get("office") as Region, row.get("case_id") as string);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row);
    else problems.error("duplicate_case", row.file, row.row, "case_id", { detail: `${first.file}:${first.row}` });
  }
  return seen;
}

/**
 * No two cases share a page: ids that differ only in capitals, spaces or punctuation
 * ("KPG 07/B", "kpg-07-b") would, so the later one is an error naming where the first is.
 */
export function checkUniqueSlugs(cases: ReadonlyMap<string, ParsedRow>, problems: Problems): void {
  // Two ids that are slugs already (in lower case) share a slug only if they are one id,
  // which checkUniqueCases reports; so only ids that change on the way to a slug are
  // looked up, against every case's key ("53.71/kpg-07-b") and against each other.
  const changed = new Map<string, ParsedRow>();
  const rows = [...cases.values()];
  const collide = (row: ParsedRow, first: ParsedRow) => {
    const [a, b] = first.file < row.file || (first.file === row.file && first.row < row.row) ? [first, row] : [row, first];
    problems.error("duplicate_slug", b.file, b.row, "case_id", { detail: `${a.file}:${a.row}` });
  };
  for (const row of rows) {
    const caseId = row.get("case_id") as string;
    const slug = caseSlug(caseId);
    if (slug === caseId.toLowerCase()) continue;
    const key = `${(row.get("office") as Region).code}/${slug}`;
    const first = cases.get(key) ?? changed.get(key);
    if (first !== undefined) collide(row, first);
    else changed.set(key, row);
  }
}

export function checkUniqueElections(rows: readonly ParsedRow[], problems: Problems): ParsedRow[] {
  const seen = new Map<string, ParsedRow>();
  return rows.filter((row) => {
    const id = (row.get("id") as string).toLowerCase();
    const first = seen.get(id);
    if (first !== undefined) {
      problems.error("duplicate_election", row.file, row.row, "id", { detail: `${first.file}:${first.row}` });
      return false;
    }
    seen.set(id, row);
    return true;
  });
}

/** A file named like "53.71-kota-kupang.csv" states its office; rows of another office are suspicious. */
export function checkOfficeMatchesFileName(row: ParsedRow, fileOffice: Region | null, problems: Problems): void {
  const office = row.get("office") as Region;
  if (fileOffice !== null && office.code !== fileOffice.code) {
    problems.warning("office_filename_mismatch", row.file, row.row, "office", { expected: fileOffice.code });
  }
}

/** Case ids are compared as written, without surrounding space and case: "KPG-1" = "kpg-1". */
export function caseKey(office: Region, caseId: string): string {
  return `${office.code}/${caseId.toLowerCase()}`;
}
