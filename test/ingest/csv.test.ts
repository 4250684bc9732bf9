import { invisibleCharacters } from "../../src/ingest/pii.ts";
import { describe, expect, it } from "vitest";
import { Problems } from "../../src/ingest/problems/problems.ts";
import { decode, detectDelimiter, parseTable } from "../../src/ingest/csv.ts";
import { bytes, checkFixture, errorsOf, fixture, warningsOf } from "../helpers.ts";

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

describe("the header row", () => {
  it("is one header_row error, and nothing of the row, when row 1 is a case", async () => {
    const result = await checkFixture("header-row-is-data.csv");
    expect(errorsOf(result)).toEqual([{ file: fixture("header-row-is-data.csv"), row: 1, column: null, code: "header_row" }]);
    expect(result.problems[0]!.detail).toBeUndefined();
    const text = JSON.stringify(result.problems);
    for (const cell of ["D-1", "Rudi", "Hartanto", "19860926", "Kupang", "Contoh"]) expect(text).not.toContain(cell);
  });

  it("names the row the headers are on when a title stands above the table", async () => {
    const result = await checkFixture("title-rows-above-table.csv");
    expect(errorsOf(result)).toEqual([{ file: fixture("title-rows-above-table.csv"), row: 1, column: null, code: "header_row" }]);
    expect(result.problems[0]!.detail).toBe("3");
    expect(JSON.stringify(result.problems)).not.toContain("Rudi");
  });
});

describe("Excel's sep= line", () => {
  it("sets the delimiter and is skipped, rows numbered as Excel shows them", async () => {
    const result = await checkFixture("valid-excel-sep-line.csv");
    expect(errorsOf(result)).toEqual([]);
    expect(result.dataset!.cases.map((c) => [c.case_id, c.description])).toEqual([["X-1", "Contoh; dengan titik koma"]]);
  });
});

describe("invisible characters", () => {
  it("are removed from text, ids and region names as a file is read", async () => {
    const result = await checkFixture("zero-width-removed.csv");
    expect(errorsOf(result)).toEqual([]);
    const [c] = result.dataset!.cases;
    expect([c!.case_id, c!.description, c!.asn_employer]).toEqual(["Z-1", "ASN membagikan poster", "Pemerintah Kota Kupang"]);
    expect(JSON.stringify(result.dataset)).not.toMatch(/[\u200b-\u200f\u2060\ufeff]/);
  });

  it("are every character Unicode calls default-ignorable (fillers, variation selectors, tags) and the annotation marks", () => {
    const hidden = ["\u034F", "\uFE0F", "\u{E0020}", "\u{E0001}", "\u3164", "\uFFA0", "\u115F", "\u17B4", "\u2065", "\uFFF9", "\u{1D173}", "\u{1BCA0}"];
    for (const x of hidden) expect(`guru${x}SD`.replace(invisibleCharacters, "")).toBe("guruSD");
    // Bidirectional overrides and isolates stay, to be refused as control characters.
    expect("a\u202Eb\u2066c".replace(invisibleCharacters, "")).toBe("a\u202Eb\u2066c");
  });

  it("refuse a bidirectional override or isolate and a C1 control character, at their cells", async () => {
    const result = await checkFixture("invisible-characters.csv");
    const file = fixture("invisible-characters.csv");
    expect(errorsOf(result)).toEqual([
      { file, row: 2, column: "description", code: "control_character" },
      { file, row: 3, column: "description", code: "control_character" },
      { file, row: 4, column: "description", code: "control_character" },
    ]);
    // The row whose only oddities were zero-width characters is a valid case, cleaned.
    const problems = new Problems();
    const table = parseTable({ path: file, bytes: new Uint8Array(await import("node:fs").then((fs) => fs.readFileSync(file))) }, problems)!;
    expect(table.rows[3]!.cells[8]).toBe("guru");
    expect(table.rows[3]!.cells[12]).toBe("Katadenganlebarnol");
  });
});

describe("size limits", () => {
  const head = "case_id,office,election,incident_date,reported_date,origin,violation_type,status,sources,updated\n";
  const row = (i: number, description = "") => `L-${i},53.71,pemilu-2024,2023-12-29,2024-01-02,report,other,in_review,https://example.org/${i}${description},2024-02-01\n`;

  it("refuse a file with more rows than allowed, once, before reading them", () => {
    const problems = new Problems();
    const text = head + Array.from({ length: 6 }, (_, i) => row(i)).join("");
    expect(parseTable(bytes(text), problems, undefined, { fileBytes: 1e6, fileRows: 5, cellCharacters: 5000 })).toBeNull();
    expect(problems.list.map((p) => [p.code, p.row, p.detail, p.expected])).toEqual([["too_many_rows", null, "6", "5"]]);
  });

  it("refuse a file larger than allowed", () => {
    const problems = new Problems();
    expect(parseTable(bytes(head + row(1)), problems, undefined, { fileBytes: 100, fileRows: 10, cellCharacters: 5000 })).toBeNull();
    expect(problems.list.map((p) => [p.code, p.expected])).toEqual([["file_too_large", "0.0 MB"]]);
  });
});

describe("the reviewer's cases", () => {
  it("honours a sep= line behind a zero-width character", () => {
    const problems = new Problems();
    const table = parseTable(bytes("\u200bsep=;\na;b\n1;2\n"), problems)!;
    expect(table.headers).toEqual(["a", "b"]);
    expect(problems.list).toEqual([]);
  });

  it("stops a file of far too many rows before reading it", () => {
    const problems = new Problems();
    expect(parseTable(bytes(`a,b\n${"\n".repeat(100)}`), problems, undefined, { fileBytes: 1e6, fileRows: 10, cellCharacters: 5000 })).toBeNull();
    expect(problems.list.map((p) => [p.code, p.detail, p.expected])).toEqual([["too_many_rows", "101", "10"]]);
  });

  it("names the row of the headers when blank lines stand above the table", async () => {
    const { looksLikeHeaderRow } = await import("../../src/ingest/headers.ts");
    const { caseTable } = await import("../../src/ingest/schema/index.ts");
    const problems = new Problems();
    const header = caseTable.fields.map((f) => f.key).join(",");
    expect(parseTable(bytes(`\n,,,\n${header}\n`), problems, (cells) => looksLikeHeaderRow(caseTable, cells))).toBeNull();
    expect(problems.list.map((p) => [p.code, p.row, p.detail])).toEqual([["header_row", 1, "3"]]);
  });
});
