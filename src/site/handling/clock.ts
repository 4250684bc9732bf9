// The deadline clock: for each handling step of a case, how long it took against the
// limit the election law sets (data/deadlines.csv), counted in calendar days or in
// working days (no Saturdays, Sundays or holidays from data/holidays.csv).
//
// Dates of month precision give a range of durations; a verdict is given only when the
// whole range agrees, otherwise the step has "not enough dates".

import type { CaseRecord, DeadlineRecord, HolidayRecord } from "../../ingest/dataset.ts";
import { exactDay, partialDate, type PartialDate } from "../../ingest/dates.ts";
import type { ClockStep, DayType, ElectionKind } from "../../ingest/schema/index.ts";

/** Counts days between day numbers (days since 1970-01-01, as dates.ts gives them). */
export class WorkCalendar {
  /** Holidays that fall on a weekday, as sorted day numbers. */
  private readonly weekdayHolidays: readonly number[];

  constructor(holidays: readonly HolidayRecord[]) {
    const days = holidays.map((h) => exactDay(h.date)).filter((d): d is number => d !== null && isWeekday(d));
    this.weekdayHolidays = [...new Set(days)].sort((a, b) => a - b);
  }

  /** Days after `from` up to and including `to` (0 when `to` ≤ `from`): the day after is day 1. */
  count(from: number, to: number, type: DayType): number {
    if (to <= from) return 0;
    if (type === "calendar") return to - from;
    return weekdaysUpTo(to) - weekdaysUpTo(from) - (this.holidaysUpTo(to) - this.holidaysUpTo(from));
  }

  /** The day on which the `days`-th day after `from` falls: the last day allowed. */
  due(from: number, days: number, type: DayType): number {
    if (type === "calendar") return from + days;
    let day = from;
    for (let counted = 0; counted < days; ) {
      day += 1;
      if (this.isWorkingDay(day)) counted += 1;
    }
    return day;
  }

  isWorkingDay(day: number): boolean {
    return isWeekday(day) && this.holidaysUpTo(day) === this.holidaysUpTo(day - 1);
  }

  private holidaysUpTo(day: number): number {
    // Binary search: how many weekday holidays are ≤ day.
    let lo = 0;
    let hi = this.weekdayHolidays.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.weekdayHolidays[mid]! <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// Day 0 (1970-01-01) was a Thursday; shifted by 3, Monday is 0 and Friday 4.
const isWeekday = (day: number) => (day + 3) % 7 < 5;

/** Weekdays among days 0..day (for day ≥ 0). */
function weekdaysUpTo(day: number): number {
  const n = day + 3 + 1; // days from the Monday before day 0, through `day`
  return Math.floor(n / 7) * 5 + Math.min(n % 7, 5) - 3; // minus Mon-Wed before day 0
}


export type ClockState =
  /** Reached within the basic limit. */
  | "on_time"
  /** Reached after the basic limit but within the extended one (allowed when the extension applied). */
  | "extended"
  /** Reached after every limit. */
  | "late"
  /** Not reached yet, and still within the limit today. */
  | "pending"
  /** Not reached yet, and past every limit today. */
  | "overdue"
  /** No limit in data/deadlines.csv applies to this step of this case. */
  | "no_deadline"
  /** A date is missing, or month precision leaves the verdict open. */
  | "not_enough_dates";

export interface StepClock {
  readonly from: ClockStep;
  readonly to: ClockStep;
  readonly state: ClockState;
  readonly basic: DeadlineRecord | null;
  readonly extended: DeadlineRecord | null;
  /**
   * The limit the verdict is measured against: the basic one for "on time", the extended
   * one (where there is one) for "within the extended limit", "late", "pending" and
   * "overdue"; null when there is no verdict.
   */
  readonly limit: DeadlineRecord | null;
  /** Days elapsed (up to today when not reached), in the day type of `limit` (else of the basic limit); min < max with month dates. */
  readonly elapsed: { readonly min: number; readonly max: number; readonly dayType: DayType } | null;
  /** For late and overdue: days past `limit`, at least, in its day type. */
  readonly over: number | null;
  readonly overDayType: DayType | null;
  /** The last day `limit` allows (else the basic limit's), when the start is an exact day (ISO). */
  readonly due: string | null;
  /** The last day allowed by the last limit (the extended one, when there is one). */
  readonly lastDue: string | null;
  /** For "not enough dates": the fields that are blank or known only by month (dates, or the origin of a compiled case). */
  readonly missing: readonly (keyof CaseRecord)[];
}

/** The steps the clock runs between, in handling order. */
export const clockPairs: readonly (readonly [ClockStep, ClockStep])[] = [
  ["incident", "reported"],
  ["reported", "decided"],
];

/** When a case reached a step (from which field); `reached` false means it has not (yet). */
function stepDate(c: CaseRecord, step: ClockStep): { reached: boolean; date: PartialDate | null; field: keyof CaseRecord } {
  switch (step) {
    case "incident":
      return { reached: true, date: partialDate(c.incident_date), field: "incident_date" };
    case "reported":
      // Initial information is still being assessed: not yet registered as a report or finding.
      return { reached: c.origin !== "initial_information", date: partialDate(c.reported_date), field: "reported_date" };
    default: {
      // "decided": the referral, or a dismissed case's outcome.
      const field = c.status === "dismissed" ? "outcome_date" : "referred_date";
      return { reached: c.status !== "in_review", date: c.status === "in_review" ? null : partialDate(c[field]), field };
    }
  }
}

/** The deadlines that apply to a case of this election kind and origin, by step pair. */
function applicable(deadlines: readonly DeadlineRecord[], kind: ElectionKind, c: CaseRecord, from: ClockStep, to: ClockStep) {
  const matches = (d: DeadlineRecord) =>
    d.election_kind === kind &&
    d.from_step === from &&
    d.to_step === to &&
    (d.origin === c.origin || (d.origin === "any" && c.origin !== "initial_information"));
  return {
    basic: deadlines.find((d) => matches(d) && d.limit === "basic") ?? null,
    extended: deadlines.find((d) => matches(d) && d.limit === "extended") ?? null,
  };
}

export interface ClockContext {
  readonly deadlines: readonly DeadlineRecord[];
  readonly calendar: WorkCalendar;
  /** Today as a day number. */
  readonly today: number;
}

/** The clock of every step pair of one case. `kind` is its election's kind (undefined: unknown). */
export function caseClock(c: CaseRecord, kind: ElectionKind | undefined, context: ClockContext): StepClock[] {
  return clockPairs.map(([from, to]) => stepClock(c, kind, from, to, context));
}

function stepClock(c: CaseRecord, kind: ElectionKind | undefined, from: ClockStep, to: ClockStep, context: ClockContext): StepClock {
  const { basic, extended } = kind === undefined ? { basic: null, extended: null } : applicable(context.deadlines, kind, c, from, to);
  const none = { from, to, basic, extended, limit: null, elapsed: null, over: null, overDayType: null, due: null, lastDue: null, missing: [] };
  if (basic === null && extended === null) {
    // A compiled case whose origin no source states: a limit for reports or for findings
    // may apply, so the verdict waits for the origin rather than saying there is none.
    const forSomeOrigin = kind !== undefined && c.origin === null && context.deadlines.some((d) => d.election_kind === kind && d.from_step === from && d.to_step === to);
    return forSomeOrigin ? { ...none, state: "not_enough_dates", missing: ["origin"] } : { ...none, state: "no_deadline" };
  }
  const limits = [basic, extended].filter((d): d is DeadlineRecord => d !== null);
  const start = stepDate(c, from);
  const end = stepDate(c, to);
  // Blank, or known only by month: named when the verdict needs them.
  const vague = [start, ...(end.reached ? [end] : [])].filter((d) => d.date === null || d.date.precision === "month").map((d) => d.field);
  if (start.date === null || (end.reached && end.date === null)) return { ...none, state: "not_enough_dates", missing: vague };
  const first = limits[0]!;
  const last = limits[limits.length - 1]!;
  const dueOf = (d: DeadlineRecord) => (start.date!.precision === "day" ? isoOf(context.calendar.due(start.date!.first, d.days, d.day_type)) : null);

  // The range of days elapsed, in a limit's day type: to the step, or to today while open.
  const endFirst = end.reached ? end.date!.first : context.today;
  const endLast = end.reached ? end.date!.last : context.today;
  const range = (type: DayType) => ({
    min: context.calendar.count(start.date!.last, endFirst, type),
    max: context.calendar.count(start.date!.first, endLast, type),
  });
  // Every figure of a verdict is in the terms of the one limit it is measured against: the
  // days taken in its day type, its last day, the days past it.
  const against = (limit: DeadlineRecord | null, state: ClockState, over: number | null = null): StepClock => {
    const terms = limit ?? first;
    return {
      ...none,
      state,
      limit,
      elapsed: { ...range(terms.day_type), dayType: terms.day_type },
      due: dueOf(terms),
      lastDue: dueOf(last),
      missing: vague,
      over,
      overDayType: over === null ? null : terms.day_type,
    };
  };

  // Open steps: pending while today is within the last limit, overdue once past it.
  if (!end.reached) {
    const r = range(last.day_type);
    if (r.min > last.days) return against(last, "overdue", r.min - last.days);
    if (r.max <= last.days) return against(last, "pending");
    return against(null, "not_enough_dates");
  }
  const taken = range(first.day_type);
  if (taken.max <= first.days) return against(first, first === basic ? "on_time" : "extended");
  if (taken.min <= first.days) return against(null, "not_enough_dates");
  if (extended !== null && first !== extended) {
    const r = range(extended.day_type);
    if (r.max <= extended.days) return against(extended, "extended");
    if (r.min <= extended.days) return against(null, "not_enough_dates");
    return against(extended, "late", r.min - extended.days);
  }
  return against(first, "late", taken.min - first.days);
}

function isoOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** True when a step of the case is still open past its deadline. */
export function isOverdue(clock: readonly StepClock[]): boolean {
  return clock.some((s) => s.state === "overdue");
}

/** A step's limits that apply: the basic one, then the extended one, where there are. */
export function limitsOf(step: StepClock): DeadlineRecord[] {
  return [step.basic, step.extended].filter((d) => d !== null);
}

/** Whether a deadline of the case counts from the incident (said in a note: the law counts from knowing of it). */
export function countsFromIncident(clock: readonly StepClock[]): boolean {
  return clock.some((s) => s.from === "incident" && s.state !== "no_deadline");
}
