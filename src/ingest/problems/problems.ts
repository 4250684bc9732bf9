// A problem is data: where it is, what rule it breaks, and what would be right.
// Messages in both languages are rendered here from the code and its context, and
// nowhere else, so the CLI, the JSON output and the tests all see the same text.
// No message ever includes a cell's value: only its place, the rule and the fix.

import { compareText } from "../compare.ts";

export type Severity = "error" | "warning";

export interface Problem {
  readonly severity: Severity;
  readonly code: ProblemCode;
  /** The path of the file as it was found. */
  readonly file: string;
  /** Spreadsheet row: header = 1, first data row = 2; null for a file-level problem. */
  readonly row: number | null;
  /** Canonical key where the header was recognised, else the header as written; null when no single column is at fault. */
  readonly column: string | null;
  /** What would be right (a format, a list of allowed values, a field name). */
  readonly expected?: string;
  /** The closest valid value or key, when there is one. */
  readonly suggestion?: string;
  /** A safe detail that is not a cell value: another place, a count, a kind of personal data. */
  readonly detail?: string;
}

type Render = (p: Problem) => readonly [id: string, en: string];

const col = (p: Problem) => (p.column === null ? "" : ` "${p.column}"`);
const exp = (p: Problem, id: string, en: string) =>
  p.expected === undefined ? ["", ""] : [` ${id}: ${p.expected}.`, ` ${en}: ${p.expected}.`];
const sug = (p: Problem) =>
  p.suggestion === undefined ? ["", ""] : [` Mungkin maksudnya: ${p.suggestion}?`, ` Did you mean: ${p.suggestion}?`];

function withHints(p: Problem, id: string, en: string, expId = "Seharusnya", expEn = "Expected"): readonly [string, string] {
  const [eId, eEn] = exp(p, expId, expEn);
  const [sId, sEn] = sug(p);
  return [`${id}${eId}${sId}`, `${en}${eEn}${sEn}`];
}

const messages = {
  // Reading the file
  empty_file: () => [
    "Berkas kosong: tidak ada baris judul kolom. Isi baris pertama dengan judul kolom dari templat.",
    "The file is empty: there is no header row. Put the template's column headers on the first row.",
  ],
  binary_content: () => [
    "Berkas ini bukan teks CSV (berisi byte NUL atau data biner). Simpan ulang dari Excel sebagai \"CSV UTF-8\".",
    "This file is not CSV text (it holds NUL bytes or binary data). Save it again from Excel as \"CSV UTF-8\".",
  ],
  control_character: (p) => [
    `Sel${col(p)} berisi karakter kendali atau penanda arah teks yang tak terlihat (teks bisa tampil terbalik). Ketik ulang isinya atau salin sebagai teks biasa.`,
    `Cell${col(p)} holds an invisible control or text-direction character (text may show reversed). Retype it or paste it as plain text.`,
  ],
  encoding_windows1252: () => [
    "Berkas tidak berenkode UTF-8, jadi dibaca sebagai Windows-1252. Periksa huruf beraksen; sebaiknya simpan sebagai \"CSV UTF-8\".",
    "The file is not UTF-8, so it was read as Windows-1252. Check accented letters; better save it as \"CSV UTF-8\".",
  ],
  unterminated_quote: () => [
    "Tanda kutip (\") dibuka di baris ini tetapi tidak pernah ditutup, sehingga sisa berkas terbaca sebagai satu sel. Tutup tanda kutipnya.",
    "A quote (\") opens on this row and never closes, so the rest of the file reads as one cell. Close the quote.",
  ],
  malformed_quote: () => [
    "Sel bertanda kutip di baris ini diikuti teks setelah kutip penutup. Tanda kutip di dalam sel harus ditulis dua kali (\"\").",
    "A quoted cell on this row has text after its closing quote. A quote inside a cell must be doubled (\"\").",
  ],
  too_many_cells: (p) => [
    `Baris ini punya lebih banyak sel daripada judul kolom (${p.detail}). Mungkin ada pemisah (, atau ;) di dalam teks yang tidak diberi tanda kutip.`,
    `This row has more cells than there are headers (${p.detail}). A delimiter (, or ;) inside a text may be missing its quotes.`,
  ],
  too_few_cells: (p) => [
    `Baris ini punya lebih sedikit sel daripada judul kolom (${p.detail}); sel yang tidak ada dianggap kosong.`,
    `This row has fewer cells than there are headers (${p.detail}); the missing cells are read as blank.`,
  ],
  file_too_large: (p) => [
    `Berkas terlalu besar (${p.detail}; batasnya ${p.expected}). Satu berkas memuat kasus satu kantor: pecah berkas ini per kantor.`,
    `The file is too large (${p.detail}; the limit is ${p.expected}). A file holds one office's cases: split it by office.`,
  ],
  too_many_rows: (p) => [
    `Berkas memuat terlalu banyak baris (${p.detail}; batasnya ${p.expected}). Satu berkas memuat kasus satu kantor: pecah berkas ini per kantor.`,
    `The file has too many rows (${p.detail}; the limit is ${p.expected}). A file holds one office's cases: split it by office.`,
  ],
  cell_too_long: (p) => [
    `Sel${col(p)} terlalu panjang (${p.detail} karakter; batasnya ${p.expected}). Tulis ringkasan, bukan salinan dokumen.`,
    `Cell${col(p)} is too long (${p.detail} characters; the limit is ${p.expected}). Write a summary, not a copy of a document.`,
  ],
  // Headers
  header_row: (p) => [
    `Baris 1 harus berisi judul kolom dari templat, tetapi baris ini tampak berisi data atau judul tabel.${p.detail === undefined ? " Salin baris judul dari templat ke baris 1." : ` Judul kolom ada di baris ${p.detail}: hapus baris di atasnya.`}`,
    `Row 1 must hold the column headers from the template, but it looks like data or a title.${p.detail === undefined ? " Copy the template's header row to row 1." : ` The headers are on row ${p.detail}: delete the rows above it.`}`,
  ],
  unknown_header: (p) =>
    withHints(p, `Judul kolom${col(p)} tidak dikenal.`, `Unknown column header${col(p)}.`, "Judul yang dikenal", "Known headers"),
  duplicate_header: (p) => [
    `Kolom${col(p)} muncul dua kali (pertama di kolom ${p.detail}). Hapus salah satunya.`,
    `Column${col(p)} appears twice (first in column ${p.detail}). Remove one of them.`,
  ],
  blank_header: (p) => [
    `Kolom ke-${p.detail} tidak punya judul tetapi berisi data. Beri judul dari templat atau hapus kolomnya.`,
    `Column ${p.detail} has no header but holds data. Give it a header from the template or delete it.`,
  ],
  blank_header_unused: (p) => [
    `Kolom ke-${p.detail} tidak punya judul dan kosong; kolom ini diabaikan.`,
    `Column ${p.detail} has no header and is empty; it is ignored.`,
  ],
  personal_header: (p) => [
    `Kolom${col(p)} meminta data pribadi (nama, NIP, NIK, kontak). Data harus anonim: hapus kolom ini seluruhnya.`,
    `Column${col(p)} asks for personal data (a name, NIP, NIK or contact). Data must be anonymous: delete this column entirely.`,
  ],
  missing_column: (p) =>
    withHints(p, `Kolom wajib${col(p)} tidak ada.`, `Required column${col(p)} is missing.`, "Tambahkan judul", "Add the header"),
  // Values
  required_value: (p) =>
    withHints(p, `Kolom${col(p)} wajib diisi.`, `Column${col(p)} must not be blank.`),
  unknown_value: (p) => [
    `Kolom${col(p)} kosong. Biarkan kosong hanya jika sumber memang tidak menyebutkannya.`,
    `Column${col(p)} is blank. Leave it blank only when no source states it.`,
  ],
  invalid_date: (p) =>
    withHints(p, `Tanggal di kolom${col(p)} tidak dikenali.`, `The date in column${col(p)} is not recognised.`, "Gunakan", "Use"),
  impossible_date: (p) => [
    `Tanggal di kolom${col(p)} tidak ada di kalender (misalnya 31/02). Periksa hari dan bulannya.`,
    `The date in column${col(p)} does not exist (such as 31/02). Check its day and month.`,
  ],
  future_date: (p) => [
    `Tanggal di kolom${col(p)} ada di masa depan (setelah ${p.expected}).`,
    `The date in column${col(p)} is in the future (after ${p.expected}).`,
  ],
  date_too_early: (p) => [
    `Tanggal di kolom${col(p)} sebelum tahun 2000. Periksa tahunnya (empat angka).`,
    `The date in column${col(p)} is before 2000. Check its year (four digits).`,
  ],
  date_order: (p) => [
    `Tanggal di kolom${col(p)} lebih awal daripada ${p.detail}. Urutannya: kejadian ≤ laporan ≤ diteruskan ≤ hasil.`,
    `The date in column${col(p)} is earlier than ${p.detail}. The order is: incident ≤ reported ≤ referred ≤ outcome.`,
  ],
  updated_too_early: (p) => [
    `Tanggal diperbarui lebih awal daripada tanggal lain di baris ini (${p.detail}). Isi dengan tanggal terakhir baris ini diubah.`,
    `The updated date is earlier than another date on this row (${p.detail}). Put the date this row was last changed.`,
  ],
  invalid_value: (p) =>
    withHints(p, `Nilai di kolom${col(p)} tidak dikenal.`, `The value in column${col(p)} is not one of the allowed values.`, "Pilihan", "Allowed"),
  invalid_number: (p) => [
    `Kolom${col(p)} harus berisi bilangan bulat 0 atau lebih, ditulis dengan angka (misalnya 2), atau dikosongkan bila tidak diketahui.`,
    `Column${col(p)} must hold a whole number of 0 or more in digits (such as 2), or be blank when unknown.`,
  ],
  unknown_region: (p) =>
    withHints(
      p,
      `Wilayah di kolom${col(p)} tidak dikenal. Tulis kode Kemendagri (misalnya 53.71) atau nama resminya.`,
      `The region in column${col(p)} is unknown. Write its Kemendagri code (such as 53.71) or its official name.`,
    ),
  ambiguous_region: (p) => [
    `Nama wilayah di kolom${col(p)} cocok dengan lebih dari satu wilayah: ${p.expected}. Tulis kodenya atau nama lengkap dengan "Kabupaten"/"Kota".`,
    `The region name in column${col(p)} matches more than one region: ${p.expected}. Write its code or its full name with "Kabupaten"/"Kota".`,
  ],
  not_a_regency: (p) => [
    `Kolom${col(p)} harus berisi kabupaten/kota, bukan provinsi.`,
    `Column${col(p)} must name a regency or city, not a province.`,
  ],
  unknown_election: (p) =>
    withHints(
      p,
      `Pemilihan di kolom${col(p)} tidak ada di data/elections.csv.`,
      `The election in column${col(p)} is not in data/elections.csv.`,
      "Pilihan",
      "Allowed",
    ),
  invalid_source: (p) => [
    `Sumber ke-${p.detail} di kolom${col(p)} tampak seperti alamat web tetapi tidak sah. Tulis alamat lengkap yang diawali https:// atau kutipan teks (media, tanggal).`,
    `Source ${p.detail} in column${col(p)} looks like a web address but is not valid. Write a full address starting with https:// or a text citation (outlet, date).`,
  ],
  unsafe_source: (p) => [
    `Sumber ke-${p.detail} di kolom${col(p)} memakai skema alamat yang tidak diizinkan. Hanya http:// dan https://, atau kutipan teks.`,
    `Source ${p.detail} in column${col(p)} uses an address scheme that is not allowed. Only http:// and https://, or a text citation.`,
  ],
  empty_source: (p) => [
    `Kolom${col(p)} berisi sumber kosong di antara pemisah " | ". Hapus pemisah yang berlebih.`,
    `Column${col(p)} holds an empty source between " | " separators. Remove the extra separator.`,
  ],
  personal_data: (p) => [
    `Kolom${col(p)} tampak berisi data pribadi (${p.detail}). Data harus anonim: hapus nilainya. Nilai tersebut tidak ditampilkan di sini.`,
    `Column${col(p)} appears to hold personal data (${p.detail}). Data must be anonymous: remove it. The value is not shown here.`,
  ],
  // Rules across fields and files
  status_needs_referral: (p) => [
    `Status "${p.detail}" berarti perkara sudah diteruskan, jadi kolom "referred_to" (diteruskan_ke) wajib diisi.`,
    `Status "${p.detail}" means the case was referred, so column "referred_to" must be filled.`,
  ],
  status_outcome: (p) =>
    withHints(
      p,
      `Hasil tidak sesuai dengan status "${p.detail}".`,
      `The outcome does not fit status "${p.detail}".`,
      "Untuk status ini hasil harus",
      "For this status the outcome must be",
    ),
  outcome_needs_detail: () => [
    `Hasil "other" (lainnya) perlu dijelaskan di kolom "outcome_detail" (keterangan_hasil).`,
    `Outcome "other" needs an explanation in column "outcome_detail".`,
  ],
  example_row: () => [
    "Ini baris contoh dari templat (id_kasus diawali CONTOH). Hapus baris ini sebelum menerbitkan.",
    "This is the template's example row (its case_id starts with CONTOH). Delete it before publishing.",
  ],
  duplicate_case: (p) => [
    `Kombinasi kantor dan id_kasus ini sudah dipakai di ${p.detail}. Setiap kasus harus punya id_kasus unik per kantor.`,
    `This office and case_id pair is already used at ${p.detail}. Each case needs a case_id unique within its office.`,
  ],
  unknown_replaced_case: () => [
    "Kolom menggantikan harus berisi id_kasus dari kasus yang dihimpun redaksi untuk kantor yang sama (data/compiled/cases/), tetapi kasus itu tidak ada. Salin id_kasus dari halaman kasus himpunan itu, atau kosongkan kolom ini.",
    "The replaces column must hold the case_id of a case the editors compiled for the same office (data/compiled/cases/), but there is no such case. Copy the case_id from that compiled case's page, or leave the column blank.",
  ],
  duplicate_replaces: (p) => [
    `Kasus himpunan yang disebut di kolom menggantikan sudah digantikan oleh baris ${p.detail}. Satu kasus himpunan hanya dapat digantikan oleh satu kasus kantor.`,
    `The compiled case named in the replaces column is already replaced by the row at ${p.detail}. One compiled case can be replaced by one office case only.`,
  ],
  unreadable_workbook: () => [
    "Berkas ini tidak dapat dibaca sebagai buku kerja Excel (.xlsx): mungkin PDF, berkas .xls lama, berkas berkata sandi, atau rusak. Simpan ulang dari Excel sebagai \"Buku Kerja Excel (.xlsx)\" tanpa kata sandi, atau sebagai CSV UTF-8.",
    "This file cannot be read as an Excel workbook (.xlsx): it may be a PDF, an old .xls file, password-protected or broken. Save it again from Excel as \"Excel Workbook (.xlsx)\" without a password, or as CSV UTF-8.",
  ],
  workbook_sheets: (p) => [
    `Buku kerja ini punya beberapa lembar (dibaca: lembar ${p.detail}); tidak ada lembar bernama Kasus, jadi hanya lembar pertama yang dibaca. Namai lembar data kasus "Kasus", atau hapus lembar lain.`,
    `This workbook has several sheets (read: sheet ${p.detail}); none is named Kasus, so only the first one is read. Name the case data's sheet "Kasus", or delete the others.`,
  ],
  compiled_needs_link: () => [
    "Kasus yang dihimpun redaksi harus punya sedikitnya satu sumber dengan alamat web (http:// atau https://), agar pembaca dapat memeriksanya. Tambahkan alamat laporan itu di akhir kutipannya.",
    "A case the editors compiled needs at least one source with a web address (http:// or https://), so that readers can check it. Add the report's address at the end of its citation.",
  ],
  replaces_in_compiled: () => [
    "Kolom menggantikan hanya dipakai di berkas kantor (data/cases/), bukan di kasus himpunan redaksi. Kosongkan kolom ini.",
    "The replaces column belongs in an office's file (data/cases/), not in a compiled case. Leave it blank.",
  ],
  duplicate_slug: (p) => [
    `id_kasus ini berbeda dengan id_kasus di ${p.detail} hanya pada huruf besar-kecil, spasi, atau tanda baca, sehingga keduanya akan mendapat alamat halaman yang sama. Bedakan id-nya dengan huruf atau angka.`,
    `This case_id differs from the one at ${p.detail} only in capitals, spaces or punctuation, so both would get the same page address. Make the ids differ in a letter or digit.`,
  ],
  duplicate_election: (p) => [
    `Id pemilihan ini sudah dipakai di ${p.detail}.`,
    `This election id is already used at ${p.detail}.`,
  ],
  unknown_case: () => [
    "Tahapan ini merujuk ke kasus (kantor, id_kasus) yang tidak ada di data/cases/.",
    "This step refers to a case (office, case_id) that is not in data/cases/.",
  ],
  office_filename_mismatch: (p) => [
    `Kantor di baris ini bukan kantor yang dinyatakan nama berkas (${p.expected}). Pindahkan baris ke berkas kantornya atau ganti nama berkas.`,
    `The office on this row is not the one the file name states (${p.expected}). Move the row to its office's file or rename the file.`,
  ],
  duplicate_deadline: (p) => [
    `Batas waktu untuk jenis pemilihan, asal perkara, tahap, dan batas yang sama sudah ada di ${p.detail}. Satu batas per baris.`,
    `A deadline for the same election kind, origin, steps and limit is already at ${p.detail}. One limit per row.`,
  ],
  deadline_steps: () => [
    `Tahap "to_step" (sampai) harus sesudah tahap "from_step" (dari): kejadian, lalu registrasi, lalu keputusan.`,
    `Step "to_step" must come after "from_step": incident, then registration, then decision.`,
  ],
  duplicate_holiday: (p) => [
    `Tanggal libur ini sudah ada di ${p.detail}.`,
    `This holiday's date is already at ${p.detail}.`,
  ],
  missing_file: (p) => [
    `Berkas wajib tidak ditemukan. Seharusnya: ${p.expected}.`,
    `A required file is missing. Expected: ${p.expected}.`,
  ],
} satisfies Record<string, Render>;

export type ProblemCode = keyof typeof messages;

export const problemCodes = Object.keys(messages) as ProblemCode[];

/** The codes that are only ever warnings: the data is still published. */
export const warningCodes: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  "workbook_sheets",
  "encoding_windows1252",
  "too_few_cells",
  "blank_header_unused",
  "unknown_value",
  "updated_too_early",
  "empty_source",
  "outcome_needs_detail",
  "office_filename_mismatch",
]);

export function renderMessage(problem: Problem): { readonly id: string; readonly en: string } {
  const [id, en] = messages[problem.code](problem);
  return { id, en };
}

/** Collects problems in the order they are found; sorting happens once, at the end. */
export class Problems {
  readonly list: Problem[] = [];
  /** How many errors so far: compare before and after a step to see whether it failed. */
  errors = 0;

  add(problem: Problem): void {
    this.list.push(problem);
    if (problem.severity === "error") this.errors++;
  }

  error(code: ProblemCode, file: string, row: number | null, column: string | null, extra?: Extras): void {
    this.add({ severity: "error", code, file, row, column, ...extra });
  }

  warning(code: ProblemCode, file: string, row: number | null, column: string | null, extra?: Extras): void {
    this.add({ severity: "warning", code, file, row, column, ...extra });
  }

}

type Extras = Pick<Problem, "expected" | "suggestion" | "detail">;

/** A stable order: by file, then row (file-level first), then column, then code. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      compareText(a.column ?? "", b.column ?? "") ||
      compareText(a.code, b.code) ||
      compareText(a.detail ?? "", b.detail ?? ""),
  );
}

