import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { guide } from "../src/ingest/problems/guide.ts";
import { problemCodes } from "../src/ingest/problems/problems.ts";
import { tables } from "../src/ingest/schema/index.ts";

const readme = readFileSync("README.md", "utf8");
const scripts = Object.keys(JSON.parse(readFileSync("package.json", "utf8")).scripts);

describe("README", () => {
  it("opens with a Quick start of exactly two commands: install and build, then test", () => {
    const quickStart = readme.split("## Quick start")[1]!.split("\n\n")[1]!;
    expect(quickStart.split("\n").map((line) => line.trim())).toEqual(["npm ci && npm run build", "npm test"]);
    expect(readme.match(/^## .*/m)?.[0]).toBe("## Quick start");
  });

  it.each(problemCodes)("documents the problem code %s", (code) => {
    expect(readme).toContain(`| \`${code}\` |`);
  });

  it("documents every field of every table, by key and Indonesian alias", () => {
    for (const field of [...tables.events.fields, ...tables.elections.fields]) expect(readme).toContain(field.key);
    for (const field of tables.cases.fields) expect(readme).toContain(`| \`${field.key}\` | \`${field.alias}\` |`);
  });

  it("names only npm scripts that exist", () => {
    for (const [, name] of readme.matchAll(/npm run ([\w:]+)/g)) expect(scripts).toContain(name);
  });
});

describe("README's problem codes", () => {
  it.each(Object.keys(guide))("show %s's example and fix from the guide", (code) => {
    const entry = guide[code as keyof typeof guide];
    const escape = (text: string) => text.replace(/\|/g, "\\|");
    expect(readme).toContain(`| ${escape(entry.example.en)} | ${escape(entry.fix.en)} |`);
  });
});
