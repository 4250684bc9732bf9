import { describe, expect, it } from "vitest";
import { citedDates, isStaleInReview, newestSourceDate } from "../../src/site/freshness.ts";
import { dataset } from "./fixtures.ts";

const byId = (id: string) => dataset.cases.find((c) => c.id === id)!;

describe("citedDates", () => {
  it("reads the days citations state, in words, with a weekday, as numbers and in an address", () => {
    expect(citedDates("Suarajatim.post (SJP), Kamis 4 Januari 2024")).toEqual(["2024-01-04"]);
    expect(citedDates("Metronewsntt.com, 1 Pebruari 2024, https://example.org/a")).toEqual(["2024-02-01"]);
    expect(citedDates("Laporan 2024-03-05 dan 06/03/2024")).toEqual(["2024-03-05", "2024-03-06"]);
    expect(citedDates("https://www.wartabromo.com/2024/02/02/judul/")).toEqual(["2024-02-02"]);
  });

  it("reads nothing from a citation with no whole day: a month, an article number", () => {
    expect(citedDates("detikBali, artikel d-7155894")).toEqual([]);
    expect(citedDates("Laporan tahunan, Januari 2024")).toEqual([]);
  });
});

describe("a case's newest source", () => {
  it("is the latest day its own and its steps' citations state", () => {
    const kupang = byId("53.71/kpg-pemilu2024-1");
    expect(newestSourceDate(kupang, dataset.events.filter((e) => e.case === kupang.id))).toBe("2024-08-21");
  });

  it("makes a case in review on sources more than six months old say so, and no other", () => {
    const inReview = { ...byId("35.78/sby-kompilasi-2") };
    expect(isStaleInReview(inReview, "2024-05-28", "2024-11-29")).toBe(true);
    expect(isStaleInReview(inReview, "2024-05-29", "2024-11-29")).toBe(false);
    expect(isStaleInReview(inReview, null, "2026-11-29")).toBe(false);
    expect(isStaleInReview({ ...inReview, status: "referred" }, "2020-01-01", "2026-11-29")).toBe(false);
  });
});
