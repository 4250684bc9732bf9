import { describe, expect, it } from "vitest";
import { barChart, monthChart, monthsWithCases } from "../../src/site/charts.ts";
import { dataset } from "./fixtures.ts";

describe("barChart", () => {
  it("scales bars to the largest and gives whole-percent shares of the total", () => {
    const chart = barChart([2, 1, 1]);
    expect(chart.bars.map((b) => b.share)).toEqual(["50%", "25%", "25%"]);
    expect(chart.bars.map((b) => b.fraction)).toEqual([1, 0.5, 0.5]);
    expect(barChart([0, 0]).bars.map((b) => [b.fraction, b.share])).toEqual([[0, "0%"], [0, "0%"]]);
    expect(barChart([1, 1], 4).bars[0]!.share).toBe("25%");
  });
});

describe("monthChart", () => {
  const months = [
    { month: "2023-11", count: 0 },
    { month: "2023-12", count: 2 },
    { month: "2024-01", count: 0 },
    { month: "2024-02", count: 1 },
  ];
  const chart = monthChart(months, dataset.elections);

  it("draws a bar a month, taller for more cases, labelling every month of a short span", () => {
    expect(chart.bars.map((b) => [b.month, b.label])).toEqual(months.map((m) => [m.month, true]));
    expect(chart.bars[1]!.height).toBeGreaterThan(chart.bars[3]!.height);
    expect(chart.bars[0]!.height).toBe(0);
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 1, 2]);
  });

  it("shades the campaigns within the span and marks the voting days that fall in it", () => {
    expect(chart.campaigns.map((c) => c.election.id)).toEqual(["pemilu-2024"]);
    expect(chart.campaigns[0]!.width).toBeGreaterThan(1);
    expect(chart.votes.map((v) => v.election.id)).toEqual(["pemilu-2024"]);
  });

  it("says which months had cases", () => {
    expect(monthsWithCases(months).map((m) => m.month)).toEqual(["2023-12", "2024-02"]);
  });
});
