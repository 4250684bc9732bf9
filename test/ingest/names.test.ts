import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findByline, findPersonalName, type NameRule } from "../../src/ingest/names.ts";
import { loadRegions } from "../../src/node/load-regions.ts";
import { checkFixture, errorsOf, fixture } from "../helpers.ts";

const { places } = await loadRegions();

interface Entry {
  readonly expect: "name" | "clean" | "limit";
  readonly field: "description" | "outcome_detail" | "asn_position" | "asn_employer";
  readonly text: string;
  readonly publisher: string;
}

// Sentences modelled on real reports (publisher kept), every real person's name replaced by
// an invented one; "clean" ones hold no name but words that look like one. "limit" ones
// hold a name the guard cannot tell from other words (README: what it cannot catch).
const corpus: Entry[] = readFileSync(fixture("names-corpus.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as Entry);
const ruleOf = (e: Entry): NameRule => (e.field === "asn_position" || e.field === "asn_employer" ? "role" : "free");

describe("the name guard on sentences from real reports", () => {
  it("holds at least 200 sentences from many publishers, most of them with a name to catch", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(600);
    expect(corpus.filter((e) => e.expect === "name").length).toBeGreaterThanOrEqual(280);
    expect(corpus.filter((e) => e.expect === "clean").length).toBeGreaterThanOrEqual(340);
    expect(new Set(corpus.map((e) => e.publisher)).size).toBeGreaterThanOrEqual(100);
  });

  it("catches every invented name", () => {
    const missed = corpus.filter((e) => e.expect === "name" && !findPersonalName(e.text, ruleOf(e), places));
    expect(missed.map((e) => e.text)).toEqual([]);
  });

  it("raises no false positive", () => {
    const flagged = corpus.filter((e) => e.expect === "clean" && findPersonalName(e.text, ruleOf(e), places));
    expect(flagged.map((e) => e.text)).toEqual([]);
  });
});

describe("findPersonalName", () => {
  it.each([
    "ASN (Sdr. Rudi Hartanto) membagikan poster calon di grup WhatsApp.",
    "Laporan atas nama Yulia Rahmi diteruskan ke BKN.",
    "Bapak H. Ahmad Sutrisno, S.Pd. hadir dalam kampanye.",
    "Seorang ASN bernama Dewi Anggraini mengunggah ajakan memilih.",
    "Dua guru, yakni Hj Rofiqoh dan Nur Laili, membagikan kaos.",
    "Terlapor, Marzuki SSos MSi, hadir di deklarasi.",
    "Rekomendasi ditujukan a.n. Cut Nurul Aini, bidan PNS.",
    "Camat Cibeber, Maman Suparman, terbukti tidak netral.",
    "Kepala Dinas Pendidikan Provinsi Jawa Barat Iman Sulaeman menyebut pose itu simbol program.",
    "Dua camat yang tidak netral, yakni I Wayan Sudarsa dan Sukirno, diteruskan ke BKN.",
    "ASN berinisial Rudi Hartanto, kepala bidang, hadir.",
    "ASN inisial Rudi Hartanto Saputra memilih calon.",
    "Ibu Mardiyah, kepala sekolah, membagikan stiker paslon.",
    "dr. Yohanes Bata diperiksa Bawaslu.",
  ])("finds the name in %s", (text) => {
    expect(findPersonalName(text, "free", places)).toBe(true);
  });

  it.each([
    "ASN berinisial AB membagikan poster calon di grup WhatsApp.",
    "ASN berinisial Abd, guru SD negeri, hadir di kampanye.",
    "Seorang perawat RSUD Prof. Dr. W. Z. Johannes Kupang hadir di kampanye.",
    "Rapat digelar di Ibu Kota Nusantara, Kalimantan Timur.",
    "Laporan diterima di Kantor Bawaslu, Jalan Jenderal Sudirman, Kota Kupang.",
    "Pesan dikirim ke grup WhatsApp bernama Relawan Maju Bersama.",
    "Kepala Desa Aek Badak Jae dimintai keterangan oleh Bawaslu Tapanuli Selatan.",
    "Camat Kelapa Lima hadir di deklarasi paslon nomor urut 2.",
    "Bapak Bupati meminta ASN netral; ibu-ibu PKK hadir.",
    "Perkara diteruskan ke KASN sesuai UU Nomor 20 Tahun 2023 dan PP Nomor 94 Tahun 2021.",
    "Kampanye di Lapangan Andi Djemma pada H-3 pemungutan suara, Senin (12/2/2024).",
    "Seorang ASN kepala bidang pada salah satu dinas membagikan foto calon anggota legislatif.",
  ])("finds none in %s", (text) => {
    expect(findPersonalName(text, "free", places)).toBe(false);
  });

  it.each([
    ["Andi Saputra", true],
    ["Camat Sri Wahyuni", true],
    ["guru (Bapak Yohanes Lede)", true],
    ["Lim Siau Fong", true],
    ["Kepala Dinas Pendidikan, Drs. Heru Santosa, M.Pd.", true],
    ["kepala bidang", false],
    ["Camat Kelapa Lima", false],
    ["Kepala Seksi Kesejahteraan Sosial Kecamatan Kaduhejo", false],
    ["Pemerintah Kabupaten Kupang", false],
    ["RSUD Prof. Dr. W. Z. Johannes Kupang", false],
    ["SMP Negeri 2 Sleman", false],
    ["Dinas Kesehatan Kabupaten Pasuruan", false],
  ] as const)("in a role or employer field, judges %s as a name: %s", (text, expected) => {
    expect(findPersonalName(text, "role", places)).toBe(expected);
  });
});

// A second round of spellings from a hostile review (names invented): what pasted text
// holds between a title and a name, more announcing phrases and forms of address, a name
// that is also a word, a name set off after a kind of worker, an age in brackets, degrees
// as people type them; and roles and institutions that merely look like names.
describe("findPersonalName on a second round of spellings", () => {
  it.each([
    ...["\u00a0", "\u202f", "\t", "    ", "\n", "\r\n", "\u3000", "\u2009"].map((space) => `Sdr.${space}Darius Manafe hadir dalam kampanye.`),
    ...[": ", "/", "-", " “", " ("].map((mark) => `Sdr.${mark}Darius Manafe hadir.`),
    "ASN berinisial Wahyudin Saragih mengunggah dukungan.",
    "Oknum guru inisial Ratna Kusumawati hadir di kampanye.",
    "ASN berinisial DM (Darius Manafe) hadir di kampanye.",
    "Nama terlapor: Darius Manafe.",
    "Terlapor an. Darius Manafe hadir.",
    "Terlapor a/n Darius Manafe hadir.",
    "Terlapor atas nama: Darius Manafe.",
    "ASN bernama lengkap Darius Manafe hadir di kampanye.",
    "Darius Manafe alias Dar hadir di kampanye.",
    ...["Pdt.", "Romo", "Pastor", "Ust.", "Yth.", "Mr.", "Ns.", "Apt.", "drg.", "drh.", "Serda"].map((title) => `${title} Ratna Kusumawati hadir di kampanye.`),
    "Mama Ratna hadir di kampanye.",
    ...["Ibu Mei Lestari", "Sdr. Sabtu Harianja", "Bapak Tata Sutisna", "Bapak Karya Wijaya", "Ibu Wisma Dewi"].map((name) => `${name} hadir di kampanye.`),
    "Seorang guru, Darius Manafe, hadir di kampanye.",
    "Oknum ASN, Darius Manafe, hadir di kampanye.",
    "ASN tersebut, Darius Manafe, mengakui perbuatannya.",
    "Staf Dinas Sosial, Darius Manafe, hadir di kampanye.",
    "Seorang guru honorer Darius Manafe hadir di kampanye.",
    "Darius Manafe (45) hadir di kampanye.",
    "Darius Manafe (45), guru SD, hadir di kampanye.",
    "Darius Manafe, s.pd. hadir di kampanye.",
    "Darius Manafe, s.h., m.h. hadir di kampanye.",
    "Darius Manafe, S. Pd. hadir di kampanye.",
    "Darius Manafe, A.Ma.Pd. hadir di kampanye.",
    "Darius Manafe SE hadir di kampanye.",
    "DARIUS MANAFE, S.Pd. hadir di kampanye.",
  ])("finds the name in %j", (text) => {
    expect(findPersonalName(text, "free", places)).toBe(true);
  });

  it.each([
    "Sesuai Surat Edaran Bersama Menteri PANRB, Mendagri, Kepala BKN, KASN dan Ketua Bawaslu.",
    "Seorang guru Bahasa Inggris hadir di kampanye.",
    "Empat PNS Pemko Banjarbaru dilaporkan atas dugaan pelanggaran netralitas.",
    "Seorang PPPK Pemko Medan menjadi tim sukses salah satu pasangan calon.",
    "Ibu Kota Nusantara menjadi lokasi apel ASN.",
  ])("finds none in %j", (text) => {
    expect(findPersonalName(text, "free", places)).toBe(false);
  });

  it.each([
    ["Kepala Sekolah Yohanis Nope", true],
    ["Kepala Sekolah Dasar Negeri 1 Kupang", false],
    ...[
      "Guru Bahasa Inggris", "Guru Agama Kristen", "Guru Matematika SMPN 2 Kupang", "Guru Pendidikan Jasmani", "Guru Bimbingan Konseling",
      "Guru Kelas", "Guru Seni Budaya", "Guru Penggerak", "Ajudan Wali Kota", "Analis Kebijakan Ahli Muda",
      "Penata Kelola Sistem dan Teknologi Informasi", "Perawat Terampil", "Pranata Komputer Ahli Muda", "Kepala Ruangan", "Dokter Gigi",
      "Widyaiswara Ahli Madya", "Kepala Sub Bidang Perencanaan", "Juru Bicara", "Badan Riset dan Inovasi Daerah", "Dinas Kelautan dan Perikanan",
      "Kantor Imigrasi Kelas I Kupang", "UPT Pelayanan Sosial Lanjut Usia", "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana",
      "Kantor Pelayanan Pajak Pratama Kupang", "Dinas Pemadam Kebakaran dan Penyelamatan",
    ].map((text) => [text, false] as const),
  ] as const)("in a role or employer field, judges %j as a name: %s", (text, expected) => {
    expect(findPersonalName(text, "role", places)).toBe(expected);
  });

  it.each([
    ["Pos Kupang (Darius Manafe/ika), 3 Januari 2024", true],
    ["Pos Kupang, 3 Januari 2024, ditulis oleh Darius Manafe", true],
    ["Pos Kupang, 3 Januari 2024 (Darius Manafe)", true],
    ["Pos Kupang, Jelang Pencoblosan, Oknum ASN Ikut Kampanye, 3 Januari 2024", false],
    ["Victory News, Heboh Video Viral, ASN Diperiksa Bawaslu, 3 Januari 2024", false],
    ["Kompas, Bawaslu Temukan Pelanggaran, Begini Penjelasannya, 3 Januari 2024", false],
    ["Flores Pos, Edisi Cetak, 3 Januari 2024", false],
    ["Sergap Nusantara, 3 Januari 2024", false],
  ] as const)("judges the citation %j as naming its writer: %s", (citation, expected) => {
    expect(findByline(citation, places)).toBe(expected);
  });
});

describe("findByline", () => {
  it.each([
    ["Berita Bawaslu PPU bertemu KASN di Jakarta, Budi Santoso (abc/k10), Kamis 8 Februari 2024", true],
    ["Kompas.com, 3 Januari 2024, Penulis: Rina Marlina", true],
    ["Harian Kota, 2 Februari 2024, BUDI SANTOSO", true],
    ["Berita Bawaslu PPU bertemu KASN di Jakarta, Kamis 8 Februari 2024", false],
    ["Metronewsntt.com, 1 Februari 2024", false],
    ["ANTARA, 5 Januari 2024", false],
    ["JAWA POS, 5 Januari 2024", false],
    ["Kaltim Post, Budi Santoso, 8 Februari 2024", true],
    ["Tribun Kaltim, Rina A. Marlina, 8 Februari 2024", true],
    ["Kaltim Post, 8 Februari 2024", false],
    ["Suara Merdeka, Semarang, 3 Maret 2024", false],
    ["Pos Kupang, Kota Kupang, 3 Maret 2024", false],
    ["Victory News, Bawaslu Kota Kupang teruskan laporan ke KASN, 2 Februari 2024", false],
    // A publisher whose name reads like a person's is spelt by its own address's host.
    ["Fokus Pantura, Lagi – Kepala Dinas Diadukan ke Bawaslu, 5 Oktober 2024, https://fokuspantura.com/lagi", false],
    ["Fokus Pantura, Budi Santoso, 5 Oktober 2024, https://fokuspantura.com/lagi", true],
    ["Fokus Pantura, 5 Oktober 2024", true],
    // "Laporan" labels a byline with a colon or "wartawan", not a headline's first word.
    ["Bangkapos.com, Laporan Dugaan Ketidaknetralan ASN Tidak Terbukti, 7 Oktober 2024", false],
    ["Tribun Kaltim, 7 Oktober 2024, Laporan Wartawan Tribun, Budi Santoso", true],
    ["Tribun Kaltim, 7 Oktober 2024, Laporan: Budi Santoso", true],
  ] as const)("judges %s as naming its writer: %s", (citation, expected) => {
    expect(findByline(citation, places)).toBe(expected);
  });
});

describe("a citation's text", () => {
  it.each([
    ["Harian Kota, 3 Januari 2024, Keterangan Sdr. Rudi Hartanto kepada wartawan", true],
    ["Harian Kota, 3 Januari 2024, ASN bernama Dewi Anggraini dilaporkan", true],
    ["Harian Kota, 3 Januari 2024, Bawaslu Kota Kupang Teruskan Laporan Dugaan Pelanggaran ASN ke KASN", false],
    ["Pos Kupang, 1 Februari 2024, Bawaslu Kota Kupang Kaji Kehadiran Oknum ASN di Konser", false],
  ] as const)("judges %s as naming a person: %s", (citation, expected) => {
    expect(findPersonalName(citation, "citation", places)).toBe(expected);
  });
});

describe("the name guard in a case file", () => {
  it("reports each cell that names a person, by file, row and column, never the name", async () => {
    const result = await checkFixture("personal-names.csv");
    const file = fixture("personal-names.csv");
    expect(errorsOf(result)).toEqual([
      { file, row: 2, column: "description", code: "personal_data" },
      { file, row: 3, column: "asn_position", code: "personal_data" },
      { file, row: 4, column: "asn_employer", code: "personal_data" },
      { file, row: 5, column: "outcome_detail", code: "personal_data" },
      { file, row: 6, column: "sources", code: "personal_data" },
      { file, row: 7, column: "description", code: "personal_data" },
    ]);
    expect(result.problems.every((p) => p.detail === "nama orang / person's name")).toBe(true);
    const text = JSON.stringify(result.problems);
    for (const name of ["Rudi", "Hartanto", "Sri Wahyuni", "Lim Siau", "Yulia", "Rina Marlina", "Ahmad"]) expect(text).not.toContain(name);
  });
});
