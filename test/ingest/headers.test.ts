import { describe, expect, it } from "vitest";
import { mapHeaders } from "../../src/ingest/headers.ts";
import { Problems } from "../../src/ingest/problems/problems.ts";
import { caseTable } from "../../src/ingest/schema/index.ts";
import { parseTable } from "../../src/ingest/csv.ts";
import { loadRegions } from "../../src/node/load-regions.ts";
import { readInput } from "../../src/node/files.ts";
import { ParsedRow, validateTable } from "../../src/ingest/validate.ts";
import { checkFixture, errorsOf, fixture, TODAY } from "../helpers.ts";

describe("mapHeaders", () => {
  it("matches a header whatever its case, spaces, underscores or language", () => {
    const problems = new Problems();
    const map = mapHeaders("x.csv", caseTable, ["Case ID", " KANTOR ", "Tanggal_Kejadian"], () => false, problems);
    expect(map.fields.map((f) => f?.key)).toEqual(["case_id", "office", "incident_date"]);
    for (const header of ["case_id", "Case ID", "ID Kasus", "id-kasus", "caseid"]) {
      const one = mapHeaders("x.csv", caseTable, [header], () => false, new Problems());
      expect(one.fields[0]?.key).toBe("case_id");
    }
  });

  it("reads files whose headers are Indonesian or written with spaces", async () => {
    expect(errorsOf(await checkFixture("valid-indonesian-headers.csv"))).toEqual([]);
    expect(errorsOf(await checkFixture("valid-header-spellings.csv"))).toEqual([]);
  });

  it("reports an unknown header by its position with the closest key, and the column it leaves missing", async () => {
    const result = await checkFixture("header-typo.csv");
    expect(errorsOf(result)).toEqual([
      { file: fixture("header-typo.csv"), row: 1, column: "#4", code: "unknown_header" },
      { file: fixture("header-typo.csv"), row: 1, column: "incident_date", code: "missing_column" },
    ]);
    expect(result.problems.find((p) => p.code === "unknown_header")?.suggestion).toBe("incident_date");
  });

  it("reports a header given twice, on its second column", async () => {
    const result = await checkFixture("header-duplicate.csv");
    expect(errorsOf(result)).toEqual([
      { file: fixture("header-duplicate.csv"), row: 1, column: "case_id", code: "duplicate_header" },
    ]);
    expect(result.problems[0]?.detail).toBe("1");
  });

  it("reports a blank header over a column with data, and only warns about an empty one", async () => {
    expect(errorsOf(await checkFixture("header-blank.csv"))).toEqual([
      { file: fixture("header-blank.csv"), row: 1, column: null, code: "blank_header" },
    ]);
    const problems = new Problems();
    mapHeaders("x.csv", caseTable, ["case_id", ""], () => false, problems);
    const blanks = problems.list.filter((p) => p.code.startsWith("blank_header"));
    expect(blanks.map((p) => [p.severity, p.code, p.detail])).toEqual([["warning", "blank_header_unused", "2"]]);
  });

  it("reports __proto__ as an unknown header and never sets it on an object", async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = await checkFixture("header-proto.csv");
    expect(errorsOf(result)).toEqual([
      { file: fixture("header-proto.csv"), row: 1, column: "#22", code: "unknown_header" },
    ]);
    // The row itself: nothing is stored under the header, and its prototype is its own.
    const problems = new Problems();
    const raw = parseTable(await readInput(fixture("header-proto.csv")), problems)!;
    const regions = await loadRegions();
    const { valid, invalid } = validateTable(raw, caseTable, { regions, today: TODAY, elections: new Map([["pemilu2024", "pemilu-2024"]]) }, problems);
    const [row] = [...valid, ...invalid];
    expect(row?.get("__proto__")).toBeUndefined();
    expect(row?.get("case_id")).toBe("T-1");
    expect(Object.getPrototypeOf(row)).toBe(ParsedRow.prototype);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it("reports every header that asks for a person", async () => {
    expect(errorsOf(await checkFixture("header-personal.csv"))).toEqual([
      { file: fixture("header-personal.csv"), row: 1, column: "#22", code: "personal_header" },
      { file: fixture("header-personal.csv"), row: 1, column: "#23", code: "personal_header" },
      { file: fixture("header-personal.csv"), row: 1, column: "#24", code: "personal_header" },
    ]);
  });

  it("reports the headers offices write for a person's number, contact, birth or home", async () => {
    const file = fixture("header-personal-as-offices-write.csv");
    expect(errorsOf(await checkFixture("header-personal-as-offices-write.csv"))).toEqual(
      Array.from({ length: 9 }, (_, i) => ({ file, row: 1, column: `#${22 + i}`, code: "personal_header" })),
    );
  });

  it("reports a missing required column by its key", async () => {
    expect(errorsOf(await checkFixture("column-missing-status.csv"))).toEqual([
      { file: fixture("column-missing-status.csv"), row: 1, column: "status", code: "missing_column" },
    ]);
  });

  it("does not echo a header that holds personal data (a file without a header row)", () => {
    const problems = new Problems();
    mapHeaders("x.csv", caseTable, ["case_id", "5371012345670001"], () => true, problems);
    expect(problems.list.map((p) => [p.column, p.code])).toEqual([
      ["#2", "personal_data"],
      ...caseTable.fields.filter((f) => f.presence !== "optional" && f.key !== "case_id").map((f) => [f.key, "missing_column"]),
    ]);
  });
});
