// A synthetic case file for the benchmarks (bench:validate, bench:checker): every date
// form, Indonesian and English enum words, quoted cells; the same file every run.

import { caseTable } from "../../src/ingest/schema/index.ts";

/** A deterministic pseudo-random stream, so every run benchmarks the same file. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` valid case rows of the given offices, as CSV text. */
export function syntheticCsv(count: number, regencyCodes: readonly string[]): string {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = (from: number, span: number) => new Date(Date.UTC(2023, 9, 1) + (from + Math.floor(next() * span)) * 86_400_000);
  const formats = [
    (d: Date) => d.toISOString().slice(0, 10),
    (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
    (d: Date) => `${d.getUTCDate()} ${["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"][d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  ];
  const lines = [caseTable.fields.map((f) => f.key).join(",")];
  for (let i = 0; i < count; i++) {
    const office = pick(regencyCodes);
    const incident = day(0, 200);
    const reported = new Date(incident.getTime() + Math.floor(next() * 10) * 86_400_000);
    const status = pick(["in_review", "sedang ditangani", "dismissed", "referred", "diteruskan", "sanctioned"]);
    const referred = status !== "in_review" && status !== "sedang ditangani" && status !== "dismissed";
    const fmt = pick(formats);
    lines.push(
      [
        `B-${i}`,
        office,
        pick(["pemilu-2024", "Pemilu 2024", "pilkada-2024"]),
        fmt(incident),
        pick(["", office]),
        fmt(reported),
        pick(["report", "laporan", "temuan", "informasi awal"]),
        pick(["", "1", "2", "3"]),
        pick(["", "guru", "kepala bidang", "camat", "lurah"]),
        pick(["", "Pemerintah Kabupaten", "Dinas Pendidikan"]),
        pick(["", office]),
        pick(["campaign_participation", "media sosial", "pertemuan dengan calon", "fasilitas negara", "atribut kampanye"]),
        `"ASN diduga hadir di acara kampanye, membagikan materi ""ajakan"" di grup percakapan; nomor urut ${i % 20}"`,
        status,
        referred ? pick(["KASN", "BKN", "PPK"]) : "",
        "",
        status === "sanctioned" ? pick(["sanksi moral", "hukuman disiplin ringan", "discipline_heavy"]) : status === "dismissed" ? "tidak terbukti" : "",
        "",
        "",
        `"https://example.org/berita/${i} | Kantor Berita, ${fmt(reported)}"`,
        "2024-08-01",
        "", // replaces
      ].join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}
