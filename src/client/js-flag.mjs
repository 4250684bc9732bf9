// The one inline script: it marks the page as having JavaScript before the first paint,
// so the search box and the map's zoom button (shown only with JavaScript) take their
// place at once instead of pushing the page down when the modules load. Its hash is
// allowed by the Content-Security-Policy in astro.config.mjs.
import { createHash } from "node:crypto";

export const jsFlagScript = 'document.documentElement.classList.add("js")';

export const jsFlagHash = `sha256-${createHash("sha256").update(jsFlagScript).digest("base64")}`;
