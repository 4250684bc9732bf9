import { describe, expect, it } from "vitest";
import { closest, distance } from "../../src/ingest/suggest.ts";

describe("distance", () => {
  it("counts the edits between two words", () => {
    expect(distance("kupang", "kupangg")).toBe(1);
    expect(distance("incdent_date", "incident_date")).toBe(1);
    expect(distance("abc", "abc")).toBe(0);
  });
});

describe("closest", () => {
  it("suggests the nearest candidate within reach, and nothing for a word far from all", () => {
    expect(closest("incdent_date", ["incident_date", "reported_date", "office"])).toBe("incident_date");
    expect(closest("zzzzzz", ["incident_date", "office"])).toBeUndefined();
  });
});
