// The filters island (src/components/Filters.astro): reads the filters from the URL and
// the form, fetches the page's cases once, and shows the filtered figures, the cases and
// downloads of exactly those cases (formula-safe CSV and JSON with the filters in their
// name and metadata). Back and forward restore the view.
import { figures } from "../site/figures.ts";
import type { CaseRecord } from "../ingest/dataset.ts";
import { casesToCsv } from "../site/export.ts";
import { filterCases, filterSlug, filterKeys, filtersToQuery, isFiltered, parseFilters, type Filters } from "./filter.ts";
import { casePaths } from "../site/slugs.ts";
import { headlineFigures } from "../i18n/labels.ts";

const section = document.querySelector<HTMLElement>("section.filters")!;
const form = section.querySelector("form")!;
const panel = section.querySelector<HTMLElement>(".filtered")!;
const labels = JSON.parse(section.dataset.labels!) as {
  status: Record<string, string>; violation_type: Record<string, string>; outcome: Record<string, string>; pending: string; offices: Record<string, string>;
};
let all: Promise<CaseRecord[]> | undefined;
let urls: string[] = [];
section.hidden = false;

const readForm = (): Filters => parseFilters(new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString());
const writeForm = (filters: Filters) => {
  for (const key of filterKeys) {
    const field = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
    if (field) field.value = filters[key] ?? "";
  }
};

async function render(filters: Filters) {
  if (!isFiltered(filters)) {
    panel.hidden = true;
    return;
  }
  all ??= fetch(section.dataset.source!).then((r) => r.json() as Promise<CaseRecord[]>);
  const cases = await all;
  const paths = casePaths(cases);
  const shown = filterCases(cases, filters);
  const f = figures(shown);
  section.querySelectorAll<HTMLElement>("[data-filtered]").forEach((dd, i) => (dd.textContent = headlineFigures[i]![1](f).toLocaleString(section.dataset.lang === "id" ? "id-ID" : "en-GB")));
  const summary = section.querySelector<HTMLElement>(".filter-summary")!;
  summary.textContent = summary.dataset.template!.replace("{n}", String(shown.length)).replace("{total}", String(cases.length));
  const rows = shown.map((c) => {
    const tr = document.createElement("tr");
    tr.dataset.id = c.id;
    const link = document.createElement("a");
    link.href = section.dataset.prefix! + paths.get(c.id)!;
    link.textContent = c.id;
    const cells = [c.incident_date ?? "–", labels.offices[c.office] ?? c.office, labels.violation_type[c.violation_type]!, labels.status[c.status]!, c.outcome === null ? labels.pending : labels.outcome[c.outcome]!];
    const first = document.createElement("td");
    first.append(link);
    tr.append(first, ...cells.map((text) => Object.assign(document.createElement("td"), { textContent: text })));
    return tr;
  });
  section.querySelector("tbody")!.replaceChildren(...rows);
  // Downloads of exactly these rows; the filters and data version in the name and the JSON's metadata.
  for (const url of urls) URL.revokeObjectURL(url);
  const name = `pantau-netralitas-asn_${section.dataset.scope}_${filterSlug(filters)}_v${section.dataset.version}`;
  const metadata = { scope: section.dataset.scope, filters, query: filtersToQuery(filters), data_version: section.dataset.version, data_updated: section.dataset.updated, url: window.location.href, cases: shown.length };
  const csv = URL.createObjectURL(new Blob([casesToCsv(shown)], { type: "text/csv" }));
  const json = URL.createObjectURL(new Blob([`${JSON.stringify({ metadata, cases: shown }, null, 2)}\n`], { type: "application/json" }));
  urls = [csv, json];
  Object.assign(section.querySelector<HTMLAnchorElement>(".download-csv")!, { href: csv, download: `${name}.csv` });
  Object.assign(section.querySelector<HTMLAnchorElement>(".download-json")!, { href: json, download: `${name}.json` });
  panel.hidden = false;
}

const fromUrl = () => {
  const filters = parseFilters(window.location.search);
  writeForm(filters);
  void render(filters);
};
form.addEventListener("change", () => {
  const filters = readForm();
  history.pushState(null, "", `${window.location.pathname}${filtersToQuery(filters)}${window.location.hash}`);
  void render(filters);
});
form.addEventListener("reset", () => {
  setTimeout(() => {
    history.pushState(null, "", window.location.pathname);
    void render({});
  });
});
window.addEventListener("popstate", fromUrl);
fromUrl();
