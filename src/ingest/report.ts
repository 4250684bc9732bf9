// How problems are printed: `file:row:column: code: message`, Indonesian first, then
// English; or one JSON object. The messages themselves come from problems.ts.

import type { BuildResult } from "./dataset.ts";
import { renderMessage, type Problem } from "./problems/problems.ts";

export function location(p: Problem): string {
  return `${p.file}:${p.row ?? "-"}:${p.column ?? "-"}`;
}

export function formatText(result: BuildResult): string {
  const errors = result.problems.filter((p) => p.severity === "error");
  const warnings = result.problems.filter((p) => p.severity === "warning");
  const lines: string[] = [];
  const section = (title: string, list: readonly Problem[]) => {
    if (list.length === 0) return;
    lines.push(`${title} (${list.length}):`);
    for (const p of list) {
      const { id, en } = renderMessage(p);
      lines.push(`${location(p)}: ${p.code}: ${id}`, `    ${en}`);
    }
    lines.push("");
  };
  section("Kesalahan / Errors", errors);
  section("Peringatan / Warnings", warnings);
  const s = result.summary;
  lines.push(
    `Ringkasan: ${s.files} berkas, ${s.cases} kasus, ${s.events} tahapan, ${s.elections} pemilihan; ${s.errors} kesalahan, ${s.warnings} peringatan.`,
    `Summary: ${count(s.files, "file")}, ${count(s.cases, "case")}, ${count(s.events, "event")}, ${count(s.elections, "election")}; ${count(s.errors, "error")}, ${count(s.warnings, "warning")}.`,
    s.errors > 0
      ? "Data TIDAK valid: perbaiki kesalahan di atas. / Data is NOT valid: fix the errors above."
      : "Data valid. / Data is valid.",
  );
  return `${lines.join("\n")}\n`;
}

/** "1 error", "2 errors". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** Where a problem is in its file, for annotations: a physical line and a 1-based column. */
export type Locate = (problem: Problem) => { line?: number; col?: number };

/** GitHub Actions workflow commands: one `::error file=…,line=…,col=…,title=code::message` line a problem. */
export function formatGithub(result: BuildResult, locate: Locate): string {
  const property = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
  const data = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const lines = result.problems.map((p) => {
    const { id, en } = renderMessage(p);
    const { line, col } = locate(p);
    const properties = [`file=${property(p.file)}`, ...(line === undefined ? [] : [`line=${line}`]), ...(col === undefined ? [] : [`col=${col}`]), `title=${property(p.code)}`];
    return `::${p.severity === "error" ? "error" : "warning"} ${properties.join(",")}::${data(`${id} / ${en}`)}`;
  });
  const s = result.summary;
  lines.push(`${s.errors} errors, ${s.warnings} warnings in ${s.files} files.`);
  return `${lines.join("\n")}\n`;
}

export interface JsonProblem {
  readonly file: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly code: string;
  readonly message_id: string;
  readonly message_en: string;
  readonly expected?: string;
  readonly suggestion?: string;
}

export function toJsonProblem(p: Problem): JsonProblem {
  const { id, en } = renderMessage(p);
  return {
    file: p.file,
    row: p.row,
    column: p.column,
    code: p.code,
    message_id: id,
    message_en: en,
    ...(p.expected === undefined ? {} : { expected: p.expected }),
    ...(p.suggestion === undefined ? {} : { suggestion: p.suggestion }),
  };
}

export function formatJson(result: BuildResult): string {
  const pick = (severity: Problem["severity"]) => result.problems.filter((p) => p.severity === severity).map(toJsonProblem);
  return `${JSON.stringify({ errors: pick("error"), warnings: pick("warning"), summary: result.summary })}\n`;
}
