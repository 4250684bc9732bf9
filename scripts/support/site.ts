// Build the site from data/ (or $DATA_DIR) into a folder, for the benchmarks and tests that
// look at the built pages (bench:weight, lighthouse, the scale test), and write synthetic
// data for them to build from. Both throw when the script fails.

import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

export const root = resolve(import.meta.dirname, "../..");

export function buildSite(outDir: string, env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(process.execPath, [join(root, "scripts", "cli", "build.ts")], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env, OUT_DIR: outDir },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error("build failed");
}

/** Write `cases` synthetic cases into `outDir` (npm run synth); its summary goes to stdout when `show`. */
export function synthesize(outDir: string, cases: number, show = false): void {
  const result = spawnSync(process.execPath, [join(root, "scripts", "cli", "synth.ts"), "--cases", String(cases), "--out", outDir], {
    cwd: root,
    stdio: show ? "inherit" : "ignore",
  });
  if (result.status !== 0) throw new Error("synth failed");
}
