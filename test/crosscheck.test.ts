import { describe, expect, it } from "vitest";
import { checkFixture, checkFixtures, errorsOf, fixture, warningsOf } from "./helpers.ts";

describe("status rules", () => {
  it("a referred case names who it was referred to", async () => {
    const result = await checkFixture("status-referred-without-body.csv");
    expect(errorsOf(result)).toEqual([
      { file: fixture("status-referred-without-body.csv"), row: 2, column: "referred_to", code: "status_needs_referral" },
    ]);
  });

  it("a sanctioned case has a sanction as its outcome", async () => {
    const result = await checkFixture("status-sanctioned-without-sanction.csv");
    expect(errorsOf(result)).toEqual([
      { file: fixture("status-sanctioned-without-sanction.csv"), row: 2, column: "outcome", code: "status_outcome" },
    ]);
    expect(result.problems[0]?.expected).toBe("moral_sanction, discipline_light, discipline_medium, discipline_heavy, other");
  });

  it("a dismissed case ends as not proven or with no outcome", async () => {
    const result = await checkFixture("status-dismissed-with-sanction.csv");
    expect(errorsOf(result)).toEqual([
      { file: fixture("status-dismissed-with-sanction.csv"), row: 2, column: "outcome", code: "status_outcome" },
    ]);
    expect(result.problems[0]?.expected).toBe("not_proven, none");
  });
});

describe("uniqueness of (office, case_id)", () => {
  it("reports the later row within a file and names the first", async () => {
    const result = await checkFixture("duplicate-case-in-file.csv");
    expect(errorsOf(result)).toEqual([
      { file: fixture("duplicate-case-in-file.csv"), row: 4, column: "case_id", code: "duplicate_case" },
    ]);
    expect(result.problems[0]?.detail).toBe(`${fixture("duplicate-case-in-file.csv")}:2`);
  });

  it("reports a duplicate across files, whatever name the office goes by", async () => {
    const result = await checkFixtures(["valid-minimal.csv", "duplicate-case-other-file.csv"]);
    expect(errorsOf(result)).toEqual([
      { file: fixture("duplicate-case-other-file.csv"), row: 2, column: "case_id", code: "duplicate_case" },
    ]);
    expect(result.problems[0]?.detail).toBe(`${fixture("valid-minimal.csv")}:2`);
  });
});

describe("events", () => {
  it("must belong to a known case", async () => {
    const result = await checkFixtures(["valid-minimal.csv"], ["events-unknown-case.csv"]);
    expect(errorsOf(result)).toEqual([
      { file: fixture("events-unknown-case.csv"), row: 3, column: "case_id", code: "unknown_case" },
    ]);
  });
});

describe("warnings", () => {
  it("warn when a row's office is not the one its file name states", async () => {
    const result = await checkFixture("53.71-office-other-than-file-name.csv");
    expect(errorsOf(result)).toEqual([]);
    expect(warningsOf(result)).toEqual([
      { file: fixture("53.71-office-other-than-file-name.csv"), row: 2, column: "office", code: "office_filename_mismatch" },
    ]);
  });
});
