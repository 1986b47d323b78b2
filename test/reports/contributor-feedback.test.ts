import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import type { Dataset } from "../../src/model/dataset.js";
import { render } from "../../src/render/index.js";
import { LETTER_LIMITS } from "../../src/reports/build-contributor-feedback.js";
import { buildReport } from "../../src/reports/index.js";
import { LETTER_PICTURE_IDS, letterPictures } from "../../src/reports/letter-pictures.js";
import { sentenceLengths } from "../../src/reports/letter-words.js";
import type { ReportOptions } from "../../src/reports/options.js";
import type { Block, IdeaBlock, Report } from "../../src/reports/report.js";
import { PICTURE_SRC } from "../../src/reports/report.js";
import { ReportSchema } from "../../src/reports/report-schema.js";
import { readability } from "../../src/scores/readability.js";
import { at, dataset } from "../rules/fixture.js";

const generatedAt = "2026-04-01T09:00:00Z";

function build(ds: Dataset, opts: Partial<ReportOptions>) {
  return buildReport("contributor-feedback", ds, { generatedAt, ...opts });
}

function letter(ds: Dataset, opts: Partial<ReportOptions>): Report {
  const r = build(ds, opts);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

/** The body's words: ideas and paragraphs before "About this letter" (what is measured). */
function bodyTexts(r: Report): string[] {
  const out: string[] = [];
  for (const b of r.sections) {
    if (b.type === "heading" && b.text.startsWith("About this")) break;
    if (b.type === "idea") out.push(b.parts.map((p) => p.text).join(""));
    if (b.type === "paragraph") out.push(b.text);
  }
  return out;
}

function ideas(r: Report): IdeaBlock[] {
  return r.sections.filter((b): b is IdeaBlock => b.type === "idea");
}

function allText(r: Report): string {
  return ["html", "markdown", "json"].map((f) => render(r, f as "html")).join("\n");
}

/** Every contributor's identifiers, lower-cased, by contributor id. */
function identifiers(ds: Dataset): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const c of ds.contributors) {
    const ids = c.identifiers;
    if (!ids) continue;
    m.set(
      c.id,
      [ids.name, ids.email, ids.phone, ids.address]
        .filter((x): x is string => x !== undefined)
        .map((x) => x.toLowerCase()),
    );
  }
  return m;
}

const STYLES = ["plain", "easy-read"] as const;

describe("contributor-feedback for every demo contributor, in both styles", () => {
  const everyone = identifiers(demoDataset);
  const letters = demoDataset.contributors.flatMap((c) =>
    STYLES.map((style) => ({ c, style, r: build(demoDataset, { contributor: c.id, style }) })),
  );

  it("builds, is a valid report, and is set out for its style", () => {
    for (const { c, style, r } of letters) {
      expect(r.ok, c.id).toBe(true);
      if (!r.ok) continue;
      const parsed = ReportSchema.safeParse(r.value);
      expect(parsed.success ? [] : parsed.error.issues, c.id).toEqual([]);
      expect(r.value.presentation?.style).toBe(style);
      expect(r.value.sections.some((b) => b.type === "idea")).toBe(style === "easy-read");
    }
  });

  it("names no contributor: no name, email, phone or address, in any format", () => {
    for (const { c, r } of letters) {
      if (!r.ok) continue;
      const out = allText(r.value).toLowerCase();
      for (const [id, list] of everyone) {
        for (const x of list)
          expect(out.includes(x), `${c.id}'s letter shows ${id}'s ${x}`).toBe(false);
      }
    }
  });

  it("gives every picture a text alternative and an image of its own (a data: address)", () => {
    for (const { r } of letters) {
      if (!r.ok) continue;
      for (const i of ideas(r.value)) {
        expect(i.picture.alt.trim()).not.toBe("");
        expect(PICTURE_SRC.test(i.picture.src)).toBe(true);
      }
      const html = render(r.value, "html");
      const imgs = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
      expect(imgs.length).toBe(ideas(r.value).length);
      for (const img of imgs) expect(img).toMatch(/ alt="Picture of [^"]+"/);
    }
  });

  it("meets the plainness limits of its style: each sentence short enough, the whole easy enough", () => {
    for (const { c, style, r } of letters) {
      if (!r.ok) continue;
      const limits = LETTER_LIMITS[style];
      const texts = bodyTexts(r.value);
      const longest = Math.max(...texts.flatMap(sentenceLengths));
      expect(longest, `${c.id} ${style}`).toBeLessThanOrEqual(limits.maxSentenceWords);
      const ease = readability(texts.join("\n\n")).value ?? 0;
      expect(ease, `${c.id} ${style}`).toBeGreaterThanOrEqual(limits.minReadingEase);
      expect(r.diagnostics.map((d) => d.code)).not.toContain("letter/harder-than-limit");
      expect(r.diagnostics.map((d) => d.code)).not.toContain("letter/sentence-too-long");
    }
  });

  it("states its own measured plainness in its method note", () => {
    const r = letter(demoDataset, { contributor: "c-0001", style: "easy-read" });
    const note = r.sections.find((b) => b.type === "paragraph" && b.tone === "note");
    const text = note?.type === "paragraph" ? note.text : "";
    expect(text).toMatch(
      /ppie measured its words .*: \d+ sentences, the longest \d+ words, Flesch Reading Ease \d+(\.\d)? \((very easy|easy)\b/,
    );
    expect(text).toContain(
      "held to sentences of at most 15 words and a reading ease of at least 80",
    );
  });

  it("stays a few pages long in Easy Read: at most 3 activities and 4 changes told one by one", () => {
    for (const { style, r } of letters) {
      if (!r.ok || style !== "easy-read") continue;
      const said = ideas(r.value).map((i) => i.parts.map((p) => p.text).join(""));
      expect(said.filter((t) => / you took part in: /.test(t)).length).toBeLessThanOrEqual(3);
      expect(
        said.filter((t) => /^(We did|We will|What changed):/.test(t)).length,
      ).toBeLessThanOrEqual(4);
      expect(ideas(r.value).length).toBeLessThanOrEqual(32);
    }
  });
});

describe("the reader's access needs choose the style", () => {
  function withNeeds(needs: string[]): Dataset {
    return dataset((d) => {
      at(d.contributors, 0).accessNeeds = needs;
    });
  }

  it("writes Easy Read, 14 point, for a reader who needs Easy Read, and says why", () => {
    const r = letter(withNeeds(["easy-read"]), { contributor: "c-1", period: "2024-25" });
    expect(r.presentation).toEqual({ style: "easy-read", pointSize: 14 });
    const note = r.sections.find((b) => b.type === "paragraph" && b.tone === "note");
    expect(note?.type === "paragraph" && note.text).toContain(
      "It is in Easy Read because the contributor's recorded access needs (Easy Read) ask for it",
    );
  });

  it("writes plain English in 16 point for a reader who needs large print", () => {
    const r = letter(withNeeds(["large-print"]), { contributor: "c-1", period: "2024-25" });
    expect(r.presentation).toEqual({ style: "plain", pointSize: 16 });
  });

  it("writes plain English in 12 point for a reader with no format need", () => {
    const r = letter(withNeeds(["step-free-access"]), { contributor: "c-1", period: "2024-25" });
    expect(r.presentation).toEqual({ style: "plain", pointSize: 12 });
  });

  it("warns when the style or size asked for does not meet the reader's needs", () => {
    const r = build(withNeeds(["easy-read", "large-print"]), {
      contributor: "c-1",
      period: "2024-25",
      style: "plain",
      pointSize: 12,
    });
    expect(r.ok && r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["letter/style-does-not-meet-needs", ["opts", "style"]],
      ["letter/style-does-not-meet-needs", ["opts", "pointSize"]],
    ]);
  });

  it("warns when the reader needs a format ppie cannot write", () => {
    const r = build(withNeeds(["braille"]), { contributor: "c-1", period: "2024-25" });
    expect(r.ok && r.diagnostics).toEqual([
      {
        code: "letter/format-not-written",
        severity: "warning",
        path: ["contributors", 0, "accessNeeds"],
        message:
          "Contributor c-1 needs braille, which ppie cannot write: this letter is for print and screen.",
        hint: "Have the letter made into braille before it is sent, and record the format you used.",
      },
    ]);
  });
});

describe("what a letter says", () => {
  const base = dataset();

  it("tells the reader's activities, time, changes with their status, payment and thanks", () => {
    const r = letter(base, { contributor: "c-1", period: "2024-25" });
    const text = bodyTexts(r).join("\n");
    expect(text).toContain("You took part in 1 activity and gave 1 hour of your time.");
    expect(text).toContain("People said: The letter was hard to read.");
    expect(text).toContain("What we did: We rewrote it with the panel.");
    expect(text).toContain("We have seen this change happen, but have not yet checked it in full.");
    expect(text).toContain(
      "After the activity on 1 March 2025 (Workshop on the study design): The invitation letter was rewritten.",
    );
    expect(text).toContain("We paid you £25.00 for your time.");
    expect(text).toContain("Thank you for your time, your experience and your ideas.");
  });

  it("tells a change that did not go well, and an activity with no change yet, as they are", () => {
    const ds = dataset((d) => {
      const i = at(d.impacts, 0);
      i.direction = "negative";
      i.status = "confirmed";
      i.contributorIds = ["c-1"];
      d.activities?.push({
        ...at(d.activities, 0),
        id: "a-2",
        title: "Second workshop",
        startDate: "2025-03-05",
        outcomes: [],
      });
    });
    const easy = bodyTexts(
      letter(ds, { contributor: "c-1", period: "2024-25", style: "easy-read" }),
    ).join("\n");
    expect(easy).toContain("You said: The letter was hard to read.");
    expect(easy).toContain("We checked. This change really happened. This change did not go well.");
    expect(easy).toContain(
      "Nothing has changed yet after 1 of the times you took part. We will tell you when something changes.",
    );
    const plain = bodyTexts(letter(ds, { contributor: "c-1", period: "2024-25" })).join("\n");
    expect(plain).toContain("It did not work out as we hoped.");
    expect(plain).toContain(
      "One of the activities has not led to a recorded change yet (see the table above).",
    );
  });

  it("says so when nothing has changed yet", () => {
    const ds = dataset((d) => {
      at(d.activities, 0).outcomes = [];
      d.impacts = [];
    });
    const plain = bodyTexts(letter(ds, { contributor: "c-1", period: "2024-25" })).join("\n");
    expect(plain).toContain(
      "We have not recorded a change from the activities you took part in yet.",
    );
    const easy = bodyTexts(
      letter(ds, { contributor: "c-1", period: "2024-25", style: "easy-read" }),
    ).join("\n");
    expect(easy).toContain(
      "We have not seen a change yet. We will tell you when something changes.",
    );
  });

  it("writes who to contact as the caller says", () => {
    const r = letter(base, {
      contributor: "c-1",
      period: "2024-25",
      contact: "Sam on 01632 960999",
    });
    expect(bodyTexts(r).join("\n")).toContain("please contact Sam on 01632 960999.");
  });

  it("warns when a sentence it quotes from the data is longer than the style allows, naming the record", () => {
    const ds = dataset((d) => {
      at(d.impacts, 0).weDid =
        "We rewrote the whole of the invitation letter together with the members of the panel over three long evening sessions.";
    });
    const r = build(ds, { contributor: "c-1", period: "2024-25", style: "easy-read" });
    expect(r.ok && r.diagnostics.map((d) => [d.code, d.path, d.message])).toEqual([
      [
        "letter/sentence-too-long",
        ["impacts", 0, "weDid"],
        "This Easy Read letter quotes impact record i-1 (what was done) in a sentence of 22 words; its sentences here are at most 15 words.",
      ],
    ]);
  });

  it("uses the caller's own pictures in place of ppie's", () => {
    const src = letterPictures().tick.src;
    const r = letter(base, {
      contributor: "c-1",
      period: "2024-25",
      style: "easy-read",
      pictures: { "thank-you": { alt: "Photo of our panel waving", src } },
    });
    const thanks = ideas(r).find((i) => i.parts.some((p) => p.text === "Thank you"));
    expect(thanks?.picture).toEqual({ id: "thank-you", alt: "Photo of our panel waving", src });
  });

  it("refuses an unknown contributor, activity or picture", () => {
    const r = build(base, {
      contributor: "c-9",
      activity: "a-9",
      pictures: { unicorn: { alt: "A unicorn", src: letterPictures().tick.src } },
    });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["report/unknown-contributor", ["opts", "contributor"]],
      ["report/unknown-activity", ["opts", "activity"]],
      ["report/invalid-option", ["opts", "pictures", "unicorn"]],
    ]);
  });

  it("refuses a picture that is not a base64 data: image", () => {
    const r = build(base, {
      contributor: "c-1",
      pictures: { tick: { alt: "A tick", src: "https://example.org/tick.png" } },
    });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["report/invalid-option", ["opts", "pictures"]],
    ]);
  });
});

describe("a letter names its own reader only when the caller opts in, and never anyone else", () => {
  const ds = dataset((d) => {
    // another contributor's name written into the data the letter quotes
    at(d.impacts, 0).weDid = "We rewrote it with Sam Sample and the panel.";
    d.contributors?.push({ id: "c-3", roles: ["patient"], identifiers: { name: "Sam Sample" } });
  });

  it("without the option: no name at all", () => {
    for (const style of STYLES) {
      const out = allText(letter(ds, { contributor: "c-1", period: "2024-25", style }));
      expect(out).not.toContain("Alex Example");
      expect(out).not.toContain("Sam Sample");
      expect(out).toContain("We rewrote it with [identifier removed] and the panel.");
    }
  });

  it("with the option: the reader's name, in a greeting, and still no one else's", () => {
    const plain = letter(ds, { contributor: "c-1", period: "2024-25", includeIdentifiers: true });
    expect(plain.sections[0]).toEqual({ type: "paragraph", text: "Dear Alex Example," });
    const easy = letter(ds, {
      contributor: "c-1",
      period: "2024-25",
      style: "easy-read",
      includeIdentifiers: true,
    });
    const hello = easy.sections[1] as Block;
    expect(hello.type === "idea" && hello.parts).toEqual([
      { text: "Hello " },
      { text: "Alex Example", strong: true },
      { text: "." },
    ]);
    for (const r of [plain, easy]) {
      expect(allText(r)).not.toContain("Sam Sample");
      expect(allText(r)).not.toContain("alex@example.org");
    }
  });
});

describe('the public "you said, we did"', () => {
  it("has no personal details: no contributor id, name or payment", () => {
    for (const style of STYLES) {
      const r = letter(demoDataset, { style });
      const out = allText(r);
      expect(out).not.toMatch(/\bc-\d{4}\b/);
      for (const list of identifiers(demoDataset).values())
        for (const x of list) expect(out.toLowerCase().includes(x)).toBe(false);
      expect(out).not.toMatch(/£\d/);
      expect(r.title).toBe("You said, we did");
    }
  });

  it("ignores includeIdentifiers, saying so", () => {
    const r = build(demoDataset, { includeIdentifiers: true });
    expect(r.ok && r.diagnostics.map((d) => d.code)).toEqual(["report/ignored-option"]);
  });

  it("narrows to a project or to one activity (the activity's own dates as the period)", () => {
    const p = letter(demoDataset, { project: "p-004" });
    expect(p.title).toBe("You said, we did: Clearer outpatient letters");
    const a = demoDataset.activities[10]!;
    const one = letter(demoDataset, { activity: a.id, style: "easy-read" });
    expect(one.title).toBe(`You said, we did: ${a.title}`);
    expect(one.period?.start).toBe(a.startDate);
    const said = ideas(one).map((i) => i.parts.map((q) => q.text).join(""));
    expect(said).toContain("There was 1 meeting.");
  });

  it("meets the plainness limits in both styles", () => {
    for (const style of STYLES) {
      const r = letter(demoDataset, { style });
      const texts = bodyTexts(r);
      expect(Math.max(...texts.flatMap(sentenceLengths))).toBeLessThanOrEqual(
        LETTER_LIMITS[style].maxSentenceWords,
      );
      expect(readability(texts.join("\n\n")).value ?? 0).toBeGreaterThanOrEqual(
        LETTER_LIMITS[style].minReadingEase,
      );
    }
  });
});

describe("ppie's pictures", () => {
  it("are all there, each an SVG data: address with a text alternative that says what it shows", () => {
    const pictures = letterPictures();
    for (const id of LETTER_PICTURE_IDS) {
      expect(pictures[id].alt).toMatch(/^Picture of /);
      expect(pictures[id].src.startsWith("data:image/svg+xml;base64,")).toBe(true);
      const svg = Buffer.from(pictures[id].src.split(",")[1] ?? "", "base64").toString("utf8");
      expect(svg).toContain(`<title>${pictures[id].alt}</title>`);
      expect(svg).not.toMatch(/<script|<image|href=|on[a-z]+=/i);
    }
  });
});
