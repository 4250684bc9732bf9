// data/cases/*.csv: one row per case, as offices commit them (the contract in the README).

import { outcomes, referralBodies, statuses, violationTypes, origins } from "./enums.ts";
import { t, type Field, type Table } from "./types.ts";

export const caseTable: Table = {
  name: "cases",
  fields: [
    {
      key: "case_id",
      names: "role",
      alias: "id_kasus",
      aliases: ["nomor_kasus", "no_kasus", "nomor_register"],
      presence: "required",
      kind: "id",
      label: t("ID kasus", "Case ID"),
      description: t(
        "Nomor atau kode kasus milik kantor; unik di kantor itu.",
        "The office's own id for the case; unique within that office.",
      ),
      example: "KPG-2024-01",
    },
    {
      key: "office",
      alias: "kantor",
      aliases: ["bawaslu"],
      presence: "required",
      kind: "office",
      label: t("Kantor Bawaslu", "Bawaslu office"),
      description: t(
        "Kantor Bawaslu yang menangani: kode atau nama kabupaten/kota atau provinsi.",
        "The Bawaslu office that handled it: the code or name of a regency or province.",
      ),
      example: "53.71",
    },
    {
      key: "election",
      alias: "pemilihan",
      presence: "required",
      kind: "election",
      label: t("Pemilihan", "Election"),
      description: t(
        "Id atau nama pemilihan dari data/elections.csv.",
        "An election id or name from data/elections.csv.",
      ),
      example: "Pemilu 2024",
    },
    {
      key: "incident_date",
      alias: "tanggal_kejadian",
      presence: "recommended",
      kind: "date",
      label: t("Tanggal kejadian", "Incident date"),
      description: t(
        "Kapan pelanggaran terjadi. Kosongkan hanya bila sumber tidak menyebutkannya.",
        "When it happened. Leave blank only when no source states it.",
      ),
      example: "29/12/2023",
    },
    {
      key: "incident_regency",
      alias: "wilayah_kejadian",
      presence: "optional",
      kind: "region",
      label: t("Wilayah kejadian", "Incident regency"),
      description: t(
        "Kabupaten/kota tempat kejadian; kosong berarti wilayah kantor.",
        "The regency where it happened; blank means the office's own regency.",
      ),
      example: "Kota Kupang",
    },
    {
      key: "reported_date",
      alias: "tanggal_laporan",
      presence: "recommended",
      kind: "date",
      label: t("Tanggal laporan/temuan", "Reported date"),
      description: t(
        "Kapan laporan atau temuan dicatat. Kosongkan hanya bila sumber tidak menyebutkannya.",
        "When the report or finding was registered. Leave blank only when no source states it.",
      ),
      example: "02/01/2024",
    },
    {
      key: "origin",
      alias: "asal_perkara",
      presence: "required",
      kind: "enum",
      values: origins,
      label: t("Asal perkara", "Origin"),
      description: t(
        "Laporan masyarakat, temuan pengawas, atau informasi awal yang masih dikaji.",
        "A report from the public, a finding by supervisors, or initial information still being assessed.",
      ),
      example: "laporan",
    },
    {
      key: "asn_count",
      alias: "jumlah_asn",
      presence: "optional",
      kind: "count",
      label: t("Jumlah ASN", "ASN involved"),
      description: t("Jumlah ASN yang terlibat; kosong bila tidak diketahui.", "Number of ASN involved; blank when unknown."),
      example: "1",
    },
    {
      key: "asn_position",
      names: "role",
      alias: "jabatan_asn",
      presence: "optional",
      kind: "text",
      label: t("Jabatan ASN", "ASN position"),
      description: t(
        "Jabatan umum saja (kepala bidang, guru, camat), tanpa nama unit yang mengenali orangnya.",
        "A generalised role only (kepala bidang, guru, camat), never one that identifies the person.",
      ),
      example: "kepala bidang",
    },
    {
      key: "asn_employer",
      names: "role",
      alias: "instansi_asn",
      presence: "optional",
      kind: "text",
      label: t("Instansi ASN", "ASN employer"),
      description: t("Instansi tempat ASN bekerja.", "The body that employs the ASN."),
      example: "Pemerintah Kabupaten Kupang",
    },
    {
      key: "asn_employer_regency",
      alias: "wilayah_instansi",
      presence: "optional",
      kind: "employer_region",
      label: t("Wilayah instansi", "Employer region"),
      description: t(
        "Kabupaten/kota atau provinsi instansi ASN.",
        "The regency or province of the employing body.",
      ),
      example: "53.01",
    },
    {
      key: "violation_type",
      alias: "jenis_pelanggaran",
      presence: "required",
      kind: "enum",
      values: violationTypes,
      label: t("Jenis pelanggaran", "Violation type"),
      description: t("Bentuk pelanggaran netralitas.", "The kind of neutrality breach."),
      example: "ikut kampanye",
    },
    {
      key: "description",
      names: "free",
      alias: "uraian",
      presence: "optional",
      kind: "text",
      label: t("Uraian", "Description"),
      description: t("Ringkasan yang sudah dianonimkan.", "An anonymised summary."),
    },
    {
      key: "status",
      alias: "status",
      presence: "required",
      kind: "enum",
      values: statuses,
      label: t("Status", "Status"),
      description: t("Tahap penanganan saat ini.", "Where the case stands now."),
      example: "diteruskan",
    },
    {
      key: "referred_to",
      alias: "diteruskan_ke",
      presence: "optional",
      kind: "enum",
      values: referralBodies,
      label: t("Diteruskan ke", "Referred to"),
      description: t(
        "Lembaga penerima penerusan; wajib bila status diteruskan atau sesudahnya.",
        "The body the case was referred to; required once the status is referred or later.",
      ),
      example: "KASN",
    },
    {
      key: "referred_date",
      alias: "tanggal_diteruskan",
      presence: "optional",
      kind: "date",
      label: t("Tanggal diteruskan", "Referred date"),
      description: t("Kapan perkara diteruskan.", "When the case was referred."),
    },
    {
      key: "outcome",
      alias: "hasil",
      presence: "optional",
      kind: "enum",
      values: outcomes,
      label: t("Hasil", "Outcome"),
      description: t("Putusan akhir atas ASN.", "The final decision on the ASN."),
      example: "sanksi moral",
    },
    {
      key: "outcome_detail",
      names: "free",
      alias: "keterangan_hasil",
      presence: "optional",
      kind: "text",
      label: t("Keterangan hasil", "Outcome detail"),
      description: t("Rincian hasil, misalnya jenis sanksi.", "Details of the outcome, such as the sanction."),
      example: "peringatan keras; penundaan jabatan 1 tahun",
    },
    {
      key: "outcome_date",
      alias: "tanggal_hasil",
      presence: "optional",
      kind: "date",
      label: t("Tanggal hasil", "Outcome date"),
      description: t("Kapan hasil diputuskan.", "When the outcome was decided."),
    },
    {
      key: "sources",
      alias: "sumber",
      presence: "required",
      kind: "sources",
      label: t("Sumber", "Sources"),
      description: t(
        "Satu sumber atau lebih dipisah \" | \": alamat http(s) atau kutipan teks (media, tanggal).",
        "One or more citations separated by \" | \": an http(s) address or a text citation (outlet, date).",
      ),
      example: "Metronewsntt.com, 1 Februari 2024",
    },
    {
      key: "updated",
      alias: "diperbarui",
      presence: "required",
      kind: "date",
      label: t("Diperbarui", "Updated"),
      description: t("Kapan baris ini terakhir diubah.", "When this row was last changed."),
      example: "01/02/2024",
    },
    {
      key: "replaces",
      names: "role",
      alias: "menggantikan",
      presence: "optional",
      kind: "id",
      label: t("Menggantikan", "Replaces"),
      description: t(
        "Hanya bila kasus ini sebelumnya dihimpun redaksi dari pemberitaan: id_kasus catatan himpunan itu (data/compiled/cases/), yang kemudian menunjuk ke baris ini.",
        "Only when this case was first compiled by the editors from news reports: the case_id of that compiled record (data/compiled/cases/), which then points to this row.",
      ),
      example: "kpg-pemilu2024-1",
    },
  ],
};

/** The fields a case page lists as facts: all but the sources, which it lists apart. */
export const caseFactFields: readonly Field[] = caseTable.fields.filter((f) => f.key !== "sources" && f.key !== "replaces");

/**
 * The same table for the cases the editors compile from public reports (data/compiled/),
 * where a fact no source states must stay blank: the origin is recommended (a blank is a
 * warning, shown as unknown), and what happened, the description, is required. Every
 * other field is as in an office's file.
 */
export const compiledCaseTable: Table = {
  ...caseTable,
  fields: caseTable.fields.map((f): Field => (f.key === "origin" ? { ...f, presence: "recommended" } : f.key === "description" ? { ...f, presence: "required" } : f)),
};

/**
 * The classes an ASN's post is written as in asn_position: a post held by one person in its
 * employer or region (a regional secretary, a department head, the camat of a named
 * kecamatan) is written as its class, so that the record never points to a person.
 */
export const positionClasses: readonly string[] = [
  "pejabat pimpinan tinggi",
  "pejabat administrator",
  "kepala bagian",
  "kepala bidang",
  "kepala seksi",
  "camat",
  "sekretaris camat",
  "lurah",
  "kepala sekolah",
  "guru",
  "dosen",
  "tenaga kesehatan",
  "pejabat fungsional",
  "staf",
  "PPPK",
];
