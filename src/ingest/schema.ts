// The one description of every table the offices commit. Validation, the data
// dictionary, the JSON Schema and the template are all generated from it; enum labels
// shown on the site come from here and are never retyped in a page.

import type { NameRule } from "./names.ts";

export interface Text {
  readonly id: string;
  readonly en: string;
}

export interface EnumValue {
  readonly key: string;
  readonly label: Text;
  /** Further words accepted for this value (Indonesian words, common spellings). */
  readonly words: readonly string[];
}

export type FieldKind =
  | "text" // free text, anonymised
  | "id" // an identifier: letters, digits, dot, dash, underscore, slash
  | "date"
  | "enum"
  | "count" // non-negative integer
  | "region" // a regency (kabupaten/kota)
  | "office" // a regency or a province
  | "employer_region" // a regency or a province
  | "election"
  | "scope" // "national", or a regency or a province
  | "sources";

/**
 * required: the column must be present and every cell filled.
 * recommended: the column must be present; a blank cell is a warning (the source may not say).
 * optional: the column may be left out; blank cells are fine.
 */
export type Presence = "required" | "recommended" | "optional";

export interface Field {
  readonly key: string;
  /** The Indonesian header. */
  readonly alias: string;
  /** More accepted headers, beyond the key and the alias. */
  readonly aliases?: readonly string[];
  readonly presence: Presence;
  readonly kind: FieldKind;
  readonly values?: readonly EnumValue[];
  /** Text the name guard reads: "free" text, or a "role" field where only a post or an institution belongs. */
  readonly names?: NameRule;
  readonly label: Text;
  readonly description: Text;
  readonly example?: string;
}

export interface Table {
  readonly name: "cases" | "events" | "elections" | "deadlines" | "holidays" | "official_figures";
  readonly fields: readonly Field[];
}

const v = (key: string, id: string, en: string, words: readonly string[] = []): EnumValue => ({
  key,
  label: { id, en },
  words: [id, ...words],
});

export const origins = [
  v("report", "laporan", "report (from the public)", ["laporan masyarakat"]),
  v("finding", "temuan", "finding (by supervisors)", ["temuan pengawas"]),
  v("initial_information", "informasi awal", "initial information (being assessed)"),
] as const;

export const violationTypes = [
  v("campaign_participation", "ikut kampanye", "campaign participation", ["kampanye", "terlibat kampanye"]),
  v("social_media", "media sosial / grup percakapan", "social media or chat group", [
    "media sosial",
    "medsos",
    "grup percakapan",
    "grup whatsapp",
  ]),
  v("meeting_with_candidate", "pertemuan dengan calon", "meeting with a candidate", ["pertemuan"]),
  v("state_facilities", "fasilitas negara", "use of state facilities", ["penggunaan fasilitas negara"]),
  v("campaign_attributes", "atribut kampanye", "campaign attributes", ["memakai atribut kampanye"]),
  v("other", "lainnya", "other", ["lain-lain", "lain"]),
] as const;

export const statuses = [
  v("in_review", "sedang ditangani", "in review", ["ditangani", "dalam penanganan", "proses"]),
  v("dismissed", "dihentikan", "dismissed", ["tidak terbukti", "tidak ditindaklanjuti"]),
  v("referred", "diteruskan", "referred", ["diteruskan ke instansi"]),
  v("recommended", "rekomendasi terbit", "recommendation issued", ["rekomendasi"]),
  v("sanctioned", "sanksi dijatuhkan", "sanctioned", ["sanksi", "dijatuhi sanksi"]),
] as const;

export const referralBodies = [
  v("KASN", "KASN", "KASN (Civil Service Commission)", ["komisi aparatur sipil negara"]),
  v("BKN", "BKN", "BKN (National Civil Service Agency)", ["badan kepegawaian negara"]),
  v("PPK", "PPK (pejabat pembina kepegawaian)", "PPK (the employing body's staffing official)", [
    "pejabat pembina kepegawaian",
    "bkpsdm",
    "bkd",
  ]),
  v("other", "lainnya", "other", ["lain-lain", "lain"]),
] as const;

export const outcomes = [
  v("none", "tidak ada", "none", ["tidak ada sanksi", "tanpa sanksi"]),
  v("not_proven", "tidak terbukti", "not proven"),
  v("moral_sanction", "sanksi moral", "moral sanction"),
  v("discipline_light", "hukuman disiplin ringan", "light disciplinary penalty", ["disiplin ringan"]),
  v("discipline_medium", "hukuman disiplin sedang", "medium disciplinary penalty", ["disiplin sedang"]),
  v("discipline_heavy", "hukuman disiplin berat", "heavy disciplinary penalty", ["disiplin berat"]),
  v("other", "lainnya", "other", ["lain-lain", "lain"]),
] as const;

export const stages = [
  v("received", "diterima", "received"),
  v("registered", "diregistrasi", "registered", ["registrasi", "dicatat"]),
  v("clarification", "klarifikasi", "clarification"),
  v("plenary", "rapat pleno", "plenary meeting", ["pleno"]),
  v("referred", "diteruskan", "referred"),
  v("recommendation", "rekomendasi", "recommendation"),
  v("sanction", "sanksi", "sanction"),
  v("closed", "ditutup", "closed", ["selesai"]),
  v("other", "lainnya", "other", ["lain-lain", "lain"]),
] as const;

export const electionKinds = [
  v("pemilu", "pemilu", "general election", ["pemilihan umum"]),
  v("pilkada", "pilkada", "regional election", ["pemilihan kepala daerah"]),
] as const;

/** The steps a handling deadline runs between. "decided" is the office's decision on the case: its referral, or the outcome of a dismissed case. */
export const clockSteps = [
  v("incident", "kejadian", "incident", ["diketahui"]),
  v("reported", "laporan atau temuan diregistrasi", "report or finding registered", ["laporan", "registrasi", "diregistrasi"]),
  v("decided", "keputusan tindak lanjut", "decision on follow-up", ["tindak lanjut", "keputusan"]),
] as const;

export const deadlineOrigins = [
  v("report", "laporan", "report"),
  v("finding", "temuan", "finding"),
  v("any", "semua", "any", ["laporan dan temuan", "temuan dan laporan"]),
] as const;

export const dayTypes = [
  v("calendar", "hari kalender", "calendar days", ["kalender", "hari"]),
  v("working", "hari kerja", "working days", ["kerja"]),
] as const;

export const deadlineLimits = [
  v("basic", "batas dasar", "basic limit", ["dasar"]),
  v("extended", "batas perpanjangan", "extended limit", ["perpanjangan", "diperpanjang"]),
] as const;

export const yesNo = [v("yes", "ya", "yes", ["sudah"]), v("no", "tidak", "no", ["belum"])] as const;

export const measures = [
  v("asn", "jumlah ASN terlibat", "ASN involved", ["asn", "jumlah asn"]),
  v("cases", "jumlah kasus", "cases", ["kasus", "perkara"]),
] as const;

export type Origin = (typeof origins)[number]["key"];
export type ClockStep = (typeof clockSteps)[number]["key"];
export type DeadlineOrigin = (typeof deadlineOrigins)[number]["key"];
export type DayType = (typeof dayTypes)[number]["key"];
export type DeadlineLimit = (typeof deadlineLimits)[number]["key"];
export type Measure = (typeof measures)[number]["key"];
export type ViolationType = (typeof violationTypes)[number]["key"];
export type Status = (typeof statuses)[number]["key"];
export type ReferralBody = (typeof referralBodies)[number]["key"];
export type Outcome = (typeof outcomes)[number]["key"];
export type Stage = (typeof stages)[number]["key"];
export type ElectionKind = (typeof electionKinds)[number]["key"];

/** Statuses that mean the case has left the office's hands. */
export const referredStatuses: readonly Status[] = ["referred", "recommended", "sanctioned"];
/** Outcomes that count as a sanction ("other" must then be described in outcome_detail). */
export const sanctionOutcomes: readonly Outcome[] = [
  "moral_sanction",
  "discipline_light",
  "discipline_medium",
  "discipline_heavy",
  "other",
];
export const dismissalOutcomes: readonly Outcome[] = ["not_proven", "none"];

const t = (id: string, en: string): Text => ({ id, en });

export const caseTable: Table = {
  name: "cases",
  fields: [
    {
      key: "case_id",
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
  ],
};

/** The fields a case page lists as facts: all but the sources, which it lists apart. */
export const caseFactFields: readonly Field[] = caseTable.fields.filter((f) => f.key !== "sources");

export const eventTable: Table = {
  name: "events",
  fields: [
    {
      key: "office",
      alias: "kantor",
      presence: "required",
      kind: "office",
      label: t("Kantor Bawaslu", "Bawaslu office"),
      description: t("Kantor yang menangani kasus.", "The office that handles the case."),
    },
    {
      key: "case_id",
      alias: "id_kasus",
      presence: "required",
      kind: "id",
      label: t("ID kasus", "Case ID"),
      description: t("ID kasus seperti di berkas kasus kantor.", "The case id as in the office's case file."),
    },
    {
      key: "date",
      alias: "tanggal",
      presence: "required",
      kind: "date",
      label: t("Tanggal", "Date"),
      description: t("Tanggal tahapan.", "The date of the step."),
    },
    {
      key: "stage",
      alias: "tahapan",
      presence: "required",
      kind: "enum",
      values: stages,
      label: t("Tahapan", "Stage"),
      description: t("Jenis tahapan penanganan.", "The kind of handling step."),
    },
    {
      key: "note",
      names: "free",
      alias: "catatan",
      presence: "optional",
      kind: "text",
      label: t("Catatan", "Note"),
      description: t("Keterangan singkat yang anonim.", "A short anonymised note."),
    },
    {
      key: "sources",
      alias: "sumber",
      presence: "required",
      kind: "sources",
      label: t("Sumber", "Sources"),
      description: t("Sumber tahapan ini, dipisah \" | \".", "Sources for this step, separated by \" | \"."),
    },
  ],
};

export const electionTable: Table = {
  name: "elections",
  fields: [
    {
      key: "id",
      alias: "id",
      presence: "required",
      kind: "id",
      label: t("ID", "ID"),
      description: t("Id pendek, misalnya pemilu-2024.", "A short id, such as pemilu-2024."),
    },
    {
      key: "name_id",
      alias: "nama_id",
      presence: "required",
      kind: "text",
      label: t("Nama (Indonesia)", "Name (Indonesian)"),
      description: t("Nama dalam Bahasa Indonesia.", "The name in Bahasa Indonesia."),
    },
    {
      key: "name_en",
      alias: "nama_en",
      presence: "required",
      kind: "text",
      label: t("Nama (Inggris)", "Name (English)"),
      description: t("Nama dalam Bahasa Inggris.", "The name in English."),
    },
    {
      key: "kind",
      alias: "jenis",
      presence: "required",
      kind: "enum",
      values: electionKinds,
      label: t("Jenis", "Kind"),
      description: t("Pemilu atau pilkada.", "General or regional election."),
    },
    {
      key: "voting_day",
      alias: "hari_pemungutan",
      presence: "required",
      kind: "date",
      label: t("Hari pemungutan suara", "Voting day"),
      description: t("Hari pemungutan suara.", "Voting day."),
    },
    {
      key: "campaign_start",
      alias: "awal_kampanye",
      presence: "required",
      kind: "date",
      label: t("Awal kampanye", "Campaign start"),
      description: t("Hari pertama masa kampanye.", "First day of the campaign period."),
    },
    {
      key: "campaign_end",
      alias: "akhir_kampanye",
      presence: "required",
      kind: "date",
      label: t("Akhir kampanye", "Campaign end"),
      description: t("Hari terakhir masa kampanye.", "Last day of the campaign period."),
    },
    {
      key: "sources",
      alias: "sumber",
      presence: "required",
      kind: "sources",
      label: t("Sumber", "Sources"),
      description: t("Dasar hukum atau berita untuk tanggal-tanggal ini.", "The legal basis or reports for these dates."),
    },
  ],
};

const checkedField = (what: Text): Field => ({
  key: "checked",
  alias: "diperiksa",
  presence: "required",
  kind: "enum",
  values: yesNo,
  label: t("Diperiksa", "Checked"),
  description: what,
});

const checkedAgainstField: Field = {
  key: "checked_against",
  alias: "diperiksa_terhadap",
  presence: "optional",
  kind: "sources",
  label: t("Diperiksa terhadap", "Checked against"),
  description: t("Naskah yang dibaca saat memeriksa, dipisah \" | \".", "The text read when checking, separated by \" | \"."),
};

/** data/deadlines.csv: the handling deadlines the election laws set, one limit per row. */
export const deadlineTable: Table = {
  name: "deadlines",
  fields: [
    {
      key: "election_kind",
      alias: "jenis_pemilihan",
      presence: "required",
      kind: "enum",
      values: electionKinds,
      label: t("Jenis pemilihan", "Election kind"),
      description: t("Pemilu atau pilkada.", "General or regional election."),
    },
    {
      key: "origin",
      alias: "asal_perkara",
      presence: "required",
      kind: "enum",
      values: deadlineOrigins,
      label: t("Berlaku untuk", "Applies to"),
      description: t("Laporan, temuan, atau semua.", "Reports, findings, or any."),
    },
    {
      key: "from_step",
      alias: "dari",
      presence: "required",
      kind: "enum",
      values: clockSteps,
      label: t("Dari", "From"),
      description: t("Tahap awal hitungan.", "The step the count starts from."),
    },
    {
      key: "to_step",
      alias: "sampai",
      presence: "required",
      kind: "enum",
      values: clockSteps,
      label: t("Sampai", "To"),
      description: t("Tahap yang harus dicapai.", "The step that must be reached."),
    },
    {
      key: "days",
      alias: "hari",
      presence: "required",
      kind: "count",
      label: t("Hari", "Days"),
      description: t("Batas waktu dalam hari.", "The limit in days."),
    },
    {
      key: "day_type",
      alias: "jenis_hari",
      presence: "required",
      kind: "enum",
      values: dayTypes,
      label: t("Jenis hari", "Day type"),
      description: t("Hari kalender, atau hari kerja (tanpa Sabtu, Minggu, dan hari libur nasional).", "Calendar days, or working days (no Saturdays, Sundays or national holidays)."),
    },
    {
      key: "limit",
      alias: "batas",
      presence: "required",
      kind: "enum",
      values: deadlineLimits,
      label: t("Batas", "Limit"),
      description: t("Batas dasar, atau batas bila diperpanjang (misalnya untuk keterangan tambahan).", "The basic limit, or the limit when extended (for example for further information)."),
    },
    {
      key: "legal_basis",
      alias: "dasar_hukum",
      presence: "required",
      kind: "text",
      label: t("Dasar hukum", "Legal basis"),
      description: t("Undang-undang, pasal, dan ayat.", "The law, article and paragraph."),
    },
    checkedField(t("Ya bila bunyi pasal sudah dicocokkan dengan naskah undang-undang.", "Yes when the row has been checked against the text of the law.")),
    checkedAgainstField,
    {
      key: "note",
      alias: "catatan",
      presence: "optional",
      kind: "text",
      label: t("Catatan", "Note"),
      description: t("Keterangan tentang bunyi pasal atau pemeriksaannya.", "A note on the article's wording or its checking."),
    },
  ],
};

/** data/holidays.csv: national holidays, which working days skip. */
export const holidayTable: Table = {
  name: "holidays",
  fields: [
    {
      key: "date",
      alias: "tanggal",
      presence: "required",
      kind: "date",
      label: t("Tanggal", "Date"),
      description: t("Tanggal hari libur.", "The day of the holiday."),
    },
    {
      key: "name_id",
      alias: "nama_id",
      presence: "required",
      kind: "text",
      label: t("Nama (Indonesia)", "Name (Indonesian)"),
      description: t("Nama hari libur dalam Bahasa Indonesia.", "The holiday's name in Bahasa Indonesia."),
    },
    {
      key: "name_en",
      alias: "nama_en",
      presence: "required",
      kind: "text",
      label: t("Nama (Inggris)", "Name (English)"),
      description: t("Nama hari libur dalam Bahasa Inggris.", "The holiday's name in English."),
    },
    {
      key: "sources",
      alias: "sumber",
      presence: "required",
      kind: "sources",
      label: t("Sumber", "Sources"),
      description: t("Keputusan yang menetapkannya.", "The decree that sets it."),
    },
    checkedField(t("Ya bila tanggal sudah dicocokkan dengan sumber yang dapat dibaca.", "Yes when the date has been checked against a readable source.")),
    checkedAgainstField,
  ],
};

/** data/official-figures.csv: totals the authorities stated, shown beside the site's own count. */
export const officialFigureTable: Table = {
  name: "official_figures",
  fields: [
    {
      key: "date",
      alias: "tanggal",
      presence: "required",
      kind: "date",
      label: t("Tanggal", "Date"),
      description: t("Tanggal pernyataan resmi.", "The day of the official statement."),
    },
    {
      key: "body",
      alias: "lembaga",
      presence: "required",
      kind: "text",
      label: t("Lembaga", "Body"),
      description: t("Lembaga yang menyampaikan angka.", "The body that stated the figure."),
    },
    {
      key: "scope",
      alias: "cakupan",
      presence: "required",
      kind: "scope",
      label: t("Cakupan", "Scope"),
      description: t("nasional, atau kode atau nama provinsi atau kabupaten/kota.", "national, or a province or regency code or name."),
    },
    {
      key: "election",
      alias: "pemilihan",
      presence: "optional",
      kind: "election",
      label: t("Pemilihan", "Election"),
      description: t("Pemilihan yang dihitung; kosong bila semua.", "The election counted; blank when all."),
    },
    {
      key: "measure",
      alias: "ukuran",
      presence: "required",
      kind: "enum",
      values: measures,
      label: t("Ukuran", "Measure"),
      description: t("Apa yang dihitung: ASN terlibat atau kasus.", "What is counted: ASN involved, or cases."),
    },
    {
      key: "value",
      alias: "nilai",
      presence: "required",
      kind: "count",
      label: t("Nilai", "Value"),
      description: t("Angka resmi.", "The official figure."),
    },
    {
      key: "sources",
      alias: "sumber",
      presence: "required",
      kind: "sources",
      label: t("Sumber", "Sources"),
      description: t("Di mana angka itu dinyatakan.", "Where the figure was stated."),
    },
  ],
};

export const tables = {
  cases: caseTable,
  events: eventTable,
  elections: electionTable,
  deadlines: deadlineTable,
  holidays: holidayTable,
  official_figures: officialFigureTable,
} as const;

/** Lower case, no spaces, underscores, dashes or dots: "ID Kasus" = "id_kasus" = "idkasus". */
export function normaliseName(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-.\u00a0\u200b\ufeff]+/g, "");
}

/** Lower case, single spaces, underscores as spaces: for matching enum words. */
export function normaliseWords(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s_]+/g, " ").trim();
}
