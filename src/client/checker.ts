// The checker page's island (src/components/pages/Checker.astro): hands the chosen or dropped
// file to a worker, then shows the summary, each problem (with its other language on
// demand), the file's cells with problem cells marked and reachable by keyboard, the
// preview, and the download of the file ready to publish.

import type { ShownFile } from "./check-file.ts";
import { shownProblems, shownRows } from "./checker-limits.ts";

interface JsonProblem {
  readonly row: number | null;
  readonly column: string | null;
  readonly code: string;
  readonly message_id: string;
  readonly message_en: string;
  readonly severity?: string;
}

const section = document.querySelector<HTMLElement>("section.checker")!;
const lang = section.dataset.lang === "en" ? "en" : "id";
const labels = JSON.parse(section.dataset.labels!) as Record<string, string> & { figures: string[] };
const input = section.querySelector<HTMLInputElement>('input[type="file"]')!;
const status = section.querySelector<HTMLElement>(".checker-status")!;
const progress = section.querySelector<HTMLProgressElement>(".checker-progress")!;
const result = section.querySelector<HTMLElement>(".checker-result")!;
const download = section.querySelector<HTMLButtonElement>(".checker-download")!;
const maxBytes = Number(section.dataset.maxBytes);
const number = (n: number) => n.toLocaleString(lang === "en" ? "en-GB" : "id-ID");
let url: string | undefined;
let checks = 0;

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));
// Started when the first file is chosen, so a visit that checks nothing loads nothing more.
let worker: Worker | undefined;

/** The worker that reads and checks files (a new one after one died). */
function start(): Worker {
  const started = new Worker(new URL("./checker-worker.ts", import.meta.url), { type: "module" });
  started.onerror = () => {
    started.terminate();
    worker = undefined;
    failed();
  };
  return started;
}

function show(name: string, checked: ShownFile): void {
  const report = JSON.parse(checked.json) as { errors: JsonProblem[]; warnings: JsonProblem[] };
  const problems = [...report.errors.map((p) => ({ ...p, severity: "error" })), ...report.warnings.map((p) => ({ ...p, severity: "warning" }))];
  const { errors, warnings } = checked.summary;
  const counted = (n: number, one: string, other: string) => fill(n === 1 ? one : other, { n: number(n) });
  status.textContent = `${fill(labels.summary!, { name, errors: counted(errors, labels.errorOne!, labels.errorOther!), warnings: counted(warnings, labels.warningOne!, labels.warningOther!) })}${errors === 0 ? ` ${labels.clean}` : ""}`;
  section.querySelector(".checker-version")!.textContent = checked.standsFor === null ? labels.joins! : fill(labels.standsFor!, { file: checked.standsFor });
  // Each problem's cell in the table (the first problem of a cell names it); a cell flagged as
  // personal data is masked.
  const marks = new Map<string, { index: number; personal: boolean }>();
  checked.cells.forEach(([row, col], i) => {
    const key = `${row}:${col < 0 ? 0 : col}`;
    const personal = problems[i]?.code === "personal_data" || (marks.get(key)?.personal ?? false);
    if (!marks.has(key) || personal) marks.set(key, { index: marks.get(key)?.index ?? i, personal });
  });
  // The problem list: where, which rule, the message in the page's language, the other one on demand.
  const list = section.querySelector(".checker-problem-list")!;
  list.replaceChildren(
    ...problems.slice(0, shownProblems).map((p, i) => {
      const item = document.createElement("li");
      item.className = p.severity;
      // A link to the problem's cell, when the table shows it.
      const [row, col] = checked.cells[i] ?? [-1, -1];
      const cell = row >= 0 && row < shownRows ? marks.get(`${row}:${col < 0 ? 0 : col}`) : undefined;
      const where = document.createElement(cell === undefined ? "span" : "a");
      where.textContent = `${p.row === null ? labels.file : fill(labels.row!, { row: p.row })}${p.column === null ? "" : `, ${p.column}`} · ${p.code}`;
      if (where instanceof HTMLAnchorElement) where.href = `#checker-cell-${cell!.index}`;
      const message = document.createElement("p");
      message.textContent = lang === "en" ? p.message_en : p.message_id;
      const other = document.createElement("details");
      const summary = document.createElement("summary");
      summary.textContent = labels.otherLanguage!;
      const otherText = document.createElement("p");
      otherText.lang = lang === "en" ? "id" : "en";
      otherText.textContent = lang === "en" ? p.message_id : p.message_en;
      other.append(summary, otherText);
      item.append(where, message, other);
      return item;
    }),
  );
  section.querySelector(".checker-more")!.textContent = problems.length === 0 ? labels.noProblems! : problems.length > shownProblems ? fill(labels.moreProblems!, { more: number(problems.length - shownProblems) }) : "";
  const table = section.querySelector("table.checker-file")!;
  const body = checked.rows.map((cells, r) => {
    const tr = document.createElement("tr");
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = String(r + 1);
    tr.append(th);
    cells.forEach((cell, c) => {
      const td = document.createElement(r === 0 ? "th" : "td");
      const mark = marks.get(`${r}:${c}`);
      td.textContent = mark?.personal ? "•••" : cell;
      if (mark !== undefined) {
        td.className = "problem";
        td.id = `checker-cell-${mark.index}`;
        td.tabIndex = 0;
      }
      tr.append(td);
    });
    return tr;
  });
  table.replaceChildren(...body);
  section.querySelector(".checker-truncated")!.textContent = checked.rowCount > shownRows ? fill(labels.truncated!, { shown: number(shownRows), total: number(checked.rowCount) }) : "";
  section.querySelector(".checker-report")!.textContent = checked.json;
  // The file ready to publish, only without errors.
  if (url !== undefined) URL.revokeObjectURL(url);
  url = undefined;
  download.disabled = checked.canonical === null;
  section.querySelector(".checker-download-note")!.textContent = checked.canonical === null ? labels.downloadDisabled! : "";
  if (checked.canonical !== null) url = URL.createObjectURL(new Blob([checked.canonical], { type: "text/csv" }));
  download.onclick = () => {
    if (url === undefined) return;
    const a = document.createElement("a");
    a.href = url;
    a.download = checked.canonicalName ?? name.replace(/\.(xlsx|xlsm|csv)$/i, "") + ".csv";
    a.click();
  };
  // The preview: the headline figures and the case names as the site will show them.
  const preview = section.querySelector<HTMLElement>(".checker-preview")!;
  preview.hidden = checked.figures === null;
  if (checked.figures !== null) {
    const f = checked.figures;
    const values = [f.cases, f.asn, f.referred, f.sanctioned, f.dismissed, f.inReview];
    section.querySelector(".checker-figures")!.replaceChildren(
      ...labels.figures.map((label, i) => {
        const div = document.createElement("div");
        const dt = document.createElement("dt");
        dt.textContent = label;
        const dd = document.createElement("dd");
        dd.textContent = String(values[i]);
        div.append(dt, dd);
        return div;
      }),
    );
    section.querySelector(".checker-titles")!.replaceChildren(
      ...checked.titles[lang].map((title) => Object.assign(document.createElement("li"), { textContent: title })),
    );
  }
  result.hidden = false;
}

function check(file: File): void {
  if (file.size > maxBytes) {
    status.textContent = labels.tooLarge!;
    result.hidden = true;
    section.dataset.state = "refused";
    return;
  }
  section.dataset.state = "checking";
  status.textContent = fill(labels.reading!, { name: file.name });
  progress.hidden = false;
  result.hidden = true;
  const id = ++checks;
  void file.arrayBuffer().then((bytes) => {
    worker ??= start();
    worker.onmessage = (event: MessageEvent<{ id: number; stage: string; checked?: ShownFile }>) => {
      // Only the last file chosen is shown.
      if (event.data.id !== checks || event.data.stage === "checking") return;
      progress.hidden = true;
      if (event.data.stage !== "done") return failed();
      show(file.name, event.data.checked!);
      // For whoever waits on the result (the browser tests).
      section.dataset.state = "done";
    };
    worker.postMessage({ id, name: file.name, bytes, context: section.dataset.context }, [bytes]);
  }, failed);
}

/** A file that could not be read, or a worker that died (out of memory on a huge workbook): said, never a blank page. */
function failed(): void {
  progress.hidden = true;
  result.hidden = true;
  status.textContent = labels.failed!;
  section.dataset.state = "failed";
}

input.addEventListener("change", () => {
  const file = input.files?.[0];
  if (file !== undefined) check(file);
});
const drop = section.querySelector<HTMLElement>(".drop")!;
drop.addEventListener("dragover", (event) => {
  event.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  const file = event.dataTransfer?.files[0];
  if (file !== undefined) check(file);
});
