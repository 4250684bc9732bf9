// Every enum of the schema, with its labels in both languages and the words accepted for
// each value; the site shows these labels and never retypes them.

import { v } from "./types.ts";

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
  // An ASN's campaigning can also be an election crime, which Bawaslu takes to the Sentra
  // Gakkumdu (its own investigators with the police and the prosecutors).
  v(
    "gakkumdu",
    "Sentra Gakkumdu (kepolisian, kejaksaan)",
    "Sentra Gakkumdu (police and prosecutors)",
    ["sentra gakkumdu", "polres", "kepolisian", "polisi", "penyidik"],
    "UU 7/2017 Pasal 486; UU 10/2016 Pasal 152",
  ),
  v("other", "lainnya", "other", ["lain-lain", "lain"]),
] as const;

export const outcomes = [
  v("none", "tidak ada", "none", ["tidak ada sanksi", "tanpa sanksi"]),
  v("not_proven", "tidak terbukti", "not proven"),
  v("moral_sanction", "sanksi moral", "moral sanction"),
  v("discipline_light", "hukuman disiplin ringan", "light disciplinary penalty", ["disiplin ringan"]),
  v("discipline_medium", "hukuman disiplin sedang", "medium disciplinary penalty", ["disiplin sedang"]),
  v("discipline_heavy", "hukuman disiplin berat", "heavy disciplinary penalty", ["disiplin berat"]),
  // A court's sentence for the election crime an ASN's campaigning can be.
  v(
    "criminal_conviction",
    "putusan pidana pemilu",
    "criminal conviction",
    ["pidana", "putusan pidana", "putusan pidana pemilihan", "vonis", "putusan pengadilan"],
    "UU 7/2017 Pasal 494; UU 10/2016 Pasal 188",
  ),
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

/** What an official total counts: persons, cases, or reports received (a report may name several ASN, or none proven). */
export const measures = [
  v("asn", "ASN", "ASN", ["asn", "jumlah asn", "orang", "pegawai"]),
  v("cases", "kasus", "cases", ["kasus", "perkara", "jumlah kasus"]),
  v("reports", "laporan", "reports", ["laporan", "aduan", "pengaduan"]),
] as const;

/**
 * The stage an official total counts, in the body's own terms. Those this record has a
 * status for are compared with its count (officialStages in src/site/handling/handling.ts);
 * the others stand beside it.
 */
export const officialStages = [
  v("reported", "dilaporkan", "reported", ["diadukan", "diduga", "dugaan"]),
  v("received", "diterima (laporan dan temuan)", "received (reports and findings)", ["laporan dan temuan", "temuan dan laporan"]),
  v("handled", "ditangani", "handled", ["penanganan"]),
  v("violations", "pelanggaran (tahap tidak disebut)", "violations (stage not stated)", ["pelanggaran"]),
  v("proven", "terbukti melanggar", "found in breach", ["terbukti"]),
  v("not_proven", "tidak terbukti", "not a violation", ["bukan pelanggaran"]),
  v("referred", "diteruskan", "forwarded", ["diteruskan ke kasn", "diteruskan ke bkn"]),
  v("recommended", "direkomendasikan dijatuhi sanksi", "recommended for a sanction", ["rekomendasi", "direkomendasikan"]),
  v("followed_up", "ditindaklanjuti PPK", "followed up by the staffing official", ["ditindaklanjuti"]),
  v("sanctioned", "dijatuhi sanksi", "sanctioned", ["sanksi"]),
  v("awaiting_verification", "menunggu verifikasi BKN", "awaiting BKN's verification"),
  v("awaiting_ppk", "menunggu tindak lanjut PPK", "awaiting the staffing official"),
  v("cancelled", "dibatalkan", "cancelled"),
  v("rejected", "ditolak", "rejected"),
  v("closed_other", "ditutup (diberhentikan, pensiun)", "closed (dismissed from service, retired)"),
] as const;

export type Origin = (typeof origins)[number]["key"];
export type ClockStep = (typeof clockSteps)[number]["key"];
export type DeadlineOrigin = (typeof deadlineOrigins)[number]["key"];
export type DayType = (typeof dayTypes)[number]["key"];
export type DeadlineLimit = (typeof deadlineLimits)[number]["key"];
export type Measure = (typeof measures)[number]["key"];
export type OfficialStage = (typeof officialStages)[number]["key"];
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
  "criminal_conviction",
  "other",
];
export const dismissalOutcomes: readonly Outcome[] = ["not_proven", "none"];
