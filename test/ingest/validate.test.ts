import { describe, expect, it } from "vitest";
import { buildDataset } from "../../src/ingest/dataset.ts";
import { loadRegions } from "../../src/node/load-regions.ts";
import { readInput } from "../../src/node/files.ts";
import { schemeOf } from "../../src/ingest/validate.ts";
import { bytes, checkFixture, errorsOf, fixture, TODAY, warningsOf } from "../helpers.ts";

/** Validate an edited copy of valid-minimal.csv. */
async function checkText(edit: (text: string) => string) {
  const [regions, elections, minimal] = await Promise.all([
    loadRegions(),
    readInput("data/elections.csv"),
    readInput(fixture("valid-minimal.csv")),
  ]);
  const text = edit(new TextDecoder().decode(minimal.bytes));
  return buildDataset({ dir: "data", cases: [bytes(text)], events: [], elections }, { regions, today: TODAY });
}

describe("enumerations", () => {
  it("accept the Indonesian words and store the English keys", async () => {
    const result = await checkFixture("valid-enum-indonesian.csv");
    expect(errorsOf(result)).toEqual([]);
    expect(result.dataset?.cases.map((c) => [c.origin, c.violation_type, c.status, c.referred_to, c.outcome])).toEqual([
      ["finding", "social_media", "referred", "KASN", null],
      ["initial_information", "state_facilities", "dismissed", null, "not_proven"],
      ["report", "campaign_attributes", "sanctioned", "PPK", "discipline_medium"],
    ]);
  });

  it("report an unknown value with the allowed ones and the closest", async () => {
    const result = await checkFixture("enum-unknown.csv");
    expect(errorsOf(result)).toEqual([
      { file: fixture("enum-unknown.csv"), row: 2, column: "origin", code: "invalid_value" },
      { file: fixture("enum-unknown.csv"), row: 2, column: "status", code: "invalid_value" },
    ]);
    const origin = result.problems.find((p) => p.column === "origin");
    expect(origin?.suggestion).toBe("report");
    expect(origin?.expected).toBe("report (laporan), finding (temuan), initial_information (informasi awal)");
  });
});

describe("asn_count", () => {
  it("must be a whole number of 0 or more written in digits", async () => {
    const file = fixture("asn-count-not-a-number.csv");
    expect(errorsOf(await checkFixture("asn-count-not-a-number.csv"))).toEqual([
      { file, row: 2, column: "asn_count", code: "invalid_number" },
      { file, row: 3, column: "asn_count", code: "invalid_number" },
      { file, row: 4, column: "asn_count", code: "invalid_number" },
    ]);
  });

  it("is null when blank", async () => {
    const result = await checkText((text) => text.replace(",report,1,guru,", ",report,,guru,"));
    expect(errorsOf(result)).toEqual([]);
    expect(result.dataset?.cases[0]?.asn_count).toBeNull();
  });
});

describe("required and recommended cells", () => {
  it("report a blank required cell", async () => {
    expect(errorsOf(await checkFixture("required-blank.csv"))).toEqual([
      { file: fixture("required-blank.csv"), row: 2, column: "case_id", code: "required_value" },
      { file: fixture("required-blank.csv"), row: 2, column: "sources", code: "required_value" },
    ]);
  });

  it("only warn when a date no source states is left blank", async () => {
    const result = await checkFixture("valid-incident-regency-blank.csv");
    expect(warningsOf(result)).toEqual([]);
    const blank = await checkText((text) => text.replace("2024-01-02", ""));
    expect(errorsOf(blank)).toEqual([]);
    expect(warningsOf(blank)).toEqual([{ file: "inline.csv", row: 2, column: "reported_date", code: "unknown_value" }]);
    expect(blank.dataset?.cases[0]?.reported_date).toBeNull();
  });
});

describe("elections", () => {
  it("are referred to by id or by name", async () => {
    const result = await checkFixture("valid-indonesian-headers.csv");
    expect(result.dataset?.cases[0]?.election).toBe("pemilu-2024");
  });

  it("report an unknown election with the known ids", async () => {
    const result = await checkFixture("election-unknown.csv");
    expect(errorsOf(result)).toEqual([
      { file: fixture("election-unknown.csv"), row: 2, column: "election", code: "unknown_election" },
    ]);
    expect(result.problems[0]?.expected).toBe("pemilu-2024, pilkada-2024");
    expect(result.problems[0]?.suggestion).toBe("pemilu-2024");
  });
});

describe("sources", () => {
  it.each([
    ["javascript:alert(1)", "javascript"],
    ["JavaScript:alert(1)", "javascript"],
    ["java\tscript:alert(1)", "javascript"],
    ["java\nscript:alert(1)", "javascript"],
    ["javascript: alert(1)", "javascript"],
    ["data:text/html,x", "data"],
    ["vbscript:x", "vbscript"],
    ["https://example.org", "https"],
    ["foo:bar", "foo"],
    ["Catatan: rapat pleno", null],
    ["Metronewsntt.com, 1 Februari 2024", null],
  ])("see the scheme of %j as %j", (piece, scheme) => {
    expect(schemeOf(piece)).toBe(scheme);
  });

  it("split on | into web addresses and text citations", async () => {
    const result = await checkText((text) =>
      text.replace("https://example.org/berita/1", '"Metronewsntt.com, 1 Februari 2024 | https://example.org/a?b=1 | Catatan: rapat pleno"'),
    );
    expect(result.dataset?.cases[0]?.sources).toEqual([
      "Metronewsntt.com, 1 Februari 2024",
      "https://example.org/a?b=1",
      "Catatan: rapat pleno",
    ]);
  });

  it("refuse any scheme but http and https, however it is disguised", async () => {
    const file = fixture("source-unsafe-scheme.csv");
    const result = await checkFixture("source-unsafe-scheme.csv");
    expect(errorsOf(result)).toEqual([
      { file, row: 2, column: "sources", code: "unsafe_source" },
      { file, row: 3, column: "sources", code: "unsafe_source" },
      { file, row: 4, column: "sources", code: "unsafe_source" },
    ]);
    expect(result.problems.map((p) => p.detail)).toEqual(["1", "2", "1"]);
  });

  it("refuse a web address that is not valid", async () => {
    expect(errorsOf(await checkFixture("source-invalid-url.csv"))).toEqual([
      { file: fixture("source-invalid-url.csv"), row: 2, column: "sources", code: "invalid_source" },
    ]);
  });
});

describe("case_id", () => {
  it("holds only letters, digits and . _ - /, and a sources cell of separators alone is blank", async () => {
    const file = fixture("case-id-invalid.csv");
    const result = await checkFixture("case-id-invalid.csv");
    expect(errorsOf(result)).toEqual([
      { file, row: 2, column: "case_id", code: "invalid_value" },
      { file, row: 3, column: "sources", code: "required_value" },
    ]);
  });
});

describe("cell size", () => {
  const head = "case_id,office,election,incident_date,reported_date,origin,violation_type,status,sources,updated\n";
  const row = (i: number, description = "") => `L-${i},53.71,pemilu-2024,2023-12-29,2024-01-02,report,other,in_review,https://example.org/${i}${description},2024-02-01\n`;

  it("refuse a cell over 5,000 characters by default, naming its length and never its text", async () => {
    const [regions, elections] = await Promise.all([loadRegions(), readInput("data/elections.csv")]);
    const long = `?q=${"x".repeat(5_000)}`;
    const result = buildDataset({ dir: "data", cases: [bytes(head + row(1, long) + row(2))], events: [], elections }, { regions, today: "2026-11-24" });
    expect(errorsOf(result)).toEqual([{ file: "inline.csv", row: 2, column: "sources", code: "cell_too_long" }]);
    expect(result.problems[0]!.detail).toBe("5024");
    expect(JSON.stringify(result.problems)).not.toContain("xxxx");
    const raised = buildDataset({ dir: "data", cases: [bytes(head + row(1, long))], events: [], elections }, { regions, today: "2026-11-24", limits: { cellCharacters: 10_000 } });
    // Characters as a reader counts them: 4,900 emoji or decomposed letters are 4,900 characters, not 9,800.
    for (const wide of ["😀".repeat(4_900), "e\u0301".repeat(4_900)]) {
      expect(errorsOf(buildDataset({ dir: "data", cases: [bytes(head + row(1, `?q=${wide}`))], events: [], elections }, { regions, today: "2026-11-24" }))).toEqual([]);
    }
    expect(errorsOf(raised)).toEqual([]);
  });
});

describe("the guard's first look", () => {
  it.each([["HP 𝟎𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗𝟎"], ["HP ⁰⁸¹²³⁴⁵⁶⁷⁸⁹⁰"], ["surel budi(et)gmail(titik)com"]])("passes %s on to the guard, which refuses it", async (description) => {
    const result = await checkText((text) => text.replace("Contoh kasus untuk pengujian", description));
    expect(errorsOf(result)).toEqual([{ file: "inline.csv", row: 2, column: "description", code: "personal_data" }]);
  });

  it("refuses a case id that is a person's name, without printing it", async () => {
    const result = await checkText((text) => text.replace("T-1,", "Budi Santoso,"));
    expect(errorsOf(result)).toEqual([{ file: "inline.csv", row: 2, column: "case_id", code: "personal_data" }]);
    expect(JSON.stringify(result.problems)).not.toContain("Budi");
  });
});
