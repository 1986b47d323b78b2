/**
 * Impacts linked to any source: the impact report says what each record came from in words
 * (activities with their level, engagement events with their days, feedback records by kind),
 * never by id, and the `impact` measure counts records by the kind of source.
 */
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/model/dataset.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { impactSourcesInWords } from "../../src/reports/impact-sources.js";
import { buildReport } from "../../src/reports/index.js";
import type { Report, TableBlock } from "../../src/reports/report.js";
import { scoreDataset } from "../../src/scores/registry.js";
import { at, dataset } from "../rules/fixture.js";

const generatedAt = "2026-04-01T09:00:00Z";

/** The fixture with an event, three kinds of feedback and impacts from each. */
function linked(): Dataset {
  return dataset((d) => {
    d.scales = ["ppie-influence-level", "cruk-involvement-depth"];
    at(d.activities, 0).level = { scale: "cruk-involvement-depth", item: "partner" };
    d.events = [
      {
        id: "ev-cafe",
        organisationId: "org-1",
        projectId: "p-1",
        title: "Science café",
        kind: "science-cafe",
        date: "2025-05-12",
        reach: { attendance: 127 },
      },
      {
        id: "ev-festival",
        organisationId: "org-1",
        title: "Health festival",
        kind: "festival",
        date: "2025-06-27",
        endDate: "2025-06-29",
      },
    ];
    d.feedback = [
      ...(d.feedback ?? []),
      { id: "pals-7", kind: "pals", date: "2025-05-03", category: "concern", themes: [] },
      {
        id: "story-2",
        kind: "story",
        date: "2025-05-20",
        summary: "A carer's story of the discharge lounge.",
        sharedAt: [{ forum: "the Trust Board", date: "2025-06-04" }],
      },
      {
        id: "fft-w7",
        kind: "fft",
        date: "2025-05-05",
        unitId: "ward-7",
        unitName: "Ward 7",
        period: { start: "2025-04-01", end: "2025-04-30" },
        counts: { veryGood: 20, good: 5, neither: 1, poor: 0, veryPoor: 0, dontKnow: 0 },
      },
    ];
    d.impacts = [
      ...(d.impacts ?? []),
      {
        id: "i-2",
        projectId: "p-1",
        eventIds: ["ev-cafe", "ev-festival"],
        feedbackIds: ["pals-7", "story-2", "fft-w7"],
        date: "2025-07-01",
        type: "service",
        youSaid: "Visiting times were hard to find.",
        weDid: "We put them on every ward door.",
        direction: "positive",
        status: "observed",
      },
      {
        id: "i-3",
        projectId: "p-1",
        date: "2025-07-02",
        type: "other",
        youSaid: "Parking was hard.",
        weDid: "We asked the council.",
        direction: "mixed",
        status: "intended",
      },
    ];
  });
}

function build(ds: Dataset, opts: Record<string, unknown>): Report {
  const r = buildReport("impact", ds, { generatedAt, ...opts });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

function table(report: Report, id: string): TableBlock {
  const t = report.sections.find((b) => b.type === "table" && b.id === id);
  if (t?.type !== "table") throw new Error(`no table ${id}`);
  return t;
}

describe("impactSourcesInWords", () => {
  it("says each source in words, in the order activities, events, feedback", () => {
    const ds = linked();
    expect(impactSourcesInWords(ds, at(ds.impacts, 0), (s) => s)).toEqual([
      "Workshop on the study design, 1 March 2025, level Partner (public influence level 5, Co-producing)",
    ]);
    expect(impactSourcesInWords(ds, at(ds.impacts, 1), (s) => s)).toEqual([
      "Science café, 12 May 2025",
      "Health festival, 27 to 29 June 2025",
      "a PALS concern, 3 May 2025",
      "a story shared at the Trust Board on 4 June 2025",
      "FFT returns for Ward 7, April 2025",
    ]);
  });

  it("says a linked record that is missing is missing, without its id", () => {
    const ds = linked();
    const r = { ...at(ds.impacts, 1), eventIds: ["ev-gone"], feedbackIds: ["f-gone"] };
    expect(impactSourcesInWords(ds, r, (s) => s)).toEqual([
      "an engagement event not in the dataset",
      "a feedback record not in the dataset",
    ]);
  });

  it("says a source listed twice once", () => {
    const ds = linked();
    const r = at(ds.impacts, 1);
    const twice = {
      ...r,
      activityIds: [...r.activityIds, ...r.activityIds],
      eventIds: [...(r.eventIds ?? []), ...(r.eventIds ?? [])],
      feedbackIds: [...(r.feedbackIds ?? []), ...(r.feedbackIds ?? [])],
    };
    expect(impactSourcesInWords(ds, twice, (s) => s)).toEqual(
      impactSourcesInWords(ds, r, (s) => s),
    );
  });
});

describe("the impact report: what each record came from", () => {
  it("lists events and feedback records in words, never by id", () => {
    const report = build(linked(), { period: "2025-26" });
    const rows = table(report, "impact-records-p-1").rows;
    expect(rows.map((r) => r.from?.text)).toEqual([
      "Workshop on the study design, 1 March 2025, level Partner (public influence level 5, Co-producing)",
      "Science café, 12 May 2025; Health festival, 27 to 29 June 2025; a PALS concern, 3 May 2025; a story shared at the Trust Board on 4 June 2025; FFT returns for Ward 7, April 2025",
      "no source recorded",
    ]);
    const md = renderMarkdown(report);
    for (const id of ["ev-cafe", "ev-festival", "pals-7", "story-2", "fft-w7", "ward-7"])
      expect(md).not.toContain(id);
  });

  it("shows the activity's level in the organisation's own words beside the common level", () => {
    const report = build(linked(), { period: "2025-26" });
    expect(table(report, "impact-records-p-1").rows[0]?.from?.text).toContain(
      "Workshop on the study design, 1 March 2025, level Partner (public influence level 5, Co-producing)",
    );
  });

  it("counts records by source in the measure, and the report takes the table from it", () => {
    const ds = linked();
    const score = scoreDataset("impact", ds, { period: "2025-26" });
    expect(score.ok && score.value.components.bySource).toEqual({
      activities: 1,
      events: 1,
      feedback: 1,
      none: 1,
    });
    const rows = table(build(ds, { period: "2025-26" }), "impact-by-source").rows;
    expect(rows.map((r) => [r.source?.text, r.records?.value])).toEqual([
      ["Involvement, engagement or participation activities", 1],
      ["Engagement events", 1],
      ["Feedback records (PALS contacts, stories, FFT returns, questionnaires)", 1],
      ["No source recorded", 1],
    ]);
    const year = scoreDataset("impact", ds, { period: "2024-25" });
    expect(year.ok && year.value.components.bySource).toEqual({
      activities: 0,
      events: 0,
      feedback: 0,
      none: 0,
    });
  });
});
