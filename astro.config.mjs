// @ts-check
import { defineConfig } from "astro/config";
import { jsFlagHash } from "./src/client/js-flag.mjs";
import { cssHashes } from "./src/styles/site-css.mjs";

export default defineConfig({
  // The public address; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? "https://pantau-netralitas-asn.github.io",
  trailingSlash: "always",
  // The site's small stylesheets are inlined by src/views/frame.ts (see src/styles/site-css.mjs).
  build: { format: "directory", concurrency: 4 },
  // A Content-Security-Policy meta tag on every page: Astro adds the hashes of the scripts
  // and styles it bundles or inlines; everything else comes from this origin only.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        // The checker page's worker (src/client/checker-worker.ts), from this origin only.
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: [jsFlagHash] },
      styleDirective: { hashes: cssHashes },
    },
  },
  // Scripts as files, never inlined: the search box's script is on every page, and as a
  // file a reader's browser fetches it once for all pages, where inlined it added 1.8 KB to
  // each page and a hash for Astro to compute per page.
  vite: { build: { assetsInlineLimit: 0 } },
  // No Markdown here: without Shiki, no inline styles that the policy would block.
  markdown: { syntaxHighlight: false },
  // No telemetry, no network: the build must work offline.
  devToolbar: { enabled: false },
});
