import { describe, expect, it } from "vitest";
import { longestOpen, measuredMedians } from "../../../src/site/handling/funnel.ts";
import { handlingOf } from "./fixtures.ts";

describe("funnel", () => {
  it("counts where cases stop, with shares, medians and cases open too long", async () => {
    const { handling } = await handlingOf(["clock-steps.csv"]);
    const f = handling.funnelOf("64.09");
    expect(f.steps.map((s) => [s.stage, s.count, s.share])).toEqual([
      ["reported", 6, 1],
      ["referred", 3, 0.5],
      ["recommendation", 0, 0],
      ["sanction", 0, 0],
    ]);
    expect([f.dismissed, f.inReview]).toEqual([1, 2]);
    expect(f.openTooLong.map((c) => c.case_id)).toEqual(["weekend"]);
    expect(f.medians.find((m) => m.transition === "reported_referred")).toEqual({ transition: "reported_referred", days: 11, cases: 3 });
    expect(f.medians.find((m) => m.transition === "reported_dismissed")).toEqual({ transition: "reported_dismissed", days: 3, cases: 1 });
    expect(handling.funnelOf("64")).toEqual(f);
  });
});

describe("longestOpen", () => {
  it("names the cases open longest first (by id on one day), and counts the rest, so a page never lists thousands", async () => {
    const { handling } = await handlingOf(["open-too-long-order.csv"]);
    const f = handling.funnelOf("64.09");
    expect(f.openTooLong.map((c) => c.case_id)).toEqual(["a-oldest", "c-middle", "d-middle", "b-newer"]);
    const open = longestOpen(f, 2);
    expect([open.named.map((c) => c.case_id), open.more]).toEqual([["a-oldest", "c-middle"], 2]);
    expect(longestOpen(f).more).toBe(0);
  });
});

describe("measuredMedians", () => {
  it("keeps only the transitions some case made", async () => {
    const { handling } = await handlingOf(["clock-steps.csv"]);
    const f = handling.funnelOf("64.09");
    expect(measuredMedians(f).map((m) => m.transition)).toEqual(f.medians.filter((m) => m.cases > 0).map((m) => m.transition));
    expect(measuredMedians(f).every((m) => m.cases > 0)).toBe(true);
    expect(measuredMedians(f).length).toBeLessThan(f.medians.length);
  });
});
