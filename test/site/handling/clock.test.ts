import { beforeAll, describe, expect, it } from "vitest";
import { indexSite } from "../../../src/site/figures.ts";
import { countsFromIncident, limitsOf, WorkCalendar } from "../../../src/site/handling/clock.ts";
import { indexHandling, type Handling } from "../../../src/site/handling/handling.ts";
import { loadRegions } from "../../../src/node/load-regions.ts";
import { checkFixtures } from "../../helpers.ts";
import { day, handlingOf } from "./fixtures.ts";

describe("working days", () => {
  const calendar = new WorkCalendar([{ date: "2024-02-14", name_id: "Pemilu", name_en: "Election", sources: ["x"], checked: false, checked_against: [] }]);

  it("skip the weekend: Friday to Monday is 1 working day and 3 calendar days", () => {
    expect(calendar.count(day("2024-01-05"), day("2024-01-08"), "working")).toBe(1);
    expect(calendar.count(day("2024-01-05"), day("2024-01-08"), "calendar")).toBe(3);
  });

  it("skip a holiday on a weekday, and count nothing backwards", () => {
    expect(calendar.count(day("2024-02-12"), day("2024-02-16"), "working")).toBe(3);
    expect(calendar.count(day("2024-02-16"), day("2024-02-12"), "working")).toBe(0);
  });

  it("give the last day allowed: 7 working days after Friday 5 January 2024 is Tuesday 16 January", () => {
    expect(new Date(calendar.due(day("2024-01-05"), 7, "working") * 86_400_000).toISOString().slice(0, 10)).toBe("2024-01-16");
  });

  it("agree with a day-by-day count over a whole year", () => {
    let counted = 0;
    for (let d = day("2024-01-01") + 1; d <= day("2024-12-31"); d++) if (calendar.isWorkingDay(d)) counted++;
    expect(calendar.count(day("2024-01-01"), day("2024-12-31"), "working")).toBe(counted);
    expect(counted).toBe(261 - 1); // 2024's weekdays after 1 January, minus the election day
  });
});

describe("deadline clock", () => {
  let handling: Handling;
  beforeAll(async () => {
    ({ handling } = await handlingOf(["clock-steps.csv"]));
  });
  const clock = (id: string) => handling.clockOf(`64.09/${id}`).map((s) => ({ state: s.state, elapsed: s.elapsed, over: s.over, overDayType: s.overDayType, due: s.due }));

  it("counts a report across a weekend in working days: on time after 6 of 7", () => {
    expect(clock("weekend")[0]).toEqual({ state: "on_time", elapsed: { min: 6, max: 6, dayType: "working" }, over: null, overDayType: null, due: "2024-01-16" });
  });

  it("marks a step still open past every limit as overdue", () => {
    const [, decision] = clock("weekend");
    expect(decision!.state).toBe("overdue");
    expect(decision!.overDayType).toBe("working");
    expect(decision!.over).toBeGreaterThan(600);
  });

  it("marks a decision after 47 days (31 working days) late by 17 working days past the 14-working-day extension, all in that limit's terms", () => {
    expect(clock("late")[1]).toEqual({ state: "late", elapsed: { min: 31, max: 31, dayType: "working" }, over: 17, overDayType: "working", due: "2024-01-24" });
    expect(handling.clockOf("64.09/late")[1]!.limit).toMatchObject({ limit: "extended", days: 14, day_type: "working" });
  });

  it("measures an on-time step against the basic limit", () => {
    expect(handling.clockOf("64.09/weekend")[0]!.limit).toMatchObject({ limit: "basic", days: 7, day_type: "working" });
  });

  it("gives a decision after 8 working days (11 calendar days, Nyepi skipped) the extended limit", () => {
    expect(clock("extended")[1]!.state).toBe("extended");
  });

  it("says not enough dates when an incident known only by month leaves the verdict open", () => {
    expect(clock("month")[0]).toEqual({ state: "not_enough_dates", elapsed: { min: 0, max: 9, dayType: "calendar" }, over: null, overDayType: null, due: null });
    expect(clock("month")[1]!.state).toBe("on_time");
  });

  it("times a dismissed case's decision to its outcome date", () => {
    expect(clock("dismissed")[1]).toMatchObject({ state: "on_time", elapsed: { min: 3, max: 3 } });
  });

  it("has no deadline for initial information, which is not yet registered", () => {
    expect(handling.clockOf("64.09/info").map((s) => s.state)).toEqual(["no_deadline", "no_deadline"]);
  });
});

describe("a step still open within its limits", () => {
  it("is pending, with the last day of the extended limit", async () => {
    const result = await checkFixtures(["clock-steps.csv"], [], true);
    const site = indexSite(result.dataset!, await loadRegions());
    // Pretend today is 2 working days after the "weekend" case's registration (Mon 15 Jan 2024).
    const handling = indexHandling(site, "2024-01-17");
    const [, decision] = handling.clockOf("64.09/weekend");
    expect([decision!.state, decision!.limit?.limit, decision!.due, decision!.lastDue]).toEqual(["pending", "extended", "2024-02-02", "2024-02-02"]);
  });
});

describe("limitsOf and countsFromIncident", () => {
  it("give a step's limits in order and say when a deadline counts from the incident", async () => {
    const { handling } = await handlingOf(["clock-steps.csv"]);
    const [report, decision] = handling.clockOf("64.09/weekend");
    expect(limitsOf(report!).map((d) => [d.limit, d.days, d.day_type])).toEqual([["basic", 7, "working"]]);
    expect(limitsOf(decision!).map((d) => d.limit)).toEqual(["basic", "extended"]);
    expect(countsFromIncident(handling.clockOf("64.09/weekend"))).toBe(true);
  });
});
