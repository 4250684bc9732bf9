import { describe, expect, it } from "vitest";
import { formatGithub, formatJson, formatText, location } from "../../src/ingest/report.ts";
import { checkFixture, fixture } from "../helpers.ts";

const result = await checkFixture("date-impossible.csv");
const file = fixture("date-impossible.csv");

describe("report", () => {
  it("prints file:row:column: code: message, Indonesian then English, and a summary in both languages", () => {
    const text = formatText(result);
    expect(text).toContain(`${file}:2:incident_date: impossible_date: Tanggal di kolom "incident_date" tidak ada di kalender`);
    expect(text).toContain('    The date in column "incident_date" does not exist');
    expect(text).toContain("Data TIDAK valid: perbaiki kesalahan di atas. / Data is NOT valid: fix the errors above.");
    expect(location(result.problems[0]!)).toBe(`${file}:2:incident_date`);
  });

  it("writes one GitHub annotation a problem, on the line and column it is given", () => {
    const lines = formatGithub(result, () => ({ line: 2, col: 4 })).split("\n");
    expect(lines[0]).toMatch(new RegExp(`^::error file=${file.replace(/[.]/g, "\\.")},line=2,col=4,title=impossible_date::Tanggal`));
    expect(lines.at(-2)).toBe("1 errors, 0 warnings in 2 files.");
  });

  it("writes one JSON object with the errors, the warnings and the summary", () => {
    const json = JSON.parse(formatJson(result));
    expect(Object.keys(json)).toEqual(["errors", "warnings", "summary"]);
    expect(json.errors[0]).toMatchObject({ file, row: 2, column: "incident_date", code: "impossible_date" });
  });
});
