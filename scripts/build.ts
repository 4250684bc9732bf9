// npm run build: validate data/ (or $DATA_DIR) with the same pipeline as
// `npm run validate`, then build the site into a fresh folder and swap it into dist/
// (or $OUT_DIR). Any data error stops here with exit 1, and a previous output folder
// stays exactly as it was.

import { rm, rename, stat } from "node:fs/promises";
import { build } from "astro";
import { checkData } from "../src/lib/pipeline.ts";
import { formatText } from "../src/lib/report.ts";
import { ensureGeometry } from "./geo.ts";

const dataDir = process.env.DATA_DIR ?? "data";
const outDir = process.env.OUT_DIR ?? "dist";
// Beside the output folder, so the final renames stay on one file system.
const tempDir = `${outDir}.building-${process.pid}`;

const result = await checkData(dataDir);
if (result.problems.length > 0 || result.dataset === null) process.stdout.write(formatText(result));
if (result.dataset === null) {
  process.stderr.write(`Build dihentikan: data tidak valid; ${outDir}/ tidak diubah. / Build stopped: data is invalid; ${outDir}/ is unchanged.\n`);
  process.exit(1);
}
globalThis.pantauDataset = Promise.resolve(result.dataset);
await ensureGeometry(); // the simplified boundaries, built once into .cache/geo/

try {
  await build({ outDir: tempDir, logLevel: "warn" });
} catch (error) {
  await rm(tempDir, { recursive: true, force: true });
  process.stderr.write(`Build gagal; ${outDir}/ tidak diubah. / Build failed; ${outDir}/ is unchanged.\n`);
  throw error;
}
const oldDir = `${outDir}.old-${process.pid}`;
const hadDist = await stat(outDir).then(() => true, () => false);
if (hadDist) await rename(outDir, oldDir);
await rename(tempDir, outDir);
if (hadDist) await rm(oldDir, { recursive: true, force: true });
process.stdout.write(`Situs dibangun di ${outDir}/ (${result.summary.cases} kasus). / Site built in ${outDir}/ (${result.summary.cases} cases).\n`);
