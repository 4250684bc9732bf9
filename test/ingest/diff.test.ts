import { describe, expect, it } from "vitest";
import { diffCases, formatDiff } from "../../src/ingest/diff.ts";
import { checkData } from "../../src/node/check-data.ts";

const all = (await checkData("test/fixtures/site")).dataset!.cases;
// The test site's three first cases, one per office.
const cases = ["35.14/psr-pemilu2024-1", "53.71/kpg-pemilu2024-1", "64.09/ppu-pemilu2024-1"].map((id) => all.find((c) => c.id === id)!);

describe("diffCases", () => {
  it("finds nothing between the same cases", () => {
    expect(diffCases(cases, cases)).toEqual([]);
    expect(formatDiff([], "main", (c) => c)).toBe("Perubahan data terhadap main / Data changes against main:\n  Tidak ada kasus yang berubah. / No case changed.\n");
  });

  it("names the fields of a changed case, per office", () => {
    const after = cases.map((c) => (c.office === "53.71" ? { ...c, status: "sanctioned" as const, outcome_date: "2024-08-21", sources: [...c.sources, "x"] } : c));
    expect(diffCases(cases, after)).toEqual([
      { office: "53.71", added: [], removed: [], changed: [{ id: "53.71/kpg-pemilu2024-1", fields: ["outcome_date", "sources"] }] },
    ]);
  });

  it("tells added from removed", () => {
    expect(diffCases(cases.slice(1), cases.slice(0, 1))).toEqual([
      { office: "35.14", added: ["35.14/psr-pemilu2024-1"], removed: [], changed: [] },
      { office: "53.71", added: [], removed: ["53.71/kpg-pemilu2024-1"], changed: [] },
      { office: "64.09", added: [], removed: ["64.09/ppu-pemilu2024-1"], changed: [] },
    ]);
  });
});
