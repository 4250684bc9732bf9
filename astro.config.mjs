// @ts-check
import { defineConfig } from "astro/config";

export default defineConfig({
  // The public address; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? "https://pantau-netralitas-asn.github.io",
  trailingSlash: "always",
  build: { format: "directory" },
  // No telemetry, no network: the build must work offline.
  devToolbar: { enabled: false },
});
