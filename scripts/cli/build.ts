// npm run build: validate data/ (or $DATA_DIR) with the same pipeline as
// `npm run validate`, then build the site into a fresh folder and swap it into dist/
// (or $OUT_DIR). Any data error stops here with exit 1, and a previous output folder
// stays exactly as it was.
//
// Each build works in folders of its own, named after its process id: the site in
// `<out>.building-<pid>`, Astro's intermediate files (its cache) in `<out>.cache-<pid>`.
// Both are removed when the build ends, fails or is interrupted; those of a build that was
// killed are removed by the next build. Two builds into one folder take turns at the final
// swap (a lock file, `<out>.lock`), so the folder always holds one whole site.

import { existsSync, rmSync } from "node:fs";
import { cp, mkdir, open, readdir, readFile, rename, rm, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import { build } from "astro";
import { checkData } from "../../src/node/check-data.ts";
import { config } from "../../src/node/config.ts";
import { handOverDataset } from "../../src/node/handoff.ts";
import { bilingual } from "../../src/i18n/index.ts";
import { formatText } from "../../src/ingest/report.ts";
import { ensureGeometry, GeoSourceError } from "./geo.ts";

const dataDir = config.dataDir;
const shownDir = config.outDir;
const outDir = resolve(shownDir);
// Beside the output folder, so the final renames stay on one file system.
const tempDir = `${outDir}.building-${process.pid}`;
const cacheDir = `${outDir}.cache-${process.pid}`;
// Astro writes its server chunks into the output folder only when that folder lies within
// the working directory (they import packages from node_modules); for any other it falls
// back to ./.astro/, which every build shares, and two builds at once could crash there.
// So a build into a folder elsewhere (a test's, in /tmp) runs in a folder of its own in
// the project, then moves to `<out>.building-<pid>`.
const stagingRoot = join(process.cwd(), ".cache", "builds");
const astroOutDir = tempDir.startsWith(process.cwd() + sep) ? tempDir : join(stagingRoot, String(process.pid));
const lockFile = `${outDir}.lock`;

/** Whether process `pid` is still running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Move a finished build to `to`: a rename, or a copy where `to` is on another file system. */
async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}

/** Remove the folders that builds which were killed left behind (beside the output, and staged in the project). */
async function removeStaleFolders(): Promise<void> {
  for (const pid of await readdir(stagingRoot).catch(() => [] as string[])) {
    if (/^\d+$/.test(pid) && Number(pid) !== process.pid && !alive(Number(pid))) await rm(join(stagingRoot, pid), { recursive: true, force: true });
  }
  const name = basename(outDir);
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(building|cache|old)-(\\d+)$`);
  const siblings = await readdir(dirname(outDir)).catch(() => [] as string[]);
  for (const sibling of siblings) {
    const [, kind, pid] = pattern.exec(sibling) ?? [];
    if (pid === undefined || Number(pid) === process.pid || alive(Number(pid))) continue;
    // A build killed between the two renames of its swap left the previous site here: put it back.
    if (kind === "old" && !(await stat(outDir).then(() => true, () => false))) await rename(join(dirname(outDir), sibling), outDir);
    else await rm(join(dirname(outDir), sibling), { recursive: true, force: true });
  }
}

async function cleanUp(): Promise<void> {
  // Astro may still be finishing a write after a failure: retry what it leaves behind.
  const remove = (dir: string) => rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  await Promise.all([remove(tempDir), remove(cacheDir), remove(astroOutDir)]);
}

/** Hold the lock on the output folder while `swap` runs; a lock whose build is gone is taken over. */
async function withLock(swap: () => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockFile, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 600) throw error;
      const holder = Number(await readFile(lockFile, "utf8").catch(() => ""));
      // A lock that names this very process was left by an earlier one with the same id.
      if (holder > 0 && (holder === process.pid || !alive(holder))) await unlink(lockFile).catch(() => undefined);
      else await new Promise((done) => setTimeout(done, 100));
    }
  }
  try {
    await swap();
  } finally {
    await unlink(lockFile).catch(() => undefined);
  }
}

const result = await checkData(dataDir);
if (result.problems.length > 0 || result.dataset === null) process.stdout.write(formatText(result));
if (result.dataset === null) {
  process.stderr.write(`${bilingual("cli.buildStopped", { dir: shownDir })}\n`);
  process.exit(1);
}
handOverDataset(result.dataset);
await mkdir(dirname(outDir), { recursive: true });
await removeStaleFolders();
// Stopped: remove this build's folders synchronously, so that none of Astro's pending work
// runs in between and writes into them again, then exit (128 + the signal's number). During
// the final swap the stop waits for it to finish, so the output folder is never left out.
let swapping = false;
let stopWith: number | null = null;
const signals = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
for (const [signal, number] of Object.entries(signals)) {
  process.once(signal, () => {
    if (swapping) {
      stopWith = 128 + number;
      return;
    }
    // The bundler writes from threads of its own, which may put a file back just after a
    // removal: try again, pausing briefly, until the folders stay gone (at most two seconds).
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (let attempt = 0; attempt < 40; attempt++) {
      for (const dir of [tempDir, cacheDir, astroOutDir]) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      Atomics.wait(pause, 0, 0, 50);
      if (!existsSync(tempDir) && !existsSync(cacheDir) && !existsSync(astroOutDir)) break;
    }
    process.exit(128 + number);
  });
}
// The simplified boundaries, built once into .cache/geo/.
await ensureGeometry().catch((error: unknown) => {
  if (!(error instanceof GeoSourceError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});

try {
  await build({ outDir: astroOutDir, cacheDir, logLevel: "warn" });
  if (astroOutDir !== tempDir) await move(astroOutDir, tempDir);
} catch (error) {
  await cleanUp();
  process.stderr.write(`${bilingual("cli.buildFailed", { dir: shownDir })}\n`);
  throw error;
}
await rm(cacheDir, { recursive: true, force: true });
swapping = true;
await withLock(async () => {
  const oldDir = `${outDir}.old-${process.pid}`;
  const hadDist = await stat(outDir).then(() => true, () => false);
  if (hadDist) await rename(outDir, oldDir);
  await rename(tempDir, outDir);
  if (hadDist) await rm(oldDir, { recursive: true, force: true });
});
swapping = false;
if (stopWith !== null) process.exit(stopWith);
process.stdout.write(`${bilingual("cli.built", { dir: shownDir, count: String(result.summary.cases) })}\n`);
