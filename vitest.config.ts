import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // A fixed clock and time zone, so "not in the future" never flakes.
    env: { TZ: "Asia/Jakarta", PANTAU_TODAY: "2026-11-24" },
    testTimeout: 30_000,
    // CI also writes a JSON report, from which .ci/run prints "N passed, N failed".
    reporters: process.env.CI ? ["default", ["json", { outputFile: "test-results/vitest.json" }]] : ["default"],
  },
});
