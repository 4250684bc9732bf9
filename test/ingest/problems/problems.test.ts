import { describe, expect, it } from "vitest";
import { problemCodes, renderMessage, sortProblems, type Problem } from "../../../src/ingest/problems/problems.ts";

const sample = (code: Problem["code"]): Problem => ({
  severity: "error",
  code,
  file: "data/cases/a.csv",
  row: 2,
  column: "incident_date",
  expected: "YYYY-MM-DD",
  suggestion: "incident_date",
  detail: "3",
});

describe("messages", () => {
  it.each(problemCodes)("%s reads in Bahasa Indonesia and in English", (code) => {
    const { id, en } = renderMessage(sample(code));
    expect(id.length).toBeGreaterThan(20);
    expect(en.length).toBeGreaterThan(20);
    expect(id).not.toBe(en);
    expect(`${id} ${en}`).not.toMatch(/undefined|null|\[object/);
  });

  it("say what is wrong and what would be right", () => {
    const { id, en } = renderMessage({ ...sample("unknown_header"), column: "incdent_date", expected: "case_id, incident_date" });
    expect(id).toBe('Judul kolom "incdent_date" tidak dikenal. Judul yang dikenal: case_id, incident_date. Mungkin maksudnya: incident_date?');
    expect(en).toBe('Unknown column header "incdent_date". Known headers: case_id, incident_date. Did you mean: incident_date?');
  });
});

describe("sortProblems", () => {
  it("orders by file, row (file-level first), column and code", () => {
    const p = (file: string, row: number | null, column: string | null): Problem => ({ ...sample("invalid_date"), file, row, column });
    const sorted = sortProblems([p("b.csv", 2, "x"), p("a.csv", 3, "a"), p("a.csv", null, null), p("a.csv", 3, null)]);
    expect(sorted.map((s) => `${s.file}:${s.row}:${s.column}`)).toEqual(["a.csv:null:null", "a.csv:3:null", "a.csv:3:a", "b.csv:2:x"]);
  });
});
