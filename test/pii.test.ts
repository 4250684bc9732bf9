import { describe, expect, it } from "vitest";
import { findPersonalData, findPersonalDataInSource } from "../src/lib/pii.ts";
import { checkFixture, errorsOf, fixture } from "./helpers.ts";

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
