// The checker page (/periksa/) in Chromium: an office's file, chosen as a person would,
// gives what `npm run validate -- --json FILE` gives for the same file against the same
// published data, each problem on its cell; nothing leaves the browser; a clean file
// leaves as the file ready to publish; bad input is told in words. A 20,000-row file, timed
// against the page's own thread, and every case-file fixture against the CLI, are in
// checker.slow.test.ts.

import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { choose, open, root, site, testData, text, work, useBuiltSite, type Chosen } from "./harness.ts";
import { caseFixtures, checksLikeTheCli, cliJson } from "./checker-parity.ts";

useBuiltSite();

const fixtures = join(root, "test", "fixtures");
const today = "2026-11-29";

const csv = (name: string, content: string | Buffer): Chosen => ({ name, mimeType: "text/csv", buffer: Buffer.from(content) });

/** The template workbook with its example row replaced by one good case, typed as office staff would (Indonesian words, date cells). */
async function filledTemplate(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(join(root, "public", "templates", "templat-kasus.xlsx"))) as unknown as ExcelJS.Buffer);
  const sheet = book.getWorksheet("Kasus")!;
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  const row: Record<string, unknown> = {
    id_kasus: "KPG-2024-07",
    kantor: "Kota Kupang",
    pemilihan: "Pemilu 2024",
    tanggal_kejadian: new Date(Date.UTC(2024, 0, 20)),
    wilayah_kejadian: "Kota Kupang",
    tanggal_laporan: new Date(Date.UTC(2024, 0, 22)),
    asal_perkara: "temuan",
    jumlah_asn: 2,
    jabatan_asn: "guru",
    instansi_asn: "Dinas Pendidikan Kota Kupang",
    wilayah_instansi: "Kota Kupang",
    jenis_pelanggaran: "media sosial",
    uraian: "Dua ASN membagikan ajakan memilih salah satu calon di grup percakapan",
    status: "diteruskan",
    diteruskan_ke: "KASN",
    tanggal_diteruskan: new Date(Date.UTC(2024, 1, 2)),
    hasil: null,
    keterangan_hasil: null,
    tanggal_hasil: null,
    sumber: "https://media.example/berita/kpg-7 | Media Contoh, 3 Februari 2024",
    diperbarui: new Date(Date.UTC(2024, 1, 3)),
  };
  headers.forEach((header, i) => {
    if (header in row) sheet.getRow(2).getCell(i).value = row[header] as ExcelJS.CellValue;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe("the checker page", () => {
  it("gives a quarter of the case-file fixtures the CLI's JSON report, exactly (all of them in the slow suite)", async () => {
    const files = (await caseFixtures()).filter((_, i) => i % 4 === 0);
    expect(await checksLikeTheCli(await open("/periksa/"), files)).toEqual([]);
  });

  it("compares with what npm run validate -- --json prints, run as a person runs it", () => {
    const fixture = join(fixtures, "personal-data.csv");
    const cli = spawnSync(process.execPath, [join(root, "scripts/cli/validate.ts"), "--data", testData, "--json", fixture], { cwd: root, encoding: "utf8", env: { ...process.env, PANTAU_TODAY: today } });
    expect(cli.status).toBe(1);
    return cliJson(fixture).then((json) => expect(json).toBe(cli.stdout.split(fixture).join("personal-data.csv")));
  });

  it("says how many problems in words, lists each with its place and both languages, and marks and masks its cell", async () => {
    const page = await open("/periksa/");
    expect(await choose(page, join(fixtures, "personal-data.csv"))).toBe("done");
    expect(await text(page, ".checker-status")).toBe("personal-data.csv: 6 kesalahan, 0 peringatan.");
    const first = page.locator(".checker-problem-list li").first();
    expect(await first.locator("a").innerText()).toBe("baris 2, description · personal_data");
    expect(await first.locator("p").first().innerText()).toContain("tampak berisi data pribadi");
    await first.locator("summary").click();
    expect(await first.locator("details p").innerText()).toContain("appears to hold personal data");
    expect(await first.locator("details p").getAttribute("lang")).toBe("en");
    // The flagged value is nowhere on the page; its cell says so and is reached from the list by keyboard.
    expect(await page.locator("main").innerText()).not.toContain("198609262015051001");
    await first.locator("a").focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => [document.activeElement?.id, document.activeElement?.textContent])).toEqual(["checker-cell-0", "•••"]);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("problem");
    expect(await page.locator("table.checker-file td.problem").count()).toBe(6);
    expect(await page.locator(".checker-download").isDisabled()).toBe(true);
    await page.close();
  });

  it("takes a file dropped on it", async () => {
    const page = await open("/periksa/");
    const content = await readFile(join(fixtures, "date-impossible.csv"), "utf8");
    const dropped = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], "date-impossible.csv", { type: "text/csv" }));
      return transfer;
    }, content);
    await page.locator("section.checker").evaluate((s: HTMLElement) => (s.dataset.state = "waiting"));
    await page.dispatchEvent("section.checker .drop", "drop", { dataTransfer: dropped });
    await page.waitForFunction(() => document.querySelector<HTMLElement>("section.checker")!.dataset.state === "done");
    expect(await page.locator(".checker-report").textContent()).toBe(await cliJson(join(fixtures, "date-impossible.csv")));
    await page.close();
  });

  it("speaks English on /en/periksa/, with the Indonesian message on demand", async () => {
    const page = await open("/en/periksa/");
    expect(await choose(page, join(fixtures, "enum-unknown.csv"))).toBe("done");
    expect(await text(page, ".checker-status")).toMatch(/^enum-unknown\.csv: \d+ errors?, \d+ warnings?\.$/);
    const first = page.locator(".checker-problem-list li").first();
    expect(await first.locator("details p").getAttribute("lang")).toBe("id");
    expect(await first.locator("summary").innerText()).toBe("In Bahasa Indonesia");
    await page.close();
  });

  it("fetches only the site's own files while checking, and sends no part of the file", async () => {
    const page = await open("/periksa/");
    const requests: { url: string; method: string; body: string | null }[] = [];
    page.on("request", (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
    page.on("websocket", (w) => requests.push({ url: w.url(), method: "WEBSOCKET", body: null }));
    const file = await readFile(join(fixtures, "valid-minimal.csv"), "utf8");
    await page.reload();
    expect(await choose(page, join(fixtures, "valid-minimal.csv"))).toBe("done");
    const paths = requests.map((r) => {
      const url = new URL(r.url);
      expect(url.origin, r.url).toBe(new URL(site.url).origin);
      expect([r.method, r.body]).toEqual(["GET", null]);
      expect(decodeURIComponent(r.url)).not.toContain("T-1");
      return url.pathname;
    });
    expect(paths).toContain("/data/checker/context.json");
    expect(paths.filter((p) => !/^\/(periksa\/|_astro\/[\w.-]+\.js|favicon\.svg|data\/checker\/context\.json)$/.test(p))).toEqual([]);
    expect(file).toContain("T-1");
    expect(await text(page, "[data-private]")).toContain("tidak pernah meninggalkan komputer ini");
    await page.close();
  });

  it("turns the template filled in Excel into the file ready to publish, the same file the CLI passes", async () => {
    const page = await open("/periksa/");
    const workbook = await filledTemplate();
    const name = "kasus kupang.xlsx";
    expect(await choose(page, { name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: workbook })).toBe("done");
    expect(await text(page, ".checker-status")).toBe("kasus kupang.xlsx: 0 kesalahan, 0 peringatan. Tidak ada kesalahan: berkas siap diterbitkan.");
    // The preview: the headline figures and the case's name as its page will show them.
    expect(await page.locator(".checker-figures dd").allInnerTexts()).toEqual(["1", "2", "1", "0", "0", "0"]);
    expect(await page.locator(".checker-titles li").allInnerTexts()).toEqual([
      "Dugaan: 2 ASN Dinas Pendidikan Kota Kupang berkampanye lewat media sosial atau grup percakapan di Kota Kupang · Pemilu 2024",
    ]);
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".checker-download").click()]);
    expect(download.suggestedFilename()).toBe("53.71-kota-kupang.csv");
    const published = await readFile((await download.path())!, "utf8");
    expect(published).toBe(
      "case_id,office,election,incident_date,incident_regency,reported_date,origin,asn_count,asn_position,asn_employer,asn_employer_regency,violation_type,description,status,referred_to,referred_date,outcome,outcome_detail,outcome_date,sources,updated,replaces\n" +
        "KPG-2024-07,53.71,pemilu-2024,2024-01-20,53.71,2024-01-22,finding,2,guru,Dinas Pendidikan Kota Kupang,53.71,social_media,Dua ASN membagikan ajakan memilih salah satu calon di grup percakapan,referred,KASN,2024-02-02,,,,\"https://media.example/berita/kpg-7 | Media Contoh, 3 Februari 2024\",2024-02-03,\n",
    );
    // The CLI finds in the download exactly what it finds in the workbook: nothing.
    const saved = join(work, "53.71-kota-kupang.csv");
    const book = join(work, name);
    await writeFile(saved, published);
    await writeFile(book, workbook);
    const named = (json: string, path: string) => json.split(JSON.stringify(path).slice(1, -1)).join("FILE");
    const fromDownload = named(await cliJson(saved), "53.71-kota-kupang.csv");
    expect(fromDownload).toBe(named(await cliJson(book), name));
    expect(JSON.parse(fromDownload).errors).toEqual([]);
    expect(await text(page, ".checker-result")).toContain("data/cases/");
    await page.close();
  });

  it("checks an office's file under another name as the new version of its published file, not as duplicates", async () => {
    const page = await open("/periksa/");
    const published = join(testData, "cases", "35.78-kota-surabaya.csv");
    const file = { name: "surabaya perbaikan.csv", mimeType: "text/csv", buffer: await readFile(published) };
    expect(await choose(page, file)).toBe("done");
    expect(await text(page, ".checker-status")).toBe("surabaya perbaikan.csv: 0 kesalahan, 0 peringatan. Tidak ada kesalahan: berkas siap diterbitkan.");
    expect(await text(page, ".checker-version")).toBe(
      "Diperiksa sebagai versi baru data/cases/35.78-kota-surabaya.csv yang sudah terbit: kasus di berkas itu tidak dihitung ganda, dan berkas unduhan memakai namanya.",
    );
    // What the CLI says of the file saved over the published one.
    expect(await page.locator(".checker-report").textContent()).toBe(await cliJson(published));
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator(".checker-download").click()]);
    expect(download.suggestedFilename()).toBe("35.78-kota-surabaya.csv");
    await page.close();
  });

  it("reads a workbook LibreOffice wrote and a CSV Excel saved in an Indonesian locale", async () => {
    const page = await open("/periksa/");
    expect(await choose(page, join(fixtures, "workbooks", "libreoffice-calc.xlsx"))).toBe("done");
    expect(await page.locator(".checker-report").textContent()).toBe(await cliJson(join(fixtures, "workbooks", "libreoffice-calc.xlsx")));
    expect(await text(page, ".checker-status")).toBe("libreoffice-calc.xlsx: 0 kesalahan, 0 peringatan. Tidak ada kesalahan: berkas siap diterbitkan.");
    expect(await page.locator("table.checker-file tr").nth(1).locator("td").nth(3).innerText()).toBe("2024-01-14"); // a date cell, read as a date
    expect(await page.locator(".checker-download").isEnabled()).toBe(true);
    expect(await text(page, ".checker-more")).toBe("Tidak ada masalah.");

    expect(await choose(page, join(fixtures, "workbooks", "excel-indonesian-locale.csv"))).toBe("done");
    expect(await text(page, ".checker-status")).toBe("excel-indonesian-locale.csv: 0 kesalahan, 1 peringatan. Tidak ada kesalahan: berkas siap diterbitkan.");
    expect(await page.locator(".checker-problem-list li a, .checker-problem-list li span").first().innerText()).toBe("berkas · encoding_windows1252");
    expect(await page.locator("table.checker-file tr").nth(1).locator("td").nth(12).innerText()).toContain("pemenangan – termasuk");
    await page.close();
  });

  it("tells what is wrong with a file that is no case file, and never goes blank", async () => {
    const page = await open("/periksa/");
    const cases: [Chosen, string][] = [
      [{ name: "laporan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n") }, "unreadable_workbook"],
      [{ name: "kasus.xls", mimeType: "application/vnd.ms-excel", buffer: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]) }, "unreadable_workbook"],
      [{ name: "kasus.xlsx", mimeType: "application/octet-stream", buffer: Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(200, 7)]) }, "unreadable_workbook"],
      [csv("foto.csv", Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from("IHDR")])), "binary_content"],
    ];
    for (const [file, code] of cases) {
      expect(await choose(page, file), file.name).toBe("done");
      expect(await text(page, ".checker-status")).toBe(`${file.name}: 1 kesalahan, 0 peringatan.`);
      expect(await page.locator(".checker-problem-list li").first().innerText()).toContain(code);
    }
    // From disk, as a person chooses it (a buffer would be copied into the browser first).
    const large = join(work, "besar.csv");
    await writeFile(large, Buffer.alloc(21 * 1024 * 1024, "a"));
    expect(await choose(page, large)).toBe("refused");
    expect(await text(page, ".checker-status")).toBe("Berkas lebih dari 20 MB, batas berkas kasus. Bagi menjadi beberapa berkas.");
    await page.close();
  });
});

describe("the checker page, read by everyone", () => {
  it.each([360, 1280])("shows a checked file with no axe-core violations at %i px", async (width) => {
    const page = await open("/periksa/", { bypassCSP: true, width });
    expect(await choose(page, join(fixtures, "personal-data.csv"))).toBe("done");
    await page.locator(".checker-problem-list details").first().evaluate((d: HTMLDetailsElement) => (d.open = true));
    await page.addScriptTag({ path: join(root, "node_modules/axe-core/axe.min.js") });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run();
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    // Nothing wider than the screen but the file's table, which scrolls in its own frame.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.close();
  });
});
