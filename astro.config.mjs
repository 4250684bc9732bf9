// @ts-check
import { defineConfig } from "astro/config";

export default defineConfig({
  // The public address; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? "https://pantau-netralitas-asn.github.io",
  trailingSlash: "always",
  // Inline the site's small stylesheet: a page's first round trip carries its styles.
  build: { format: "directory", inlineStylesheets: "always" },
  // No telemetry, no network: the build must work offline.
  devToolbar: { enabled: false },
});
