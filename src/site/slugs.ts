// Case page paths: a URL-safe slug of each case id. A case's path depends on its own
// office and case id and nothing else, so adding a case never moves another one; two ids
// that would share a path are an error (duplicate_slug in crosscheck.ts). The browser
// computes the same paths as the build.

import type { CaseRecord } from "../ingest/dataset.ts";

/** "kpg-07-b" for "KPG 07/B": lower case, accents dropped, every other run of characters one dash. */
export function caseSlug(caseId: string): string {
  const lower = caseId.toLowerCase();
  if (/^[a-z0-9_][a-z0-9._-]*[a-z0-9_]$/.test(lower)) return lower; // most ids are slugs already
  const plain = (/[^\x00-\x7F]/.test(caseId) ? caseId.normalize("NFKD").replace(/[\u0300-\u036f]/g, "") : caseId).toLowerCase();
  return plain.replace(/[^a-z0-9._-]+/g, "-").replace(/^[-.]+|[-.]+$/g, "") || "kasus";
}

/** "/kasus/53.71/kpg-07-b/" for case "KPG 07/B" of office 53.71. */
export function casePath(office: string, caseId: string): string {
  return `/kasus/${office}/${caseSlug(caseId)}/`;
}

/** Each case's page path, by case id. */
export function casePaths(cases: readonly CaseRecord[]): Map<string, string> {
  return new Map(cases.map((c) => [c.id, casePath(c.office, c.case_id)]));
}
