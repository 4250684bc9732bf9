import { spawnSync } from "node:child_process";
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixture } from "../helpers.ts";

const root = resolve(import.meta.dirname, "../..");

function run(script: string, args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [join(root, "scripts", "cli", script), ...args], {
    cwd: options.cwd ?? root,
    env: { ...process.env, PANTAU_TODAY: "2026-11-29", ...options.env },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const validate = (...args: string[]) => run("validate.ts", args);

// Every temporary folder a test makes, removed when the file's tests end.
const made: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A data folder holding the committed elections and the given case fixtures. */
async function dataDirWith(...cases: string[]): Promise<string> {
  const dir = await tempDir("pantau-data-");
  await mkdir(join(dir, "cases"));
  await copyFile(join(root, "data/elections.csv"), join(dir, "elections.csv"));
  for (const name of cases) await copyFile(join(root, fixture(name)), join(dir, "cases", name));
  return dir;
}

describe("npm run validate", () => {
  it("exits 0 on the committed data", () => {
    const { status, stdout } = validate();
    expect(status).toBe(0);
    expect(stdout).toContain("Data valid. / Data is valid.");
  });

  it("prints a summary in both languages", () => {
    const { status, stdout } = validate("--data", "test/fixtures/site");
    expect(status).toBe(0);
    expect(stdout).toContain("Ringkasan: 15 berkas, 6 kasus, 19 tahapan, 2 pemilihan; 0 kesalahan, 2 peringatan.");
    expect(stdout).toContain("Summary: 15 files, 6 cases, 19 events, 2 elections; 0 errors, 2 warnings.");
  });

  it("prints each problem as file:row:column: code: message, Indonesian then English, and exits 1", async () => {
    const dir = await dataDirWith("date-impossible.csv");
    const { status, stdout } = validate("--data", dir);
    expect(status).toBe(1);
    const file = join(dir, "cases", "date-impossible.csv");
    expect(stdout).toContain(
      `${file}:2:incident_date: impossible_date: Tanggal di kolom "incident_date" tidak ada di kalender (misalnya 31/02). Periksa hari dan bulannya.\n` +
        `    The date in column "incident_date" does not exist (such as 31/02). Check its day and month.\n`,
    );
  });

  it("prints one JSON object and nothing else with --json", async () => {
    const dir = await dataDirWith("header-typo.csv");
    const { status, stdout } = validate("--data", dir, "--json");
    expect(status).toBe(1);
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(["errors", "warnings", "summary"]);
    expect(output.errors[0]).toEqual({
      file: join(dir, "cases", "header-typo.csv"),
      row: 1,
      column: "#4",
      code: "unknown_header",
      message_id: expect.stringContaining('Judul kolom "#4" tidak dikenal.'),
      message_en: expect.stringContaining('Unknown column header "#4".'),
      expected: expect.stringContaining("incident_date"),
      suggestion: "incident_date",
    });
    expect(output.errors[1]).toMatchObject({ row: 1, column: "incident_date", code: "missing_column" });
    expect(output.summary).toEqual({ files: 2, cases: 0, events: 0, elections: 2, errors: 2, warnings: 0 });
  });

  it("prints bare JSON through npm as the README says: npm run -s validate -- --json", () => {
    const result = spawnSync("npm", ["run", "-s", "validate", "--", "--data", "test/fixtures/site", "--json"], { cwd: root, encoding: "utf8", env: { ...process.env, PANTAU_TODAY: "2026-11-29" } });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).summary).toEqual({ files: 15, cases: 6, events: 19, elections: 2, errors: 0, warnings: 2 });
  });

  it("gives byte-identical JSON for the same input", async () => {
    const dir = await dataDirWith("personal-data.csv", "date-order.csv", "valid-minimal.csv");
    expect(validate("--data", dir, "--json").stdout).toBe(validate("--data", dir, "--json").stdout);
  });

  it("checks one file against the rest of the data, reporting only that file", () => {
    const { status, stdout } = validate("--data", "test/fixtures/site", "--json", fixture("duplicate-of-committed-case.csv"));
    expect(status).toBe(1);
    const { errors, warnings } = JSON.parse(stdout);
    expect(errors).toEqual([
      expect.objectContaining({
        file: fixture("duplicate-of-committed-case.csv"),
        row: 2,
        column: "case_id",
        code: "duplicate_case",
        message_en: expect.stringContaining("test/fixtures/site/compiled/cases/53.71-kota-kupang.csv:2"),
      }),
    ]);
    expect(warnings).toEqual([]);
  });

  it("prints GitHub annotations with --format github, on the physical line and column of each problem", () => {
    const file = fixture("annotations-multiline-then-errors.csv");
    const { status, stdout } = validate("--data", "test/fixtures/site", "--format", "github", file);
    expect(status).toBe(1);
    expect(stdout.split("\n").map((line) => line.replace(/::(?!.*::).*$/, "::…"))).toEqual([
      // Row 3 starts on line 4: row 2's quoted description spans two lines.
      `::error file=${file},line=4,col=8,title=invalid_number::…`,
      `::error file=${file},line=4,col=4,title=impossible_date::…`,
      "2 errors, 0 warnings in 13 files.",
      "",
    ]);
    expect(stdout).toContain('::Tanggal di kolom "incident_date" tidak ada di kalender (misalnya 31/02). Periksa hari dan bulannya. / The date in column "incident_date" does not exist');
  });

  it("annotates a header problem on line 1 at the header's column", () => {
    const file = fixture("header-typo.csv");
    const { stdout } = validate("--format", "github", file);
    expect(stdout).toContain(`::error file=${file},line=1,col=4,title=unknown_header::`);
    expect(stdout).toContain(`::error file=${file},line=1,title=missing_column::`);
  });

  it("exits 0 for a clean lone file", () => {
    expect(validate(fixture("valid-semicolon-bom-crlf.csv")).status).toBe(0);
  });

  it.each([
    [["--bogus"], "Unknown option"],
    [["--format", "xml"], "Unknown format: xml"],
    [["--data", "no/such/folder"], "Data folder not found: no/such/folder"],
    [["no-such-file.csv"], "File not found: no-such-file.csv"],
    [[fixture("empty.csv"), fixture("valid-tab.csv")], "Only one file can be checked at a time."],
  ])("exits 2 on a usage error: %j", (args, message) => {
    const { status, stderr, stdout } = validate(...args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain("Usage: npm run validate");
    expect(stdout).toBe("");
  });
});

describe("npm run validate -- --diff REF", () => {
  it("lists what a change adds, alters and removes, per office", async () => {
    const repo = await tempDir("pantau-diff-");
    const git = (...args: string[]) => {
      const r = spawnSync("git", args, { cwd: repo, encoding: "utf8" });
      if (r.status !== 0) throw new Error(r.stderr);
    };
    await cp(join(root, "test/fixtures/site"), join(repo, "data"), { recursive: true });
    git("init", "-q");
    git("-c", "user.email=t@example.org", "-c", "user.name=t", "add", ".");
    git("-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-q", "-m", "before");
    const ppu = join(repo, "data/compiled/cases/64.09-penajam-paser-utara.csv");
    await writeFile(ppu, (await readFile(ppu, "utf8")).replace(",referred,KASN,", ",recommended,KASN,"));
    await rm(join(repo, "data/compiled/cases/35.14-kabupaten-pasuruan.csv"));
    await rm(join(repo, "data/compiled/events/35.14-kabupaten-pasuruan.csv"));
    await copyFile(join(root, fixture("valid-minimal.csv")), join(repo, "data/cases/53.71-tambahan.csv"));
    const result = spawnSync(process.execPath, [join(root, "scripts/cli/validate.ts"), "--diff", "HEAD"], {
      cwd: repo,
      env: { ...process.env, PANTAU_TODAY: "2026-11-29" },
      encoding: "utf8",
    });
    expect(result.status).toBe(0);
    expect(result.stdout.slice(result.stdout.indexOf("Perubahan data"))).toBe(
      [
        "Perubahan data terhadap HEAD / Data changes against HEAD:",
        "Kabupaten Pasuruan (35.14): 0 baru/added, 0 diubah/changed, 1 dihapus/removed",
        "  - 35.14/psr-pemilu2024-1",
        "Kota Kupang (53.71): 1 baru/added, 0 diubah/changed, 0 dihapus/removed",
        "  + 53.71/T-1",
        "Kabupaten Penajam Paser Utara (64.09): 0 baru/added, 1 diubah/changed, 0 dihapus/removed",
        "  ~ 64.09/ppu-pemilu2024-1: status",
        "",
      ].join("\n"),
    );
  });
});

describe("personal data", () => {
  const flagged = [
    "198609262015051001",
    "19860926 201505 1 001",
    "5371012345670001",
    "+62 812-3456-7890",
    "812-3456-7890",
    "0812 3456 7890",
    "budi.santoso@example.com",
    "budi.santoso",
  ];

  it("never appears in the validator's text or JSON output", async () => {
    const dir = await dataDirWith("personal-data.csv");
    for (const args of [["--data", dir], ["--data", dir, "--json"], [fixture("personal-data.csv")]]) {
      const { status, stdout, stderr } = validate(...args);
      expect(status).toBe(1);
      expect(stdout).toContain("personal_data");
      for (const value of flagged) {
        expect(stdout).not.toContain(value);
        expect(stderr).not.toContain(value);
      }
    }
  });

  it("never appears in the build's output, which stops and leaves dist/ alone", async () => {
    const dir = await dataDirWith("personal-data.csv");
    const cwd = await tempDir("pantau-site-");
    await mkdir(join(cwd, "dist"));
    await writeFile(join(cwd, "dist", "index.html"), "previous build");
    const { status, stdout, stderr } = run("build.ts", [], { cwd, env: { DATA_DIR: dir } });
    expect(status).toBe(1);
    expect(stdout).toContain("personal_data");
    expect(stderr).toContain("Build stopped: data is invalid; dist/ is unchanged.");
    for (const value of flagged) expect(stdout + stderr).not.toContain(value);
    expect(await readdir(join(cwd, "dist"))).toEqual(["index.html"]);
  });
});

describe("cell text", () => {
  // Whatever a file holds, no output mode prints it: a first row of data, a title above the
  // table, a name, a typo'd header. Columns are named by key or position.
  const cells = ["D-1", "Rudi", "Hartanto", "19860926", "Pemerintah Kota Kupang", "Contoh kasus", "Data Kasus Bawaslu", "incdent_date"];
  const files = ["header-row-is-data.csv", "title-rows-above-table.csv", "personal-names.csv", "header-typo.csv"];

  it.each([["text"], ["json"], ["github"]])("never appears in the validator's %s output", async (format) => {
    const dir = await dataDirWith(...files);
    const { status, stdout, stderr } = validate("--data", dir, "--format", format);
    expect(status).toBe(1);
    expect(stdout).toContain("header_row");
    for (const cell of cells) expect(stdout + stderr, cell).not.toContain(cell);
  });

  it("never appears in the build's log", async () => {
    const dir = await dataDirWith(...files);
    const cwd = await tempDir("pantau-site-");
    const { status, stdout, stderr } = run("build.ts", [], { cwd, env: { DATA_DIR: dir } });
    expect(status).toBe(1);
    for (const cell of cells) expect(stdout + stderr, cell).not.toContain(cell);
  });

  it("annotates rows of a file with Excel's sep= line on their physical lines", async () => {
    const file = fixture("valid-excel-sep-line.csv");
    const text = (await readFile(join(root, file), "utf8")).replace("X-1;53.71", "X-1;99.99");
    const dir = await tempDir("pantau-sep-");
    await writeFile(join(dir, "53.71-sep.csv"), text);
    const { stdout } = validate("--format", "github", join(dir, "53.71-sep.csv"));
    expect(stdout).toContain(`::error file=${join(dir, "53.71-sep.csv")},line=3,col=2,title=unknown_region::`);
  });
});
