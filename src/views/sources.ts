// A cited source as a reader can check it: a web address as a link, its host written out
// before it so that a look-alike host is seen; a text citation as written, saying that no
// link is known.

import { t, type Lang } from "../i18n/index.ts";
import { html, type Html } from "./html.ts";

/**
 * A citation, a web address, or both: "Suara-ntt.com, judul, 1 Februari 2024,
 * https://suara-ntt.com/..." is the citation with its link after it.
 */
export function sourceView(lang: Lang, source: string): Html {
  const [, citation = "", address = ""] = /^(?:(.*?)[,;]?\s+)?(https?:\/\/\S+)$/i.exec(source.trim()) ?? [];
  if (address !== "" && URL.canParse(address)) {
    const host = new URL(address).host;
    const link = html`<strong class="host">${host}</strong> <a href="${address}" rel="nofollow noopener noreferrer">${address}</a>`;
    return citation === "" ? html`<span class="source">${link}</span>` : html`<span class="source">${citation} · ${link}</span>`;
  }
  return html`<span class="source">${source} <span class="note">· ${t(lang, "source.noLink")}</span></span>`;
}

/** Several sources, " | " between them. */
export function sourcesView(lang: Lang, sources: readonly string[]): Html {
  return html`${sources.map((s, i) => html`${i > 0 && " | "}${sourceView(lang, s)}`)}`;
}
