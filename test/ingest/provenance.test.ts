import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/ingest/dataset.ts";
import { loadRegions } from "../../src/node/load-regions.ts";
import { readInput } from "../../src/node/files.ts";
import { errorsOf, fixture, TODAY } from "../helpers.ts";

// An office's row may replace a case the editors compiled (the `replaces` column); the
// mistakes an office or an editor can make with it are errors on the row and column.
async function check(office: string[], compiled: string[]) {
  const read = (names: string[]) => Promise.all(names.map((n) => readInput(fixture(n))));
  const [regions, elections, cases, compiledCases] = await Promise.all([loadRegions(), readInput("data/elections.csv"), read(office), read(compiled)]);
  return buildDataset({ dir: "data", cases, events: [], elections, compiled: { cases: compiledCases, events: [] } }, { regions, today: TODAY });
}

describe("an office row that replaces a compiled case", () => {
  it("must name a compiled case of its own office, and only one row may replace it", async () => {
    const result = await check(["replaces/office-replaces-unknown-and-twice.csv"], ["replaces/compiled-with-replaces.csv"]);
    expect(errorsOf(result)).toEqual([
      { file: fixture("replaces/compiled-with-replaces.csv"), row: 3, column: "replaces", code: "replaces_in_compiled" },
      { file: fixture("replaces/office-replaces-unknown-and-twice.csv"), row: 2, column: "replaces", code: "unknown_replaced_case" },
      // Case ids compare without regard to capitals: KPG-KOMPILASI-1 is kpg-kompilasi-1.
      { file: fixture("replaces/office-replaces-unknown-and-twice.csv"), row: 4, column: "replaces", code: "duplicate_replaces" },
    ]);
    const message = result.problems.find((p) => p.code === "duplicate_replaces")!;
    expect(message.detail).toBe(`${fixture("replaces/office-replaces-unknown-and-twice.csv")}:3`);
  });

  it("cannot name another office's case, nor an office's own case", async () => {
    // The same file read as the editors' turns its rows into compiled cases; as the office's, a
    // replaces that names an office case is unknown as a compiled case.
    const result = await check(["replaces/compiled-with-replaces.csv"], []);
    expect(errorsOf(result)).toEqual([{ file: fixture("replaces/compiled-with-replaces.csv"), row: 3, column: "replaces", code: "unknown_replaced_case" }]);
  });
});
