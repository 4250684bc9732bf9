// npm run bench:build [-- --cases N]: builds the site from N synthetic cases (default
// 10,000) and, in the same run, the same number of bare pages with the same Astro, then
// prints pages, seconds, pages/s and peak memory of each and `ratio: R` (our seconds /
// bare seconds). Goals (issue 9): at least 500 pages/s, under 2 GB, ratio at most 2.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { cases: { type: "string", default: "10000" } } });
const root = resolve(import.meta.dirname, "..");
const work = await mkdtemp(join(tmpdir(), "pantau-bench-build-"));
const time = "/usr/bin/time";
if (!existsSync(time)) throw new Error("bench:build needs GNU time (apt-get install time) to read peak memory");

interface Run {
  readonly seconds: number;
  readonly peakMb: number;
}

/** Run a command under GNU time: wall-clock seconds and peak resident memory. */
function measure(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(time, ["-f", "%e %M", ...args], { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  const [seconds, kb] = result.stderr.trim().split("\n").at(-1)!.split(" ").map(Number);
  return { seconds: seconds!, peakMb: kb! / 1024 };
}

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((e) => e.endsWith(".html")).length;
}

// 1. The synthetic data, outside data/.
const data = join(work, "data");
const synth = spawnSync(process.execPath, [join(root, "scripts", "synth.ts"), "--cases", values.cases, "--out", data], { cwd: root, stdio: "inherit" });
if (synth.status !== 0) throw new Error("synth failed");

// 2. Our build of it (validation, geometry from its cache, every page).
const ours = measure([process.execPath, join(root, "scripts", "build.ts")], root, { DATA_DIR: data, OUT_DIR: join(work, "site") });
const pages = await countPages(join(work, "site"));

// 3. The same number of bare pages, built by the same Astro.
const bare = join(work, "bare");
await mkdir(join(bare, "src", "pages"), { recursive: true });
await symlink(join(root, "node_modules"), join(bare, "node_modules"));
await writeFile(join(bare, "package.json"), '{ "type": "module" }\n');
await writeFile(join(bare, "astro.config.mjs"), 'export default { build: { format: "directory", concurrency: 4 }, devToolbar: { enabled: false } };\n');
await writeFile(
  join(bare, "src", "pages", "[n].astro"),
  `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } }));\n}\nconst { n } = Astro.params;\n---\n<html lang="en"><head><meta charset="utf-8"><title>Page {n}</title></head><body><h1>Page {n}</h1></body></html>\n`,
);
const bareRun = measure([process.execPath, join(root, "node_modules", "astro", "bin", "astro.mjs"), "build", "--silent"], bare);
const barePages = await countPages(join(bare, "dist"));
await rm(work, { recursive: true, force: true });

const line = (name: string, n: number, run: Run) =>
  `${name.padEnd(28)} ${String(n).padStart(7)} pages ${run.seconds.toFixed(1).padStart(7)} s ${(n / run.seconds).toFixed(0).padStart(6)} pages/s ${run.peakMb.toFixed(0).padStart(6)} MB peak`;
console.log(line(`site, ${values.cases} synthetic cases`, pages, ours));
console.log(line("bare Astro pages", barePages, bareRun));
console.log(`goals: >= 500 pages/s, < 2048 MB peak, ratio <= 2`);
console.log(`ratio: ${(ours.seconds / bareRun.seconds).toFixed(2)}`);
