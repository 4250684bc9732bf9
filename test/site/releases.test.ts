import { describe, expect, it } from "vitest";
import { changesByCase, releasesOf, updateLog } from "../../src/site/releases.ts";
import { dataset } from "./fixtures.ts";

const [psr, kpg, ppu] = ["35.14/psr-pemilu2024-1", "53.71/kpg-pemilu2024-1", "64.09/ppu-pemilu2024-1"].map((id) => dataset.cases.find((c) => c.id === id));

describe("releasesOf", () => {
  it("makes one release a day the cases changed, newest first, keeping a day's last state", () => {
    const changed = { ...ppu!, status: "recommended" as const };
    const releases = releasesOf([
      { date: "2026-01-01", commit: "a", cases: [psr!] },
      { date: "2026-01-02", commit: "b", cases: [psr!, kpg!] },
      { date: "2026-01-02", commit: "c", cases: [psr!, kpg!, ppu!] },
      { date: "2026-01-03", commit: "d", cases: [psr!, kpg!, ppu!] },
      { date: "2026-01-04", commit: "e", cases: [kpg!, changed] },
    ]);
    expect(releases.map((r) => [r.date, r.commit, r.added, r.changed, r.removed])).toEqual([
      ["2026-01-04", "e", 0, 1, 1],
      ["2026-01-02", "c", 2, 0, 0],
      ["2026-01-01", "a", 1, 0, 0],
    ]);
    expect(changesByCase(releases).get(ppu!.id)).toEqual([
      { date: "2026-01-04", kind: "changed", fields: ["status"] },
      { date: "2026-01-02", kind: "added", fields: [] },
    ]);
  });
});

describe("updateLog", () => {
  it("groups cases by the day they were last updated, newest first, counting the closed ones", () => {
    const log = updateLog([{ ...psr!, updated: "2024-01-01" }, { ...kpg!, updated: "2024-03-01", status: "sanctioned" as const }, { ...ppu!, updated: "2024-03-01" }]);
    expect(log.map((d) => [d.day, d.cases.map((c) => c.id), d.closed])).toEqual([
      ["2024-03-01", [kpg!.id, ppu!.id], 1],
      ["2024-01-01", [psr!.id], 0],
    ]);
  });
});
