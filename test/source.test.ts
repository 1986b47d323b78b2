import { describe, expect, it } from "vitest";
import { designChoices } from "../src/frameworks/design-choices.js";
import { FLESCH_1948, GRIPP2_BMJ_2017, publications } from "../src/frameworks/publications.js";
import type { DesignChoiceSource, PublicationSource } from "../src/source.js";
import {
  cite,
  formatSource,
  isDesignChoice,
  SOURCE_FIELDS,
  shortCitation,
  sourceLink,
} from "../src/source.js";

const undated: PublicationSource = {
  id: "undated",
  title: "An undated web page",
  publisher: "Some Organisation",
  url: "https://example.org/page",
  verified: false,
  note: "Not checked.",
};

const choice: DesignChoiceSource = {
  designChoice: true,
  id: "c",
  title: "A choice",
  explained: "docs/design-choices.md#a-choice",
};

describe("cite", () => {
  it("adds the section and keeps the publication's own facts", () => {
    const c = cite(GRIPP2_BMJ_2017, "Table 2");
    expect(c).toMatchObject({ id: GRIPP2_BMJ_2017.id, section: "Table 2", verified: true });
    expect(GRIPP2_BMJ_2017.section).toBeUndefined();
  });

  it("can flag one fact as unverified without changing the publication", () => {
    const c = cite(GRIPP2_BMJ_2017, "item 3", { verified: false, note: "wording not checked" });
    expect(c.verified).toBe(false);
    expect(c.note).toBe("wording not checked");
    expect(GRIPP2_BMJ_2017.verified).toBe(true);
  });

  it("without a section drops none of the publication's fields", () => {
    expect(cite(undated)).toEqual(undated);
  });
});

describe("sourceLink", () => {
  it("prefers the DOI, then the URL; a design choice has none", () => {
    expect(sourceLink(FLESCH_1948)).toBe("https://doi.org/10.1037/h0057532");
    expect(sourceLink(undated)).toBe("https://example.org/page");
    expect(sourceLink(choice)).toBeUndefined();
  });
});

describe("shortCitation", () => {
  it("names the lead author and year, or the publisher, with the section", () => {
    expect(shortCitation(FLESCH_1948)).toBe("Flesch 1948");
    expect(shortCitation(cite(GRIPP2_BMJ_2017, "Table 2"))).toBe(
      "Staniszewska et al. 2017, Table 2",
    );
    expect(shortCitation(undated)).toBe("Some Organisation n.d.");
    expect(shortCitation({ ...undated, authors: "Duncan OD, Duncan B", year: 1955 })).toBe(
      "Duncan and Duncan 1955",
    );
    expect(shortCitation(choice)).toBe("ppie design choice: A choice");
  });
});

describe("formatSource", () => {
  it("gives a full reference with its link", () => {
    expect(formatSource(cite(FLESCH_1948, "Table 5"))).toBe(
      "Flesch R. A new readability yardstick. Journal of Applied Psychology 32(3):221-233, 1948. Table 5. https://doi.org/10.1037/h0057532",
    );
  });

  it("says when a source is not yet verified, and n.d. without a year", () => {
    expect(formatSource(undated)).toBe(
      "An undated web page. Some Organisation, n.d. https://example.org/page (not yet verified)",
    );
  });

  it("names a design choice and the page that explains it", () => {
    expect(isDesignChoice(choice)).toBe(true);
    expect(formatSource(choice)).toBe(
      "ppie design choice: A choice (explained in ppie's documentation, docs/design-choices.md#a-choice)",
    );
  });
});

describe("the bibliography", () => {
  it("has unique ids across publications and design choices", () => {
    const ids = [...publications, ...designChoices].map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has at least 30 dated publications, each with a way to find it", () => {
    expect(publications.filter((p) => p.year !== undefined).length).toBeGreaterThanOrEqual(30);
    for (const p of publications) {
      expect(p.title.length, p.id).toBeGreaterThan(0);
      expect(p.publisher.length, p.id).toBeGreaterThan(0);
    }
  });

  it("links only https or http addresses and bare DOIs", () => {
    for (const p of publications) {
      if (p.url !== undefined) expect(p.url, p.id).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//u);
      if (p.doi !== undefined) expect(p.doi, p.id).toMatch(/^10\.\d{4,9}\/\S+$/u);
    }
  });

  it("explains every unverified publication", () => {
    for (const p of publications) if (!p.verified) expect(p.note, p.id).toBeTruthy();
  });

  it("points every design choice at a section of docs/design-choices.md", () => {
    for (const c of designChoices)
      expect(c.explained).toMatch(/^docs\/design-choices\.md#[a-z0-9-]+$/u);
  });

  it("builds design choices only on publications in the bibliography", () => {
    const ids = new Set(publications.map((p) => p.id));
    for (const c of designChoices)
      for (const id of c.buildsOn ?? []) expect(ids.has(id), `${c.id} -> ${id}`).toBe(true);
  });
});

describe("formatSource punctuation", () => {
  it("does not double the full stop after et al.", () => {
    const s = formatSource({
      id: "x",
      authors: "Hickey G, et al.",
      title: "T",
      publisher: "P",
      year: 2018,
      verified: true,
    });
    expect(s).toBe("Hickey G, et al. T. P, 2018.");
  });
});

describe("shortCitation of editors", () => {
  it("drops (eds) from the surnames", () => {
    expect(
      shortCitation({
        id: "x",
        authors: "Popay J, Collins M (eds)",
        title: "T",
        publisher: "P",
        year: 2014,
        verified: true,
      }),
    ).toBe("Popay and Collins 2014");
  });
});

describe("formatSource of a journal citation", () => {
  it("does not repeat a year the publisher already gives", () => {
    expect(formatSource(GRIPP2_BMJ_2017)).toBe(
      "Staniszewska S, Brett J, Simera I, et al. GRIPP2 reporting checklists: tools to improve reporting of patient and public involvement in research. BMJ 2017;358:j3453. https://doi.org/10.1136/bmj.j3453",
    );
  });
});

describe("shortCitation of a law case", () => {
  it("uses the case's short name", () => {
    expect(
      shortCitation({
        id: "x",
        title: "R v Brent London Borough Council, ex parte Gunning",
        short: "R v Brent LBC, ex p Gunning",
        publisher: "(1985) 84 LGR 168",
        year: 1985,
        section: "page 189",
        verified: false,
      }),
    ).toBe("R v Brent LBC, ex p Gunning 1985, page 189");
  });
});

describe("SOURCE_FIELDS", () => {
  it("names every field any source in the bibliography has, so copying one drops nothing", () => {
    const known = new Set<string>(SOURCE_FIELDS);
    for (const s of [...publications, ...designChoices]) {
      for (const key of Object.keys(s)) expect(known.has(key), `${s.id}.${key}`).toBe(true);
    }
  });
});

describe("cite keeps a publication's own section", () => {
  it("when no section is given, and replaces it when one is", () => {
    const pub: PublicationSource = {
      id: "p",
      title: "T",
      publisher: "P",
      year: 2023,
      section: "Table 2",
      verified: false,
      note: "n",
    };
    expect(cite(pub).section).toBe("Table 2");
    expect(cite(pub, "Table 3").section).toBe("Table 3");
  });
});
