import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/ingest/dataset.ts";
import { loadRegions } from "../../src/node/load-regions.ts";
import { readInput } from "../../src/node/files.ts";
import { checkFixture, checkFixtures, errorsOf, fixture, TODAY, warningsOf } from "../helpers.ts";

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
    expect(result.problems[0]?.expected).toBe("moral_sanction, discipline_light, discipline_medium, discipline_heavy, criminal_conviction, other");
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

describe("elections.csv", () => {
  it("goes through the same rules: date order, unique ids, enum words; future voting days are allowed", async () => {
    const [regions, elections] = await Promise.all([
      loadRegions(),
      readInput(fixture("elections-out-of-order-and-duplicate.csv")),
    ]);
    const result = buildDataset({ dir: "test/fixtures", cases: [], events: [], elections }, { regions, today: TODAY });
    const file = fixture("elections-out-of-order-and-duplicate.csv");
    expect(errorsOf(result)).toEqual([
      { file, row: 3, column: "voting_day", code: "date_order" },
      { file, row: 4, column: "id", code: "duplicate_election" },
    ]);
    expect(result.summary.elections).toBe(2);
  });

  it("is required", async () => {
    const regions = await loadRegions();
    const result = buildDataset({ dir: "somewhere", cases: [], events: [], elections: null }, { regions, today: TODAY });
    expect(errorsOf(result)).toEqual([{ file: "somewhere/elections.csv", row: null, column: null, code: "missing_file" }]);
  });
});

describe("event files", () => {
  it("go through the same reader and rules as case files", async () => {
    const result = await checkFixtures(["valid-minimal.csv"], ["events-bad-stage-and-date.csv"]);
    const file = fixture("events-bad-stage-and-date.csv");
    expect(errorsOf(result)).toEqual([
      { file, row: 3, column: "date", code: "impossible_date" },
      { file, row: 3, column: "stage", code: "invalid_value" },
    ]);
  });
});

describe("one error is reported once", () => {
  it("an event of a case that exists but has an error is not reported as unknown", async () => {
    const result = await checkFixtures(["date-impossible.csv"], ["events-unknown-case.csv"]);
    expect(errorsOf(result)).toEqual([
      { file: fixture("date-impossible.csv"), row: 2, column: "incident_date", code: "impossible_date" },
      { file: fixture("events-unknown-case.csv"), row: 3, column: "case_id", code: "unknown_case" },
    ]);
  });

  it("a case of an election that has an error is not reported as unknown", async () => {
    const [regions, elections, cases] = await Promise.all([
      loadRegions(),
      readInput(fixture("elections-out-of-order-and-duplicate.csv")),
      readInput(fixture("valid-minimal.csv")),
    ]);
    const pilkada = { ...cases, bytes: new TextEncoder().encode(new TextDecoder().decode(cases.bytes).replace("pemilu-2024", "Pilkada 2024")) };
    const result = buildDataset({ dir: "test/fixtures", cases: [pilkada], events: [], elections }, { regions, today: TODAY });
    expect(errorsOf(result).map((e) => [e.row, e.code])).toEqual([
      [3, "date_order"],
      [4, "duplicate_election"],
    ]);
  });
});

describe("warnings across fields", () => {
  it("flag what is doubtful but may be true, and keep the rows", async () => {
    const result = await checkFixture("warnings-across-fields.csv");
    const file = fixture("warnings-across-fields.csv");
    expect(errorsOf(result)).toEqual([]);
    expect(warningsOf(result)).toEqual([
      { file, row: 2, column: "updated", code: "updated_too_early" },
      { file, row: 3, column: "outcome_detail", code: "outcome_needs_detail" },
      { file, row: 4, column: "outcome", code: "status_outcome" },
      { file, row: 5, column: "sources", code: "empty_source" },
    ]);
    expect(result.dataset?.cases).toHaveLength(4);
    expect(result.dataset?.cases[3]?.sources).toEqual(["https://example.org/a", "Kompas, 2 Januari 2024"]);
  });
});
