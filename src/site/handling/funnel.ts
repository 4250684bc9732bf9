// Where cases stop: how many of a set of cases reached each step of handling, how many
// were dismissed or are still in review, and the median days between steps.

import { compareText } from "../../ingest/compare.ts";
import type { CaseRecord, EventRecord } from "../../ingest/dataset.ts";
import { exactDay, partialDate, type PartialDate } from "../../ingest/dates.ts";

export type FunnelStage = "reported" | "referred" | "recommendation" | "sanction";

export interface FunnelStep {
  readonly stage: FunnelStage;
  /** Cases that reached this step or a later one. */
  readonly count: number;
  /** count / all cases, 0 without cases. */
  readonly share: number;
}

export type Transition = "reported_referred" | "referred_recommendation" | "referred_sanction" | "reported_dismissed";

export interface Median {
  readonly transition: Transition;
  /** Median whole days, or null when no case has both dates as exact days. */
  readonly days: number | null;
  /** How many cases the median is taken over. */
  readonly cases: number;
}

export interface Funnel {
  readonly total: number;
  readonly steps: readonly FunnelStep[];
  readonly dismissed: number;
  readonly inReview: number;
  /** Cases in review whose handling began more than `openTooLongDays` days ago, the longest open first. */
  readonly openTooLong: readonly CaseRecord[];
  readonly medians: readonly Median[];
}

/** A case in review longer than this many days is shown as open too long. */
export const openTooLongDays = 30;

/** How many of the cases open too long a page names; the rest are counted (the filters list them all). */
export const openTooLongNamed = 20;

/** The cases open too long that a page names, the longest open first, and how many more there are. */
export function longestOpen(funnel: Funnel, count = openTooLongNamed): { named: readonly CaseRecord[]; more: number } {
  return { named: funnel.openTooLong.slice(0, count), more: Math.max(0, funnel.openTooLong.length - count) };
}

const reachedFrom: Record<FunnelStage, ReadonlySet<CaseRecord["status"]>> = {
  reported: new Set(["in_review", "dismissed", "referred", "recommended", "sanctioned"]),
  referred: new Set(["referred", "recommended", "sanctioned"]),
  recommendation: new Set(["recommended", "sanctioned"]),
  sanction: new Set(["sanctioned"]),
};


export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/**
 * The latest day a case in review can have been open since: its report, else its first
 * handling step, else the day its row was written (the office knew of it by then). A
 * month counts at its last day, so "open too long" is certain, never a guess.
 */
function openSince(c: CaseRecord, events: readonly EventRecord[]): number | null {
  const days = [partialDate(c.reported_date), ...events.map((e) => partialDate(e.date)), partialDate(c.updated)]
    .filter((d): d is PartialDate => d !== null)
    .map((d) => d.last);
  return days.length === 0 ? null : Math.min(...days);
}

/** The funnel of a set of cases; `eventsOf` gives a case's extra steps, `today` a day number. */
export function funnel(cases: readonly CaseRecord[], eventsOf: (id: string) => readonly EventRecord[], today: number): Funnel {
  const total = cases.length;
  const steps = (Object.keys(reachedFrom) as FunnelStage[]).map((stage): FunnelStep => {
    const count = cases.filter((c) => reachedFrom[stage].has(c.status)).length;
    return { stage, count, share: total === 0 ? 0 : count / total };
  });
  const gaps: Record<Transition, number[]> = {
    reported_referred: [],
    referred_recommendation: [],
    referred_sanction: [],
    reported_dismissed: [],
  };
  const gap = (list: number[], from: number | null, to: number | null) => {
    if (from !== null && to !== null && to >= from) list.push(to - from);
  };
  const openTooLong: { c: CaseRecord; since: number }[] = [];
  for (const c of cases) {
    const reported = exactDay(c.reported_date);
    const referred = exactDay(c.referred_date);
    gap(gaps.reported_referred, reported, referred);
    if (c.status === "sanctioned") gap(gaps.referred_sanction, referred, exactDay(c.outcome_date));
    if (c.status === "dismissed") gap(gaps.reported_dismissed, reported, exactDay(c.outcome_date));
    const recommendation = eventsOf(c.id).find((e) => e.stage === "recommendation");
    gap(gaps.referred_recommendation, referred, exactDay(recommendation?.date));
    if (c.status === "in_review") {
      const since = openSince(c, eventsOf(c.id));
      if (since !== null && today - since > openTooLongDays) openTooLong.push({ c, since });
    }
  }
  return {
    total,
    steps,
    dismissed: cases.filter((c) => c.status === "dismissed").length,
    inReview: cases.filter((c) => c.status === "in_review").length,
    openTooLong: openTooLong.sort((a, b) => a.since - b.since || compareText(a.c.id, b.c.id)).map(({ c }) => c),
    medians: (Object.keys(gaps) as Transition[]).map((transition) => ({
      transition,
      days: median(gaps[transition]),
      cases: gaps[transition].length,
    })),
  };
}

/** The medians that some case measured (a transition no case made has none to show). */
export function measuredMedians(funnel: Funnel): readonly Median[] {
  return funnel.medians.filter((m) => m.cases > 0);
}
