// A cited source as a reader can check it: a web address as a link, its host written out
// before it so that a look-alike host is seen; a text citation as written, saying that no
// link is known.

import { t, type Lang } from "../i18n/index.ts";
import { html, type Html } from "./html.ts";

export function sourceView(lang: Lang, source: string): Html {
  if (/^https?:\/\//i.test(source) && URL.canParse(source)) {
    const host = new URL(source).host;
    return html`<span class="source"><strong class="host">${host}</strong> <a href="${source}" rel="nofollow noopener noreferrer">${source}</a></span>`;
  }
  return html`<span class="source">${source} <span class="note">· ${t(lang, "source.noLink")}</span></span>`;
}

/** Several sources, " | " between them. */
export function sourcesView(lang: Lang, sources: readonly string[]): Html {
  return html`${sources.map((s, i) => html`${i > 0 && " | "}${sourceView(lang, s)}`)}`;
}
