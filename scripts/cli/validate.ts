// npm run validate [-- [--data DIR] [--json] [FILE]]   (npm run -s ... for bare JSON on stdout)
//
// Checks every data file (or one FILE against the rest of the data) and prints every
// problem as `file:row:column: code: message`, in Bahasa Indonesia and then English.
// Exit: 0 clean (warnings allowed), 1 on any error, 2 on a usage error.

import { stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { BuildResult } from "../../src/ingest/dataset.ts";
import { checkData } from "../../src/node/check-data.ts";
import { formatGithub, formatJson, formatText, type Locate } from "../../src/ingest/report.ts";
import { sourceMap, type SourceMap } from "../../src/ingest/csv.ts";
import { loadRegions } from "../../src/node/load-regions.ts";
import { readDataDirAt } from "../../src/node/git.ts";
import { readInput } from "../../src/node/files.ts";
import { buildDataset } from "../../src/ingest/dataset.ts";
import { diffCases, formatDiff } from "../../src/ingest/diff.ts";
import { config } from "../../src/node/config.ts";
import { bilingual, t } from "../../src/i18n/index.ts";
import { normaliseName, tables } from "../../src/ingest/schema/index.ts";

const usage = [
  `${bilingual("cli.usage")}: npm run validate -- [--data DIR] [--json | --format text|json|github] [FILE]`,
  `  --data DIR  ${bilingual("cli.usage.data")}`,
  `  --json      ${bilingual("cli.usage.json")}`,
  `              (npm run -s validate -- --json: ${bilingual("cli.usage.jsonNpm")})`,
  `  --format github  ${bilingual("cli.usage.github")} (::error file=,line=,col=::)`,
  `  --diff REF  ${t("id", "cli.usage.diff")} /`,
  `              ${t("en", "cli.usage.diff")}`,
  `  FILE        ${bilingual("cli.usage.file")}`,
].join("\n");

function usageError(message: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(2);
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        data: { type: "string", default: "data" },
        json: { type: "boolean", default: false },
        format: { type: "string", default: "text" },
        diff: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    usageError((error as Error).message);
  }
  if (args.values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (args.positionals.length > 1) usageError(bilingual("cli.oneFile"));
  const dataDir = args.values.data;
  if (!(await isDirectory(dataDir))) usageError(bilingual("cli.noDataFolder", { dir: dataDir }));
  const format = args.values.json ? "json" : args.values.format;
  if (format !== "text" && format !== "json" && format !== "github") usageError(bilingual("cli.unknownFormat", { format }));
  const file = args.positionals[0];
  if (file !== undefined && !(await isFile(file))) usageError(bilingual("cli.noFile", { file }));

  const result: BuildResult = await checkData(dataDir, file === undefined ? undefined : { path: file, kind: kindOf(file), compiled: isCompiled(file) });
  process.stdout.write(format === "json" ? formatJson(result) : format === "github" ? formatGithub(result, await locator(result)) : formatText(result));
  if (args.values.diff !== undefined) process.stdout.write(await changeSummary(args.values.diff, dataDir, result));
  return result.summary.errors > 0 ? 1 : 0;
}

/** What the data's cases gained, changed and lost since git revision `ref`, per office. */
async function changeSummary(ref: string, dataDir: string, current: BuildResult): Promise<string> {
  const files = await readDataDirAt(ref, dataDir).catch(() => usageError(bilingual("cli.noRevision", { ref })));
  const regions = await loadRegions();
  const before = buildDataset(files, { regions, today: config.today, names: false }); // older data, read as the releases read it
  if (before.dataset === null) return `${bilingual("cli.beforeInvalid", { ref })}\n`;
  if (current.dataset === null) return `${bilingual("cli.nowInvalid")}\n`;
  return formatDiff(diffCases(before.dataset.cases, current.dataset.cases), ref, (code) => regions.byCode(code)?.name ?? code);
}

/** Each problem's physical line and column, read from its file (a quoted cell may span lines). */
async function locator(result: BuildResult): Promise<Locate> {
  const maps = new Map<string, SourceMap | null>();
  for (const file of new Set(result.problems.map((p) => p.file))) {
    maps.set(file, await readInput(file).then((input) => sourceMap(input.bytes), () => null));
  }
  const names = (column: string) => {
    const fields = Object.values(tables).flatMap((t) => t.fields.filter((f) => f.key === column));
    return new Set([normaliseName(column), ...fields.flatMap((f) => [f.alias, ...(f.aliases ?? [])].map(normaliseName))]);
  };
  return (p) => {
    const map = maps.get(p.file);
    if (map === null || map === undefined || p.row === null) return {};
    const line = map.lines[p.row - 1];
    const position = /^#(\d+)$/.exec(p.column ?? "");
    const wanted = p.column === null ? null : names(p.column);
    const index = position ? Number(position[1]) - 1 : wanted === null ? -1 : map.headers.findIndex((h) => wanted.has(normaliseName(h)) || h.trim() === p.column);
    return { ...(line === undefined ? {} : { line }), ...(index < 0 ? {} : { col: index + 1 }) };
  };
}

/** A lone file's table: elections.csv, a file in an events folder, or else a case file. */
function kindOf(path: string): "cases" | "events" | "elections" {
  if (basename(path).toLowerCase() === "elections.csv") return "elections";
  return basename(dirname(resolve(path))).toLowerCase() === "events" ? "events" : "cases";
}

/** A file in a folder under compiled/ holds the editors' compiled records. */
function isCompiled(path: string): boolean {
  return basename(dirname(dirname(resolve(path)))).toLowerCase() === "compiled";
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

process.exitCode = await main();
