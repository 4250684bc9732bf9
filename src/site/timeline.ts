// A case's steps in date order, with the days between consecutive ones, and the
// milestones of its election for context.

import type { CaseRecord, ElectionRecord, EventRecord } from "../ingest/dataset.ts";
import { daysBetween, partialDate, type PartialDate } from "../ingest/dates.ts";

export type StepKind = "incident" | "reported" | "event" | "referred" | "outcome" | "election";

export interface Step {
  readonly kind: StepKind;
  readonly date: PartialDate | null;
  /** For events: the stage key; for election milestones: which one. */
  readonly detail?: string;
  readonly note?: string | null;
  /** Whole days since the previous dated step of the case (not election milestones), when both are exact days. */
  readonly daysSincePrevious?: number | null;
}

/** Steps ordered by date (a month sorts at its first day); steps without a date come last. */
export function caseSteps(c: CaseRecord, events: readonly EventRecord[], election: ElectionRecord | undefined): Step[] {
  // One step per happening: an event that records the referral or the outcome on the day
  // the case row gives for it is that step, and lends it its note.
  const sameAs = (e: EventRecord, stages: readonly string[], date: string | null) => date !== null && e.date === date && stages.includes(e.stage);
  const referralEvent = events.find((e) => sameAs(e, ["referred"], c.referred_date));
  const outcomeEvent = events.find((e) => sameAs(e, ["sanction", "recommendation", "closed"], c.outcome_date));
  const own: Step[] = [
    { kind: "incident", date: partialDate(c.incident_date) },
    { kind: "reported", date: partialDate(c.reported_date) },
    ...events.filter((e) => e !== referralEvent && e !== outcomeEvent).map((e): Step => ({ kind: "event", date: partialDate(e.date), detail: e.stage, note: e.note })),
    ...(c.referred_to === null && c.referred_date === null ? [] : [{ kind: "referred" as const, date: partialDate(c.referred_date), note: referralEvent?.note ?? null }]),
    ...(c.outcome === null ? [] : [{ kind: "outcome" as const, date: partialDate(c.outcome_date), note: outcomeEvent?.note ?? null }]),
  ];
  const milestones: Step[] =
    election === undefined
      ? []
      : [
          { kind: "election", date: partialDate(election.campaign_start), detail: "campaign_start" },
          { kind: "election", date: partialDate(election.campaign_end), detail: "campaign_end" },
          { kind: "election", date: partialDate(election.voting_day), detail: "voting_day" },
        ];
  const order = (s: Step) => s.date?.first ?? Infinity;
  const dated = [...own, ...milestones].filter((s) => s.date !== null).sort((a, b) => order(a) - order(b));
  let previous: PartialDate | null = null;
  const withGaps = dated.map((s): Step => {
    if (s.kind === "election") return s;
    const gap = previous === null ? null : daysBetween(previous, s.date!);
    previous = s.date;
    return { ...s, daysSincePrevious: gap };
  });
  return [...withGaps, ...own.filter((s) => s.date === null)];
}

/** A case's steps in two parts: those in date order, and those whose date no source gives (their order is unknown). */
export function stepsByKnownDate(steps: readonly Step[]): { readonly dated: readonly Step[]; readonly undated: readonly Step[] } {
  return { dated: steps.filter((s) => s.date !== null), undated: steps.filter((s) => s.date === null) };
}

/** Whole days between two ISO dates, or null unless both are exact days. */
export function daysFrom(from: string | null, to: string | null): number | null {
  const a = partialDate(from);
  const b = partialDate(to);
  return a === null || b === null ? null : daysBetween(a, b);
}
