import { describe, expect, it } from "vitest";
import { citationBibtex, citationText, permalinkPath } from "./citation";

const page = {
  slug: "brightwave-components-hk",
  kind: "firm" as const,
  title: "Brightwave {Components} & Co 100%",
  revision: { id: "0b8a4c52-7a1e-4a57-9f43-3b1d2e9c0a11", number: 3 },
  publishedAt: "2024-05-03T10:00:00.000Z",
};
const accessed = new Date("2026-06-05T12:00:00Z");

describe("citing a page", () => {
  it("links to the published revision, not just the page", () => {
    expect(permalinkPath(page)).toBe("/firms/brightwave-components-hk?revision=0b8a4c52-7a1e-4a57-9f43-3b1d2e9c0a11");
  });

  it("gives a citation with title, revision, date, permalink and access date", () => {
    const text = citationText(page, "https://nexus.example.org", accessed);
    expect(text).toContain("“Brightwave {Components} & Co 100%” (firm), revision 3, published 3 May 2024");
    expect(text).toContain("https://nexus.example.org/firms/brightwave-components-hk?revision=0b8a4c52-7a1e-4a57-9f43-3b1d2e9c0a11");
    expect(text).toContain("(accessed 5 Jun 2026)");
  });

  it("escapes BibTeX markup in titles", () => {
    const bib = citationBibtex(page, "https://nexus.example.org", accessed);
    expect(bib).toMatch(/^@misc\{nexuswatch-brightwave-components-hk-r3,/);
    expect(bib).toContain("title = {Brightwave \\{Components\\} \\& Co 100\\%}");
    expect(bib).toContain("year = {2024}");
  });
});
