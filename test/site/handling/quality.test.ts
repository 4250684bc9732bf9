import { describe, expect, it } from "vitest";
import { handlingOf } from "./fixtures.ts";

describe("record quality", () => {
  it("lists the optional fields an office leaves blank, and grades it", async () => {
    const { handling } = await handlingOf(["quality-blank-optional-fields.csv"]);
    const q = handling.qualityOf("53.71")!;
    expect({ applicable: q.applicable, filled: q.filled, overdue: q.overdue, grade: q.grade, lastUpdate: q.lastUpdate }).toEqual({
      applicable: 20,
      filled: 13,
      overdue: 0,
      grade: "poor",
      lastUpdate: "2026-11-24",
    });
    expect(q.blanks).toEqual(
      ["reported_date", "asn_count", "asn_position", "asn_employer", "asn_employer_regency", "description", "referred_date"].map((field) => ({ field, cases: 1 })),
    );
  });

  it("grades an office with a case past its deadline and blank ASN fields as poor", async () => {
    const { handling } = await handlingOf(["clock-steps.csv"]);
    // The clock fixture leaves the ASN fields blank and has a case overdue: poor.
    expect(handling.qualityOf("64.09")!.overdue).toBe(1);
    expect(handling.qualityOf("64.09")!.grade).toBe("poor");
  });
});
