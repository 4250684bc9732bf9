// The rows of a table of cases (src/components/CaseList.astro): a province's page lists
// every case its offices handled, thousands of rows at national scale, so the rows are
// written as one string rather than rendered value by value.

import type { Site } from "../site/model.ts";
import type { CaseRecord } from "../ingest/dataset.ts";
import { html, type Html } from "./html.ts";
import { outcomes, statuses, violationTypes } from "../ingest/schema/index.ts";
import { formatDate, localise, t, type Lang } from "../i18n/index.ts";
import { label } from "../i18n/labels.ts";

/**
 * One row per case: id (linked, marked when the editors compiled it), incident date, office,
 * violation, status, outcome, and `role` when given.
 */
export function caseRows(site: Site, lang: Lang, cases: readonly CaseRecord[], role?: string): Html {
  const unknown = t(lang, "case.unknown");
  const pending = t(lang, "outcome.pending");
  const compiled = html`<span class="prov" data-provenance="compiled">${t(lang, "provenance.short.compiled")}</span>`;
  return html`${cases.map(
    (c) =>
      html`<tr><td><a href="${localise(lang, site.casePaths.get(c.id)!)}">${c.id}</a>${c.recorded_by === "compiled" && compiled}</td><td>${c.incident_date === null ? unknown : formatDate(lang, c.incident_date)}</td><td>${
        site.regions.byCode(c.office)?.name ?? c.office
      }</td><td>${label(lang, violationTypes, c.violation_type)}</td><td>${label(lang, statuses, c.status)}</td><td>${
        c.outcome === null ? pending : label(lang, outcomes, c.outcome)
      }</td>${role !== undefined && html`<td>${role}</td>`}</tr>`,
  )}`;
}
