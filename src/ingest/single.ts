// One file checked against the rest of the data: what `npm run validate -- FILE` and the
// site's checker page (/periksa/) both run. Pure: the files in, the problems of that one
// file out.

import type { DataFiles, FileInput } from "./csv.ts";
import { buildDataset, type BuildOptions, type BuildResult } from "./dataset.ts";

export type SingleKind = "cases" | "events" | "elections";

export interface SingleFile {
  readonly input: FileInput;
  readonly kind: SingleKind;
  /** Whether it holds the editors' compiled records (a file under data/compiled/). */
  readonly compiled?: boolean;
}

/**
 * Check `single` against `files`: it replaces the file of the same path (by `same`), or
 * joins them, read last so that a duplicate is reported on its row; only its own problems
 * are returned, and the summary counts them.
 */
export function checkOneFile(files: DataFiles, single: SingleFile, options: BuildOptions, same: (path: string) => boolean = (path) => path === single.input.path): BuildResult {
  const { input, kind } = single;
  const others = (list: readonly FileInput[]) => list.filter((f) => !same(f.path));
  const compiled = files.compiled ?? { cases: [], events: [] };
  const place = (list: readonly FileInput[], k: SingleKind, inCompiled: boolean) =>
    kind === k && (single.compiled ?? false) === inCompiled ? [...others(list), input] : others(list);
  const withFile: DataFiles = {
    dir: files.dir,
    cases: place(files.cases, "cases", false),
    events: place(files.events, "events", false),
    elections: kind === "elections" ? input : files.elections,
    compiled: { cases: place(compiled.cases, "cases", true), events: place(compiled.events, "events", true) },
  };
  // The other files' problems are not reported, so the slow part of the guard, names,
  // looks at this file only; what it would find elsewhere cannot change this file's problems.
  const result = buildDataset(withFile, { ...options, last: input.path, names: (path) => options.names !== false && same(path) });
  const problems = result.problems.filter((p) => same(p.file));
  const errors = problems.filter((p) => p.severity === "error").length;
  return { ...result, problems, summary: { ...result.summary, errors, warnings: problems.length - errors } };
}
