// Regions by Kemendagri code, from idn-area-data, and the names people type for them.
// Pure: the caller passes the provinces and regencies in (see read.ts for loading them).

import type { Places } from "./names.ts";
import { compareText } from "./compare.ts";
import { closest } from "./suggest.ts";

export interface Region {
  readonly code: string;
  readonly name: string;
  readonly kind: "province" | "regency";
  /** The province's own code for a province; its province's code for a regency. */
  readonly provinceCode: string;
}

export type Resolution =
  | { readonly ok: true; readonly region: Region }
  | { readonly ok: false; readonly reason: "unknown"; readonly suggestion?: string }
  | { readonly ok: false; readonly reason: "ambiguous"; readonly candidates: readonly Region[] }
  | { readonly ok: false; readonly reason: "not_a_regency" };

export interface RegionIndex {
  readonly provinces: readonly Region[];
  readonly regencies: readonly Region[];
  byCode(code: string): Region | undefined;
  /** Resolve a code, name or alias; `allowProvince` also accepts a province (offices, employers). */
  resolve(input: string, allowProvince: boolean): Resolution;
  /** Every known place, districts and villages too, so the name guard does not take a place for a person. */
  readonly places?: Places;
}

type Kind = "kab" | "kota" | "prov" | "";

interface NameKey {
  readonly kind: Kind;
  readonly base: string;
}

const kindWords = new Map<string, Kind>([
  ["kab", "kab"],
  ["kabupaten", "kab"],
  ["pemkab", "kab"],
  ["kota", "kota"],
  ["kodya", "kota"],
  ["kotamadya", "kota"],
  ["pemkot", "kota"],
  ["prov", "prov"],
  ["provinsi", "prov"],
  ["propinsi", "prov"],
  ["pemprov", "prov"],
]);
const noiseWords = new Set(["bawaslu", "administrasi", "adm"]);

/** "Bawaslu Kab. Kupang" -> {kab, "kupang"}; "Kupang Kota" -> {kota, "kupang"}. */
export function nameKey(text: string): NameKey {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "" && !noiseWords.has(w));
  let kind: Kind = "";
  const first = words[0] === undefined ? undefined : kindWords.get(words[0]);
  const last = words.length > 1 ? kindWords.get(words[words.length - 1]!) : undefined;
  if (first !== undefined) {
    kind = first;
    words.shift();
  } else if (last !== undefined) {
    kind = last;
    words.pop();
  }
  return { kind, base: words.join(" ") };
}

const keyText = (k: NameKey) => `${k.kind}:${k.base}`;
const compact = (base: string) => base.replace(/ /g, "");
const codePattern = /^(\d{2})(?:\.?(\d{2}))?$/;

export function createRegionIndex(
  provinceRows: readonly { code: string; name: string }[],
  regencyRows: readonly { code: string; name: string; province_code: string }[],
  aliases: ReadonlyArray<readonly [string, string]>,
  places?: Places,
): RegionIndex {
  const codes = new Map<string, Region>();
  const names = new Map<string, Region[]>();
  const kinds = new Map<Region, Kind>();
  const add = (key: string, region: Region) => {
    const list = names.get(key);
    if (list === undefined) names.set(key, [region]);
    else if (!list.includes(region)) list.push(region);
  };

  const provinces = provinceRows.map((p): Region => ({ code: p.code, name: p.name, kind: "province", provinceCode: p.code }));
  const regencies = regencyRows.map(
    (r): Region => ({ code: r.code, name: r.name, kind: "regency", provinceCode: r.province_code }),
  );
  // Every name also without its spaces: "Lubuklinggau" and "Lubuk Linggau", "Pangkalpinang"
  // and "Pangkal Pinang" are both how the place is written.
  const addName = (kind: Kind, base: string, region: Region) => {
    for (const b of new Set([base, compact(base)])) {
      add(keyText({ kind, base: b }), region);
      add(keyText({ kind: "", base: b }), region);
    }
  };
  for (const region of [...provinces, ...regencies]) {
    codes.set(region.code, region);
    const key = nameKey(region.name);
    const kind = region.kind === "province" ? "prov" : key.kind;
    kinds.set(region, kind);
    addName(kind, key.base, region);
  }
  for (const [alias, code] of aliases) {
    const region = codes.get(code);
    if (region === undefined) throw new Error(`region alias "${alias}" points at unknown code ${code}`);
    const key = nameKey(alias);
    addName(key.kind, key.base, region);
  }

  const allKeys = [...names.keys()];
  const caches = { regency: new Map<string, Resolution>(), any: new Map<string, Resolution>() };

  function lookUp(input: string, allowProvince: boolean): Resolution {
    const code = codePattern.exec(input.trim());
    if (code) {
      const region = codes.get(code[2] === undefined ? code[1]! : `${code[1]}.${code[2]}`);
      if (region === undefined) return { ok: false, reason: "unknown" };
      if (!allowProvince && region.kind === "province") return { ok: false, reason: "not_a_regency" };
      return { ok: true, region };
    }
    const typed = nameKey(input);
    const find = (key: NameKey) =>
      // "Kab. PPU": a typed name that is only known bare (an alias) still matches its kind.
      names.get(keyText(key)) ?? (names.get(keyText({ kind: "", base: key.base })) ?? []).filter((r) => kinds.get(r) === key.kind);
    let candidates = find(typed);
    if (candidates.length === 0) candidates = find({ kind: typed.kind, base: compact(typed.base) });
    const key = typed;
    if (candidates.length === 0) {
      const near = closest(keyText(key), allKeys);
      const suggestion = near === undefined ? undefined : names.get(near)!.slice(0, 3).map(describe).join(" / ");
      return { ok: false, reason: "unknown", ...(suggestion === undefined ? {} : { suggestion }) };
    }
    if (!allowProvince) {
      const regencyCandidates = candidates.filter((r) => r.kind === "regency");
      if (regencyCandidates.length === 0) return { ok: false, reason: "not_a_regency" };
      candidates = regencyCandidates;
    }
    if (candidates.length > 1) return { ok: false, reason: "ambiguous", candidates };
    return { ok: true, region: candidates[0]! };
  }

  return {
    ...(places === undefined ? {} : { places }),
    provinces,
    regencies,
    byCode: (code) => codes.get(code),
    resolve(input, allowProvince) {
      const cache = allowProvince ? caches.any : caches.regency;
      let result = cache.get(input);
      if (result === undefined) {
        result = lookUp(input, allowProvince);
        cache.set(input, result);
      }
      return result;
    },
  };
}

/** "Kota Kupang (53.71)": how a region is named in messages and suggestions. */
export function describe(region: Region): string {
  return `${region.name} (${region.code})`;
}

/** Regions in the order of their names (a table a reader scans for a name). */
export function sortByName(regions: readonly Region[]): Region[] {
  return [...regions].sort((a, b) => compareText(a.name, b.name));
}
