// Dates as offices write them, with their precision kept: a day (2024-01-04) or only a
// month (2023-12). A month-precision date is a range, and comparisons respect that.

export type Precision = "day" | "month";

export interface PartialDate {
  /** ISO text at its precision: "2024-01-04" or "2023-12". */
  readonly iso: string;
  readonly precision: Precision;
  /** First and last day the date may mean, as days since 1970-01-01 (UTC). */
  readonly first: number;
  readonly last: number;
}

export type DateResult =
  | { readonly ok: true; readonly date: PartialDate }
  | { readonly ok: false; readonly code: "invalid_date" | "impossible_date" };

export const acceptedDateForms = "YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY, D Bulan YYYY (1 Februari 2024), YYYY-MM";

const monthNames = new Map<string, number>();
const monthWords: readonly (readonly string[])[] = [
  ["januari", "january", "jan"],
  ["februari", "pebruari", "february", "feb", "peb"],
  ["maret", "march", "mar"],
  ["april", "apr"],
  ["mei", "may"],
  ["juni", "june", "jun"],
  ["juli", "july", "jul"],
  ["agustus", "august", "agu", "agt", "ags", "aug"],
  ["september", "sept", "sep"],
  ["oktober", "october", "okt", "oct"],
  ["november", "nopember", "nov", "nop"],
  ["desember", "december", "des", "dec"],
];
monthWords.forEach((words, i) => words.forEach((w) => monthNames.set(w, i + 1)));

const weekdays = /^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+/;
const timeSuffix = /\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$/;

const isoDay = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const dayMonthName = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/;
const isoMonth = /^(\d{4})-(\d{1,2})$/;
const monthYear = /^(\d{1,2})\/(\d{4})$/;
const monthNameYear = /^([a-z]+)\.?\s+(\d{4})$/;

export function parseDate(input: string): DateResult {
  const text = input.trim().toLowerCase().replace(/\s+/g, " ").replace(weekdays, "").replace(timeSuffix, "");
  let m: RegExpExecArray | null;
  if ((m = isoDay.exec(text))) return day(+m[1]!, +m[2]!, +m[3]!);
  if ((m = dmy.exec(text))) return day(+m[3]!, +m[2]!, +m[1]!);
  if ((m = dayMonthName.exec(text))) {
    const month = monthNames.get(m[2]!);
    return month === undefined ? invalid : day(+m[3]!, month, +m[1]!);
  }
  if ((m = isoMonth.exec(text))) return month(+m[1]!, +m[2]!);
  if ((m = monthYear.exec(text))) return month(+m[2]!, +m[1]!);
  if ((m = monthNameYear.exec(text))) {
    const mo = monthNames.get(m[1]!);
    return mo === undefined ? invalid : month(+m[2]!, mo);
  }
  return invalid;
}

const invalid: DateResult = { ok: false, code: "invalid_date" };
const impossible: DateResult = { ok: false, code: "impossible_date" };

function day(year: number, month: number, dayOfMonth: number): DateResult {
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return impossible;
  const n = dayNumber(year, month, dayOfMonth);
  return { ok: true, date: { iso: `${year}-${pad(month)}-${pad(dayOfMonth)}`, precision: "day", first: n, last: n } };
}

function month(year: number, monthOfYear: number): DateResult {
  if (monthOfYear < 1 || monthOfYear > 12) return impossible;
  return {
    ok: true,
    date: {
      iso: `${year}-${pad(monthOfYear)}`,
      precision: "month",
      first: dayNumber(year, monthOfYear, 1),
      last: dayNumber(year, monthOfYear, daysInMonth(year, monthOfYear)),
    },
  };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function dayNumber(year: number, month: number, dayOfMonth: number): number {
  return Date.UTC(year, month - 1, dayOfMonth) / 86_400_000;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Today's date in eastern Indonesia (WIT, UTC+9), the furthest ahead of the country's
 * three time zones, so a date that is already today anywhere in Indonesia is never "future".
 */
export function todayInIndonesia(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}

/** True when `a` is certainly after `b`: month precision counts as its whole range. */
export function certainlyAfter(a: PartialDate, b: PartialDate): boolean {
  return a.first > b.last;
}

/** Whole days from `a` to `b`, or null unless both are known to the day. */
export function daysBetween(a: PartialDate, b: PartialDate): number | null {
  return a.precision === "day" && b.precision === "day" ? b.first - a.first : null;
}

// Stored dates repeat across thousands of cases and every page reads them again: parse each once.
const stored = new Map<string, PartialDate | null>();

/** A stored ISO date ("2024-01-04" or "2023-12") as a PartialDate; null when blank. */
export function partialDate(iso: string | null | undefined): PartialDate | null {
  if (iso === null || iso === undefined) return null;
  let date = stored.get(iso);
  if (date === undefined) {
    const r = parseDate(iso);
    date = r.ok ? r.date : null;
    stored.set(iso, date);
  }
  return date;
}

/** A stored ISO date as a day number, or null when blank or known only by month. */
export function exactDay(iso: string | null | undefined): number | null {
  const date = partialDate(iso);
  return date !== null && date.precision === "day" ? date.first : null;
}
