// getStaticPaths helpers: every page exists at "/" (Bahasa Indonesia) and "/en/".

import type { Lang } from "./i18n/index.ts";

/** The `lang` route parameter: undefined for Bahasa Indonesia at the root, "en" under /en/. */
export function langParam(lang: Lang): string | undefined {
  return lang === "id" ? undefined : "en";
}

export function langOf(param: string | undefined): Lang {
  return param === "en" ? "en" : "id";
}

export const bothLanguages = [{ params: { lang: undefined }, props: { lang: "id" as Lang } }, { params: { lang: "en" }, props: { lang: "en" as Lang } }];
