import { describe, expect, it } from "vitest";
import { certainlyAfter, daysBetween, parseDate, todayInIndonesia, type PartialDate } from "../../src/ingest/dates.ts";
import { checkFixture, errorsOf, fixture } from "../helpers.ts";

const iso = (text: string) => {
  const r = parseDate(text);
  return r.ok ? [r.date.iso, r.date.precision] : r.code;
};
const d = (text: string): PartialDate => {
  const r = parseDate(text);
  if (!r.ok) throw new Error(text);
  return r.date;
};

describe("parseDate", () => {
  it.each([
    ["2024-01-04", "2024-01-04"],
    ["04/01/2024", "2024-01-04"],
    ["4/1/2024", "2024-01-04"],
    ["04-01-2024", "2024-01-04"],
    ["1 Februari 2024", "2024-02-01"],
    ["1 february 2024", "2024-02-01"],
    ["17 Agustus 2024", "2024-08-17"],
    ["17 Agt 2024", "2024-08-17"],
    ["Kamis, 4 Januari 2024", "2024-01-04"],
    ["29/12/2023 00:00", "2023-12-29"],
  ])("reads %s as the day %s", (text, expected) => {
    expect(iso(text)).toEqual([expected, "day"]);
  });

  it.each([
    ["2023-12", "2023-12"],
    ["Desember 2023", "2023-12"],
    ["12/2023", "2023-12"],
  ])("keeps month precision for %s", (text, expected) => {
    expect(iso(text)).toEqual([expected, "month"]);
  });

  it("rejects days that are not in the calendar", () => {
    expect(iso("31/02/2024")).toBe("impossible_date");
    expect(iso("29/02/2023")).toBe("impossible_date");
    expect(iso("29/02/2024")).toEqual(["2024-02-29", "day"]);
    expect(iso("2024-13")).toBe("impossible_date");
  });

  it("rejects what is not a date", () => {
    for (const text of ["kemarin", "2024", "1/2/24", "32 Januari", "1 Smarch 2024"]) expect(iso(text)).toBe("invalid_date");
  });
});

describe("comparing dates of different precision", () => {
  it("treats a month as the whole of its range", () => {
    expect(certainlyAfter(d("2024-01"), d("2024-01-01"))).toBe(false);
    expect(certainlyAfter(d("2024-01-05"), d("2024-01"))).toBe(false);
    expect(certainlyAfter(d("2024-02-01"), d("2024-01"))).toBe(true);
    expect(certainlyAfter(d("2024-01-05"), d("2024-01-02"))).toBe(true);
  });

  it("counts days only between two exact days", () => {
    expect(daysBetween(d("2024-01-02"), d("2024-02-07"))).toBe(36);
    expect(daysBetween(d("2023-12"), d("2024-02-07"))).toBeNull();
  });

  it("takes today from eastern Indonesia, the furthest ahead", () => {
    expect(todayInIndonesia(new Date("2024-01-31T15:30:00Z"))).toBe("2024-02-01");
    expect(todayInIndonesia(new Date("2024-01-31T14:30:00Z"))).toBe("2024-01-31");
  });
});

describe("date rules in a case file", () => {
  it("reports an impossible date at its cell", async () => {
    expect(errorsOf(await checkFixture("date-impossible.csv"))).toEqual([
      { file: fixture("date-impossible.csv"), row: 2, column: "incident_date", code: "impossible_date" },
    ]);
  });

  it("reports an unrecognised date with the accepted forms", async () => {
    const result = await checkFixture("date-unrecognised.csv");
    expect(errorsOf(result)).toEqual([
      { file: fixture("date-unrecognised.csv"), row: 2, column: "incident_date", code: "invalid_date" },
    ]);
    expect(result.problems[0]?.expected).toContain("DD/MM/YYYY");
  });

  it("reports a date after today (pinned to 2026-11-24)", async () => {
    expect(errorsOf(await checkFixture("date-future.csv"))).toEqual([
      { file: fixture("date-future.csv"), row: 2, column: "updated", code: "future_date" },
    ]);
  });

  it("reports a date before 2000", async () => {
    expect(errorsOf(await checkFixture("date-before-2000.csv"))).toEqual([
      { file: fixture("date-before-2000.csv"), row: 2, column: "incident_date", code: "date_too_early" },
    ]);
  });

  it("accepts every listed form and keeps month precision in the record", async () => {
    const result = await checkFixture("valid-date-forms.csv");
    expect(errorsOf(result)).toEqual([]);
    expect(result.dataset?.cases.map((c) => [c.incident_date, c.reported_date, c.updated])).toEqual([
      ["2023-12-29", "2024-01-02", "2024-02-01"],
      ["2023-12-29", "2024-01-02", "2024-02-01"],
      ["2023-12", "2023-12-05", "2024-02"],
    ]);
  });

  it("reports dates out of order, comparing a month by its range", async () => {
    expect(errorsOf(await checkFixture("date-order.csv"))).toEqual([
      { file: fixture("date-order.csv"), row: 2, column: "reported_date", code: "date_order" },
      { file: fixture("date-order.csv"), row: 3, column: "referred_date", code: "date_order" },
    ]);
  });
});
