// Build the site from data/ (or $DATA_DIR) into a folder, for the benchmarks that look
// at the built pages (bench:weight, lighthouse). Throws when the build fails.

import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

export const root = resolve(import.meta.dirname, "..");

export function buildSite(outDir: string, env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(process.execPath, [join(root, "scripts", "build.ts")], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env, OUT_DIR: outDir },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error("build failed");
}
