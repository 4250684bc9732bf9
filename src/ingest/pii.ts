// The anonymisation guard for numbers and addresses: NIP, NIK, phone numbers and e-mail
// addresses, in the spellings people really type. Text is normalised first (NFKC, the
// invisible characters removed, every dash and bracket alike, "[at]" and "(dot)" read as
// "@" and "."), then split into runs of digit groups, judged by their total length and
// shape. A finding names only the kind, never the value. Names are guarded in names.ts.

export type PersonalDataKind = "NIP" | "NIK" | "phone" | "email" | "name";

/** How each kind is named in messages (both languages read the same). */
export const personalDataLabel: Record<PersonalDataKind, string> = {
  NIP: "NIP (nomor induk pegawai / civil-servant number)",
  NIK: "NIK (nomor induk kependudukan / identity number)",
  phone: "nomor telepon / phone number",
  email: "alamat e-mail / e-mail address",
  name: "nama orang / person's name",
};

/**
 * Characters that show nothing: Unicode's default-ignorable code points (zero-width
 * spaces and joiners, the word joiner, the byte-order mark, the soft hyphen, invisible
 * operators, direction marks, variation selectors, fillers, tags) and the interlinear
 * annotation and musical formatting marks. Published text never holds them, and the guard
 * reads through them. The bidirectional overrides and isolates are not among them: they
 * are errors (validate.ts), never silently dropped.
 */
// Written in UTF-16 code units, without the u flag: it scans whole files, and a class with
// astral ranges under the u flag was ten times slower. The astral ones are U+1BCA0-1BCA3,
// U+1D173-1D17A and the tags U+E0000-E0FFF.
export const invisibleCharacters =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u2060-\u2065\u206A-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFFB]|\uD82F[\uDCA0-\uDCA3]|\uD834[\uDD73-\uDD7A]|[\uDB40-\uDB43][\uDC00-\uDFFF]/g;

// Digits of other scripts ("١٩٨٥", "१९८५"): every decimal digit is read as its ASCII one.
const otherDigits = /(?![0-9])\p{Nd}/gu;
/** The value of a decimal digit: its distance from the first digit of its run of ten. */
function digitValue(digit: string): string {
  const code = digit.codePointAt(0)!;
  let zero = code;
  while (zero > code - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return String((code - zero) % 10);
}

const dashes = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const openBrackets = /[[{<\uFF08\uFF3B\uFF5B]/g;
const closeBrackets = /[\]}>\uFF09\uFF3D\uFF5D]/g;
const atWord = /\s*\(\s*(?:at|et|@|a)\s*\)\s*/gi;
const dotWord = /\s*\(\s*(?:dot|titik)\s*\)\s*/gi;
// "nama at domain dot go dot id" and "nama at domain.go.id", written out in words.
const spelledAddress = /([A-Za-z0-9._%+-]{1,64})\s+at\s+([A-Za-z0-9-]{1,63}(?:(?:\s+dot\s+|\.)[A-Za-z0-9-]{1,63}){1,8})/gi;
const spelledInIndonesian = /([A-Za-z0-9._%+-]{1,64})\s+(?:at|di)\s+([A-Za-z0-9-]{1,63}(?:\s+titik\s+[A-Za-z0-9-]{1,63}){1,8})/gi;
const mailProviders = /^(?:gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|icloud|proton|protonmail|aol)\b/i;
const spacedAt = /([A-Za-z0-9._%+-])\s{1,3}@\s{0,3}|@\s{1,3}(?=[A-Za-z0-9])/g;

/** The text as the guard reads it: what a reader would see, in one spelling. */
export function normaliseForGuard(text: string): string {
  let t = /[^\x00-\x7F]/.test(text) ? text.normalize("NFKC").replace(invisibleCharacters, "").replace(dashes, "-").replace(otherDigits, digitValue) : text;
  if (/[[\]{}<>\uFF08\uFF09\uFF3B\uFF3D\uFF5B\uFF5D]/.test(t)) t = t.replace(openBrackets, "(").replace(closeBrackets, ")");
  if (/at|et|dot|titik|@|\(a\)/i.test(t)) {
    t = t.replace(atWord, "@").replace(dotWord, ".");
    // Only where the word stands alone: the pattern tries every position of a long text.
    if (/\sat\s/i.test(t)) t = t.replace(spelledAddress, (_, local: string, domain: string) => `${local}@${domain.replace(/\s+dot\s+/gi, ".")}`);
    t = t.replace(spacedAt, (_: string, before: string | undefined) => (before === undefined ? "@" : `${before}@`));
    // "nama di gmail titik com": "di" (Indonesian for "at") only before a domain in words.
    // A local part reads as an address's when it holds a dot, a digit or an underscore, or the domain is a mail provider's.
    if (/\stitik\s/i.test(t)) {
      t = t.replace(spelledInIndonesian, (whole: string, local: string, domain: string) =>
        /[._0-9]/.test(local) || mailProviders.test(domain) ? `${local}@${domain.replace(/\s+titik\s+/gi, ".")}` : whole);
    }
    if (t.includes("@")) {
      // "nama@contoh dot co dot id": the domain spelled out after an "@".
      t = t.replace(/(@[A-Za-z0-9.-]+)((?:\s+(?:dot|titik)\s+[A-Za-z0-9-]+)+)/gi, (_, head: string, tail: string) => `${head}${tail.replace(/\s+(?:dot|titik)\s+/gi, ".")}`);
      // "nama . x @ gmail . com", "nama@gmail,com": spaces around the dots, or a comma for one, before a common ending.
      t = t.replace(/([A-Za-z0-9])\s*\.\s*(?=[A-Za-z0-9._%+-]*@)/g, "$1.").replace(/(@[A-Za-z0-9-]+)\s*[.,]\s*(?=(?:com|net|org|id|co|go|ac|sch|or|info|biz|me)\b)/gi, "$1.");
    }
  }
  return t;
}

// Bounded parts (a local part is at most 64 characters, a label 63), so a long run of
// letters around an "@" is checked in linear time: unbounded, it took seconds per cell.
// An address, or a local part at a mail provider with no ending ("nama@gmail").
const email = /[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}|(?:gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|icloud|proton|protonmail|aol)\b)/i;

// A run of digit groups: digits, then up to four separators (spaces, dots, slashes,
// dashes, brackets, a plus) and digits again. Bounded, so it is linear in the text.
const digitRun = /\d+(?:(?:[\s./()+_-]|,(?=\d)){1,4}\d+)*/g;

// The groupings in which these numbers are printed. NIP (18): birth date, appointment
// year and month, sex, serial (8-6-1-3), with the birth date or appointment split
// (8-4-2-1-3, 4-2-2-4-2-1-3), or sex and serial together (8-6-4, 8-4-2-4). NIK (16):
// 4-4-4-4, 6-6-4, region then birth date then serial (6-6-4, 4-2-6-4, 2-2-2-6-4,
// 6-2-2-2-4, 2-2-2-2-2-2-4).
const nipShapes = new Set(["8-6-1-3", "8-4-2-1-3", "4-2-2-4-2-1-3", "8-6-4", "8-4-2-4", "4-2-2-6-1-3", "14-1-3", "14-4"]);
const nikShapes = new Set(["4-4-4-4", "6-6-4", "4-2-6-4", "2-2-2-6-4", "6-2-2-2-4", "2-2-2-2-2-2-4", "4-2-2-2-2-4", "2-4-6-4", "6-6-2-2", "6-10", "12-4", "8-8"]);

// Province codes an NIK may start with.
const provinceCodes = new Set([11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97]);

const num = (digits: string, from: number, length: number) => Number(digits.slice(from, from + length));
const isMonth = (m: number) => m >= 1 && m <= 12;

/** An 18-digit NIP: a birth date, then the year and month of appointment, then sex 1 or 2. */
function looksLikeNip(d: string): boolean {
  const born = num(d, 0, 4);
  const appointed = num(d, 8, 4);
  return born >= 1940 && born <= 2010 && isMonth(num(d, 4, 2)) && num(d, 6, 2) >= 1 && num(d, 6, 2) <= 31
    && appointed >= 1960 && appointed <= 2040 && isMonth(num(d, 12, 2)) && (d[14] === "1" || d[14] === "2");
}

/** A 16-digit NIK: a province code, then a day of birth (plus 40 for women) and a month. */
function looksLikeNik(d: string): boolean {
  const day = num(d, 6, 2);
  return provinceCodes.has(num(d, 0, 2)) && ((day >= 1 && day <= 31) || (day >= 41 && day <= 71)) && isMonth(num(d, 8, 2));
}

const isYear = (g: string) => g.length === 4 && (g.startsWith("19") || g.startsWith("20"));

/** A year (1900-2099) or a day written YYYYMMDD. */
function isDateGroup(g: string): boolean {
  if (isYear(g)) return true;
  return g.length === 8 && isYear(g.slice(0, 4)) && isMonth(Number(g.slice(4, 6))) && Number(g.slice(6, 8)) >= 1 && Number(g.slice(6, 8)) <= 31;
}

/** Groups that are all years or YYYYMMDD days (a whole run of 16 digits read as two days). */
function onlyDates(groups: readonly string[]): boolean {
  if (groups.length === 1 && groups[0]!.length === 16) return isDateGroup(groups[0]!.slice(0, 8)) && isDateGroup(groups[0]!.slice(8));
  return groups.every(isDateGroup);
}

/** Groups (a, b, c) that read as a date: 12/02/2024, 2024-02-12, 12-02-24. */
function hasDateTriple(groups: readonly string[]): boolean {
  for (let i = 0; i + 2 < groups.length; i++) {
    const [a, b, c] = [groups[i]!, groups[i + 1]!, groups[i + 2]!];
    if ((a.length <= 2 && b.length <= 2 && (isYear(c) || c.length === 2)) || (isYear(a) && b.length <= 2 && c.length <= 2)) return true;
  }
  return false;
}

/** The kind of number a run of digit groups holds, or null. */
function judgeRun(run: string): PersonalDataKind | null {
  const groups: string[] = [];
  const spaced: boolean[] = []; // whether a space or slash stands before each group
  const re = /\d+/g;
  let last = 0;
  for (let m = re.exec(run); m !== null; m = re.exec(run)) {
    const separator = run.slice(last, m.index);
    spaced.push(groups.length === 0 || /[\s/(+]/.test(separator));
    groups.push(m[0]);
    last = m.index + m[0].length;
  }
  for (let start = 0; start < groups.length; start++) {
    let digits = "";
    const lengths: number[] = [];
    for (let end = start; end < groups.length && digits.length <= 18; end++) {
      digits += groups[end];
      lengths.push(groups[end]!.length);
      const whole = lengths.length === 1;
      const dated = !whole && hasDateTriple(groups.slice(start, end + 1));
      // An NIP holds two dates itself; a list of dates never reads as one (its first four
      // digits are a day and month, or a year after 2010), so no date check here.
      const shape = lengths.join("-");
      // In pairs ("53 71 04 12 ..."), a run reads as dates, and as a list of numbers too ("TPS 01 02 03 ..."): only one that reads as the number counts.
      const paired = /^2(?:-2)+$/.test(shape);
      if (digits.length === 18 && (whole || nipShapes.has(shape) || looksLikeNip(digits))) return "NIP";
      // Years and days written together ("2014-2019 2019-2024", "20231229-20240103") are not an NIK.
      if (digits.length === 16 && !onlyDates(groups.slice(start, end + 1)) && (whole || nikShapes.has(shape) || ((!dated || paired) && looksLikeNik(digits)))) return "NIK";
      // A date opens with a day or a year, never with a group such as 0812.
      if (spaced[start] && isPhone(digits) && (!dated || groups[start]!.length > 2)) return "phone";
    }
  }
  return null;
}

/** A mobile number: 08x with 10 to 13 digits in all, 628x with 11 to 14, or 00628x (dialled from abroad) with 13 to 16. */
function isPhone(digits: string): boolean {
  if (/^08[1-9]/.test(digits)) return digits.length >= 10 && digits.length <= 13;
  if (/^628[1-9]/.test(digits)) return digits.length >= 11 && digits.length <= 14;
  if (/^00628[1-9]/.test(digits)) return digits.length >= 13 && digits.length <= 16;
  return false;
}

/** Runs of digits that could hold one of these numbers: at least nine digits in all. */
function* candidateRuns(text: string): Generator<string> {
  digitRun.lastIndex = 0;
  for (let m = digitRun.exec(text); m !== null; m = digitRun.exec(text)) {
    let count = 0;
    for (let i = 0; i < m[0].length && count < 9; i++) if (m[0].charCodeAt(i) >= 48 && m[0].charCodeAt(i) <= 57) count++;
    if (count >= 9) yield m[0];
  }
}

function countDigits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/** The first kind of personal number or address found in `text`, or null. */
export function findPersonalData(text: string): PersonalDataKind | null {
  // Most cells hold plain text with a date or two: no address, too few digits for a number.
  if (!text.includes("@") && countDigits(text) < 9 && !/[^\x00-\x7F]|\b(?:at|et|dot|titik)\b|\(\s*a\s*\)/i.test(text)) return null;
  const t = normaliseForGuard(text);
  if (t.includes("@") && email.test(t)) return "email";
  for (const run of candidateRuns(t)) {
    const kind = judgeRun(run);
    if (kind !== null) return kind;
  }
  return null;
}

/**
 * The guard for a citation: a web address's host and path belong to its publisher and
 * often hold long article numbers, so only its query and fragment are checked; a text
 * citation is checked whole.
 */
export function findPersonalDataInSource(source: string, url: URL | null): PersonalDataKind | null {
  if (url === null) return findPersonalData(source);
  if (url.search === "" && url.hash === "" && url.username === "" && url.password === "") return null;
  // Each escape decoded on its own: a stray "%" must not leave the rest encoded.
  const tail = `${url.username} ${url.password} ${url.search} ${url.hash}`.replace(/(?:%[0-9a-f]{2})+/gi, (escaped) => {
    try {
      return decodeURIComponent(escaped);
    } catch {
      return escaped;
    }
  });
  return findPersonalData(tail.replace(/\+/g, " "));
}
