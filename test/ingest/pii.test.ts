import { describe, expect, it } from "vitest";
import { findPersonalData, findPersonalDataInSource } from "../../src/ingest/pii.ts";
import { checkFixture, errorsOf, fixture } from "../helpers.ts";

describe("findPersonalData", () => {
  it.each([
    ["NIP 198609262015051001", "NIP"],
    ["19860926 201505 1 001", "NIP"],
    ["19860926.201505.1.001", "NIP"],
    ["NIK 5371012345670001", "NIK"],
    ["5371 0123 4567 0001", "NIK"],
    ["537101 234567 0001", "NIK"],
    ["+62 812-3456-7890", "phone"],
    ["+6281234567890", "phone"],
    ["(+62) 812 3456 7890", "phone"],
    ["0812 3456 7890", "phone"],
    ["081234567890", "phone"],
    ["62 812 3456 789", "phone"],
    ["budi.santoso@example.com", "email"],
    ["Hubungi ASN_01@pemkab.go.id segera", "email"],
  ])("finds personal data in %s", (text, kind) => {
    expect(findPersonalData(text)).toBe(kind);
  });

  it.each([
    "Rapat 2023-08-12 dan 2024-01-03 di kantor",
    "29/12/2023 - 03/01/2024",
    "Grup WhatsApp beranggota 16 orang dari 24 kecamatan",
    "Kode wilayah 53.71 dan 35.14",
    "Surat B/71/M.Sm.00.00/2017",
    "Rp1.000.000.000",
    "12345678901234567",
    "Pasal 454 ayat (5)",
  ])("finds none in %s", (text) => {
    expect(findPersonalData(text)).toBeNull();
  });

  it("finds an e-mail address inside a very long cell, and nothing in a long cell with a lone @", () => {
    // The fuzz test found an unbounded pattern taking seconds on such cells; bounded, it is linear.
    expect(findPersonalData(`${"x".repeat(100_000)} hubungi nama.asn@contoh.go.id ${"y".repeat(100_000)}`)).toBe("email");
    expect(findPersonalData(`${"x".repeat(100_000)}@${"y".repeat(100_000)}`)).toBeNull();
  });

  it("checks only the query and fragment of a web address", () => {
    const article = "https://example.org/berita/2024010412345678";
    expect(findPersonalDataInSource(article, new URL(article))).toBeNull();
    const leaky = "https://example.org/lapor?nik=5371012345670001";
    expect(findPersonalDataInSource(leaky, new URL(leaky))).toBe("NIK");
    // A stray "%" does not leave the rest of the query encoded.
    const stray = "https://x.id/a?diskon=100%&email=budi%40gmail.com";
    expect(findPersonalDataInSource(stray, new URL(stray))).toBe("email");
    expect(findPersonalDataInSource("Laporan warga, 0812-3456-7890", null)).toBe("phone");
  });
});

describe("the guard in a case file", () => {
  it("reports every cell holding personal data, by file, row and column", async () => {
    const result = await checkFixture("personal-data.csv");
    const file = fixture("personal-data.csv");
    expect(errorsOf(result)).toEqual([
      { file, row: 2, column: "description", code: "personal_data" },
      { file, row: 3, column: "asn_position", code: "personal_data" },
      { file, row: 4, column: "description", code: "personal_data" },
      { file, row: 5, column: "outcome_detail", code: "personal_data" },
      { file, row: 6, column: "asn_employer", code: "personal_data" },
      { file, row: 7, column: "sources", code: "personal_data" },
    ]);
    expect(result.problems.map((p) => p.detail)).toEqual([
      expect.stringContaining("NIP"),
      expect.stringContaining("NIP"),
      expect.stringContaining("NIK"),
      expect.stringContaining("phone"),
      expect.stringContaining("phone"),
      expect.stringContaining("e-mail"),
    ]);
  });

  it("never puts a flagged value into a problem", async () => {
    const result = await checkFixture("personal-data.csv");
    const text = JSON.stringify(result.problems);
    for (const value of ["198609262015051001", "19860926 201505 1 001", "5371012345670001", "3456", "budi.santoso"]) {
      expect(text).not.toContain(value);
    }
  });
});

describe("findPersonalData on the spellings people type", () => {
  const zw = "\u200b";
  it.each([
    ["19860926 2015 05 1 001", "NIP"], // 8-4-2-1-3
    ["19860926/201505/1/001", "NIP"],
    ["19860926  201505  1  001", "NIP"],
    ["1986 09 26 2015 05 1 001", "NIP"], // YYYY MM DD YYYY MM S NNN
    ["1986.09.26.2015.05.1.001", "NIP"],
    [`19860926${zw}201505${zw}1${zw}001`, "NIP"],
    ["19860926 201505 1001", "NIP"],
    ["1986 0926 2015 05 1 001", "NIP"],
    ["NIP: 19860926-201505-1-001", "NIP"],
    ["5371 01 23 05 90 0001", "NIK"],
    ["NIK: 5371.0123.4567.0001", "NIK"],
    ["HP 𝟎𝟖𝟏𝟐 𝟑𝟒𝟓𝟔 𝟕𝟖𝟗𝟎", "phone"],
    ["HP ⁰⁸¹²³⁴⁵⁶⁷⁸⁹⁰", "phone"],
    ["budi(et)gmail(titik)com", "email"],
    ["5371 01 230590 0001", "NIK"], // 4-2-6-4, by meaning
    ["5371 - 0123 - 4567 - 0001", "NIK"],
    ["537101–230590–0001", "NIK"],
    ["53 71 01 230590 0001", "NIK"],
    ["(0812) 3456 7890", "phone"],
    ["+62 (812) 3456 7890", "phone"],
    ["0812–3456–7890", "phone"],
    ["0812 — 3456 — 7890", "phone"],
    ["0812 34 56 78 90", "phone"],
    [`0${zw}8${zw}1${zw}2${zw}3${zw}4${zw}5${zw}6${zw}7${zw}8${zw}9${zw}0`, "phone"],
    ["０８１２ ３４５６ ７８９０", "phone"],
    ["[+62] 812.3456.7890", "phone"],
    ["nama [at] contoh.go.id", "email"],
    ["nama(at)contoh(dot)go(dot)id", "email"],
    ["nama @ contoh.go.id", "email"],
    ["nama＠contoh.co.id", "email"],
    ["nama at contoh dot go dot id", "email"],
    [`nama${zw}@${zw}contoh.com`, "email"],
    ["nama {at} contoh [dot] com", "email"],
    // A second round: other separators and scripts, pairs, a number dialled from abroad, addresses loosely spaced.
    ["NIP 19850312_201001_1_004", "NIP"],
    ["NIP 19850312,201001,1,004", "NIP"],
    ["NIP ١٩٨٥٠٣١٢ ٢٠١٠٠١ ١ ٠٠٤", "NIP"],
    ["NIP १९८५०३१२ २०१००१ १ ००४", "NIP"],
    ["NIK 53 71 04 12 03 85 00 04", "NIK"],
    ["Hubungi 0062 812 3456 7890", "phone"],
    ["darius.manafe[@]gmail.com", "email"],
    ["darius.manafe(@)gmail.com", "email"],
    ["darius.manafe (a) gmail.com", "email"],
    ["darius.manafe@ gmail . com", "email"],
    ["darius . manafe @ gmail . com", "email"],
    ["darius.manafe@gmail,com", "email"],
    ["darius.manafe at gmail titik com", "email"],
    ["darius.manafe di gmail titik com", "email"],
    ["kirim ke darius.manafe@gmail saja", "email"],
    ...["\u034F", "\uFE0F", "\u{E0020}", "\u3164", "\u2065", "\uFFF9", "\u{1D173}", "\u{1BCA0}", "\u115F", "\u17B4", "\uFFA0"].flatMap((x) => [
      [`Hubungi 0812${x}3456${x}7890.`, "phone"],
      [`darius.manafe${x}@gmail.com`, "email"],
    ]),
  ])("finds %j as %s", (text, kind) => {
    expect(findPersonalData(text)).toBe(kind);
  });

  it.each([
    "11/02/2024 - 01/03/2024",
    "12/02/2024 13/02/2024",
    "08/12/2023 14.00",
    "Rp 1.081.234.567.890",
    "Nomor 001/PP.01.02/K.NT-14/02/2024",
    "2023-12-08 08:15:00 dan 2024-01-03 09:00:00",
    "UU Nomor 7 Tahun 2017 dan PP 94/2021",
    "rapat at the office, then a dot on the map",
    "19/01/2024 20/02/2024 21/03/2024",
    "2024-01-02 2024-02-03",
    "1 Januari 2024 - 31 Desember 2024",
    "periode 2014-2019 2019-2024",
    "masa jabatan 2019-2024/2024-2029",
    "tanggal 20231229-20240103",
    "20231229 20240103",
    "Anggaran Rp 1.234.567,89 untuk 2.345 TPS.",
    "tahun 2019, 2020, 2021, 2022, 2023",
    "Pasal 280 ayat (2) huruf (a) dan (b) UU 7/2017",
    "Akun @bawaslu_ri, kemudian dibagikan ulang.",
    "berita di detik.com dan di kompas titik com",
    "TPS 01 02 03 04 05 06 07 08",
    "TPS 01 02 03 04 05 06 07 08 09",
  ])("finds none in %s", (text) => {
    expect(findPersonalData(text)).toBeNull();
  });

  it("reports each spelling in a case file at its cell, and a file of dates and money not at all", async () => {
    const result = await checkFixture("personal-data-spellings.csv");
    const file = fixture("personal-data-spellings.csv");
    expect(errorsOf(result)).toEqual(Array.from({ length: 14 }, (_, i) => ({ file, row: i + 2, column: "description", code: "personal_data" })));
    const text = JSON.stringify(result.problems);
    for (const value of ["19860926", "5371", "3456", "7890", "contoh"]) expect(text).not.toContain(value);
  });
});
