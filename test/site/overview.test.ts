import { describe, expect, it } from "vitest";
import { latestUpdates, nationalTimeline } from "../../src/site/overview.ts";
import { dataset } from "./fixtures.ts";

describe("the overview's figures", () => {
  it("span the timeline over the campaign and voting day of the cases' elections", () => {
    const { months, undated } = nationalTimeline(dataset);
    expect(months[0]!.month).toBe("2023-11");
    expect(months.at(-1)!.month).toBe("2024-02");
    expect(months.reduce((n, m) => n + m.count, 0) + undated).toBe(dataset.cases.length);
  });

  it("list the latest updates newest first, by id within a day", () => {
    const cases = dataset.cases.slice(0, 3).map((c, i) => ({ ...c, updated: ["2024-01-01", "2024-05-01", "2024-05-01"][i]! }));
    expect(latestUpdates(cases, 2).map((c) => c.id)).toEqual([cases[1]!.id, cases[2]!.id].sort());
  });
});
