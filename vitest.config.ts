import { defineConfig } from "vitest/config";

// `npm test` runs every test but the slow suite; `npm run test:slow` (PANTAU_SLOW=1) runs the
// slow suite alone (test/*.slow.test.ts: the 10,000-case site, screenshots, determinism,
// builds killed and run side by side). CI runs both.
const slow = process.env.PANTAU_SLOW === "1";

export default defineConfig({
  test: {
    include: slow ? ["test/**/*.slow.test.ts"] : ["test/**/*.test.ts"],
    exclude: slow ? [] : ["test/**/*.slow.test.ts"],
    // A fixed clock and time zone, so "not in the future" never flakes.
    env: { TZ: "Asia/Jakarta", PANTAU_TODAY: "2026-11-29" },
    testTimeout: 30_000,
    // Two files at a time in the default run (Vitest's default on two cores is one): the
    // browser tests mostly wait on Chromium, so npm test ends a minute sooner. The slow
    // suite runs one file at a time, since it times pages and builds.
    maxWorkers: slow ? 1 : 2,
    // A page's script may start late while the other file's browser is busy: what a browser
    // test waits for (expect.poll) gets five seconds rather than one.
    expect: { poll: { timeout: 5_000 } },
    // CI also writes a JSON report, from which .ci/run prints "N passed, N failed".
    reporters: process.env.CI ? ["default", ["json", { outputFile: slow ? "test-results/vitest-slow.json" : "test-results/vitest.json" }]] : ["default"],
  },
});
