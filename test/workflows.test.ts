import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const scripts = Object.keys(JSON.parse(readFileSync("package.json", "utf8")).scripts);
const files = readdirSync(".github/workflows").filter((f) => f.endsWith(".yml"));
type Step = { run?: string; uses?: string; name?: string; with?: Record<string, unknown> };
type Workflow = { name: string; on: unknown; jobs: Record<string, { "runs-on": string; steps: Step[]; needs?: string }> };
const load = (file: string) => parse(readFileSync(`.github/workflows/${file}`, "utf8")) as Workflow;

describe("the workflows", () => {
  it("are the pull-request check and the deploy", () => {
    expect(files.sort()).toEqual(["check.yml", "deploy.yml"]);
  });

  it.each(files)("%s is valid YAML with jobs that have steps", (file) => {
    const workflow = load(file);
    expect(workflow.name).toBeTruthy();
    for (const job of Object.values(workflow.jobs)) {
      expect(job["runs-on"]).toBe("ubuntu-latest");
      expect(job.steps.length).toBeGreaterThan(0);
    }
  });

  it.each(files)("%s runs only npm ci and this project's npm scripts", (file) => {
    for (const job of Object.values(load(file).jobs)) {
      for (const step of job.steps.filter((s) => s.run !== undefined)) {
        const command = step.run!.replace(/\s+#.*$/, "");
        if (command === "npm ci") continue;
        const name = /^npm run (?:-s )?([\w:]+)/.exec(command)?.[1];
        expect(scripts, command).toContain(name);
      }
    }
  });

  it("check.yml annotates problems, summarises the change and keeps a preview", () => {
    const runs = load("check.yml").jobs.check!.steps.map((s) => s.run ?? s.uses);
    expect(runs).toEqual([
      "actions/checkout@v4",
      "actions/setup-node@v4",
      "npm ci",
      "npm run -s validate -- --format github",
      'npm run -s validate -- --diff "origin/${{ github.base_ref }}"',
      "npm run build",
      "actions/upload-artifact@v4",
    ]);
  });

  it("deploy.yml checks out the whole history, from which the releases are computed", () => {
    const { jobs } = load("deploy.yml");
    const checkout = jobs.build!.steps.find((s) => s.uses?.startsWith("actions/checkout"));
    expect(checkout?.with?.["fetch-depth"]).toBe(0);
  });

  it("deploy.yml publishes only after validation and the build pass", () => {
    const { jobs } = load("deploy.yml");
    expect(jobs.build!.steps.map((s) => s.run ?? s.uses)).toEqual([
      "actions/checkout@v4",
      "actions/setup-node@v4",
      "npm ci",
      "npm run -s validate -- --format github",
      "npm run build",
      "actions/upload-pages-artifact@v3",
    ]);
    expect(jobs.deploy!.needs).toBe("build");
  });
});
