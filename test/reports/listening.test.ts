import { describe, expect, it } from "vitest";
import type { DatasetInput } from "../../src/model/dataset.js";
import { parseDataset } from "../../src/model/parse.js";
import { renderHtml } from "../../src/render/html.js";
import { renderJson } from "../../src/render/json.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { buildReport } from "../../src/reports/index.js";
import type { ReportOptions } from "../../src/reports/options.js";
import type { Block, Report, TableBlock } from "../../src/reports/report.js";
import { impactSourcesInWords } from "../../src/reports/impact-sources.js";
import { listening } from "../../src/scores/listening.js";
import { fftTrend } from "../../src/reports/feedback-fft-section.js";
import { scoreDataset } from "../../src/scores/registry.js";
import { listeningDataset, listeningInput } from "../scores/listening-fixture.js";

const AT = "2026-04-01T09:00:00Z";

function build(opts: Partial<ReportOptions> = {}, ds = listeningDataset()): Report {
  const r = buildReport("listening", ds, { generatedAt: AT, period: "2025-26", ...opts });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

function table(r: Report, id: string): TableBlock {
  const t = r.sections.find((b): b is TableBlock => b.type === "table" && b.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

function metric(r: Report, id: string): Extract<Block, { type: "metric" }> {
  const m = r.sections.find(
    (b): b is Extract<Block, { type: "metric" }> => b.type === "metric" && b.id === id,
  );
  if (!m) throw new Error(`no metric ${id}`);
  return m;
}

/** The fixture with `n` more PALS contacts, so that PALS counts pass the small-number rule. */
function withManyPals(n: number): ReturnType<typeof listeningDataset> {
  const input = listeningInput();
  const cats = ["concern", "complaint", "enquiry"] as const;
  const outcomes = ["resolved", "signposted", undefined] as const;
  const extra = Array.from({ length: n }, (_, i) => ({
    id: `pals-x${i}`,
    kind: "pals" as const,
    date: `2025-10-${String((i % 28) + 1).padStart(2, "0")}`,
    category: cats[i % 3],
    themes: ["waiting-times"],
    ...(outcomes[i % 3] === undefined ? {} : { outcome: outcomes[i % 3] }),
  }));
  const r = parseDataset({
    ...input,
    feedback: [...(input.feedback ?? []), ...extra],
  } as DatasetInput);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

describe("the listening report", () => {
  it("has a board-ready title, method note, headline figures and sources", () => {
    const r = build();
    expect(r.kind).toBe("listening");
    expect(r.title).toBe("Listening: what we heard and what changed, 2025-26");
    expect(r.sections[0]).toMatchObject({ type: "paragraph", tone: "note" });
    expect(r.sections.at(-1)).toMatchObject({ type: "sources" });
    expect(metric(r, "listening-stories")).toMatchObject({
      value: 2,
      display: "2",
      trend: { direction: "up", text: "+1 story since the previous period (1)" },
    });
    // 1 of the 4 PALS contacts led to a change: too few to show, so the share that counts it
    // is withheld too
    expect(metric(r, "listening-changed").display).toBe("withheld");
  });

  it("shows FFT % positive as the feedback report does, with its trend", () => {
    const r = build();
    const m = metric(r, "listening-fft-positive");
    expect(m.value).toBe(93.2); // 68 of 73
    expect(m.trend?.text).toBe("+18.2 percentage points since the previous period (75.0%)");
    const feedback = buildReport("feedback", listeningDataset(), {
      generatedAt: AT,
      period: "2025-26",
    });
    if (!feedback.ok) throw new Error("feedback");
    const f = feedback.value.sections.find((b) => b.type === "metric" && b.id === "fft-positive");
    expect(f).toMatchObject({ value: m.value });
  });

  it("shows FFT by named unit, falling back to the id, with NHS England's suppression", () => {
    const t = table(build(), "listening-fft-by-unit");
    expect(t.rows.map((row) => row.unit?.text)).toEqual([
      "site-a (all units)",
      "site-a / Ward 7, stroke unit",
      "site-a / w9",
    ]);
    // w9 has 3 responses: first-level suppressed, and so the next-smallest unit (second level)
    expect(t.rows[2]?.positive).toMatchObject({ text: "withheld", suppressed: true });
    expect(t.rows[1]?.responses).toMatchObject({ suppressed: true });
  });

  it("hides small PALS counts, and shows PALS by category and outcome when they are large enough", () => {
    const small = build();
    expect(metric(small, "listening-pals-contacts").display).toBe("withheld");
    const r = build({ disclosure: "fft" }, withManyPals(30));
    const s = scoreDataset("listening", withManyPals(30), { period: "2025-26" });
    if (!s.ok) throw new Error("score");
    const pals = s.value.components.pals;
    expect(metric(r, "listening-pals-contacts").value).toBe(34);
    const byCategory = table(r, "listening-pals-by-category").rows;
    expect(byCategory.map((row) => row.label?.text)).toEqual([
      "Concern",
      "Complaint",
      "Compliment",
      "Enquiry",
      "Suggestion",
      "All contacts",
    ]);
    expect(byCategory[0]?.contacts?.value).toBe(pals.byCategory.concern);
    const byOutcome = table(r, "listening-pals-by-outcome").rows;
    expect(byOutcome.map((row) => row.label?.text)).toContain("Outcome not recorded");
    const notRecorded = byOutcome.find((row) => row.label?.text === "Outcome not recorded");
    expect(notRecorded?.contacts?.value).toBe(pals.byOutcome["not-recorded"]);
    const chart = r.sections.find(
      (b) => b.type === "chart" && b.id === "listening-pals-by-category",
    );
    expect(chart).toMatchObject({ type: "chart" });
    expect(chart?.type === "chart" && chart.description).toMatch(
      /^Number of PALS contacts of each category in 2025-26: concern 12, complaint 11/,
    );
  });

  it("lists each story with the forums and dates it was shared at and what changed because of it", () => {
    const t = table(build(), "listening-stories");
    expect(t.rows[0]?.sharedAt?.text).toBe(
      "Trust Board (3 July 2025); Quality committee (date not recorded); Trust Board (2 October 2025)",
    );
    expect(t.rows[0]?.changed?.text).toBe("1 August 2025: We put up new signs from the car park.");
    expect(t.rows[1]?.sharedAt?.text).toBe("Not yet shared");
    expect(t.rows[1]?.changed?.text).toBe("No change recorded yet");
    const forums = table(build(), "listening-story-forums");
    expect(
      forums.rows.map((row) => [row.forum?.text, row.stories?.value, row.sharings?.value]),
    ).toEqual([
      ["Trust Board", 1, 2],
      ["Quality committee", 1, 1],
    ]);
  });

  it("never shows a contributor's name inside a story, unless identifiers are opted in", () => {
    const r = build();
    for (const out of [renderMarkdown(r), renderHtml(r), renderJson(r)]) {
      expect(out).not.toContain("Alex Example");
      expect(out).not.toContain("Alex");
    }
    expect(renderMarkdown(build({ includeIdentifiers: true }))).toContain("Alex Example");
  });

  it("tables the changes that came from what was heard, with where each came from", () => {
    const t = table(build(), "listening-impacts");
    expect(t.rows.map((row) => row.weDid?.text)).toEqual([
      "We put up new signs from the car park.",
      "We introduced quiet hours on Ward 7.",
    ]);
    // in the impact report's words
    expect(t.rows[0]?.from?.text).toBe(
      "a PALS concern, 3 May 2025; a story shared at Trust Board on 3 July 2025, Quality committee and Trust Board on 2 October 2025",
    );
    const ds = listeningDataset();
    const ward = ds.impacts.find((i) => i.id === "i-ward");
    if (!ward) throw new Error("no i-ward");
    expect(t.rows[1]?.from?.text).toBe(impactSourcesInWords(ds, ward, (x) => x).join("; "));
    const share = table(build(), "listening-change-share");
    expect(share.rows.map((row) => row.share?.text)).toEqual(["withheld", "50.0%", "33.3%"]);
  });

  it("never gives away a withheld number of PALS contacts with a change through a share", () => {
    // 34 contacts, 1 with a change: that 1 is withheld, and so is every share that counts it
    const r = build({ disclosure: "fft" }, withManyPals(30));
    const share = table(r, "listening-change-share");
    expect(share.rows[0]?.records?.value).toBe(34);
    expect(share.rows[0]?.changed).toMatchObject({ text: "withheld", suppressed: true });
    expect(share.rows[0]?.share).toMatchObject({ text: "withheld", suppressed: true });
    expect(metric(r, "listening-changed")).toMatchObject({ value: null, display: "withheld" });
  });

  it("says so when nothing was heard in the period", () => {
    const r = build({ period: "2023-24" });
    const text = renderMarkdown(r);
    expect(text).toContain(
      "No contacts with the Patient Advice and Liaison Service (PALS) were recorded",
    );
    expect(text).toContain("No stories were recorded");
    expect(text).toContain("No Friends and Family Test results were recorded");
  });

  it("narrows to one project's records", () => {
    const r = build({ project: "p-1" });
    expect(metric(r, "listening-stories").value).toBe(0);
  });

  it("tables each source of a change once, as the impact report does, even when listed twice", () => {
    const input = listeningInput();
    const ds = parsed({
      ...input,
      impacts: (input.impacts ?? []).map((i) =>
        i.id === "i-parking" ? { ...i, feedbackIds: ["pals-1", "story-1", "pals-1"] } : i,
      ),
    });
    const t = table(build({}, ds), "listening-impacts");
    const parking = ds.impacts.find((i) => i.id === "i-parking");
    if (!parking) throw new Error("no i-parking");
    expect(t.rows[0]?.from?.text).toBe(impactSourcesInWords(ds, parking, (x) => x).join("; "));
    expect(t.rows[0]?.from?.text.match(/PALS/g)).toHaveLength(1);
  });

  it("shows last period's share only where last period's report showed it", () => {
    // 2025-26: 25 PALS contacts, 1 named by an impact record, so that report withholds its share
    const ds = withTwentySixTwentySeven(withManyPals(21));
    expect(metric(build({}, ds), "listening-changed").display).toBe("withheld");
    const now = metric(build({ period: "2026-27" }, ds), "listening-changed");
    expect(now.display).toBe("100.0%");
    expect(now.trend).toEqual({ direction: "none", text: "no figure for the previous period" });
  });

  it("withholds the share when any PALS figure it counts is withheld, even with 0 changed", () => {
    // 4 PALS contacts in 2025-26, none with a change: presets that show zeros show the 0 but
    // withhold the 4, which the share's detail would give away with the stories and FFT returns
    const input = listeningInput();
    const ds = parsed({
      ...input,
      impacts: (input.impacts ?? []).map((i) =>
        i.id === "i-parking" ? { ...i, feedbackIds: ["story-1"] } : i,
      ),
    });
    for (const disclosure of ["fft", "ukhsa-5", "hes-2018"] as const) {
      const r = build({ disclosure }, ds);
      expect(metric(r, "listening-pals-contacts").display).toBe("withheld");
      const m = metric(r, "listening-changed");
      expect(m).toMatchObject({ value: null, display: "withheld" });
      expect(m.detail).not.toMatch(/\d/);
    }
  });

  it("says 'is named' of one record, in the report and in the measure's explanation", () => {
    const ds = withTwentySixTwentySeven(listeningDataset());
    expect(metric(build({ period: "2026-27" }, ds), "listening-changed").detail).toBe(
      "1 of 1 PALS contact, story or FFT return is named by an impact record.",
    );
    const s = listening(ds, { period: { start: "2026-04-01", end: "2027-03-31" } });
    expect(s.explanation).toContain("1 of them is named by an impact record");
  });

  it("says 0 PALS contacts, not withheld, when none were recorded", () => {
    for (const disclosure of [undefined, "fft", "ukhsa-5", "hes-2018", "tre-10"] as const) {
      const r = build({ period: "2023-24", ...(disclosure ? { disclosure } : {}) });
      expect(metric(r, "listening-pals-contacts")).toMatchObject({
        value: 0,
        display: "0",
        detail: "No PALS contacts were recorded in the period.",
      });
      const share = table(r, "listening-change-share");
      expect(share.rows[0]?.records?.text).toBe("0");
      expect(share.rows[0]?.changed?.text).toBe("0");
    }
  });

  it("says there is no figure for this period when this period's figure is withheld", () => {
    const r = build();
    expect(metric(r, "listening-pals-contacts").trend?.text).toBe("no figure for this period");
    expect(metric(r, "listening-changed").trend?.text).toBe("no figure for this period");
    expect(fftTrend(null, 50).text).toBe("no figure for this period");
    expect(fftTrend(50, null).text).toBe("no figure for the previous period");
  });
});

function parsed(input: DatasetInput): ReturnType<typeof listeningDataset> {
  const r = parseDataset(input);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

/** The dataset with one story in 2026-27 and an impact record that came from it. */
function withTwentySixTwentySeven(
  ds: ReturnType<typeof listeningDataset>,
): ReturnType<typeof listeningDataset> {
  return parsed({
    ...ds,
    feedback: [
      ...ds.feedback,
      { id: "story-27", kind: "story", date: "2026-05-01", summary: "A new story.", themes: [] },
    ],
    impacts: [
      ...ds.impacts,
      {
        id: "i-27",
        date: "2026-06-01",
        type: "service",
        youSaid: "Something.",
        weDid: "Something else.",
        direction: "positive",
        status: "observed",
        feedbackIds: ["story-27"],
      },
    ],
  } as DatasetInput);
}
