// The frame of every page (src/layouts/Base.astro): the head's links and metadata, the
// header with its navigation and search box, the footer with the data's version and
// "Cite this". The parts every page of a language shares are written once per build.

import type { Site } from "../site/model.ts";
import { Html, html } from "./html.ts";
import { jsFlagScript } from "../client/js-flag.mjs";
import { coreCss, fullCss } from "../styles/site-css.mjs";
import { pageUrl } from "../i18n/routes.ts";
import { formatDate, localise, otherLang, t, type Lang } from "../i18n/index.ts";

export interface PageInfo {
  readonly lang: Lang;
  /** The page's path without the language prefix: "/wilayah/53.71/". */
  readonly path: string;
  readonly title: string;
  readonly description?: string | undefined;
  /** The site's public address (astro.config.mjs `site`). */
  readonly site: URL;
  /** A case page needs only the core stylesheet; every other page also the tables, charts and maps. */
  readonly styles: "core" | "full";
}

/** "Kota Kupang · Pantau Netralitas ASN"; the overview is the site's name alone. */
export function fullTitle(page: PageInfo): string {
  return page.path === "/" ? t(page.lang, "site.name") : `${page.title} · ${t(page.lang, "site.name")}`;
}

export function canonical(page: PageInfo, lang: Lang = page.lang): string {
  return pageUrl(page.site, lang, page.path);
}

/**
 * What <head> holds: character set, viewport, the line that marks the page as having
 * JavaScript (its hash is in the Content-Security-Policy), title, description, canonical
 * and other language, Open Graph, feeds, and the stylesheet. Astro adds the policy after it.
 */
export function head(page: PageInfo): Html {
  const { lang } = page;
  const title = fullTitle(page);
  const description = page.description ?? t(lang, "site.tagline");
  const url = canonical(page);
  return html`<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><script>${new Html(jsFlagScript)}</script><title>${title}</title><meta name="description" content="${description}"><link rel="canonical" href="${url}"><link rel="alternate" hreflang="id" href="${canonical(page, "id")}"><link rel="alternate" hreflang="en" href="${canonical(page, "en")}"><link rel="icon" href="/favicon.svg" type="image/svg+xml"><meta property="og:type" content="website"><meta property="og:site_name" content="${t(lang, "site.name")}"><meta property="og:title" content="${title}"><meta property="og:description" content="${description}"><meta property="og:url" content="${url}"><meta property="og:locale" content="${lang === "id" ? "id_ID" : "en_GB"}"><link rel="alternate" type="application/rss+xml" title="${t(lang, "site.name")} (RSS)" href="${localise(lang, "/feeds/rss.xml")}"><link rel="alternate" type="application/atom+xml" title="${t(lang, "site.name")} (Atom)" href="${localise(lang, "/feeds/atom.xml")}"><style>${new Html(page.styles === "core" ? coreCss : fullCss)}</style>`;
}

const navigation = [
  ["nav.overview", "/"],
  ["nav.methodology", "/metodologi/"],
  ["nav.offices", "/kantor/"],
  ["nav.data", "/data/"],
  ["nav.guide", "/panduan/"],
] as const;

// One search box for every region and case, offline, over a static index. Shown only
// with JavaScript (src/client/search-box.ts); without it, the province list and
// tables lead everywhere.
const headerStart = new Map<Lang, Html>();
function sharedHeader(lang: Lang): Html {
  let start = headerStart.get(lang);
  if (start === undefined) {
    start = html`<a class="skip" href="#content">${t(lang, "site.skip")}</a><header class="site"><a class="brand" href="${localise(lang, "/")}">${t(lang, "site.name")}</a><nav aria-label="${t(lang, "nav.main")}"><ul>${navigation.map(
      ([key, path]) => html`<li><a href="${localise(lang, path)}">${t(lang, key)}</a></li>`,
    )}</ul></nav><form class="search" role="search" hidden data-index="${localise(lang, "/search.json")}" data-cases="${localise(lang, "/search-cases.json")}" data-lang="${lang}" data-none="${t(lang, "search.none")}" data-count="${t(lang, "search.count")}"><label for="site-search" class="visually-hidden">${t(lang, "search.label")}</label><input id="site-search" type="search" autocomplete="off" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="site-search-results" placeholder="${t(lang, "search.placeholder")}" aria-describedby="site-search-status"><p id="site-search-status" class="visually-hidden" aria-live="polite"></p><ul class="search-results" id="site-search-results" role="listbox" aria-label="${t(lang, "search.label")}"></ul></form><noscript><p class="search-noscript"><a href="${localise(lang, "/#provinces")}">${t(lang, "search.noscript")}</a></p></noscript>`;
    headerStart.set(lang, start);
  }
  return start;
}

/** The skip link and the header, ending with the link to this page in the other language. */
export function siteHeader(page: PageInfo): Html {
  const other = otherLang(page.lang);
  return html`${sharedHeader(page.lang)}<a class="lang" href="${localise(other, page.path)}" hreflang="${other}" lang="${other}">${t(page.lang, "nav.language")}</a></header>`;
}

/** "Cite this": the page's permalink, the data's version and last update, as plain text in both languages, and as BibTeX. */
export function cite(site: Site, page: PageInfo): Html {
  const permalink = canonical(page);
  const updated = site.lastUpdated ?? "";
  const year = updated.slice(0, 4);
  const plain = (l: Lang) =>
    `${t(l, "site.name")} (${year}). ${page.title}. ${t(l, "cite.version", { version: site.version, date: updated === "" ? "–" : formatDate(l, updated) })} ${permalink}`;
  const key = `pantau-${permalink.replace(/^https?:\/\/[^/]+\//, "").replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "overview"}`;
  const bibtex = `@misc{${key},
  author = {{${t(page.lang, "site.name")}}},
  title = {${page.title.replace(/[{}]/g, "")}},
  year = {${year}},
  howpublished = {\\url{${permalink}}},
  note = {${t(page.lang, "cite.bibtexNote", { version: site.version, date: updated })}}
}`;
  return html`<details class="cite"><summary>${t(page.lang, "cite.title")}</summary><p>${t(page.lang, "cite.permalink")}: <a href="${permalink}">${permalink}</a></p><p lang="id" data-cite="id">${plain("id")}</p><p lang="en" data-cite="en">${plain("en")}</p><pre data-cite="bibtex"><code>${bibtex}</code></pre></details>`;
}

/** The footer: last update, data version and releases; "Cite this"; where the data and boundaries come from. */
export function siteFooter(site: Site, page: PageInfo): Html {
  const { lang } = page;
  return html`<footer class="site">${
    site.lastUpdated !== null &&
    html`<p>${t(lang, "footer.updated", { date: formatDate(lang, site.lastUpdated) })} ${t(lang, "footer.version", { version: site.version })} <a href="${localise(lang, "/rilis/")}">${t(lang, "nav.releases")}</a></p>`
  }${cite(site, page)}<p>${t(lang, "footer.sources")} ${t(lang, "footer.regions")}</p></footer>`;
}
