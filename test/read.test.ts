import { describe, expect, it } from "vitest";
import { Problems } from "../src/lib/problems.ts";
import { decode, detectDelimiter, parseTable } from "../src/lib/read.ts";
import { bytes, checkFixture, errorsOf, fixture, warningsOf } from "./helpers.ts";

describe("decode", () => {
  it("reads UTF-8 and drops its byte-order mark", () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9]))).toEqual({ text: "aé", encoding: "utf-8" });
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8", () => {
    expect(decode(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toEqual({ text: "Café", encoding: "windows-1252" });
  });

  it("reads UTF-16 as Excel's \"Unicode text\" saves it", () => {
    expect(decode(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x62, 0x00]))).toEqual({ text: "ab", encoding: "utf-16le" });
  });

  it("refuses bytes holding NUL", () => {
    expect(decode(new Uint8Array([0x61, 0x00, 0x62]))).toBeNull();
  });
});

describe("detectDelimiter", () => {
  it("picks the delimiter the header uses most, ignoring quoted text", () => {
    expect(detectDelimiter("a;b;c\n1,2;3;4")).toBe(";");
    expect(detectDelimiter("a\tb\tc\n")).toBe("\t");
    expect(detectDelimiter('"x;y;z",b,c\n')).toBe(",");
  });
});

describe("parseTable", () => {
  it("numbers rows as a spreadsheet does, a quoted newline staying inside its row", () => {
    const problems = new Problems();
    const table = parseTable(bytes('a,b\r\n1,"two\r\nlines"\r\n3,4\r\n'), problems);
    expect(problems.list).toEqual([]);
    expect(table?.headers).toEqual(["a", "b"]);
    expect(table?.rows).toEqual([
      { row: 2, cells: ["1", "two\r\nlines"] },
      { row: 3, cells: ["3", "4"] },
    ]);
  });

  it("skips rows whose every cell is empty, as Excel leaves below a table", async () => {
    const result = await checkFixture("rows-blank-below-table.csv");
    expect(errorsOf(result)).toEqual([]);
    expect(result.summary.cases).toBe(1);
  });

  it("reports an empty file", async () => {
    expect(errorsOf(await checkFixture("empty.csv"))).toEqual([
      { file: fixture("empty.csv"), row: null, column: null, code: "empty_file" },
    ]);
  });

  it("reports binary content and reads no further", async () => {
    expect(errorsOf(await checkFixture("binary-nul.csv"))).toEqual([
      { file: fixture("binary-nul.csv"), row: null, column: null, code: "binary_content" },
    ]);
  });

  it("reports a stray control character at its cell", async () => {
    expect(errorsOf(await checkFixture("control-character.csv"))).toEqual([
      { file: fixture("control-character.csv"), row: 2, column: "description", code: "control_character" },
    ]);
  });

  it("reports an unterminated quote on the row where it opens", async () => {
    const result = await checkFixture("quote-unterminated.csv");
    expect(errorsOf(result)).toEqual([
      { file: fixture("quote-unterminated.csv"), row: 3, column: null, code: "unterminated_quote" },
    ]);
  });

  it("reports a quote followed by more text in the same cell", () => {
    const problems = new Problems();
    parseTable(bytes('a,b\n1,"x"y\n'), problems);
    expect(problems.list.map((p) => [p.row, p.code])).toEqual([[2, "malformed_quote"]]);
  });

  it("reports a row with more cells than headers", async () => {
    expect(errorsOf(await checkFixture("row-too-many-cells.csv"))).toEqual([
      { file: fixture("row-too-many-cells.csv"), row: 3, column: null, code: "too_many_cells" },
    ]);
  });

  it("warns about a row with fewer cells than headers and reads the rest as blank", () => {
    const problems = new Problems();
    const table = parseTable(bytes("a,b,c\n1,2\n"), problems);
    expect(problems.list.map((p) => [p.severity, p.row, p.code])).toEqual([["warning", 2, "too_few_cells"]]);
    expect(table?.rows[0]?.cells).toEqual(["1", "2"]);
  });

  it.each([
    ["valid-minimal.csv", []],
    ["valid-semicolon-bom-crlf.csv", []],
    ["valid-tab.csv", []],
    ["valid-utf16-excel-unicode-text.csv", []],
    ["valid-quoted-newline.csv", []],
    ["valid-windows-1252.csv", ["encoding_windows1252"]],
  ])("reads %s as a valid file", async (name, warnings) => {
    const result = await checkFixture(name);
    expect(errorsOf(result)).toEqual([]);
    expect(warningsOf(result).map((w) => w.code)).toEqual(warnings);
    expect(result.dataset?.cases.length).toBeGreaterThan(0);
  });

  it("keeps delimiters and newlines that are inside quotes", async () => {
    const semicolon = await checkFixture("valid-semicolon-bom-crlf.csv");
    expect(semicolon.dataset?.cases[0]?.description).toBe("Satu; dua, tiga");
    const newline = await checkFixture("valid-quoted-newline.csv");
    expect(newline.dataset?.cases[0]?.description).toBe("Baris pertama\nbaris kedua, dengan koma");
  });

  it("decodes Windows-1252 letters correctly", async () => {
    const result = await checkFixture("valid-windows-1252.csv");
    expect(result.dataset?.cases[0]?.description).toBe("Café di pinggir jalan, kampanye terbuka");
  });
});
