import { describe, expect, it } from "vitest";
import { anyUnknown, officialShare, type OfficialComparison } from "../../../src/site/handling/handling.ts";

const comparison = (value: number, ours: number, unknown = 0) => ({ figure: { value }, ours, unknown, cases: ours }) as unknown as OfficialComparison;

describe("officialShare", () => {
  it("gives the record's count as a whole percent of the official total, and none of a total of 0", () => {
    expect(officialShare(comparison(403, 3))).toBe(1);
    expect(officialShare(comparison(8, 3))).toBe(38);
    expect(officialShare(comparison(0, 3))).toBeNull();
  });
});

describe("anyUnknown", () => {
  it("says whether a count leaves out cases with a blank number of ASN", () => {
    expect(anyUnknown([comparison(10, 2), comparison(5, 1, 1)])).toBe(true);
    expect(anyUnknown([comparison(10, 2)])).toBe(false);
  });
});
