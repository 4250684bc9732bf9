// Strings for both languages: flat JSON with dotted keys (component.purpose), English
// keys, translated values. test/i18n/index.test.ts checks both files hold the same keys.

import en from "./en.json" with { type: "json" };
import id from "./id.json" with { type: "json" };

export type Lang = "id" | "en";
export type Key = keyof typeof id;

const strings: Record<Lang, Record<Key, string>> = { id, en };

export const languages: readonly Lang[] = ["id", "en"];

/**
 * The string for `key`, with `{name}` placeholders filled from `vars` (numbers written
 * as the language writes them). When `vars.n` is 1 and the key has a ".one" form
 * ("1 case"), that form is used.
 */
export function t(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  const one = `${key}.one` as Key;
  const parts = compiled(lang, vars.n === 1 && one in strings[lang] ? one : key);
  if (parts.length === 1) return parts[0]!;
  // Even places hold text, odd places a placeholder's name.
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = vars[name];
    text += (value === undefined ? `{${name}}` : typeof value === "number" ? formatNumber(lang, value) : value) + parts[i + 1]!;
  }
  return text;
}

/**
 * Numbered strings in order, each with its parts: `numbered(lang, "guide.step", ["text"])`
 * reads "guide.step.1.text", "guide.step.2.text", ... until a number is missing. For the
 * paragraphs and lists of the methodology and the guide.
 */
export function numbered<P extends string>(lang: Lang, prefix: string, parts: readonly P[]): Record<P, string>[] {
  const list: Record<P, string>[] = [];
  for (let n = 1; `${prefix}.${n}.${parts[0]}` in strings[lang]; n++) {
    list.push(Object.fromEntries(parts.map((part) => [part, strings[lang][`${prefix}.${n}.${part}` as Key]])) as Record<P, string>);
  }
  return list;
}

// t() runs for every label of every page: each string is split at its placeholders once.
const splitStrings: Record<Lang, Map<Key, readonly string[]>> = { id: new Map(), en: new Map() };
function compiled(lang: Lang, key: Key): readonly string[] {
  let parts = splitStrings[lang].get(key);
  if (parts === undefined) {
    parts = strings[lang][key].split(/\{(\w+)\}/);
    splitStrings[lang].set(key, parts);
  }
  return parts;
}

/** A message of the command-line tools in both languages, "Indonesian / English". */
/** The lang attribute of the data's own words (written in Bahasa Indonesia) on a page in `lang`: "id" on an English page, none on an Indonesian one. */
export function dataLang(lang: Lang): "id" | undefined {
  return lang === "en" ? "id" : undefined;
}

export function bilingual(key: Key, vars: Record<string, string | number> = {}): string {
  return `${t("id", key, vars)} / ${t("en", key, vars)}`;
}

/** A page's path in a language: "/wilayah/53.71/" -> "/en/wilayah/53.71/". */
export function localise(lang: Lang, path: string): string {
  return lang === "id" ? path : `/en${path}`;
}

/** A record's name in the page's language: an election's or a holiday's (name_id, name_en). */
export function localName(lang: Lang, record: { readonly name_id: string; readonly name_en: string }): string {
  return lang === "id" ? record.name_id : record.name_en;
}

export function otherLang(lang: Lang): Lang {
  return lang === "id" ? "en" : "id";
}

// One formatter per language: toLocaleString builds a new one on every call, which
// showed in the build's profile at tens of thousands of pages.
const numberFormats: Record<Lang, Intl.NumberFormat> = { id: new Intl.NumberFormat("id-ID"), en: new Intl.NumberFormat("en-GB") };

/** Numbers as each language writes them: 1.234 (id), 1,234 (en). */
export function formatNumber(lang: Lang, n: number): string {
  // Whole numbers below 1,000 read the same in both languages, and they are most of the calls.
  return Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : numberFormats[lang].format(n);
}

const months: Record<Lang, readonly string[]> = {
  id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

const datesText: Record<Lang, Map<string, string>> = { id: new Map(), en: new Map() };

/** "2024-01-04" -> "4 Januari 2024"; "2023-12" -> "Desember 2023". */
export function formatDate(lang: Lang, iso: string): string {
  let text = datesText[lang].get(iso);
  if (text === undefined) {
    const [year, month, day] = iso.split("-");
    const name = months[lang][Number(month) - 1] ?? month;
    text = day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
    datesText[lang].set(iso, text);
  }
  return text;
}

/** "2024-01" -> "Jan 2024", for chart axes. */
export function formatMonthShort(lang: Lang, iso: string): string {
  const [year, month] = iso.split("-");
  return `${months[lang][Number(month) - 1]!.slice(0, 3)} ${year}`;
}
