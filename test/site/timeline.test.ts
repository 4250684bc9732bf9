import { describe, expect, it } from "vitest";
import { caseSteps, daysFrom, stepsByKnownDate } from "../../src/site/timeline.ts";
import { byId, dataset } from "./fixtures.ts";

describe("caseSteps", () => {
  it("puts a case's steps and its election's milestones in date order, with the days since the step before", () => {
    const ppu = byId("64.09/ppu-pemilu2024-1");
    const events = dataset.events.filter((e) => e.case === ppu.id);
    const steps = caseSteps(ppu, events, dataset.elections.find((e) => e.id === ppu.election));
    expect(steps.map((s) => [s.kind, s.detail ?? null, s.daysSincePrevious ?? null])).toEqual([
      ["election", "campaign_start", null],
      ["incident", null, null],
      ["reported", null, 3],
      ["event", "other", 1],
      ["event", "other", 4],
      ["referred", null, 31],
      ["election", "campaign_end", null],
      ["election", "voting_day", null],
    ]);
  });

  it("makes an event that records the referral on its day that step, with the event's note", () => {
    const ppu = byId("64.09/ppu-pemilu2024-1");
    const steps = caseSteps(ppu, dataset.events.filter((e) => e.case === ppu.id), undefined);
    expect(steps.filter((s) => s.date?.iso === "2024-02-07").map((s) => [s.kind, s.note])).toEqual([
      ["referred", "Pertemuan dengan KASN di Jakarta: koordinasi tindak lanjut, berkas laporan diserahkan kepada perwakilan KASN"],
    ]);
  });

  it("lists steps without a date after the dated ones", () => {
    const kupang = byId("53.71/kpg-pemilu2024-1");
    const steps = caseSteps(kupang, [], undefined);
    expect(steps.filter((s) => s.date === null).map((s) => s.kind)).toEqual(["reported", "referred", "outcome"]);
    expect(steps.slice(-3).map((s) => s.kind)).toEqual(["reported", "referred", "outcome"]);
  });
});

describe("daysFrom", () => {
  it("counts whole days between exact days, and nothing when either is unknown or a month", () => {
    expect(daysFrom("2024-01-02", "2024-02-07")).toBe(36);
    expect(daysFrom(null, "2024-02-07")).toBeNull();
    expect(daysFrom("2023-12", "2024-02-07")).toBeNull();
  });
});

describe("stepsByKnownDate", () => {
  it("keeps the steps whose date no source gives apart from the timeline", () => {
    const kupang = byId("53.71/kpg-pemilu2024-1");
    const { dated, undated } = stepsByKnownDate(caseSteps(kupang, [], undefined));
    expect(undated.map((s) => s.kind)).toEqual(["reported", "referred", "outcome"]);
    expect(dated.every((s) => s.date !== null)).toBe(true);
  });
});
