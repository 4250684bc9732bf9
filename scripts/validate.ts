// npm run validate [-- [--data DIR] [--json] [FILE]]   (npm run -s ... for bare JSON on stdout)
//
// Checks every data file (or one FILE against the rest of the data) and prints every
// problem as `file:row:column: code: message`, in Bahasa Indonesia and then English.
// Exit: 0 clean (warnings allowed), 1 on any error, 2 on a usage error.

import { stat } from "node:fs/promises";
import { basename, dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { BuildResult } from "../src/lib/dataset.ts";
import { checkData } from "../src/lib/pipeline.ts";
import { formatJson, formatText } from "../src/lib/report.ts";

const usage = `Pemakaian / Usage: npm run validate -- [--data DIR] [--json] [FILE]
  --data DIR  folder data (bawaan: data) / the data folder (default: data)
  --json      satu objek JSON di stdout / one JSON object on stdout
              (npm run -s validate -- --json: tanpa baris pembuka npm / without npm's banner)
  FILE        periksa satu berkas terhadap data lain / check one file against the rest of the data`;

function usageError(message: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(2);
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: { data: { type: "string", default: "data" }, json: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } },
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
  if (args.positionals.length > 1) usageError("Hanya satu berkas yang dapat diperiksa sekaligus. / Only one file can be checked at a time.");
  const dataDir = args.values.data;
  if (!(await isDirectory(dataDir))) usageError(`Folder data tidak ditemukan: ${dataDir} / Data folder not found: ${dataDir}`);
  const file = args.positionals[0];
  if (file !== undefined && !(await isFile(file))) usageError(`Berkas tidak ditemukan: ${file} / File not found: ${file}`);

  const result: BuildResult = await checkData(dataDir, file === undefined ? undefined : { path: file, kind: kindOf(file) });
  process.stdout.write(args.values.json ? formatJson(result) : formatText(result));
  return result.summary.errors > 0 ? 1 : 0;
}

/** A lone file's table: elections.csv, a file in an events folder, or else a case file. */
function kindOf(path: string): "cases" | "events" | "elections" {
  if (basename(path).toLowerCase() === "elections.csv") return "elections";
  return basename(dirname(resolve(path))).toLowerCase() === "events" ? "events" : "cases";
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

process.exitCode = await main();
