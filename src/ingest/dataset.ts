// The pipeline end to end: files -> rows -> validated values -> cross-checked records
// -> one immutable Dataset. Either every file is valid and a Dataset comes out, or
// none does and every problem is listed: nothing half-valid moves on.

import {
  caseKey,
  checkCase,
  checkCompiledCase,
  checkElection,
  checkOfficeMatchesFileName,
  checkUniqueCases,
  checkUniqueSlugs,
  checkUniqueElections,
} from "./crosscheck.ts";
import type { PartialDate } from "./dates.ts";
import { Problems, sortProblems, type Problem } from "./problems/problems.ts";
import { looksLikeHeaderRow } from "./headers.ts";
import { defaultLimits, parseTable, type DataFiles, type FileInput, type Limits } from "./csv.ts";
import type { Region, RegionIndex } from "./regions.ts";
import {
  caseTable,
  compiledCaseTable,
  compiledEventTable,
  electionTable,
  eventTable,
  normaliseName,
  clockSteps,
  deadlineTable,
  holidayTable,
  officialFigureTable,
  type ClockStep,
  type DayType,
  type DeadlineLimit,
  type DeadlineOrigin,
  type ElectionKind,
  type Measure,
  type OfficialStage,
  type Origin,
  type Outcome,
  type ReferralBody,
  type Stage,
  type Status,
  type Table,
  type ViolationType,
} from "./schema/index.ts";
import { validateTable, type ParsedRow, type ValidatedTable } from "./validate.ts";
import { compareText } from "./compare.ts";

/** Who recorded a case: its Bawaslu office (data/cases/), or this project's editors from public reports (data/compiled/cases/). */
export type RecordedBy = "office" | "compiled";

/** One case as published in data/cases.json. Regions are Kemendagri codes, dates ISO at their precision. */
export interface CaseRecord {
  /** `<office code>/<case_id>`, such as "53.71/KPG-2023-07". */
  readonly id: string;
  readonly recorded_by: RecordedBy;
  readonly case_id: string;
  readonly office: string;
  readonly election: string;
  readonly incident_date: string | null;
  readonly incident_regency: string | null;
  readonly reported_date: string | null;
  /** Null only for a compiled case whose origin no source states. */
  readonly origin: Origin | null;
  readonly asn_count: number | null;
  readonly asn_position: string | null;
  readonly asn_employer: string | null;
  readonly asn_employer_regency: string | null;
  readonly violation_type: ViolationType;
  readonly description: string | null;
  readonly status: Status;
  readonly referred_to: ReferralBody | null;
  readonly referred_date: string | null;
  readonly outcome: Outcome | null;
  readonly outcome_detail: string | null;
  readonly outcome_date: string | null;
  readonly sources: readonly string[];
  readonly updated: string;
  /** An office's case: the id of the compiled case it replaces, if any. */
  readonly replaces: string | null;
  /** A compiled case: the id of the office's case that replaced it, if any (set only in Dataset.replaced). */
  readonly replaced_by: string | null;
}

export interface EventRecord {
  /** The id of the case this step belongs to. */
  readonly case: string;
  /** Null only for a compiled step no source dates. */
  readonly date: string | null;
  readonly stage: Stage;
  readonly note: string | null;
  readonly sources: readonly string[];
}

export interface ElectionRecord {
  readonly id: string;
  readonly name_id: string;
  readonly name_en: string;
  readonly kind: ElectionKind;
  readonly voting_day: string;
  readonly campaign_start: string;
  readonly campaign_end: string;
  readonly sources: readonly string[];
}

/** A handling deadline from data/deadlines.csv. */
export interface DeadlineRecord {
  readonly election_kind: ElectionKind;
  readonly origin: DeadlineOrigin;
  readonly from_step: ClockStep;
  readonly to_step: ClockStep;
  readonly days: number;
  readonly day_type: DayType;
  readonly limit: DeadlineLimit;
  readonly legal_basis: string;
  /** Whether the row was checked against the text of the law. */
  readonly checked: boolean;
  readonly checked_against: readonly string[];
  readonly note: string | null;
}

/** A national holiday from data/holidays.csv: working days skip it. */
export interface HolidayRecord {
  readonly date: string;
  readonly name_id: string;
  readonly name_en: string;
  readonly sources: readonly string[];
  readonly checked: boolean;
  readonly checked_against: readonly string[];
}

/** A total an official body stated, from data/official-figures.csv. */
export interface OfficialFigureRecord {
  readonly date: string;
  readonly body: string;
  /** "national", or a region code. */
  readonly scope: string;
  /** An election id, or null for every election. */
  readonly election: string | null;
  /** The unit: persons (asn), cases or reports. */
  readonly measure: Measure;
  readonly stage: OfficialStage;
  readonly value: number;
  readonly note: string | null;
  readonly sources: readonly string[];
}

/** A committed case file, so an office that published a file with no cases can be told apart. */
export interface CaseFile {
  readonly path: string;
  readonly recorded_by: RecordedBy;
  /** The office the file name states ("53.71-kota-kupang.csv"), else the office of its rows. */
  readonly office: string | null;
  readonly cases: number;
}

export interface Dataset {
  /**
   * The cases the record counts, in a stable order: the offices' files by name, then the
   * compiled files by name, rows as written. A compiled case an office's row replaces is
   * not here but in `replaced`.
   */
  readonly cases: readonly CaseRecord[];
  /** Compiled cases that an office's own row replaced: their pages point to it; they are counted no more. */
  readonly replaced: readonly CaseRecord[];
  readonly events: readonly EventRecord[];
  readonly elections: readonly ElectionRecord[];
  readonly files: readonly CaseFile[];
  readonly deadlines: readonly DeadlineRecord[];
  /** Sorted by date. */
  readonly holidays: readonly HolidayRecord[];
  /** Sorted by scope, then date. */
  readonly officialFigures: readonly OfficialFigureRecord[];
}

export interface Summary {
  readonly files: number;
  readonly cases: number;
  readonly events: number;
  readonly elections: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface BuildResult {
  /** Null whenever there is any error. */
  readonly dataset: Dataset | null;
  /** Every problem, in a stable order. */
  readonly problems: readonly Problem[];
  readonly summary: Summary;
}

export interface BuildOptions {
  readonly regions: RegionIndex;
  /** Today as an ISO day (pinned in tests). */
  readonly today: string;
  /** Size limits of a file and a cell; defaultLimits where not given. */
  readonly limits?: Partial<Limits>;
  /**
   * False to read without the name guard (past snapshots, for the releases only), or the
   * files to look for names in (a lone file checked against published data, whose
   * problems are not reported).
   */
  readonly names?: boolean | ((path: string) => boolean);
  /** A file read after all the others, so that a duplicate is reported on its row (a lone file checked against the rest). */
  readonly last?: string;
}

/** A path's last part, on any system (the pipeline also runs in the browser, without node:path). */
const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

const fileOfficePattern = /^(\d{2}(?:\.\d{2})?)(?:[-_ .]|$)/;

export function buildDataset(files: DataFiles, options: BuildOptions): BuildResult {
  const problems = new Problems();
  const { regions, today } = options;
  const limits: Limits = { ...defaultLimits, ...options.limits };
  const read = (input: FileInput, table: Table, context = {}): ValidatedTable => {
    const raw = parseTable(input, problems, (cells) => looksLikeHeaderRow(table, cells), limits);
    return raw === null ? { valid: [], invalid: [] } : validateTable(raw, table, { regions, today, cellCharacters: limits.cellCharacters, names: typeof options.names === "function" ? options.names(input.path) : options.names !== false, ...context }, problems);
  };

  // Elections first: cases refer to them by id or name. An election with an error of
  // its own still counts as known, so its cases are not reported as well.
  let electionRows: ParsedRow[] = [];
  const electionIds = new Map<string, string>();
  if (files.elections === null) {
    const path = `${files.dir.replace(/[\\/]+$/, "")}/elections.csv`;
    problems.error("missing_file", path, null, null, { expected: path });
  } else {
    const { valid, invalid } = read(files.elections, electionTable, { futureDatesAllowed: true });
    electionRows = checkUniqueElections(valid, problems).filter((row) => checkElection(row, problems));
    for (const row of [...valid, ...invalid]) {
      const id = text(row, "id");
      if (id === null) continue;
      for (const key of ["id", "name_id", "name_en"]) {
        const name = text(row, key);
        if (name !== null && !electionIds.has(normaliseName(name))) electionIds.set(normaliseName(name), id);
      }
    }
  }

  const caseRows: ParsedRow[] = [];
  const compiledRows = new Set<ParsedRow>();
  const invalidCases = new Set<string>(); // keys of cases that exist but have an error
  const caseFiles: { path: string; office: Region | null; rows: ParsedRow[]; recordedBy: RecordedBy }[] = [];
  const caseInputs = [
    ...files.cases.map((input) => ({ input, recordedBy: "office" as const })),
    ...(files.compiled?.cases ?? []).map((input) => ({ input, recordedBy: "compiled" as const })),
  ].sort((a, b) => Number(a.input.path === options.last) - Number(b.input.path === options.last));
  for (const { input, recordedBy } of caseInputs) {
    const code = fileOfficePattern.exec(baseName(input.path))?.[1];
    const fileOffice = code === undefined ? null : (regions.byCode(code) ?? null);
    const { valid, invalid } = read(input, recordedBy === "compiled" ? compiledCaseTable : caseTable, { elections: electionIds });
    const rows = valid.filter((row) => {
      checkOfficeMatchesFileName(row, fileOffice, problems);
      if (checkCase(row, problems) && (recordedBy === "office" || checkCompiledCase(row, problems))) return true;
      invalid.push(row);
      return false;
    });
    for (const row of invalid) {
      const officeRegion = row.get("office") as Region | undefined;
      const caseId = text(row, "case_id");
      if (officeRegion !== undefined && caseId !== null) invalidCases.add(caseKey(officeRegion, caseId));
    }
    caseFiles.push({ path: input.path, office: fileOffice, rows, recordedBy });
    for (const row of rows) {
      caseRows.push(row);
      if (recordedBy === "compiled") compiledRows.add(row);
    }
  }
  const casesByKey = checkUniqueCases(caseRows, problems);
  checkUniqueSlugs(casesByKey, problems);
  const replacedBy = checkReplacements(casesByKey, compiledRows, invalidCases, problems);
  const cases: CaseRecord[] = [];
  const replaced: CaseRecord[] = [];
  for (const [key, row] of casesByKey) {
    const by = replacedBy.get(key);
    if (by === undefined) cases.push(toCase(row, compiledRows.has(row) ? "compiled" : "office", null));
    else replaced.push(toCase(row, "compiled", idOf(by)));
  }

  const events: EventRecord[] = [];
  const eventInputs = [...files.events, ...(files.compiled?.events ?? [])];
  const compiledEventFiles = new Set(files.compiled?.events ?? []);
  for (const input of eventInputs) {
    for (const row of read(input, compiledEventFiles.has(input) ? compiledEventTable : eventTable).valid) {
      const key = caseKey(office(row), text(row, "case_id")!);
      const caseRow = casesByKey.get(key);
      if (caseRow !== undefined) events.push(toEvent(row, idOf(caseRow)));
      else if (!invalidCases.has(key)) problems.error("unknown_case", row.file, row.row, "case_id");
    }
  }

  const deadlines = (files.deadlines ?? null) === null ? [] : checkDeadlines(read(files.deadlines!, deadlineTable).valid, problems).map(toDeadline);
  const holidays = (files.holidays ?? null) === null ? [] : checkHolidays(read(files.holidays!, holidayTable, { futureDatesAllowed: true }).valid, problems).map(toHoliday);
  const officialFigures = (files.officialFigures ?? null) === null ? [] : read(files.officialFigures!, officialFigureTable, { elections: electionIds }).valid.map(toOfficialFigure);

  const sorted = sortProblems(problems.list);
  const errors = sorted.filter((p) => p.severity === "error").length;
  const summary: Summary = {
    files:
      eventInputs.length +
      caseInputs.length +
      [files.elections, files.deadlines, files.holidays, files.officialFigures].filter((f) => f != null).length,
    cases: cases.length,
    events: events.length,
    elections: electionRows.length,
    errors,
    warnings: sorted.length - errors,
  };
  if (errors > 0) return { dataset: null, problems: sorted, summary };

  const dataset: Dataset = {
    cases,
    replaced,
    // Undated steps last within their case.
    events: events.sort((a, b) => compareText(a.case, b.case) || compareText(a.date ?? "\uffff", b.date ?? "\uffff")),
    elections: electionRows.map(toElection).sort((a, b) => compareText(a.voting_day, b.voting_day)),
    files: caseFiles.map((f) => ({
      path: f.path,
      recorded_by: f.recordedBy,
      office: f.office?.code ?? (f.rows[0] === undefined ? null : office(f.rows[0]).code),
      cases: f.rows.length,
    })),
    deadlines,
    holidays: holidays.sort((a, b) => compareText(a.date, b.date)),
    officialFigures: officialFigures.sort((a, b) => compareText(a.scope, b.scope) || compareText(a.date, b.date)),
  };
  return { dataset: freezeDataset(dataset), problems: sorted, summary };
}

// --- Rows -> records ----------------------------------------------------------------

const text = (row: ParsedRow, key: string) => (row.get(key) as string | undefined) ?? null;
const iso = (row: ParsedRow, key: string) => (row.get(key) as PartialDate | undefined)?.iso ?? null;
const code = (row: ParsedRow, key: string) => (row.get(key) as Region | undefined)?.code ?? null;
const office = (row: ParsedRow) => row.get("office") as Region;
const idOf = (row: ParsedRow) => `${office(row).code}/${text(row, "case_id")}`;

/**
 * An office's row may name (in `replaces`) a compiled case of its own office, which it then
 * stands for. Returns the office's row by the key of each compiled case it replaces; a
 * `replaces` that names no compiled case of the office, a compiled row with a `replaces`, or
 * a second row replacing one case is an error.
 */
function checkReplacements(
  cases: ReadonlyMap<string, ParsedRow>,
  compiled: ReadonlySet<ParsedRow>,
  invalid: ReadonlySet<string>,
  problems: Problems,
): Map<string, ParsedRow> {
  const replacedBy = new Map<string, ParsedRow>();
  for (const row of cases.values()) {
    const target = text(row, "replaces");
    if (target === null) continue;
    if (compiled.has(row)) {
      problems.error("replaces_in_compiled", row.file, row.row, "replaces");
      continue;
    }
    const key = caseKey(office(row), target);
    const first = replacedBy.get(key);
    const replacedRow = cases.get(key);
    if (first !== undefined) problems.error("duplicate_replaces", row.file, row.row, "replaces", { detail: `${first.file}:${first.row}` });
    else if (replacedRow !== undefined && compiled.has(replacedRow)) replacedBy.set(key, row);
    else if (!invalid.has(key)) problems.error("unknown_replaced_case", row.file, row.row, "replaces");
  }
  return replacedBy;
}

function toCase(row: ParsedRow, recordedBy: RecordedBy, replacedBy: string | null): CaseRecord {
  const officeRegion = office(row);
  const replaces = text(row, "replaces");
  return {
    id: idOf(row),
    recorded_by: recordedBy,
    case_id: text(row, "case_id")!,
    office: officeRegion.code,
    election: text(row, "election")!,
    incident_date: iso(row, "incident_date"),
    // Blank means the office's own regency (a province office has none).
    incident_regency: code(row, "incident_regency") ?? (officeRegion.kind === "regency" ? officeRegion.code : null),
    reported_date: iso(row, "reported_date"),
    origin: text(row, "origin") as Origin | null,
    asn_count: (row.get("asn_count") as number | undefined) ?? null,
    asn_position: text(row, "asn_position"),
    asn_employer: text(row, "asn_employer"),
    asn_employer_regency: code(row, "asn_employer_regency"),
    violation_type: text(row, "violation_type") as ViolationType,
    description: text(row, "description"),
    status: text(row, "status") as Status,
    referred_to: text(row, "referred_to") as ReferralBody | null,
    referred_date: iso(row, "referred_date"),
    outcome: text(row, "outcome") as Outcome | null,
    outcome_detail: text(row, "outcome_detail"),
    outcome_date: iso(row, "outcome_date"),
    sources: row.get("sources") as readonly string[],
    updated: iso(row, "updated")!,
    replaces: replaces === null ? null : `${officeRegion.code}/${replaces}`,
    replaced_by: replacedBy,
  };
}

function toEvent(row: ParsedRow, caseId: string): EventRecord {
  return {
    case: caseId,
    date: iso(row, "date"),
    stage: text(row, "stage") as Stage,
    note: text(row, "note"),
    sources: row.get("sources") as readonly string[],
  };
}

function toElection(row: ParsedRow): ElectionRecord {
  return {
    id: text(row, "id")!,
    name_id: text(row, "name_id")!,
    name_en: text(row, "name_en")!,
    kind: text(row, "kind") as ElectionKind,
    voting_day: iso(row, "voting_day")!,
    campaign_start: iso(row, "campaign_start")!,
    campaign_end: iso(row, "campaign_end")!,
    sources: row.get("sources") as readonly string[],
  };
}

const stepOrder = (step: string) => clockSteps.findIndex((s) => s.key === step);
const yes = (row: ParsedRow, key: string) => text(row, key) === "yes";
const list = (row: ParsedRow, key: string) => (row.get(key) as readonly string[] | undefined) ?? [];

/** One limit per (election kind, origin, steps, limit), and steps in handling order. */
function checkDeadlines(rows: readonly ParsedRow[], problems: Problems): ParsedRow[] {
  const seen = new Map<string, ParsedRow>();
  return rows.filter((row) => {
    if (stepOrder(text(row, "to_step")!) <= stepOrder(text(row, "from_step")!)) {
      problems.error("deadline_steps", row.file, row.row, "to_step");
      return false;
    }
    const key = ["election_kind", "origin", "from_step", "to_step", "limit"].map((k) => text(row, k)).join("/");
    const first = seen.get(key);
    if (first !== undefined) {
      problems.error("duplicate_deadline", row.file, row.row, null, { detail: `${first.file}:${first.row}` });
      return false;
    }
    seen.set(key, row);
    return true;
  });
}

function checkHolidays(rows: readonly ParsedRow[], problems: Problems): ParsedRow[] {
  const seen = new Map<string, ParsedRow>();
  return rows.filter((row) => {
    const date = iso(row, "date")!;
    const first = seen.get(date);
    if (first !== undefined) {
      problems.error("duplicate_holiday", row.file, row.row, "date", { detail: `${first.file}:${first.row}` });
      return false;
    }
    seen.set(date, row);
    return true;
  });
}

function toDeadline(row: ParsedRow): DeadlineRecord {
  return {
    election_kind: text(row, "election_kind") as ElectionKind,
    origin: text(row, "origin") as DeadlineOrigin,
    from_step: text(row, "from_step") as ClockStep,
    to_step: text(row, "to_step") as ClockStep,
    days: row.get("days") as number,
    day_type: text(row, "day_type") as DayType,
    limit: text(row, "limit") as DeadlineLimit,
    legal_basis: text(row, "legal_basis")!,
    checked: yes(row, "checked"),
    checked_against: list(row, "checked_against"),
    note: text(row, "note"),
  };
}

function toHoliday(row: ParsedRow): HolidayRecord {
  return {
    date: iso(row, "date")!,
    name_id: text(row, "name_id")!,
    name_en: text(row, "name_en")!,
    sources: list(row, "sources"),
    checked: yes(row, "checked"),
    checked_against: list(row, "checked_against"),
  };
}

function toOfficialFigure(row: ParsedRow): OfficialFigureRecord {
  const scope = row.get("scope") as Region | "national";
  return {
    date: iso(row, "date")!,
    body: text(row, "body")!,
    scope: scope === "national" ? "national" : scope.code,
    election: text(row, "election"),
    measure: text(row, "measure") as Measure,
    stage: text(row, "stage") as OfficialStage,
    value: row.get("value") as number,
    note: text(row, "note"),
    sources: list(row, "sources"),
  };
}


/** Freeze the Dataset and everything in it: records are flat but for their sources. */
function freezeDataset(dataset: Dataset): Dataset {
  for (const list of [dataset.cases, dataset.replaced, dataset.events, dataset.elections, dataset.holidays, dataset.officialFigures]) {
    for (const record of list) {
      Object.freeze(record.sources);
      Object.freeze(record);
    }
    Object.freeze(list);
  }
  for (const record of dataset.deadlines) Object.freeze(record.checked_against);
  dataset.deadlines.forEach(Object.freeze);
  Object.freeze(dataset.deadlines);
  for (const record of dataset.holidays) Object.freeze(record.checked_against);
  dataset.files.forEach(Object.freeze);
  Object.freeze(dataset.files);
  return Object.freeze(dataset);
}
