// The data version a citation names: a short content hash of the published cases.json.
// Node only (node:crypto), unlike export.ts, which the browser also runs.

import { createHash } from "node:crypto";
import type { CaseRecord } from "../ingest/dataset.ts";
import { casesToJson } from "./export.ts";

export function dataVersion(cases: readonly CaseRecord[]): string {
  return createHash("sha256").update(casesToJson(cases)).digest("hex").slice(0, 12);
}
