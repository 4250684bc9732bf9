// The guide for office staff: for every problem code, an example of what causes it and
// how to fix it, in both languages. A test checks that every code has its entry.

import type { ProblemCode } from "./problems.ts";

export interface GuideEntry {
  /** What the file held. */
  readonly example: { readonly id: string; readonly en: string };
  /** What to do. */
  readonly fix: { readonly id: string; readonly en: string };
}

const e = (exampleId: string, exampleEn: string, fixId: string, fixEn: string): GuideEntry => ({
  example: { id: exampleId, en: exampleEn },
  fix: { id: fixId, en: fixEn },
});

export const guide: Record<ProblemCode, GuideEntry> = {
  empty_file: e("Berkas 0 byte, atau hanya baris kosong.", "A 0-byte file, or only blank lines.", "Salin baris judul dari templat ke baris 1.", "Copy the template's header row to row 1."),
  binary_content: e("Berkas .xlsx yang diganti namanya menjadi .csv.", "An .xlsx file renamed to .csv.", "Buka di Excel, lalu Simpan Sebagai > CSV UTF-8.", "Open it in Excel, then Save As > CSV UTF-8."),
  control_character: e("Teks yang ditempel dari PDF membawa karakter tak terlihat, atau penanda arah yang membalik teks.", "Text pasted from a PDF brought an invisible character, or a direction mark that shows text reversed.", "Ketik ulang isi sel itu.", "Retype that cell."),
  encoding_windows1252: e("Disimpan sebagai \"CSV (pemisah koma)\" biasa.", "Saved as plain \"CSV (comma delimited)\".", "Simpan sebagai \"CSV UTF-8\" dan periksa huruf beraksen.", "Save as \"CSV UTF-8\" and check accented letters."),
  unterminated_quote: e("Uraian: \"Rapat di aula", "Description: \"Meeting in the hall", "Tutup tanda kutip, atau hapus yang pembuka.", "Close the quote, or remove the opening one."),
  malformed_quote: e("\"Rapat\" pleno dalam satu sel yang dikutip.", "\"Meeting\" plenary inside one quoted cell.", "Tulis tanda kutip di dalam sel dua kali: \"\"Rapat\"\" pleno.", "Double quotes inside a cell: \"\"Meeting\"\" plenary."),
  too_many_cells: e("Uraian berisi koma tanpa tanda kutip: Rapat, pleno", "A description with a comma and no quotes: Meeting, plenary", "Biarkan Excel menyimpan berkasnya (ia menambah tanda kutip), atau kutip sel itu.", "Let Excel save the file (it adds the quotes), or quote that cell."),
  too_few_cells: e("Baris yang berhenti sebelum kolom terakhir.", "A row that stops before the last column.", "Periksa bahwa isi setiap kolom tidak bergeser.", "Check that no column's content has shifted."),
  file_too_large: e("Satu berkas 25 MB berisi kasus seluruh provinsi.", "One 25 MB file holding a whole province's cases.", "Pecah per kantor: satu berkas <kode>-<nama>.csv per kantor.", "Split it by office: one <code>-<name>.csv file per office."),
  too_many_rows: e("Ekspor 50.000 baris dari sistem lain.", "An export of 50,000 rows from another system.", "Pecah per kantor, dan hapus baris yang bukan kasus.", "Split it by office, and remove rows that are not cases."),
  cell_too_long: e("Isi putusan lengkap ditempel ke kolom uraian.", "A whole decision pasted into the description.", "Tulis ringkasan beberapa kalimat; tautkan dokumennya di sumber.", "Write a summary of a few sentences; link the document in sources."),
  header_row: e("Baris 1 berisi judul \"Data Kasus Bawaslu 2024\", atau langsung data kasus pertama.", "Row 1 holds a title \"Case data Bawaslu 2024\", or the first case itself.", "Hapus baris di atas judul kolom, atau salin baris judul dari templat ke baris 1.", "Delete the rows above the headers, or copy the template's header row to row 1."),
  unknown_header: e("incdent_date, atau Tgl Kejadian", "incdent_date, or Tgl Kejadian", "Pakai judul dari templat (tanggal_kejadian atau incident_date).", "Use the template's header (tanggal_kejadian or incident_date)."),
  duplicate_header: e("id_kasus dan Case ID di berkas yang sama.", "Both id_kasus and Case ID in one file.", "Hapus salah satu kolom.", "Delete one of the columns."),
  blank_header: e("Kolom tanpa judul berisi catatan.", "A column without a header holding notes.", "Beri judul dari templat, atau pindahkan catatan ke kolom uraian.", "Give it a template header, or move the notes to the description."),
  blank_header_unused: e("Kolom kosong tanpa judul di kanan tabel.", "An empty column without a header right of the table.", "Tidak perlu tindakan; boleh dihapus.", "Nothing to do; you may delete it."),
  personal_header: e("Kolom nama_asn atau NIP.", "A nama_asn or NIP column.", "Hapus seluruh kolom: data harus anonim.", "Delete the whole column: the data must be anonymous."),
  missing_column: e("Tidak ada kolom status.", "No status column.", "Tambahkan kolomnya dengan judul dari templat.", "Add the column with the template's header."),
  required_value: e("Sel sumber kosong.", "A blank sources cell.", "Isi dengan tautan berita atau kutipan (media, tanggal).", "Fill in a news link or a citation (outlet, date)."),
  unknown_value: e("Tanggal laporan kosong.", "A blank reported date.", "Isi bila ada sumber yang menyebutkannya; bila tidak, biarkan kosong.", "Fill it in when a source states it; otherwise leave it blank."),
  invalid_date: e("kemarin, atau 29-12-23", "yesterday, or 29-12-23", "Tulis 29/12/2023, 2023-12-29, 29 Desember 2023, atau 2023-12 bila hanya bulannya.", "Write 29/12/2023, 2023-12-29, 29 Desember 2023, or 2023-12 when only the month is known."),
  impossible_date: e("31/02/2024", "31/02/2024", "Periksa hari dan bulan (Februari punya 28 atau 29 hari).", "Check the day and month (February has 28 or 29 days)."),
  future_date: e("Tahun 2042 salah ketik untuk 2024.", "2042 mistyped for 2024.", "Perbaiki tanggalnya.", "Correct the date."),
  date_too_early: e("01/02/24 dibaca sebagai tahun 0024.", "01/02/24 read as the year 0024.", "Tulis tahun dengan empat angka.", "Write the year with four digits."),
  date_order: e("Tanggal laporan sebelum tanggal kejadian.", "A reported date before the incident date.", "Urutannya: kejadian, laporan, diteruskan, hasil. Periksa tanggal mana yang salah.", "The order is incident, report, referral, outcome. Check which date is wrong."),
  updated_too_early: e("Diperbarui 01/01/2024, tetapi hasil 21/08/2024.", "Updated 01/01/2024 but outcome 21/08/2024.", "Isi diperbarui dengan tanggal terakhir baris ini diubah.", "Put the date the row was last changed in updated."),
  invalid_value: e("Status: selesai", "Status: finished", "Pilih dari daftar (sedang ditangani, dihentikan, diteruskan, rekomendasi terbit, sanksi dijatuhkan).", "Pick from the list (in review, dismissed, referred, recommendation issued, sanctioned)."),
  invalid_number: e("Jumlah ASN: dua", "ASN count: dua (two)", "Tulis angkanya: 2, atau kosongkan bila tidak diketahui.", "Write the digit: 2, or leave it blank when unknown."),
  unknown_region: e("Kota Kupangg", "Kota Kupangg", "Tulis nama resminya (Kota Kupang) atau kodenya (53.71).", "Write the official name (Kota Kupang) or its code (53.71)."),
  ambiguous_region: e("Pasuruan", "Pasuruan", "Tulis Kabupaten Pasuruan atau Kota Pasuruan, atau kodenya (35.14 / 35.75).", "Write Kabupaten Pasuruan or Kota Pasuruan, or the code (35.14 / 35.75)."),
  not_a_regency: e("Wilayah kejadian: Nusa Tenggara Timur", "Incident regency: Nusa Tenggara Timur", "Tulis kabupaten/kota tempat kejadian.", "Write the regency or city where it happened."),
  unknown_election: e("Pemilu 2029 yang belum ada di data/elections.csv.", "Pemilu 2029, not yet in data/elections.csv.", "Pakai Pemilu 2024 atau Pilkada 2024, atau minta pemilihan baru ditambahkan.", "Use Pemilu 2024 or Pilkada 2024, or ask for the new election to be added."),
  invalid_source: e("https://", "https://", "Salin alamat lengkap beritanya dari peramban.", "Copy the article's full address from the browser."),
  unsafe_source: e("javascript:alert(1), atau file:///C:/laporan.pdf", "javascript:alert(1), or file:///C:/report.pdf", "Pakai alamat https:// yang publik, atau kutipan teks (media, tanggal).", "Use a public https:// address, or a text citation (outlet, date)."),
  empty_source: e("https://media.example/a |  | Kompas", "https://media.example/a |  | Kompas", "Hapus pemisah | yang berlebih.", "Remove the extra | separator."),
  personal_data: e("Uraian: ASN (Sdr. Rudi Hartanto) dengan NIP 19860926 201505 1 001", "Description: an ASN (Sdr. Rudi Hartanto) with NIP 19860926 201505 1 001", "Hapus nama, NIP, NIK, nomor telepon, atau e-mail; tulis jabatan umum atau inisial (ASN berinisial RH).", "Remove the name, NIP, NIK, phone number or e-mail; write a general role or initials (an ASN with the initials RH)."),
  status_needs_referral: e("Status diteruskan, diteruskan ke kosong.", "Status referred, referred to blank.", "Isi diteruskan ke (KASN, BKN, PPK, lainnya).", "Fill in referred to (KASN, BKN, PPK, other)."),
  status_outcome: e("Status sanksi dijatuhkan, hasil tidak terbukti.", "Status sanctioned, outcome not proven.", "Samakan status dan hasil: sanksi memerlukan hasil berupa sanksi; dihentikan memerlukan tidak terbukti atau tidak ada.", "Make status and outcome agree: sanctioned needs a sanction; dismissed needs not proven or none."),
  outcome_needs_detail: e("Hasil lainnya tanpa keterangan.", "Outcome other with no detail.", "Tulis keterangan hasil (misalnya peringatan keras; penundaan jabatan 1 tahun).", "Write the outcome detail (such as a strong warning; promotion postponed 1 year)."),
  example_row: e("id_kasus CONTOH-1 dari templat.", "case_id CONTOH-1 from the template.", "Ganti baris contoh dengan kasus nyata atau hapus.", "Replace the example row with a real case, or delete it."),
  duplicate_slug: e("KPG 07/B dan kpg-07-b untuk kantor yang sama.", "KPG 07/B and kpg-07-b for the same office.", "Beri id yang berbeda huruf atau angkanya, misalnya KPG-07-B dan KPG-07-C.", "Give ids that differ in a letter or digit, such as KPG-07-B and KPG-07-C."),
  duplicate_case: e("Dua baris id_kasus KPG-01 untuk kantor yang sama.", "Two rows with case_id KPG-01 for the same office.", "Satu kasus satu baris: gabungkan atau beri id berbeda.", "One case, one row: merge them or give them different ids."),
  unknown_replaced_case: e("menggantikan = kpg-99 padahal tidak ada kasus himpunan kpg-99 untuk kantor itu.", "replaces = kpg-99 though no compiled case kpg-99 of that office exists.", "Salin id_kasus dari halaman kasus himpunan, atau kosongkan kolomnya.", "Copy the case_id from the compiled case's page, or leave the column blank."),
  duplicate_replaces: e("Dua kasus kantor sama-sama menggantikan kpg-pemilu2024-1.", "Two office cases both replace kpg-pemilu2024-1.", "Biarkan satu baris saja yang menggantikan; kosongkan yang lain.", "Let one row replace it; leave the other blank."),
  unreadable_workbook: e("Sebuah PDF atau berkas .xls lama yang dinamai ulang .xlsx.", "A PDF or an old .xls file renamed .xlsx.", "Simpan ulang dari Excel sebagai Buku Kerja Excel (.xlsx) atau CSV UTF-8.", "Save it again from Excel as Excel Workbook (.xlsx) or CSV UTF-8."),
  workbook_sheets: e("Buku kerja dengan lembar Kasus dan lembar Catatan.", "A workbook with a Cases sheet and a Notes sheet.", "Namai lembar data kasus Kasus, seperti di templat; lembar lain diabaikan.", "Name the case data's sheet Kasus, as in the template; the others are ignored."),
  compiled_needs_link: e("Sumber hanya \"Antara, 4 Januari 2024\" tanpa alamat.", "The only source is \"Antara, 4 Januari 2024\" with no address.", "Tambahkan alamat laporan: Antara, 4 Januari 2024, https://...", "Add the report's address: Antara, 4 Januari 2024, https://..."),
  replaces_in_compiled: e("Kolom menggantikan terisi di data/compiled/cases/.", "The replaces column filled in in data/compiled/cases/.", "Kosongkan kolomnya: hanya kantor yang menggantikan kasus himpunan.", "Leave it blank: only an office replaces a compiled case."),
  duplicate_election: e("pemilu-2024 dua kali di elections.csv.", "pemilu-2024 twice in elections.csv.", "Hapus baris yang berlebih.", "Delete the extra row."),
  unknown_case: e("Tahapan untuk KPG-09 yang tidak ada di berkas kasus.", "A step for KPG-09, which no case file holds.", "Tambahkan kasusnya, atau perbaiki id_kasus tahapan itu.", "Add the case, or correct the step's case_id."),
  office_filename_mismatch: e("Baris kantor 64.09 di berkas 53.71-kota-kupang.csv.", "A row of office 64.09 in 53.71-kota-kupang.csv.", "Pindahkan baris ke berkas kantornya.", "Move the row to its own office's file."),
  duplicate_deadline: e("Dua baris pemilu, laporan, registrasi sampai keputusan, batas dasar.", "Two rows for pemilu, report, registration to decision, basic limit.", "Hapus baris yang berlebih; batas perpanjangan ditulis dengan batas = perpanjangan.", "Delete the extra row; an extended limit is written with limit = extended."),
  deadline_steps: e("dari = keputusan, sampai = kejadian.", "from = decision, to = incident.", "Tukar kedua tahap.", "Swap the two steps."),
  duplicate_holiday: e("17 Agustus 2024 dua kali di holidays.csv.", "17 August 2024 twice in holidays.csv.", "Hapus baris yang berlebih.", "Delete the extra row."),
  missing_file: e("data/elections.csv terhapus.", "data/elections.csv was deleted.", "Pulihkan berkasnya dari repositori.", "Restore the file from the repository."),
};
