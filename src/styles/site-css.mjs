// The site's stylesheets, minified once per build and written into each page's <head> by
// src/views/frame.ts, so a page's first round trip carries its styles; their hashes are
// allowed by the Content-Security-Policy in astro.config.mjs. Astro can inline a
// stylesheet it bundles too, but it hashes it again for every page it writes: 20,000
// times at 10,000 cases. Builds run from the project root.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { transformSync } from "esbuild";

const minify = (css) => transformSync(css, { loader: "css", minify: true }).code.trim();
const hash = (css) => `sha256-${createHash("sha256").update(css).digest("base64")}`;
const site = readFileSync("src/styles/site.css", "utf8");
const data = readFileSync("src/styles/data.css", "utf8");

/** What every page needs: the frame, text, facts, timeline, clock. A case page has nothing more. */
export const coreCss = minify(site);

/** The same and the tables, charts, maps and filters of every other page. */
export const fullCss = minify(`${site}\n${data}`);

export const cssHashes = [hash(coreCss), hash(fullCss)];
