import { describe, expect, it } from "vitest";
import { casePagePath, casePages, newestFirst, newestOf, pageWindow } from "../../src/site/paging.ts";
import { dataset } from "./fixtures.ts";

describe("a long list of cases", () => {
  it("is ordered newest incident first, an undated one by its report, then by id", () => {
    expect(newestFirst(dataset.cases).map((c) => c.id)).toEqual([
      "35.78/sby-kompilasi-2",
      "35.78/SBY-2024-02",
      "35.78/SBY-2024-01",
      "64.09/ppu-pemilu2024-1",
      "53.71/kpg-pemilu2024-1",
      "35.14/psr-pemilu2024-1",
    ]);
  });

  it("is cut into pages that say where they are in the whole", () => {
    const pages = casePages(dataset.cases, 4);
    expect(pages.map((p) => [p.number, p.count, p.from, p.to, p.total, p.cases.length])).toEqual([
      [1, 2, 1, 4, 6, 4],
      [2, 2, 5, 6, 6, 2],
    ]);
    expect(casePages([], 4)).toEqual([{ number: 1, count: 1, cases: [], from: 0, to: 0, total: 0 }]);
    expect([casePagePath("35", 1), casePagePath("35", 2)]).toEqual(["/wilayah/35/#cases", "/wilayah/35/kasus/2/"]);
  });
});

describe("newestOf", () => {
  it("shows the newest of a list that is not paged, and counts the rest", () => {
    const { shown, more } = newestOf(dataset.cases, 2);
    expect([shown.map((c) => c.id), more]).toEqual([["35.78/sby-kompilasi-2", "35.78/SBY-2024-02"], 4]);
    expect(newestOf(dataset.cases).more).toBe(1); // 6 cases, the newest 5 shown
    expect(newestOf(dataset.cases, 6).more).toBe(0);
  });
});

describe("pageWindow", () => {
  it("shows the first, the last and two pages on each side of the current one, a gap where others are left out", () => {
    expect(pageWindow(104, 1)).toEqual([1, 2, 3, null, 104]);
    expect(pageWindow(104, 6)).toEqual([1, null, 4, 5, 6, 7, 8, null, 104]);
    expect(pageWindow(104, 104)).toEqual([1, null, 102, 103, 104]);
    expect(pageWindow(5, 3)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(1, 1)).toEqual([1]);
  });
});
