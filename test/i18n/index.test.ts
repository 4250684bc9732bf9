import { describe, expect, it } from "vitest";
import en from "../../src/i18n/en.json" with { type: "json" };
import id from "../../src/i18n/id.json" with { type: "json" };
import { formatDate, localise, t } from "../../src/i18n/index.ts";

describe("t, formatDate and localise: the strings a reader sees", () => {
  it("hold the same keys in both languages, none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    for (const value of [...Object.values(en), ...Object.values(id)]) expect(value.trim()).not.toBe("");
  });

  it("fill placeholders, writing numbers as each language does", () => {
    expect(t("id", "count.cases", { n: 1234 })).toBe("1.234 kasus");
    expect(t("en", "count.cases", { n: 1234 })).toBe("1,234 cases");
  });

  it("use the singular form for one", () => {
    expect(t("en", "count.cases", { n: 1 })).toBe("1 case");
    expect(t("en", "region.state.published", { n: 2 })).toBe("This region's Bawaslu office publishes 2 cases.");
    expect(t("en", "region.state.published", { n: 1 })).toBe("This region's Bawaslu office publishes 1 case.");
  });

  it("write dates at their precision", () => {
    expect(formatDate("id", "2024-02-07")).toBe("7 Februari 2024");
    expect(formatDate("en", "2023-12")).toBe("December 2023");
  });

  it("put English pages under /en/", () => {
    expect(localise("id", "/wilayah/53.71/")).toBe("/wilayah/53.71/");
    expect(localise("en", "/wilayah/53.71/")).toBe("/en/wilayah/53.71/");
  });
});
