// npm run bench:build [-- --cases N --runs R]: builds the site from N synthetic cases
// (default 10,000) and, in the same run, the same number of bare pages with the same
// Astro, then prints pages, seconds, pages/s and peak memory of each and `ratio: R` (our
// seconds / bare seconds). Goals (issue 9): at least 500 pages/s, under 2 GB, ratio at
// most 2.
//
// This machine's speed drifts by a third from one minute to the next (the same bare
// build took 10.2, 12.7 and 14.4 s in a row), so each site build is bracketed by bare
// builds: bare, site, bare, site, bare... R site builds (default 3) and R + 1 bare ones.
// Each site build is compared with the mean of the bare builds just before and after it,
// which cancels a drift that is steady across the two; every such triple is printed, and
// the summary is the median by ratio. A first site build counts the pages the bare
// project must make; its time is printed and left out.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { root, synthesize } from "../support/site.ts";

const { values } = parseArgs({ options: { cases: { type: "string", default: "10000" }, runs: { type: "string", default: "3" } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs takes a whole number of at least 1");
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
synthesize(data, Number(values.cases), true);

// 2. Our build (validation, geometry from its cache, every page), and a bare Astro
// project with as many pages as ours makes.
const site = join(work, "site");
const bare = join(work, "bare");
const siteRun = () => measure([process.execPath, join(root, "scripts", "cli", "build.ts")], root, { DATA_DIR: data, OUT_DIR: site });
const counting = siteRun();
const pages = await countPages(site);
await mkdir(join(bare, "src", "pages"), { recursive: true });
await symlink(join(root, "node_modules"), join(bare, "node_modules"));
await writeFile(join(bare, "package.json"), '{ "type": "module" }\n');
await writeFile(join(bare, "astro.config.mjs"), 'export default { build: { format: "directory", concurrency: 4 }, devToolbar: { enabled: false } };\n');
await writeFile(
  join(bare, "src", "pages", "[n].astro"),
  `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } }));\n}\nconst { n } = Astro.params;\n---\n<html lang="en"><head><meta charset="utf-8"><title>Page {n}</title></head><body><h1>Page {n}</h1></body></html>\n`,
);
const bareRun = () => measure([process.execPath, join(root, "node_modules", "astro", "bin", "astro.mjs"), "build", "--silent"], bare);

// 3. Bracket each site build by bare ones, each into a fresh output folder.
const freshBare = () => rm(join(bare, "dist"), { recursive: true, force: true }).then(bareRun);
const bares: Run[] = [await freshBare()];
const pairs: { ours: Run; bare: Run }[] = [];
for (let i = 0; i < runs; i++) {
  await rm(site, { recursive: true, force: true });
  const ours = siteRun();
  bares.push(await freshBare());
  const [before, after] = [bares[i]!, bares[i + 1]!];
  pairs.push({ ours, bare: { seconds: (before.seconds + after.seconds) / 2, peakMb: Math.max(before.peakMb, after.peakMb) } });
}
const barePages = await countPages(join(bare, "dist"));
await rm(work, { recursive: true, force: true });

const line = (name: string, n: number, run: Run) =>
  `${name.padEnd(28)} ${String(n).padStart(7)} pages ${run.seconds.toFixed(1).padStart(7)} s ${(n / run.seconds).toFixed(0).padStart(6)} pages/s ${run.peakMb.toFixed(0).padStart(6)} MB peak`;
const ratioOf = (pair: { ours: Run; bare: Run }) => pair.ours.seconds / pair.bare.seconds;
console.log(`site build counting the pages: ${counting.seconds.toFixed(1)} s (not in the summary)`);
if (runs > 1) {
  pairs.forEach((pair, i) =>
    console.log(
      `run ${i + 1}: bare ${bares[i]!.seconds.toFixed(1)} s, site ${pair.ours.seconds.toFixed(1)} s, bare ${bares[i + 1]!.seconds.toFixed(1)} s; ratio ${ratioOf(pair).toFixed(2)}`,
    ),
  );
}
const median = [...pairs].sort((a, b) => ratioOf(a) - ratioOf(b))[Math.floor((pairs.length - 1) / 2)]!;
console.log(line(`site, ${values.cases} synthetic cases`, pages, median.ours));
console.log(line("bare Astro pages (mean of 2)", barePages, median.bare));
console.log(`goals: >= 500 pages/s, < 2048 MB peak, ratio <= 2`);
console.log(`ratio: ${ratioOf(median).toFixed(2)}`);
