import { describe, expect, it } from "vitest";
import { createSite } from "../../src/site/model.ts";
import { caseDescription, caseTitle, correctionLinks } from "../../src/views/case.ts";
import { dataset, regions } from "../site/fixtures.ts";

const site = createSite(dataset, regions, { today: "2026-11-29", corrections: { repo: "https://github.com/o/r", contact: "redaksi@example.org" }, releases: [], emptyFileDates: new Map() });
const byId = (id: string) => site.caseById(id)!;

describe("a case's name", () => {
  it("is built from the record, 'Dugaan' / 'Alleged' until a recommendation or a sanction", () => {
    const ppu = byId("64.09/ppu-pemilu2024-1");
    expect(caseTitle(site, "id", ppu)).toBe("Dugaan: ASN Pemerintah Kabupaten Penajam Paser Utara berkampanye lewat media sosial atau grup percakapan di Kabupaten Penajam Paser Utara · Pemilu 2024");
    expect(caseTitle(site, "en", { ...ppu, status: "recommended" })).toBe("A civil servant of Pemerintah Kabupaten Penajam Paser Utara campaigned on social media or in a chat group in Kabupaten Penajam Paser Utara · 2024 General Election");
    expect(caseTitle(site, "en", { ...ppu, status: "dismissed" })).toMatch(/^Alleged: /);
  });

  it("says how many when more than one, and leaves out what the record does not say", () => {
    const sby = byId("35.78/SBY-2024-01");
    expect(caseTitle(site, "id", sby)).toBe("Dugaan: 2 ASN Pemerintah Kota Surabaya memakai atribut kampanye di Kota Surabaya · Pemilu 2024");
    expect(caseTitle(site, "en", { ...sby, asn_count: null, asn_employer: null, incident_regency: null, election: "no-such" })).toBe("Alleged: a civil servant used campaign attributes");
  });

  it("leads the meta description, with the office, status and who recorded it", () => {
    expect(caseDescription(site, "en", byId("53.71/kpg-pemilu2024-1"))).toBe(
      "A civil servant of Pemerintah Kabupaten Kupang took part in a campaign in Kota Kupang · 2024 General Election. Handled by Bawaslu Kota Kupang; status: sanctioned. Compiled by the editors from news reports, not published by the Bawaslu office.",
    );
  });
});

describe("Report an error", () => {
  it("opens a pre-filled issue naming the case, its permalink and the data version, and offers the editors' e-mail", () => {
    const c = byId("64.09/ppu-pemilu2024-1");
    const view = correctionLinks(site, c, "en", "https://example.org/en/kasus/64.09/ppu-pemilu2024-1/").text;
    const issue = new URL(/href="([^"]+)" rel="noopener" data-correction="issue"/.exec(view)![1]!.replaceAll("&amp;", "&"));
    expect(issue.origin + issue.pathname).toBe("https://github.com/o/r/issues/new");
    expect(issue.searchParams.get("title")).toBe("Correction: case 64.09/ppu-pemilu2024-1");
    expect(issue.searchParams.get("body")).toContain("Address: https://example.org/en/kasus/64.09/ppu-pemilu2024-1/");
    expect(issue.searchParams.get("body")).toContain(`Data version: ${site.version}`);
    expect(issue.searchParams.get("body")).toContain("Do not write anyone's name");
    expect(view).toContain('href="mailto:redaksi@example.org?subject=Correction%20to%20case%2064.09%2Fppu-pemilu2024-1');
    expect(view).toContain("A person concerned in this case can ask for a correction or send a reply");
  });
});
