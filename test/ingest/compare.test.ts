import { describe, expect, it } from "vitest";
import { compareText } from "../../src/ingest/compare.ts";

describe("compareText", () => {
  it("orders by code points, the same in every locale: capitals before small letters, digits first", () => {
    expect(["kota", "Kabupaten", "53.71", "kab", "Kota"].sort(compareText)).toEqual(["53.71", "Kabupaten", "Kota", "kab", "kota"]);
    expect(compareText("a", "a")).toBe(0);
  });
});
