// Rows -> typed values, one cell at a time, every problem collected. What a cell means
// comes from its Field in schema/; rules across cells and files are in crosscheck.ts.
//
// Checking a cell returns its value, or a Verdict listing what is wrong with it; the
// row loop turns findings into problems at the cell's place. Cells of kinds that repeat
// a few values (dates, enums, regions, elections) are judged once per distinct text.

import { acceptedDateForms, dayNumber, parseDate, type PartialDate } from "./dates.ts";
import { mapHeaders } from "./headers.ts";
import { findByline, findPersonalName, type Places } from "./names.ts";
import { findPersonalData, findPersonalDataInSource, personalDataLabel, type PersonalDataKind } from "./pii.ts";
import type { Problem, ProblemCode, Problems, Severity } from "./problems/problems.ts";
import type { RawTable } from "./csv.ts";
import { describe, type Region, type RegionIndex } from "./regions.ts";
import { normaliseName, normaliseWords, type EnumValue, type Field, type FieldKind, type Table } from "./schema/index.ts";
import { closest } from "./suggest.ts";

export type Value = string | number | PartialDate | Region | readonly string[];

/** One valid row: its place and its values by field key (blank cells have none). */
export class ParsedRow {
  readonly file: string;
  readonly row: number;
  private readonly positions: ReadonlyMap<string, number>;
  private readonly values: readonly (Value | undefined)[];

  constructor(file: string, row: number, positions: ReadonlyMap<string, number>, values: readonly (Value | undefined)[]) {
    this.file = file;
    this.row = row;
    this.positions = positions;
    this.values = values;
  }

  get(key: string): Value | undefined {
    const i = this.positions.get(key);
    return i === undefined ? undefined : this.values[i];
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

export interface Context {
  readonly regions: RegionIndex;
  /** Today as an ISO day; dates after it are errors. */
  readonly today: string;
  /** Election ids by normalised id or name; absent while the elections themselves are read. */
  readonly elections?: ReadonlyMap<string, string>;
  /** Whether dates may lie in the future (an election's voting day may). */
  readonly futureDatesAllowed?: boolean;
  /** The longest cell allowed, in characters (5,000 unless given). */
  readonly cellCharacters?: number;
  /**
   * Whether to look for people's names (in text and in citations); on unless false. Past
   * snapshots of the data, read only to date the releases, are read without it: a rule
   * added later must not make a published release disappear.
   */
  readonly names?: boolean;
}

interface Finding {
  readonly severity: Severity;
  readonly code: ProblemCode;
  readonly extra?: Pick<Problem, "expected" | "suggestion" | "detail">;
}

/** What is wrong with a cell, and its value if it still has one (a warning leaves it valid). */
class Verdict {
  readonly value: Value | undefined;
  readonly findings: readonly Finding[];

  constructor(findings: readonly Finding[], value?: Value) {
    this.findings = findings;
    this.value = value;
  }
}

const error = (code: ProblemCode, extra?: Finding["extra"]) =>
  new Verdict([extra === undefined ? { severity: "error", code } : { severity: "error", code, extra }]);

const earliest = dayNumber(2000, 1, 1);
const idPattern = /^[\p{L}\p{N}][\p{L}\p{N}._\-/ ]{0,63}$/u;
const countPattern = /^\d{1,6}$/;
const repetitiveKinds: ReadonlySet<FieldKind> = new Set(["date", "enum", "count", "region", "office", "employer_region", "election", "scope"]);
const nationalWords: ReadonlySet<string> = new Set(["national", "nasional", "indonesia", "00"]);

// Every number the guard looks for holds digits, and every address an "@" or the word
// "at" or "dot" (full-width forms included); most cells have none of these, and one
// native pattern clears them. Names are looked for in text fields only (names.ts).
const suspicious = /[@\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\uFFFF]|\d(?:\D*\d){2}|\b(?:at|et|dot|titik)\b|\(\s*a\s*\)/i;
// C0 and C1 control characters, and the bidirectional overrides and isolates that show
// text reversed or out of order (U+202A-U+202E, U+2066-U+2069).
const controlCharacter = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/;

/**
 * What must stop a cell before anything else: an invisible control character, or
 * personal data (sources are guarded piece by piece, where a web address's own path
 * is exempt).
 */
function guard(text: string, field: Field | null, places: Places | undefined, names: boolean): Verdict | null {
  if (suspicious.test(text)) {
    if (controlCharacter.test(text)) return error("control_character");
    const found: PersonalDataKind | null = field?.kind === "sources" ? null : findPersonalData(text);
    if (found !== null) return error("personal_data", { detail: personalDataLabel[found] });
  }
  if (names && field?.names !== undefined && findPersonalName(text, field.names, places)) return error("personal_data", { detail: personalDataLabel.name });
  return null;
}

/** Characters as a reader counts them: code points of the composed text (an emoji or an "é" is one). */
function characters(text: string): number {
  const composed = text.normalize("NFC");
  let n = 0;
  for (let i = 0; i < composed.length; i++) {
    const c = composed.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++; // a low surrogate completes the character before it
  }
  return n;
}

export interface ValidatedTable {
  /** Rows without any error: the only ones that move on. */
  readonly valid: ParsedRow[];
  /**
   * Rows with an error (all in `problems`), holding the values that did parse: enough
   * to know that a case or election exists, so what refers to it is not reported too.
   */
  readonly invalid: ParsedRow[];
}

/** Validate every row of a table; every problem goes to `problems`. */
export function validateTable(raw: RawTable, table: Table, context: Context, problems: Problems): ValidatedTable {
  const columns = mapHeaders(
    raw.file,
    table,
    raw.headers,
    (i) => raw.rows.some((r) => (r.cells[i] ?? "").trim() !== ""),
    problems,
  );
  const today = parseDate(context.today);
  if (!today.ok) throw new Error(`today is not a date: ${context.today}`);
  const checker = new CellChecker(context, today.date.first);
  const positions = new Map(table.fields.map((f, i) => [f.key, i]));
  const width = columns.fields.length;
  const slots = columns.fields.map((f) => (f === null ? -1 : positions.get(f.key)!));
  // Texts the name guard reads repeat too (a role, an employer, a stock description).
  const caches = columns.fields.map((f) => (f !== null && (repetitiveKinds.has(f.kind) || f.names !== undefined) ? new Map<string, Value | Verdict>() : null));
  const blankOnes = table.fields.filter((f) => f.presence !== "optional");
  const valid: ParsedRow[] = [];
  const invalid: ParsedRow[] = [];
  const longest = context.cellCharacters ?? 5_000;

  for (const { row, cells } of raw.rows) {
    const errorsBefore = problems.errors;
    const values: (Value | undefined)[] = new Array(table.fields.length);
    for (let i = 0; i < width; i++) {
      const cell = cells[i];
      if (cell === undefined || cell === "") continue;
      const field = columns.fields[i]!;
      const cache = caches[i]!;
      if (cell.length > longest) {
        const length = characters(cell);
        if (length > longest) {
          problems.error("cell_too_long", raw.file, row, columns.names[i]!, { detail: String(length), expected: String(longest) });
          continue;
        }
      }
      let checked = cache?.get(cell);
      if (checked === undefined) {
        checked = guard(cell, field, context.regions.places, context.names !== false) ?? (field === null ? undefined : checker.cell(field, cell.trim()));
        if (cache !== null && checked !== undefined) cache.set(cell, checked);
      }
      if (checked instanceof Verdict) {
        for (const f of checked.findings) {
          problems.add({ severity: f.severity, code: f.code, file: raw.file, row, column: columns.names[i]!, ...f.extra });
        }
        checked = checked.value;
      }
      if (field !== null) values[slots[i]!] = checked;
    }
    // Blank cells where a value is required (an error) or recommended (a warning); a
    // column the file leaves out is already a missing_column problem.
    for (const field of blankOnes) {
      const column = columns.index.get(field.key);
      if (column === undefined) continue;
      const cell = cells[column];
      if (cell !== undefined && cell !== "" && cell.trim() !== "") continue;
      if (field.presence === "required") problems.error("required_value", raw.file, row, field.key);
      else problems.warning("unknown_value", raw.file, row, field.key);
    }
    const parsed = new ParsedRow(raw.file, row, positions, values);
    (problems.errors === errorsBefore && columns.usable ? valid : invalid).push(parsed);
  }
  return { valid, invalid };
}

/** Parses one non-blank cell by its field's kind: its value, or a Verdict of what is wrong. */
class CellChecker {
  private readonly context: Context;
  private readonly today: number;

  constructor(context: Context, today: number) {
    this.context = context;
    this.today = today;
  }

  cell(field: Field, text: string): Value | Verdict | undefined {
    if (text === "") return undefined; // a cell of spaces is blank
    switch (field.kind) {
      case "text":
        return text;
      case "id":
        return idPattern.test(text) ? text : error("invalid_value", { expected: "A-Z a-z 0-9 . _ - / (≤ 64)" });
      case "date":
        return this.date(text);
      case "enum":
        return enumValue(field, text);
      case "count":
        return countPattern.test(text) ? Number(text) : error("invalid_number");
      case "region":
      case "office":
      case "employer_region":
        return this.region(field, text);
      case "election":
        return this.election(text);
      case "scope":
        return nationalWords.has(normaliseName(text)) ? "national" : this.region(field, text);
      case "sources":
        return sources(text, this.context.names !== false, this.context.regions.places);
    }
  }

  private date(text: string): PartialDate | Verdict {
    const result = parseDate(text);
    if (!result.ok) return error(result.code, result.code === "invalid_date" ? { expected: acceptedDateForms } : undefined);
    if (result.date.first > this.today && !this.context.futureDatesAllowed) {
      return error("future_date", { expected: this.context.today });
    }
    if (result.date.last < earliest) return error("date_too_early");
    return result.date;
  }

  private region(field: Field, text: string): Region | Verdict {
    const result = this.context.regions.resolve(text, field.kind !== "region");
    if (result.ok) return result.region;
    switch (result.reason) {
      case "ambiguous":
        return error("ambiguous_region", { expected: result.candidates.map(describe).join(", ") });
      case "not_a_regency":
        return error("not_a_regency");
      case "unknown":
        return error("unknown_region", result.suggestion === undefined ? undefined : { suggestion: result.suggestion });
    }
  }

  private election(text: string): string | Verdict {
    const elections = this.context.elections ?? new Map<string, string>();
    const id = elections.get(normaliseName(text));
    if (id !== undefined) return id;
    const near = closest(normaliseName(text), elections.keys());
    return error("unknown_election", {
      expected: [...new Set(elections.values())].join(", "),
      ...(near === undefined ? {} : { suggestion: elections.get(near)! }),
    });
  }
}

function enumValue(field: Field, text: string): string | Verdict {
  const words = enumWords(field);
  const key = words.get(normaliseWords(text)) ?? words.get(normaliseName(text));
  if (key !== undefined) return key;
  const near = closest(normaliseWords(text), words.keys());
  return error("invalid_value", {
    expected: field.values!.map((v) => (v.key === v.label.id ? v.key : `${v.key} (${v.label.id})`)).join(", "),
    ...(near === undefined ? {} : { suggestion: words.get(near)! }),
  });
}

// A publisher's citations repeat ("Kantor Berita, 3 Januari 2024" in many rows): each text
// citation's name verdict is worked out once per set of places.
const citationVerdicts = new WeakMap<object, Map<string, boolean>>();
const withoutPlaces = {};
function citationNamesPerson(piece: string, places: Places | undefined): boolean {
  let cache = citationVerdicts.get(places ?? withoutPlaces);
  if (cache === undefined) citationVerdicts.set(places ?? withoutPlaces, (cache = new Map()));
  let verdict = cache.get(piece);
  if (verdict === undefined) {
    verdict = findByline(piece, places) || findPersonalName(piece, "citation", places);
    if (cache.size > 20_000) cache.clear();
    cache.set(piece, verdict);
  }
  return verdict;
}

/** " | "-separated citations: each an http(s) address or a text citation, guarded piece by piece. */
function sources(text: string, names: boolean, places: Places | undefined): readonly string[] | Verdict | undefined {
  const list: string[] = [];
  const findings: Finding[] = [];
  const pieces = text.includes("|") ? text.split("|") : [text];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!.trim();
    if (piece === "") {
      findings.push({ severity: "warning", code: "empty_source" });
      continue;
    }
    const scheme = schemeOf(piece);
    const isUrl = scheme === "http" || scheme === "https";
    if (isUrl && !(webAddress.test(piece) && URL.canParse(piece))) {
      findings.push({ severity: "error", code: "invalid_source", extra: { detail: String(i + 1) } });
      continue;
    }
    if (!isUrl && scheme !== null) {
      findings.push({ severity: "error", code: "unsafe_source", extra: { detail: String(i + 1) } });
      continue;
    }
    // Only an address's query, fragment or user part can carry personal data; a text
    // citation is checked whole, and names its publisher, never its writer.
    const url = isUrl && /[?#@]/.test(piece) ? new URL(piece) : null;
    const pii = isUrl && url === null ? null : findPersonalDataInSource(piece, url) ?? (isUrl || !names || !citationNamesPerson(piece, places) ? null : "name");
    if (pii !== null) {
      findings.push({ severity: "error", code: "personal_data", extra: { detail: personalDataLabel[pii] } });
      continue;
    }
    list.push(piece);
  }
  if (findings.length === 0) return list;
  const failed = findings.some((f) => f.severity === "error");
  if (!failed && list.length === 0) findings.push({ severity: "error", code: "required_value" });
  return new Verdict(findings, failed || list.length === 0 ? undefined : list);
}

/** http(s), a host with a dot in it, and no spaces anywhere. */
const webAddress = /^https?:\/\/[^/?#\s]*\.[^/?#\s]*[^\s]*$/i;
const hiddenInAddress = /[\x00-\x1f\x7f]/;
const dangerousSchemes = new Set(["javascript", "vbscript", "data", "file", "blob", "filesystem", "about", "mailto", "tel", "sms", "ftp", "ws", "wss", "intent", "jar"]);

/**
 * The address scheme a citation would have if a browser followed it, or null for a
 * text citation. Browsers drop tabs, newlines and control characters inside an
 * address, so "java\tscript:" is "javascript:". A text such as "Catatan: rapat
 * pleno" (a plain word, then a colon and a space) is a citation, not an address;
 * dangerous schemes are refused however they are followed.
 */
export function schemeOf(piece: string): string | null {
  const compact = hiddenInAddress.test(piece) ? piece.replace(/[\x00-\x1f\x7f]+/g, "") : piece;
  const colon = compact.indexOf(":");
  if (colon < 1 || !/^[a-z][a-z0-9+.-]*$/i.test(compact.slice(0, colon))) return null;
  const scheme = compact.slice(0, colon).toLowerCase();
  if (dangerousSchemes.has(scheme) || scheme === "http" || scheme === "https") return scheme;
  const afterColon = compact.charAt(colon + 1);
  return afterColon === " " || afterColon === "" ? null : scheme;
}

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
