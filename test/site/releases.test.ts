import { describe, expect, it } from "vitest";
import { changesByCase, recentUpdateLog, releasePagePath, releasePages, releasesOf, updateLog, type Release } from "../../src/site/releases.ts";
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

describe("releasePages", () => {
  // A release touching `offices` offices with `each` cases added in each.
  const release = (date: string, offices: number, each: number): Release => ({
    date,
    commit: null,
    version: "v",
    added: offices * each,
    changed: 0,
    removed: 0,
    offices: Array.from({ length: offices }, (_, i) => ({ office: String(i), added: Array.from({ length: each }, (_, j) => `${i}/${j}`), changed: [], removed: [] })),
  });

  it("names the cases of a small release and counts a large one per office, and fills pages up to their rows", () => {
    const releases = [release("2026-01-05", 2, 3), release("2026-01-04", 514, 195), release("2026-01-03", 40, 2), release("2026-01-02", 10, 1), release("2026-01-01", 1, 1)];
    const pages = releasePages(releases, 100);
    expect(pages.map((p) => p.entries.map((e) => [e.release.date, e.named]))).toEqual([
      [["2026-01-05", true]], // 2 offices and 6 cases: 8 rows
      [["2026-01-04", false]], // 514 offices counted, not 100,230 cases named: a page of its own
      [["2026-01-03", true]], // 40 offices and 80 cases: 120 rows, a page of its own
      [["2026-01-02", true], ["2026-01-01", true]], // 20 rows and 2
    ]);
    expect(pages.map((p) => [p.number, p.count])).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
    expect(releasePages([])).toEqual([{ number: 1, count: 1, entries: [] }]);
    expect([releasePagePath(1), releasePagePath(3)]).toEqual(["/rilis/", "/rilis/3/"]);
  });
});

describe("recentUpdateLog", () => {
  it("shows the newest days, naming the first cases of each by id, and counts the older days", () => {
    const log = recentUpdateLog(dataset.cases, 1, 1);
    const all = updateLog(dataset.cases);
    expect(log.days).toHaveLength(1);
    expect(log.days[0]!.day).toBe(all[0]!.day);
    expect(log.days[0]!.named.map((c) => c.id)).toEqual([[...all[0]!.cases].map((c) => c.id).sort()[0]]);
    expect(log.days[0]!.more).toBe(all[0]!.cases.length - 1);
    expect([log.olderDays, log.olderCases]).toEqual([all.length - 1, all.slice(1).reduce((n, d) => n + d.cases.length, 0)]);
    expect(recentUpdateLog(dataset.cases).olderDays).toBe(0);
  });
});
