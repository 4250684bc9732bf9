// npm run synth -- --cases N --out DIR [--seed S]: realistic synthetic data for load
// tests and benchmarks. Every regency's office, both elections, every origin, status and
// outcome, month-only and blank dates, events. Written outside data/ and never published:
// every row says it is synthetic in its sources. The same seed gives the same files.

import { cp, mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadRegions } from "../../src/node/load-regions.ts";
import { bilingual } from "../../src/i18n/index.ts";

const { values } = parseArgs({
  options: { cases: { type: "string", default: "10000" }, out: { type: "string" }, seed: { type: "string", default: "1" } },
});
const count = Number(values.cases);
if (!Number.isInteger(count) || count < 0 || values.out === undefined) {
  process.stderr.write(`${bilingual("cli.synthUsage")}\n`);
  process.exit(2);
}
const out = resolve(values.out);
const data = resolve("data");
if (out === data || !relative(data, out).startsWith("..")) {
  process.stderr.write(`${bilingual("cli.synthNotData", { dir: out })}\n`);
  process.exit(2);
}

// A small seeded generator (mulberry32), so runs are reproducible.
let state = Number(values.seed) >>> 0 || 1;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const chance = (p: number) => random() < p;
const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

const elections = [
  { id: "pemilu-2024", from: day("2023-11-01"), to: day("2024-02-14") },
  { id: "pilkada-2024", from: day("2024-09-01"), to: day("2024-11-27") },
];
const violations = ["campaign_participation", "social_media", "meeting_with_candidate", "state_facilities", "campaign_attributes", "other"];
const positions = ["guru", "kepala bidang", "camat", "lurah", "kepala sekolah", "staf dinas", "kepala desa", "sekretaris kecamatan", ""];
const descriptions: Record<string, string> = {
  campaign_participation: "ASN hadir dan ikut serta dalam kegiatan kampanye salah satu peserta pemilihan",
  social_media: "ASN membagikan ajakan memilih calon tertentu di media sosial atau grup percakapan",
  meeting_with_candidate: "ASN menghadiri pertemuan dengan calon yang dikemas sebagai rapat",
  state_facilities: "ASN diduga memakai fasilitas negara untuk mendukung calon tertentu",
  campaign_attributes: "ASN memasang atau memakai atribut kampanye",
  other: "Dugaan pelanggaran netralitas ASN lainnya",
};
const sanctions = ["moral_sanction", "discipline_light", "discipline_medium", "discipline_heavy", "other"];
const header =
  "case_id,office,election,incident_date,incident_regency,reported_date,origin,asn_count,asn_position,asn_employer,asn_employer_regency,violation_type,description,status,referred_to,referred_date,outcome,outcome_detail,outcome_date,sources,updated";
const eventHeader = "office,case_id,date,stage,note,sources";
const source = "Data sintetis untuk uji beban (bukan kasus nyata)";
// A compiled case cites a report a reader can open: the synthetic one has an address.
const compiledSource = `"${source}, https://example.org/sintetis"`;

const regions = await loadRegions();
const regencies = regions.regencies;
// Every regency's office publishes (one case each when there are enough); the rest is
// skewed: a few offices publish many cases, most a few. With fewer cases than regencies,
// some offices publish an empty file and others are never heard from.
const base = count >= regencies.length ? 1 : 0;
const weights = regencies.map(() => random() ** 3);
const total = weights.reduce((a, b) => a + b, 0);
const perOffice = weights.map((w) => base + Math.floor((w / total) * (count - base * regencies.length)));
for (let i = 0, left = count - perOffice.reduce((a, b) => a + b, 0); left > 0; i = (i + 1) % regencies.length, left--) perOffice[i]!++;

for (const folder of ["cases", "events", "compiled/cases", "compiled/events"]) await mkdir(join(out, folder), { recursive: true });
for (const file of ["elections.csv", "deadlines.csv", "holidays.csv"]) await cp(join(data, file), join(out, file));

// Where a case reaches beyond its own regency, it is nearly always to another regency of
// the same province (a provincial employer, a campaign over the border); rarely farther.
const sameProvince = new Map<string, typeof regencies>();
for (const r of regencies) sameProvince.set(r.code.slice(0, 2), [...(sameProvince.get(r.code.slice(0, 2)) ?? []), r]);
const elsewhere = (regency: (typeof regencies)[number]) => (chance(0.95) ? pick(sameProvince.get(regency.code.slice(0, 2))!) : pick(regencies));

let written = 0;
for (const [index, regency] of regencies.entries()) {
  const n = perOffice[index]!;
  // An office with no cases either published an empty file or was never heard from.
  if (n === 0 && chance(0.5)) continue;
  const slug = regency.name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  // About a quarter of the offices with cases have not published: the editors compiled theirs.
  const folder = n > 0 && chance(0.25) ? join(out, "compiled") : out;
  const rows = [header];
  const events = [eventHeader];
  for (let k = 1; k <= n; k++) {
    const election = pick(elections);
    const incident = between(election.from, election.to);
    const reported = incident + between(0, 12);
    const origin = chance(0.55) ? "report" : chance(0.8) ? "finding" : "initial_information";
    const status = origin === "initial_information" ? "in_review" : pick(["in_review", "dismissed", "referred", "recommended", "sanctioned", "sanctioned"]);
    const referred = reported + between(1, 45);
    const decided = referred + between(10, 150);
    const referredTo = status === "referred" || status === "recommended" || status === "sanctioned" ? pick(["KASN", "BKN", "PPK", "PPK"]) : "";
    const outcome = status === "sanctioned" ? pick(sanctions) : status === "dismissed" ? pick(["not_proven", "none"]) : "";
    const outcomeDate = outcome === "" ? null : status === "dismissed" ? reported + between(3, 30) : decided;
    const last = Math.max(reported, referredTo === "" ? 0 : referred, outcomeDate ?? 0);
    const employer = chance(0.85) ? regency : elsewhere(regency);
    const violation = pick(violations);
    const row = [
      `syn-${regency.code}-${k}`,
      regency.code,
      election.id,
      chance(0.05) ? iso(incident).slice(0, 7) : iso(incident),
      chance(0.9) ? "" : elsewhere(regency).code,
      chance(0.05) ? "" : iso(reported),
      origin,
      chance(0.1) ? "" : String(between(1, 5)),
      pick(positions),
      `Pemerintah ${employer.name}`,
      employer.code,
      violation,
      `"${descriptions[violation]} (kasus sintetis ${k})."`,
      status,
      referredTo,
      referredTo === "" || chance(0.05) ? "" : iso(referred),
      outcome,
      outcome === "other" ? '"peringatan tertulis; penundaan kenaikan pangkat"' : "",
      outcomeDate === null ? "" : iso(outcomeDate),
      folder === out ? source : compiledSource,
      iso(last + between(0, 20)),
    ];
    rows.push(row.join(","));
    if (chance(0.3)) {
      events.push([regency.code, `syn-${regency.code}-${k}`, iso(reported + 1), "registered", "Laporan diregistrasi", source].join(","));
      if (referredTo !== "") events.push([regency.code, `syn-${regency.code}-${k}`, iso(referred), "plenary", "Rapat pleno memutuskan penerusan", source].join(","));
    }
    written++;
  }
  await writeFile(join(folder, "cases", `${regency.code}-${slug}.csv`), `${rows.join("\n")}\n`);
  if (events.length > 1) await writeFile(join(folder, "events", `${regency.code}-${slug}.csv`), `${events.join("\n")}\n`);
}
process.stdout.write(`${bilingual("cli.synthWritten", { n: written, dir: out })}\n`);
