// @ts-check
import { defineConfig } from "astro/config";
import { jsFlagHash } from "./src/js-flag.mjs";

export default defineConfig({
  // The public address; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? "https://pantau-netralitas-asn.github.io",
  trailingSlash: "always",
  // Inline the site's small stylesheet: a page's first round trip carries its styles.
  build: { format: "directory", inlineStylesheets: "always", concurrency: 4 },
  // A Content-Security-Policy meta tag on every page: Astro adds the hashes of the scripts
  // and styles it bundles or inlines; everything else comes from this origin only.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: [jsFlagHash] },
    },
  },
  // No Markdown here: without Shiki, no inline styles that the policy would block.
  markdown: { syntaxHighlight: false },
  // No telemetry, no network: the build must work offline.
  devToolbar: { enabled: false },
});
