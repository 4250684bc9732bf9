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
import { mkdir, open, readdir, readFile, rename, rm, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
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

/** Remove the folders that builds which were killed left beside the output folder. */
async function removeStaleFolders(): Promise<void> {
  const name = basename(outDir);
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(?:building|cache|old)-(\\d+)$`);
  const siblings = await readdir(dirname(outDir)).catch(() => [] as string[]);
  for (const sibling of siblings) {
    const pid = pattern.exec(sibling)?.[1];
    if (pid !== undefined && Number(pid) !== process.pid && !alive(Number(pid))) {
      await rm(join(dirname(outDir), sibling), { recursive: true, force: true });
    }
  }
}

async function cleanUp(): Promise<void> {
  // Astro may still be finishing a write after a failure: retry what it leaves behind.
  const remove = (dir: string) => rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  await Promise.all([remove(tempDir), remove(cacheDir)]);
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
      if (holder > 0 && !alive(holder)) await unlink(lockFile).catch(() => undefined);
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
// runs in between and writes into them again, then exit.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(signal, () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      for (const dir of [tempDir, cacheDir]) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      if (!existsSync(tempDir) && !existsSync(cacheDir)) break;
    }
    process.exit(130);
  });
}
// The simplified boundaries, built once into .cache/geo/.
await ensureGeometry().catch((error: unknown) => {
  if (!(error instanceof GeoSourceError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});

try {
  await build({ outDir: tempDir, cacheDir, logLevel: "warn" });
} catch (error) {
  await cleanUp();
  process.stderr.write(`${bilingual("cli.buildFailed", { dir: shownDir })}\n`);
  throw error;
}
await rm(cacheDir, { recursive: true, force: true });
await withLock(async () => {
  const oldDir = `${outDir}.old-${process.pid}`;
  const hadDist = await stat(outDir).then(() => true, () => false);
  if (hadDist) await rename(outDir, oldDir);
  await rename(tempDir, outDir);
  if (hadDist) await rm(oldDir, { recursive: true, force: true });
});
process.stdout.write(`${bilingual("cli.built", { dir: shownDir, count: String(result.summary.cases) })}\n`);
