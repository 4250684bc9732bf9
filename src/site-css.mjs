// The site's one stylesheet (src/styles/site.css), minified once per build and written
// into every page's <head> by src/views/frame.ts, so a page's first round trip carries
// its styles. Its hash is allowed by the Content-Security-Policy in astro.config.mjs.
// Astro can inline a stylesheet it bundles too, but it hashes the stylesheet again for
// every page it writes: 20,000 times at 10,000 cases. Builds run from the project root.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { transformSync } from "esbuild";

export const siteCss = transformSync(readFileSync("src/styles/site.css", "utf8"), { loader: "css", minify: true }).code.trim();

export const siteCssHash = `sha256-${createHash("sha256").update(siteCss).digest("base64")}`;
