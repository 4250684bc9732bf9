// How current a case's record is: the date of its newest source (read from the dates its
// citations state), and whether a case still "in review" rests on sources so old that its
// status may simply be out of date.

import type { CaseRecord, EventRecord } from "../ingest/dataset.ts";
import { parseDate } from "../ingest/dates.ts";

// Dates as citations write them: "1 Februari 2024", "Kamis 4 Januari 2024", "2024-01-04",
// "04/01/2024", and the /2024/01/15/ of an address.
const datePatterns = [
  /\b\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}\b/g,
  /\b\d{4}-\d{2}-\d{2}\b/g,
  /\b\d{1,2}\/\d{1,2}\/\d{4}\b/g,
];
const addressDate = /\/(\d{4})\/(\d{2})\/(\d{2})\//g;

/** Every whole day a citation states, as ISO days, in the order found. */
export function citedDates(citation: string): string[] {
  const found: string[] = [];
  for (const pattern of datePatterns) {
    for (const [text] of citation.matchAll(pattern)) {
      const result = parseDate(text);
      if (result.ok && result.date.precision === "day") found.push(result.date.iso);
    }
  }
  for (const [, y, m, d] of citation.matchAll(addressDate)) {
    const result = parseDate(`${y}-${m}-${d}`);
    if (result.ok) found.push(result.date.iso);
  }
  return found;
}

/** The date of a case's newest source: the latest day its citations and its steps' citations state, or null. */
export function newestSourceDate(c: CaseRecord, events: readonly EventRecord[]): string | null {
  let newest: string | null = null;
  for (const citation of [...c.sources, ...events.flatMap((e) => e.sources)]) {
    for (const day of citedDates(citation)) if (newest === null || day > newest) newest = day;
  }
  return newest;
}

/** A case in review whose newest source is older than this many months may be out of date. */
export const staleMonths = 6;

/** Whether a case is still "in review" on sources older than `staleMonths` before `today`. */
export function isStaleInReview(c: CaseRecord, newestSource: string | null, today: string): boolean {
  if (c.status !== "in_review" || newestSource === null) return false;
  const [y, m] = today.split("-").map(Number) as [number, number];
  const total = y * 12 + (m - 1) - staleMonths;
  const limit = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}${today.slice(7)}`;
  return newestSource < limit;
}
