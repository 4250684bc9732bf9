import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { checkData } from "../../src/node/check-data.ts";
import { errorsOf, TODAY, warningsOf } from "../helpers.ts";

// A workbook from Excel is read as its first sheet, row for row: dates as days, a formula
// as its cached value, the template's Indonesian headers and words as in a CSV file.
const dir = await mkdtemp(join(tmpdir(), "pantau-xlsx-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

const headers = ["id_kasus", "kantor", "pemilihan", "tanggal_kejadian", "wilayah_kejadian", "tanggal_laporan", "asal_perkara", "jumlah_asn", "jabatan_asn", "instansi_asn", "wilayah_instansi", "jenis_pelanggaran", "uraian", "status", "diteruskan_ke", "tanggal_diteruskan", "hasil", "keterangan_hasil", "tanggal_hasil", "sumber", "diperbarui"];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function workbook(name: string, fill: (book: ExcelJS.Workbook) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  fill(book);
  const path = join(dir, name);
  await book.xlsx.writeFile(path);
  return path;
}

const check = (path: string) => checkData("test/fixtures/site", { path, kind: "cases" }, TODAY);

describe("a case file from Excel (.xlsx)", () => {
  it("reads date cells as days, a formula's cached value, and the template's Indonesian words", async () => {
    const path = await workbook("53.71-kota-kupang.xlsx", (book) => {
      const sheet = book.addWorksheet("Kasus");
      sheet.addRow(headers);
      sheet.addRow([
        "KPG-2024-09", "Kota Kupang", "Pemilu 2024", day("2024-01-05"), "", day("2024-01-08"), "laporan",
        { formula: "1+1", result: 2 }, "guru", "Pemerintah Kota Kupang", "Kota Kupang", "ikut kampanye",
        "Seorang guru ASN hadir di panggung kampanye.", "sedang ditangani", "", "", "", "", "", "Contoh sumber, 9 Januari 2024", day("2026-11-20"),
      ]);
    });
    const result = await check(path);
    expect(errorsOf(result)).toEqual([]);
    const c = result.dataset!.cases.find((x) => x.case_id === "KPG-2024-09")!;
    expect([c.incident_date, c.reported_date, c.asn_count, c.origin, c.status, c.updated]).toEqual(["2024-01-05", "2024-01-08", 2, "report", "in_review", "2026-11-20"]);
  });

  it("names the row Excel shows, empty rows and all", async () => {
    const path = await workbook("53.71-baris.xlsx", (book) => {
      const sheet = book.addWorksheet("Kasus");
      sheet.addRow(headers);
      sheet.addRow([]);
      sheet.addRow(["KPG-2024-10", "Kota Kupang", "Pemilu 2024", "31/02/2024", "", "", "laporan", 1, "", "", "", "ikut kampanye", "", "sedang ditangani", "", "", "", "", "", "Sumber, 9 Januari 2024", day("2026-11-20")]);
    });
    const errors = errorsOf(await check(path));
    // Header on row 1, an empty row 2, the case on row 3.
    expect(errors).toContainEqual({ file: path, row: 3, column: "incident_date", code: "impossible_date" });
  });

  it("reads the sheet named Kasus, else only the first of several sheets, and says so", async () => {
    const named = await workbook("53.71-kasus.xlsx", (book) => {
      book.addWorksheet("Petunjuk").addRow(["Isi lembar Kasus"]);
      book.addWorksheet("Kasus").addRow(headers);
    });
    expect(warningsOf(await check(named))).toEqual([]);
    const unnamed = await workbook("53.71-lembar.xlsx", (book) => {
      book.addWorksheet("Data").addRow(headers);
      book.addWorksheet("Catatan").addRow(["catatan"]);
    });
    const result = await check(unnamed);
    expect(warningsOf(result)).toEqual([{ file: unnamed, row: null, column: null, code: "workbook_sheets" }]);
    expect(result.problems[0]!.detail).toBe("1/2");
  });

  it("refuses a file that is no workbook (a PDF renamed .xlsx), in words, never silently", async () => {
    const path = join(dir, "53.71-bukan.xlsx");
    await writeFile(path, "%PDF-1.4\n1 0 obj\n");
    const result = await check(path);
    expect(errorsOf(result)).toEqual([{ file: path, row: null, column: null, code: "unreadable_workbook" }]);
  });

  it("reads a macro workbook (.xlsm) LibreOffice wrote, cell for cell, and runs nothing in it", async () => {
    const result = await check("test/fixtures/workbooks/libreoffice-macro-enabled.xlsm");
    expect(result.problems).toEqual([]);
    expect(result.summary.cases).toBe(8); // the test site's six and its two
  });

  it("knows an old .xls, a password-protected workbook and a PDF by their first bytes, whatever their name", async () => {
    const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const files: [string, Buffer | string][] = [
      ["test/fixtures/workbooks/libreoffice-excel-97.xls", ""],
      [join(dir, "53.71-bersandi.xlsx"), ole2], // an encrypted .xlsx is an OLE2 compound file
      [join(dir, "53.71-laporan.csv"), "%PDF-1.7\n%\xe2\xe3\n1 0 obj\n"],
      [join(dir, "53.71-laporan.pdf"), "%PDF-1.7\n1 0 obj\n"],
    ];
    for (const [path, bytes] of files) {
      if (bytes !== "") await writeFile(path, bytes);
      expect(errorsOf(await check(path)), path).toEqual([{ file: path, row: null, column: null, code: "unreadable_workbook" }]);
    }
  });

  it("reads a workbook renamed .csv as the workbook it is", async () => {
    const path = join(dir, "sikka.csv");
    await writeFile(path, await readFile("test/fixtures/workbooks/libreoffice-calc.xlsx"));
    expect((await check(path)).problems).toEqual([]);
  });

  it("refuses a workbook over the size limit for its size, before unzipping it", async () => {
    const path = join(dir, "53.71-besar.xlsx");
    await writeFile(path, Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(21 * 1024 * 1024)]));
    expect(errorsOf(await check(path))).toEqual([{ file: path, row: null, column: null, code: "file_too_large" }]);
  });

  it("reads the committed template: its headers and dropdown words pass, and only its example row is refused", async () => {
    const result = await check("public/templates/templat-kasus.xlsx");
    expect(errorsOf(result).map((e) => e.code)).toEqual(["example_row"]);
  });
});
