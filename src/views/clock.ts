// A case's deadline clock: each handling step against the limit the law sets, with the
// verdict in words (on time, late by N days, no deadline, not enough dates).

import { countsFromIncident, limitsOf, type StepClock } from "../site/handling/clock.ts";
import { attr, html, inIndonesian, type Html } from "./html.ts";
import { clockSteps, type DayType } from "../ingest/schema/index.ts";
import { formatDate, formatNumber, t, type Lang } from "../i18n/index.ts";
import { capitalise, fieldLabel, label } from "../i18n/labels.ts";

const kindKey = (limit: string) => (limit === "extended" ? "clock.kind.extended" : "clock.kind.basic");

/** The clock section of a case page; `origin` matters because initial information has no deadline yet. */
export function clockSection(lang: Lang, clock: readonly StepClock[], origin: string | null): Html {
  const amount = (n: number, type: DayType) => t(lang, type === "working" ? "clock.unit.working" : "clock.unit.calendar", { n });
  const range = (min: number, max: number, type: DayType) =>
    min === max ? amount(min, type) : t(lang, "clock.range", { min: formatNumber(lang, min), max: amount(max, type) });
  const verdict = (s: StepClock) => {
    switch (s.state) {
      case "late":
        return t(lang, s.elapsed!.min === s.elapsed!.max ? "clock.state.late" : "clock.state.lateAtLeast", { amount: amount(s.over!, s.overDayType!) });
      case "overdue":
        return t(lang, "clock.state.overdue", { amount: amount(s.over!, s.overDayType!) });
      case "pending":
        return t(lang, "clock.state.pending", { date: s.lastDue === null ? "" : formatDate(lang, s.lastDue) });
      default:
        return t(lang, `clock.state.${s.state}`);
    }
  };
  const step = (s: StepClock) => html`<li data-clock="${s.from}-${s.to}" data-state="${s.state}"><h3>${capitalise(label(lang, clockSteps, s.from))} → ${label(lang, clockSteps, s.to)}</h3><p class="verdict ${s.state}">${verdict(s)}</p>${
    s.state === "not_enough_dates" &&
    s.missing.length > 0 &&
    html`<p class="note">${t(lang, "clock.missing", { fields: s.missing.map((key) => fieldLabel(lang, key)).join(", ") })}</p>`
  }${s.state === "no_deadline" && origin === "initial_information" && html`<p class="note">${t(lang, "clock.initialInformation")}</p>`}<dl class="facts">${
    s.elapsed !== null && html`<dt>${t(lang, "clock.taken")}</dt><dd>${range(s.elapsed.min, s.elapsed.max, s.elapsed.dayType)}</dd>`
  }${limitsOf(s).map(
      // The limit the verdict is measured against is named as the one that applies; the
      // days taken, the last day and the days past it are all in its terms.
      (d) =>
        html`<dt>${d === s.limit ? t(lang, "clock.applies") : t(lang, d.limit === "extended" ? "clock.extended" : "clock.limit")}</dt><dd${attr("data-applies", d === s.limit ? d.limit : undefined)}>${
          d === s.limit && `${capitalise(t(lang, kindKey(d.limit)))}: `
        }${amount(d.days, d.day_type)} (${inIndonesian(lang, d.legal_basis)})${!d.checked && html`<em class="unchecked"> · ${t(lang, "clock.unchecked")}</em>`}</dd>`,
    )}${
      s.due !== null &&
      html`<dt>${t(lang, "clock.dueOf", { kind: t(lang, kindKey((s.limit ?? s.basic ?? s.extended)!.limit)) })}</dt><dd data-due>${formatDate(lang, s.due)}</dd>`
    }</dl></li>`;
  return html`<section aria-labelledby="clock"><h2 id="clock">${t(lang, "clock.heading")}</h2><p>${t(lang, "clock.intro")}</p>${clock.length === 0 ? html`<p data-clock="none">${t(lang, "clock.none")}</p>` : html`<ol class="clock">${clock.map(step)}</ol>`}${
    countsFromIncident(clock) && html`<p class="note">${t(lang, "clock.fromIncident")}</p>`
  }</section>`;
}
