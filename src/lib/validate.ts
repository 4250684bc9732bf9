// Rows -> typed values, one cell at a time, every problem collected. What a cell means
// comes from its Field in schema.ts; rules across cells and files are in crosscheck.ts.

import { acceptedDateForms, dayNumber, parseDate, type PartialDate } from "./dates.ts";
import { mapHeaders } from "./headers.ts";
import { findPersonalData, findPersonalDataInSource, personalDataLabel } from "./pii.ts";
import type { Problems } from "./problems.ts";
import type { RawTable } from "./read.ts";
import { describe, type Region, type RegionIndex } from "./regions.ts";
import { normaliseName, normaliseWords, type EnumValue, type Field, type Table } from "./schema.ts";
import { closest } from "./suggest.ts";

export type Value = string | number | PartialDate | Region | readonly string[];

/** One valid row: its place and its values by field key (blank cells are absent). */
export interface ParsedRow {
  readonly file: string;
  readonly row: number;
  readonly values: ReadonlyMap<string, Value>;
  /** The field keys whose cells were blank. */
  readonly blank: ReadonlySet<string>;
}

export interface Context {
  readonly regions: RegionIndex;
  /** Today as an ISO day; dates after it are errors. */
  readonly today: string;
  /** Election ids by normalised id or name; absent while the elections themselves are read. */
  readonly elections?: ReadonlyMap<string, string>;
  /** Whether dates may lie in the future (an election's voting day may). */
  readonly futureDatesAllowed?: boolean;
}

const earliest = dayNumber(2000, 1, 1);
const idPattern = /^[\p{L}\p{N}][\p{L}\p{N}._\-/ ]{0,63}$/u;
const schemePattern = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Validate every row of a table. Rows with any error are left out of the result, so
 * nothing half-valid moves on; their problems are all in `problems`.
 */
export function validateTable(raw: RawTable, table: Table, context: Context, problems: Problems): ParsedRow[] {
  const columns = mapHeaders(
    raw.file,
    table,
    raw.headers,
    (i) => raw.rows.some((r) => (r.cells[i] ?? "").trim() !== ""),
    problems,
  );
  const todayNumber = parseDate(context.today);
  if (!todayNumber.ok) throw new Error(`today is not a date: ${context.today}`);
  const check = new CellChecker(raw.file, context, todayNumber.date.first, problems);
  const result: ParsedRow[] = [];
  const width = columns.fields.length;

  for (const { row, cells } of raw.rows) {
    const errorsBefore = problems.errors;
    const values = new Map<string, Value>();
    const blank = new Set<string>();
    const personal = new Set<number>();
    // The guard first, on every cell of every column: a flagged cell is judged no further.
    for (let i = 0; i < width; i++) {
      const cell = cells[i];
      if (cell === undefined || cell === "" || columns.fields[i]?.kind === "sources") continue;
      const kind = findPersonalData(cell);
      if (kind !== null) {
        problems.error("personal_data", raw.file, row, columns.names[i]!, { detail: personalDataLabel[kind] });
        personal.add(i);
      }
    }
    for (let i = 0; i < width; i++) {
      const field = columns.fields[i];
      if (field === null || field === undefined || personal.has(i)) continue;
      const text = (cells[i] ?? "").trim();
      if (text === "") {
        blank.add(field.key);
        if (field.presence === "required") problems.error("required_value", raw.file, row, field.key);
        else if (field.presence === "recommended") problems.warning("unknown_value", raw.file, row, field.key);
        continue;
      }
      const value = check.cell(field, text, row);
      if (value !== undefined) values.set(field.key, value);
    }
    for (const field of table.fields) if (!columns.index.has(field.key)) blank.add(field.key);
    if (problems.errors === errorsBefore && columns.usable) result.push({ file: raw.file, row, values, blank });
  }
  return result;
}

/** Parses one cell by its field's kind, reporting what is wrong; undefined when invalid. */
class CellChecker {
  private readonly dates = new Map<string, ReturnType<typeof parseDate>>();
  private readonly file: string;
  private readonly context: Context;
  private readonly today: number;
  private readonly problems: Problems;

  constructor(file: string, context: Context, today: number, problems: Problems) {
    this.file = file;
    this.context = context;
    this.today = today;
    this.problems = problems;
  }

  cell(field: Field, text: string, row: number): Value | undefined {
    switch (field.kind) {
      case "text":
        return text;
      case "id":
        return idPattern.test(text) ? text : this.fail("invalid_value", row, field, "A-Z a-z 0-9 . _ - / (≤ 64)");
      case "date":
        return this.date(field, text, row);
      case "enum":
        return this.enumValue(field, text, row);
      case "count":
        return /^\d{1,6}$/.test(text) ? Number(text) : this.fail("invalid_number", row, field);
      case "region":
      case "office":
      case "employer_region":
        return this.region(field, text, row);
      case "election":
        return this.election(field, text, row);
      case "sources":
        return this.sources(field, text, row);
    }
  }

  private fail(code: "invalid_value" | "invalid_number", row: number, field: Field, expected?: string): undefined {
    this.problems.error(code, this.file, row, field.key, expected === undefined ? undefined : { expected });
    return undefined;
  }

  private date(field: Field, text: string, row: number): PartialDate | undefined {
    let result = this.dates.get(text);
    if (result === undefined) {
      result = parseDate(text);
      this.dates.set(text, result);
    }
    if (!result.ok) {
      const extra = result.code === "invalid_date" ? { expected: acceptedDateForms } : undefined;
      this.problems.error(result.code, this.file, row, field.key, extra);
      return undefined;
    }
    if (result.date.first > this.today && !this.context.futureDatesAllowed) {
      this.problems.error("future_date", this.file, row, field.key, { expected: this.context.today });
      return undefined;
    }
    if (result.date.last < earliest) {
      this.problems.error("date_too_early", this.file, row, field.key);
      return undefined;
    }
    return result.date;
  }

  private enumValue(field: Field, text: string, row: number): string | undefined {
    const words = enumWords(field);
    const key = words.get(normaliseWords(text)) ?? words.get(normaliseName(text));
    if (key !== undefined) return key;
    const near = closest(normaliseWords(text), words.keys());
    this.problems.error("invalid_value", this.file, row, field.key, {
      expected: field.values!.map((v) => (v.key === v.label.id ? v.key : `${v.key} (${v.label.id})`)).join(", "),
      ...(near === undefined ? {} : { suggestion: words.get(near)! }),
    });
    return undefined;
  }

  private region(field: Field, text: string, row: number): Region | undefined {
    const result = this.context.regions.resolve(text, field.kind !== "region");
    if (result.ok) return result.region;
    const file = this.file;
    switch (result.reason) {
      case "ambiguous":
        this.problems.error("ambiguous_region", file, row, field.key, { expected: result.candidates.map(describe).join(", ") });
        break;
      case "not_a_regency":
        this.problems.error("not_a_regency", file, row, field.key);
        break;
      case "unknown":
        this.problems.error("unknown_region", file, row, field.key, result.suggestion === undefined ? undefined : { suggestion: result.suggestion });
        break;
    }
    return undefined;
  }

  private election(field: Field, text: string, row: number): string | undefined {
    const elections = this.context.elections ?? new Map<string, string>();
    const id = elections.get(normaliseName(text));
    if (id !== undefined) return id;
    const near = closest(normaliseName(text), elections.keys());
    this.problems.error("unknown_election", this.file, row, field.key, {
      expected: [...new Set(elections.values())].join(", "),
      ...(near === undefined ? {} : { suggestion: elections.get(near)! }),
    });
    return undefined;
  }

  private sources(field: Field, text: string, row: number): readonly string[] | undefined {
    const pieces = text.split("|").map((s) => s.trim());
    const sources: string[] = [];
    let ok = true;
    pieces.forEach((piece, i) => {
      const detail = String(i + 1);
      if (piece === "") {
        this.problems.warning("empty_source", this.file, row, field.key);
        return;
      }
      const scheme = schemeOf(piece);
      let url: URL | null = null;
      if (scheme === "http" || scheme === "https") {
        url = URL.canParse(piece) ? new URL(piece) : null;
        if (url === null || !url.hostname.includes(".") || /\s/.test(piece)) {
          this.problems.error("invalid_source", this.file, row, field.key, { detail });
          ok = false;
          return;
        }
      } else if (scheme !== null) {
        this.problems.error("unsafe_source", this.file, row, field.key, { detail });
        ok = false;
        return;
      }
      const pii = findPersonalDataInSource(piece, url);
      if (pii !== null) {
        this.problems.error("personal_data", this.file, row, field.key, { detail: personalDataLabel[pii] });
        ok = false;
        return;
      }
      sources.push(url === null ? piece : url.href);
    });
    if (ok && sources.length === 0) {
      this.problems.error("required_value", this.file, row, field.key);
      return undefined;
    }
    return ok ? sources : undefined;
  }
}

/**
 * The address scheme a citation would have if a browser followed it, or null for a
 * text citation. Browsers drop tabs, newlines and control characters inside an
 * address, so "java\tscript:" is "javascript:". A text such as "Catatan: rapat
 * pleno" (a plain word, then a colon and a space) is a citation, not an address;
 * dangerous schemes are refused however they are followed.
 */
export function schemeOf(piece: string): string | null {
  const compact = piece.replace(/[\x00-\x1f\x7f]+/g, "");
  const scheme = schemePattern.exec(compact)?.[1]?.toLowerCase();
  if (scheme === undefined) return null;
  if (dangerousSchemes.has(scheme) || scheme === "http" || scheme === "https") return scheme;
  const afterColon = compact.charAt(scheme.length + 1);
  return afterColon === " " || afterColon === "" ? null : scheme;
}

const dangerousSchemes = new Set(["javascript", "vbscript", "data", "file", "blob", "filesystem", "about", "mailto", "tel", "sms", "ftp", "ws", "wss", "intent", "jar"]);

const enumCache = new WeakMap<Field, Map<string, string>>();

/** Every accepted spelling of a field's values -> the value's key. */
function enumWords(field: Field): Map<string, string> {
  let words = enumCache.get(field);
  if (words === undefined) {
    words = new Map();
    for (const value of field.values ?? ([] as readonly EnumValue[])) {
      for (const word of [value.key, value.label.en, ...value.words]) {
        words.set(normaliseWords(word), value.key);
        words.set(normaliseName(word), value.key);
      }
    }
    enumCache.set(field, words);
  }
  return words;
}
