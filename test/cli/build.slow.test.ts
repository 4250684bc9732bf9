import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// npm run build works in folders of its own, cleans up after itself, and leaves the output
// folder holding one whole site whatever else runs or dies beside it.
const root = resolve(import.meta.dirname, "../..");
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

function start(outDir: string) {
  const child = spawn(process.execPath, [join(root, "scripts", "cli", "build.ts")], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", OUT_DIR: outDir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, output })),
  );
  return { child, done };
}

async function waitFor(check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (await check()) return;
  throw new Error("timed out");
}

const exists = (path: string) => stat(path).then(() => true, () => false);
/** Where a build into a folder outside the project works until it is done. */
const staging = (pid: number | undefined) => join(root, ".cache", "builds", String(pid));

describe("npm run build", () => {
  it("removes what a killed build left, and two builds into one folder both finish with one whole site", async () => {
    const parent = await mkdtemp(join(tmpdir(), "pantau-builds-"));
    made.push(parent);
    const out = join(parent, "site");

    // A build killed outright leaves its folders behind.
    const killed = start(out);
    await waitFor(() => exists(staging(killed.child.pid)));
    killed.child.kill("SIGKILL");
    await killed.done;
    expect(await exists(staging(killed.child.pid))).toBe(true);
    await mkdir(`${out}.building-999998`); // and folders from processes long gone
    await mkdir(`${out}.cache-999999`); // and one from a process long gone

    const [a, b] = await Promise.all([start(out).done, start(out).done]);
    expect([a.code, b.code], a.output + b.output).toEqual([0, 0]);
    expect((await readdir(parent)).sort()).toEqual(["site"]);
    expect(await exists(staging(killed.child.pid))).toBe(false);
    expect(await readFile(join(out, "index.html"), "utf8")).toContain("</html>");
    expect(await exists(join(out, "kasus", "53.71", "kpg-pemilu2024-1", "index.html"))).toBe(true);
    // Three builds of data/, two of them at once on two cores: 18-30 s, over the default 30 s limit on a busy day.
  }, 120_000);

  it("removes its own folders when it is stopped", async () => {
    const parent = await mkdtemp(join(tmpdir(), "pantau-builds-"));
    made.push(parent);
    const out = join(parent, "site");
    const build = start(out);
    await waitFor(() => exists(staging(build.child.pid)));
    build.child.kill("SIGTERM");
    const { code } = await build.done;
    expect(code).not.toBe(0);
    expect(await readdir(parent)).toEqual([]);
    expect(await exists(staging(build.child.pid))).toBe(false);
  });
});
