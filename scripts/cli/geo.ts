// npm run geo: the regency boundaries -> a simplified TopoJSON in .cache/geo/ (git-ignored).
//
// Reads the upstream SQL files from $GEO_SOURCE_DIR (default ../shared/geo/wilayah_boundaries);
// where that folder is absent, downloads the same files from the upstream commit. Either
// way every file must match its checksum in scripts/cli/geo-sources.sha256; where neither
// works (no folder, no network), it says so in both languages instead of a stack trace.
// The build runs this when the cache is missing or stale (made from other sources or code).

import { createHash } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { buildGeometry, countPoints, geometryCache, parseBoundarySql, rawTopology, toFeature, type Cleaning } from "../../src/map/geo.ts";
import { config } from "../../src/node/config.ts";
import { t, type Key } from "../../src/i18n/index.ts";
import { loadRegions } from "../../src/node/load-regions.ts";

const root = resolve(import.meta.dirname, "../..");
export const geometryPath = join(root, geometryCache);
const upstreamCommit = "3c5a7960f4d227a38489094d84252bdbb3f978a5";
const upstream = (file: string) => `https://raw.githubusercontent.com/cahyadsn/wilayah_boundaries/${upstreamCommit}/db/kab/${file}`;

/** The upstream files, from $GEO_SOURCE_DIR or downloaded, each checked against its checksum. */
export async function readSources(sourceDir = config.geoSourceDir): Promise<{ file: string; text: string }[]> {
  const dir = resolve(root, sourceDir);
  const local = await stat(dir).then((s) => s.isDirectory(), () => false);
  const sums = (await readFile(join(root, "scripts", "cli", "geo-sources.sha256"), "utf8"))
    .trim()
    .split("\n")
    .map((line) => line.split(/\s+/) as [string, string]);
  process.stdout.write(`geo: ${bilingual(local ? "cli.geoReading" : "cli.geoDownloading", { n: sums.length, dir, commit: upstreamCommit }).replace("\n", " / ")}\n`);
  return Promise.all(
    sums.map(async ([sum, file]) => {
      const path = join(dir, file);
      const bytes = local ? await readFile(path).catch(() => Promise.reject(new GeoSourceError(bilingual("cli.boundaryFileMissing", { file: path, dir })))) : await download(file, dir);
      const actual = createHash("sha256").update(bytes).digest("hex");
      if (actual !== sum) throw new GeoSourceError(bilingual("cli.boundaryChecksum", { file: local ? path : upstream(file) }));
      return { file, text: bytes.toString("utf8") };
    }),
  );
}

/** A failure a person can act on: printed as it is, without a stack trace. */
export class GeoSourceError extends Error {}

/** A message in both languages, a line each. */
const bilingual = (key: Key, values: Record<string, string | number>) => `${t("id", key, values)}\n${t("en", key, values)}`;

async function download(file: string, dir: string): Promise<Buffer> {
  try {
    const response = await fetch(upstream(file));
    if (!response.ok) throw new Error(String(response.status));
    return Buffer.from(await response.arrayBuffer());
  } catch {
    throw new GeoSourceError(bilingual("cli.noBoundaries", { dir }));
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const sizes = (json: string) => `${kb(json.length)} (${kb(gzipSync(json).length)} gzipped)`;

/** Build the geometry cache, printing its size before and after simplification. */
export async function buildGeometryCache(): Promise<void> {
  const files = await readSources();
  const cleaning: Cleaning = { closed: 0, dropped: 0, promoted: 0 };
  const features = files.flatMap(({ text }) => parseBoundarySql(text).map((row) => toFeature(row, cleaning))).filter((f) => f !== null);

  const regions = await loadRegions();
  const codes = new Set(regions.regencies.map((r) => r.code));
  const seen = new Set(features.map((f) => String(f.id)));
  const missing = [...codes].filter((c) => !seen.has(c));
  const unknown = [...seen].filter((c) => !codes.has(c));
  if (missing.length > 0 || unknown.length > 0 || features.length !== seen.size) {
    throw new GeoSourceError(bilingual("cli.boundaryRegencies", { missing: missing.join(", ") || "–", unknown: unknown.join(", ") || "–", duplicates: features.length - seen.size }));
  }

  const source = files.reduce((sum, f) => sum + f.text.length, 0);
  const full = rawTopology(features);
  const simplified = buildGeometry(features);
  const json = JSON.stringify(simplified);
  await mkdir(dirname(geometryPath), { recursive: true });
  const tmp = `${geometryPath}.${process.pid}.tmp`; // builds in parallel tests may rebuild it at once
  await writeFile(tmp, json);
  await rename(tmp, geometryPath);
  await writeFile(`${geometryPath}.key`, await cacheKey());
  process.stdout.write(
    [
      `geo: ${features.length} regencies, ${simplified.objects.provinces.geometries.length} provinces; ${cleaning.closed} rings closed, ${cleaning.dropped} degenerate rings dropped, ${cleaning.promoted} outlying holes made polygons`,
      `geo: source SQL ${kb(source)}; topology before simplification ${sizes(JSON.stringify(full))}, ${countPoints(full)} points`,
      `geo: after simplification ${sizes(json)}, ${countPoints(simplified)} points -> ${geometryPath}`,
      "",
    ].join("\n"),
  );
}

/** What the cache is made from: the sources' checksums and the code that simplifies them. */
async function cacheKey(): Promise<string> {
  const inputs = await Promise.all([join(root, "scripts", "cli", "geo-sources.sha256"), join(root, "src", "map", "geo.ts")].map((f) => readFile(f)));
  return inputs.reduce((hash, bytes) => hash.update(bytes), createHash("sha256")).digest("hex");
}

/** Build the cache when it is missing or was made by other code or sources. */
export async function ensureGeometry(): Promise<void> {
  const made = await readFile(`${geometryPath}.key`, "utf8").catch(() => null);
  if (made !== (await cacheKey()) || !(await stat(geometryPath).then(() => true, () => false))) await buildGeometryCache();
}

// npm run geo builds the cache; `--if-needed` (npm run dev) only when it is missing or stale.
if (import.meta.main) {
  await (process.argv.includes("--if-needed") ? ensureGeometry() : buildGeometryCache()).catch((error: unknown) => {
    if (!(error instanceof GeoSourceError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
