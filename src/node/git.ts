// The data's history in git: the day a file was last committed, the data folder as it was
// at a revision, and the commits that changed it (for releases and --diff).

import { execFile } from "node:child_process";
import { join } from "node:path";
import { referenceFiles, type DataFiles, type FileInput } from "../ingest/csv.ts";

/** The day a file was last committed ("2024-02-01"), or null outside git or before its first commit. */
export function lastCommitDate(path: string): Promise<string | null> {
  return new Promise((resolve) => {
    execFile("git", ["log", "-1", "--format=%cs", "--", path], (error, stdout) => resolve(error ? null : stdout.trim() || null));
  });
}

/** Runs git in `dir`; rejects outside a repository. */
function git(dir: string, args: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    execFile("git", ["-C", dir, ...args], { encoding: "buffer", maxBuffer: 1 << 30 }, (error, stdout) => (error ? reject(error) : resolve(stdout))),
  );
}

/** The data files of `dir` as they were at git revision `ref` (for a change summary or a release). */
export async function readDataDirAt(ref: string, dir: string): Promise<DataFiles> {
  // Names relative to `dir`; files are named as on disk (join(dir, name)), so problems point at the same paths.
  const listing = (await git(dir, ["ls-tree", "-r", "--name-only", ref, "--", "."])).toString("utf8").split("\n").filter(Boolean).sort();
  const read = async (name: string): Promise<FileInput> => ({ path: join(dir, name), bytes: new Uint8Array(await git(dir, ["show", `${ref}:./${name}`])) });
  const inFolder = (folder: string) => listing.filter((p) => p.startsWith(`${folder}/`) && p.toLowerCase().endsWith(".csv"));
  const optional = (name: string) => (listing.includes(name) ? read(name) : null);
  return {
    dir,
    cases: await Promise.all(inFolder("cases").map(read)),
    events: await Promise.all(inFolder("events").map(read)),
    compiled: { cases: await Promise.all(inFolder("compiled/cases").map(read)), events: await Promise.all(inFolder("compiled/events").map(read)) },
    elections: await optional("elections.csv"),
    deadlines: await optional(referenceFiles.deadlines),
    holidays: await optional(referenceFiles.holidays),
    officialFigures: await optional(referenceFiles.officialFigures),
  };
}

/** The commits that changed `dir`, oldest first, with their commit day; empty outside git. */
export async function dataHistory(dir: string): Promise<{ readonly commit: string; readonly date: string }[]> {
  try {
    const log = (await git(dir, ["log", "--reverse", "--format=%H %cs", "--", "."])).toString("utf8");
    return log
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const [commit, date] = line.split(" ");
        return { commit: commit!, date: date! };
      });
  } catch {
    return [];
  }
}
