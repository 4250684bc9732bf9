// getStaticPaths helpers: every page exists at "/" (Bahasa Indonesia) and "/en/".

import { languages, localise, type Lang } from "./index.ts";

/** The `lang` route parameter: undefined for Bahasa Indonesia at the root, "en" under /en/. */
export function langParam(lang: Lang): string | undefined {
  return lang === "id" ? undefined : "en";
}

export function langOf(param: string | undefined): Lang {
  return param === "en" ? "en" : "id";
}

export const bothLanguages = [{ params: { lang: undefined }, props: { lang: "id" as Lang } }, { params: { lang: "en" }, props: { lang: "en" as Lang } }];

/**
 * A page's public address in a language: the site's origin and the page's path, as
 * `new URL(path, site).href` gives it for our own paths (ASCII slugs, nothing to encode),
 * without parsing a URL for each of the tens of thousands of links a build writes.
 */
export function pageUrl(site: URL, lang: Lang, path: string): string {
  return `${site.origin}${localise(lang, path)}`;
}

/** Routes in both languages: each once with `lang` undefined (Bahasa Indonesia at the root) and once "en". */
export function inBothLanguages<P extends Record<string, string>, Q>(routes: readonly { params: P; props?: Q }[]): { params: P & { lang: string | undefined }; props?: Q }[] {
  return languages.flatMap((lang) => routes.map((r) => ({ ...r, params: { lang: langParam(lang), ...r.params } })));
}

/** Every page's public address in both languages, the language pairs together. */
export function pageUrls(site: URL, paths: readonly string[]): string[] {
  return paths.flatMap((path) => languages.map((lang) => pageUrl(site, lang, path)));
}
