// One case: every fact with its label, its timeline with the days between steps and
// its election's milestones, its deadline clock, how long each stage took, its changes
// and its sources. Written as one string per page: there are two pages per case.

import type { Site } from "../site/model.ts";
import type { CaseRecord } from "../ingest/dataset.ts";
import { html, attr, inIndonesian, type Html } from "./html.ts";
import { caseFactFields, outcomes, referralBodies, stages, statuses, type Field } from "../ingest/schema/index.ts";
import { formatDate, formatNumber, localise, localName, t, type Key, type Lang } from "../i18n/index.ts";
import { capitalise, fieldLabel, label } from "../i18n/labels.ts";
import { sourceView } from "./sources.ts";
import { caseSteps, daysFrom, stepsByKnownDate, type Step } from "../site/timeline.ts";
import { clockSection } from "./clock.ts";
import { isStaleInReview, newestSourceDate } from "../site/freshness.ts";


/**
 * A case's name, built from its record: "Dugaan: ASN Pemerintah Kabupaten Kupang ikut
 * kampanye di Kota Kupang · Pemilu 2024". It says "Dugaan" / "Alleged" until a
 * recommendation or a sanction establishes the breach. The heading, <title>, og:title,
 * feeds and search all use it.
 */
export function caseTitle(site: Site, lang: Lang, c: CaseRecord): string {
  const many = c.asn_count !== null && c.asn_count > 1;
  const subject = many ? t(lang, "case.name.subjectMany", { n: c.asn_count! }) : t(lang, "case.name.subject");
  let text = c.asn_employer === null ? subject : t(lang, "case.name.employer", { subject, employer: c.asn_employer });
  text = `${text} ${t(lang, `case.name.verb.${c.violation_type}` as Key)}`;
  const place = c.incident_regency === null ? undefined : site.regions.byCode(c.incident_regency);
  if (place !== undefined) text = t(lang, "case.name.place", { text, place: place.name });
  const established = c.status === "recommended" || c.status === "sanctioned";
  text = established ? capitalise(text) : t(lang, "case.name.alleged", { text });
  const election = site.electionOf(c.election);
  return election === undefined ? text : `${text} · ${localName(lang, election)}`;
}

/** Who recorded a case, in a sentence: for the meta description and the feeds. */
export function provenanceNote(lang: Lang, c: CaseRecord): string {
  return t(lang, c.recorded_by === "compiled" ? "feed.compiled" : "feed.office");
}

/** The page's meta description: its name, office, status and who recorded it. */
export function caseDescription(site: Site, lang: Lang, c: CaseRecord): string {
  const office = site.regions.byCode(c.office)?.name ?? c.office;
  return t(lang, "case.description", {
    title: caseTitle(site, lang, c),
    office,
    status: label(lang, statuses, c.status),
    provenance: provenanceNote(lang, c).replace(/\.$/, ""),
  });
}

/**
 * "Laporkan kesalahan / Report an error": a pre-filled issue on the repository naming the
 * case, its permalink and the data version, and the editors' e-mail for readers without
 * an account, who may also ask for a correction or reply there.
 */
export function correctionLinks(site: Site, c: CaseRecord, lang: Lang, permalink: string): Html {
  const { repo, contact } = site.corrections;
  const title = t(lang, "corrections.issueTitle", { id: c.id });
  const body = t(lang, "corrections.issueBody", { id: c.id, url: permalink, version: site.version });
  const issue = `${repo}/issues/new?${new URLSearchParams({ title, body, labels: "koreksi" }).toString()}`;
  const mail = `mailto:${contact}?${new URLSearchParams({ subject: t(lang, "corrections.mailSubject", { id: c.id }), body: `${permalink}\n\n` }).toString().replaceAll("+", "%20")}`;
  return html`<section aria-labelledby="corrections"><h2 id="corrections">${t(lang, "corrections.heading")}</h2><p>${t(lang, "corrections.intro")}</p><ul><li><a href="${issue}" rel="noopener" data-correction="issue">${t(lang, "corrections.issue")}</a></li><li><a href="${mail}" data-correction="mail">${t(lang, "corrections.mail", { address: contact })}</a></li></ul><p class="note">${t(lang, "corrections.reply")} <a href="${localise(lang, "/metodologi/#koreksi")}">${t(lang, "corrections.more")}</a></p></section>`;
}

/** Everything inside the page frame; `permalink` is the page's absolute address. */
export function caseBody(site: Site, c: CaseRecord, lang: Lang, permalink: string): Html {
  const election = site.electionOf(c.election);
  const electionName = election === undefined ? null : localName(lang, election);
  const steps = caseSteps(c, site.eventsOf(c.id), election);
  const regionFact = (code: string | null): Html => {
    const region = code === null ? undefined : site.regions.byCode(code);
    return region === undefined ? html`${t(lang, "case.blank")}` : html`<a href="${localise(lang, `/wilayah/${region.code}/`)}">${region.name} (${region.code})</a>`;
  };
  const dateText = (iso: string | null) =>
    iso === null ? t(lang, "case.unknown") : iso.length === 7 ? `${formatDate(lang, iso)} ${t(lang, "case.monthPrecision")}` : formatDate(lang, iso);
  const record = c as unknown as Record<string, unknown>;
  const factValue = ({ key, kind, values }: Field): Html | string => {
    const value = record[key];
    if (kind === "region" || kind === "office" || kind === "employer_region") return regionFact(value as string | null);
    // A referral or outcome date is not "unknown" when there is no referral or outcome yet.
    const applies = key === "referred_date" ? c.referred_to !== null : key === "outcome_date" ? c.outcome !== null : true;
    if (kind === "date") return value === null && !applies ? t(lang, "case.blank") : dateText(value as string | null);
    // A compiled case's origin no source states is unknown, not "none".
    if (key === "origin" && value === null) return t(lang, "case.unknown");
    if (kind === "enum") return value === null ? t(lang, "case.blank") : label(lang, values!, value as string);
    if (kind === "election") return electionName ?? c.election;
    if (key === "asn_count") return value === null ? t(lang, "case.unknown") : formatNumber(lang, value as number);
    // Free text is the office's own words, in Bahasa Indonesia.
    return value === null ? t(lang, "case.blank") : kind === "text" ? inIndonesian(lang, String(value)) : String(value);
  };
  const stepTitle = (s: Step) => {
    switch (s.kind) {
      case "event":
        return s.detail === "other" && s.note ? inIndonesian(lang, s.note) : label(lang, stages, s.detail ?? null);
      case "referred":
        return `${t(lang, "case.step.referred")}${c.referred_to === null ? "" : `: ${label(lang, referralBodies, c.referred_to)}`}`;
      case "outcome":
        return `${t(lang, "case.step.outcome")}: ${label(lang, outcomes, c.outcome)}${c.outcome_detail === null ? "" : ` (${c.outcome_detail})`}`;
      case "election":
        return t(lang, s.detail === "voting_day" ? "chart.voting" : s.detail === "campaign_start" ? "case.campaignStart" : "case.campaignEnd", { name: electionName ?? "" });
      default:
        return t(lang, `case.step.${s.kind}`);
    }
  };
  const gapText = (n: number) => (n === 0 ? t(lang, "case.sameDay") : n === 1 ? t(lang, "case.dayLater") : t(lang, "case.daysLater", { n }));
  const durations = [
    { name: t(lang, "case.duration.reportedToReferred"), days: daysFrom(c.reported_date, c.referred_date) },
    { name: t(lang, "case.duration.referredToOutcome"), days: daysFrom(c.referred_date, c.outcome_date) },
  ];
  const office = site.regions.byCode(c.office)!;
  const title = caseTitle(site, lang, c);
  const link = (id: string) => {
    const other = site.caseById(id) ?? site.replacedCase(id);
    return other === undefined ? html`${id}` : html`<a href="${localise(lang, site.casePaths.get(id)!)}">${caseTitle(site, lang, other)}</a> (${id})`;
  };
  // Who recorded it, before anything else: a compiled case says so; one an office's record
  // replaced points to that record; an office's record names the compiled case it replaced.
  const provenance =
    c.replaced_by !== null
      ? html`<div class="notice" data-provenance="replaced"><p>${t(lang, "case.replacedNote")} ${link(c.replaced_by)}.</p><p>${t(lang, "case.replacedHistory")}</p></div>`
      : c.recorded_by === "compiled"
        ? html`<p class="notice" data-provenance="compiled">${t(lang, "case.compiledNote")}</p>`
        : c.replaces !== null
          ? html`<p class="notice" data-provenance="office">${t(lang, "case.replacesNote")} ${link(c.replaces)}.</p>`
          : "";

  // Which day the record's newest source speaks of; a case in review on old sources says so.
  const newest = newestSourceDate(c, site.eventsOf(c.id));
  const stale = isStaleInReview(c, newest, site.today);
  const facts = [
    html`<dt>${t(lang, "provenance.label")}</dt><dd data-field="recorded_by">${t(lang, `provenance.${c.recorded_by}`)}</dd>`,
    ...caseFactFields.map((field) => html`<dt>${field.label[lang]}</dt><dd data-field="${field.key}">${factValue(field)}</dd>`),
    html`<dt>${t(lang, "case.newestSource")}</dt><dd data-field="newest_source">${newest === null ? t(lang, "case.newestSourceNone") : formatDate(lang, newest)}</dd>`,
  ];
  const { dated, undated } = stepsByKnownDate(steps);
  const step = (s: Step) =>
      html`<li${attr("class", s.kind === "election" ? "election" : undefined)} data-step="${s.kind}"><span class="when">${s.date === null ? t(lang, "case.unknown") : dateText(s.date.iso)}</span> · ${
        s.kind === "election" && html`<span class="note">${t(lang, "case.step.election")}: </span>`
      }<span>${stepTitle(s)}</span>${s.note && !(s.kind === "event" && s.detail === "other") && html`<div>${s.kind === "event" ? inIndonesian(lang, s.note) : s.note}</div>`}${
        s.daysSincePrevious !== undefined && s.daysSincePrevious !== null && html`<div class="gap" data-days="${s.daysSincePrevious}">${gapText(s.daysSincePrevious)}</div>`
      }</li>`;
  // Steps whose date no source gives stand apart: listed after the dated ones, they would
  // read as having come last (an outcome before the report it followed).
  const undatedPart =
    undated.length > 0 &&
    html`<h3 id="undated">${t(lang, "case.undated")}</h3><p class="note">${t(lang, "case.undatedNote")}</p><ul class="timeline-undated">${undated.map(step)}</ul>`;
  const changes = (site.caseChanges.get(c.id) ?? []).map(
    (change) =>
      html`<li><a href="${localise(lang, `/rilis/#r-${change.date}`)}">${formatDate(lang, change.date)}</a>: ${t(lang, `releases.${change.kind}`)}${
        change.fields.length > 0 && ` (${change.fields.map((key) => fieldLabel(lang, key)).join(", ")})`
      }</li>`,
  );
  const sources = c.sources.map((s) => html`<li>${sourceView(lang, s)}</li>`);

  return html`<h1>${title}</h1><p class="lead"><a href="${localise(lang, `/wilayah/${office.code}/`)}">${t(lang, "case.handledBy", { name: office.name })}</a> · ${label(lang, statuses, c.status)}${stale && html` (<span data-stale>${t(lang, "case.staleStatus", { date: formatDate(lang, newest!) })}</span>)`} · ${t(lang, "case.idLine", { id: c.id })}</p>${provenance}${
    stale && html`<p class="notice" data-stale-note>${t(lang, "case.staleNote", { date: formatDate(lang, newest!) })}</p>`
  }${[
    html`<section aria-labelledby="facts"><h2 id="facts">${t(lang, "case.facts")}</h2><dl class="facts">${facts}</dl></section>`,
    html`<section aria-labelledby="timeline"><h2 id="timeline">${t(lang, "case.timeline")}</h2><ol class="timeline">${dated.map(step)}</ol>${undatedPart}</section>`,
    clockSection(lang, site.handling.clockOf(c.id), c.origin),
    html`<section aria-labelledby="durations"><h2 id="durations">${t(lang, "case.durations")}</h2><dl class="facts">${durations.map(
      (d) => html`<dt>${d.name}</dt><dd>${d.days === null ? t(lang, "case.duration.unknown") : t(lang, "case.days", { n: d.days })}</dd>`,
    )}</dl></section>`,
    html`<section aria-labelledby="changes"><h2 id="changes">${t(lang, "releases.caseHeading")}</h2>${changes.length === 0 ? html`<p data-changes="none">${t(lang, "releases.caseNone")}</p>` : html`<ul data-changes>${changes}</ul>`}</section>`,
    html`<section aria-labelledby="sources"><h2 id="sources">${t(lang, "case.sources")}</h2><ul class="sources">${sources}</ul></section>`,
    correctionLinks(site, c, lang, permalink),
  ]}`;
}
