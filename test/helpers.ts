import { buildDataset, type BuildResult } from "../src/ingest/dataset.ts";
import type { Problem } from "../src/ingest/problems/problems.ts";
import { type FileInput } from "../src/ingest/csv.ts";
import { loadRegions } from "../src/node/load-regions.ts";
import { readInput } from "../src/node/files.ts";

/** The pinned "today" of every test (also set as PANTAU_TODAY in vitest.config.ts). */
export const TODAY = "2026-11-29";

export const fixture = (name: string) => `test/fixtures/${name}`;

/**
 * Validate case fixtures (and optional event fixtures) against the real elections.csv;
 * with `reference`, also the real deadlines.csv and holidays.csv.
 */
export async function checkFixtures(cases: readonly string[], events: readonly string[] = [], reference = false): Promise<BuildResult> {
  const read = (names: readonly string[]) => Promise.all(names.map((n) => readInput(fixture(n))));
  const [regions, elections, caseFiles, eventFiles, deadlines, holidays] = await Promise.all([
    loadRegions(),
    readInput("data/elections.csv"),
    read(cases),
    read(events),
    reference ? readInput("data/deadlines.csv") : null,
    reference ? readInput("data/holidays.csv") : null,
  ]);
  return buildDataset({ dir: "data", cases: caseFiles, events: eventFiles, elections, deadlines, holidays }, { regions, today: TODAY });
}

export async function checkFixture(name: string): Promise<BuildResult> {
  return checkFixtures([name]);
}

/** A problem reduced to what a test pins down: where it is and which rule. */
export interface Where {
  file: string;
  row: number | null;
  column: string | null;
  code: string;
}

const where = (p: Problem): Where => ({ file: p.file, row: p.row, column: p.column, code: p.code });

export function errorsOf(result: BuildResult): Where[] {
  return result.problems.filter((p) => p.severity === "error").map(where);
}

export function warningsOf(result: BuildResult): Where[] {
  return result.problems.filter((p) => p.severity === "warning").map(where);
}

export function bytes(text: string): FileInput {
  return { path: "inline.csv", bytes: new TextEncoder().encode(text) };
}
