/**
 * A project's own engagement events in its project and GRIPP2 reports (reach and public
 * contributors on the agenda under disclosure control), headcounts of people without a record
 * each kept apart from contributors, and activity levels in the words of the scale they used.
 */
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/model/dataset.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { buildReport } from "../../src/reports/index.js";
import type { ReportOptions } from "../../src/reports/options.js";
import type { Report, TableBlock } from "../../src/reports/report.js";
import { at, dataset } from "../rules/fixture.js";

const generatedAt = "2026-04-01T09:00:00Z";

/** The fixture with two events of project p-1 (one over three days), one of no project, and a crowd. */
function withEvents(): Dataset {
  return dataset((d) => {
    d.scales = ["ppie-influence-level", "cruk-involvement-depth"];
    at(d.activities, 0).level = { scale: "cruk-involvement-depth", item: "partner" };
    d.activities = [
      ...(d.activities ?? []),
      {
        id: "a-crowd",
        projectId: "p-1",
        title: "Galaxy classification drive",
        mode: "participation",
        method: "citizen-science",
        startDate: "2025-05-01",
        headcount: { people: 340, who: "citizen scientists" },
      },
    ];
    d.events = [
      {
        id: "ev-cafe",
        organisationId: "org-1",
        projectId: "p-1",
        title: "Science café",
        kind: "science-cafe",
        date: "2025-05-12",
        reach: { attendance: 127, online: 3 },
        contributors: [
          { contributorId: "c-1", role: "chair" },
          { contributorId: "c-2", role: "bursary" },
        ],
      },
      {
        id: "ev-festival",
        organisationId: "org-1",
        projectId: "p-1",
        title: "Health festival",
        kind: "festival",
        date: "2025-06-27",
        endDate: "2025-06-29",
        reach: { attendance: 4200, online: 52340 },
        bursaryPlaces: 12,
      },
      {
        id: "ev-other",
        organisationId: "org-1",
        title: "Somebody else's open day",
        kind: "open-day",
        date: "2025-06-01",
      },
    ];
  });
}

function build(ds: Dataset, kind: "project" | "gripp2", opts: Partial<ReportOptions>): Report {
  const r = buildReport(kind, ds, { generatedAt, project: "p-1", ...opts });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

function table(report: Report, id: string): TableBlock {
  const t = report.sections.find((b) => b.type === "table" && b.id === id);
  if (t?.type !== "table") throw new Error(`no table ${id}`);
  return t;
}

describe("the project report: the project's engagement events", () => {
  it("lists its own events with kind, days and reach; another project's event is not there", () => {
    const report = build(withEvents(), "project", {});
    const rows = table(report, "project-events").rows;
    expect(rows.map((r) => [r.event?.text, r.kind?.text, r.dates?.text])).toEqual([
      ["Science café", "Science café", "12 May 2025"],
      ["Health festival", "Festival", "27 to 29 June 2025"],
    ]);
    expect(rows[1]?.inPerson).toEqual({ text: "4,200", value: 4200 });
    expect(rows[1]?.online).toEqual({ text: "52,340", value: 52340 });
    expect(rows[1]?.bursaries).toEqual({ text: "12", value: 12 });
    expect(renderMarkdown(report)).not.toContain("Somebody else's open day");
  });

  it("puts the people on the agenda through disclosure control, and shows the event's own counts as recorded", () => {
    const strict = table(build(withEvents(), "project", {}), "project-events").rows[0];
    // tre-10 (the default) hides any count of people below 10
    expect(strict?.agenda).toMatchObject({ text: "withheld", value: null, suppressed: true });
    // attendance, online reach and bursary places are the event's own counts, as the
    // engagement report shows them
    expect(strict?.inPerson).toEqual({ text: "127", value: 127 });
    expect(strict?.online).toEqual({ text: "3", value: 3 });
    // the café's one bursary place is counted from the holder it lists by name: a record of a
    // person, so under the rule; the festival's 12 are the total it recorded, shown as recorded
    expect(strict?.bursaries).toMatchObject({ text: "withheld", value: null, suppressed: true });
    const open = table(build(withEvents(), "project", { disclosure: "ukhsa-5" }), "project-events")
      .rows[0];
    expect(open?.inPerson).toEqual({ text: "127", value: 127 });
  });

  it("counts an event over several days in a period that holds any of its days", () => {
    const rows = table(
      build(withEvents(), "project", { period: "2025-06-28..2025-07-31" }),
      "project-events",
    ).rows;
    expect(rows.map((r) => r.event?.text)).toEqual(["Health festival"]);
  });

  it("says so when the project has no events", () => {
    const text = renderMarkdown(build(dataset(), "project", {}));
    expect(text).toContain("## Engagement events");
    expect(text).toContain("No engagement events are recorded for this project.");
  });
});

describe("headcounts: people who took part without a record each", () => {
  it("appear beside the contributors, kept apart from those counted by record", () => {
    const text = renderMarkdown(build(withEvents(), "project", {}));
    expect(text).toContain(
      "Also took part without a record each, counted as a headcount: 340 citizen scientists at Galaxy classification drive (1 May 2025). They are not among the contributors counted by record.",
    );
    const contributors = text.indexOf("## Contributors");
    const crowd = text.indexOf("340 citizen scientists");
    expect(contributors).toBeGreaterThan(-1);
    expect(crowd).toBeGreaterThan(contributors);
  });

  it("are withheld when small, like any count of people", () => {
    const small = dataset((d) => {
      d.activities = [
        ...(d.activities ?? []),
        {
          id: "a-few",
          projectId: "p-1",
          title: "Drop-in",
          mode: "engagement",
          method: "drop-in",
          startDate: "2025-05-01",
          headcount: { people: 4, who: "visitors" },
        },
      ];
    });
    expect(renderMarkdown(build(small, "project", {}))).toContain(
      "visitors (number withheld) at Drop-in (1 May 2025)",
    );
  });

  it("appear in the GRIPP2 long form's item on the people involved", () => {
    const report = build(withEvents(), "gripp2", { form: "long" });
    const list = report.sections.find((b) => b.type === "checklist");
    const people =
      list?.type === "checklist"
        ? list.items.find((i) => i.id === "4b-methods-people-involved")
        : undefined;
    expect(people?.detail).toContain("340 citizen scientists at Galaxy classification drive");
  });
});

describe("the GRIPP2 report: the project's engagement events", () => {
  function items(form: "short" | "long") {
    const report = build(withEvents(), "gripp2", { form });
    const list = report.sections.find((b) => b.type === "checklist");
    if (list?.type !== "checklist") throw new Error("no checklist");
    return { report, items: list.items };
  }

  it("are evidence for the item on how involvement was done (short form 2, long form 4a)", () => {
    const sentence =
      "Engagement events: 2 events (Science café, 12 May 2025; Health festival, 27 to 29 June 2025), with public contributors on the agenda (chairing, speaking or presenting, on a panel, facilitating or writing) at 1 of them.";
    expect(items("short").items.find((i) => i.id === "2-methods")?.detail).toContain(sentence);
    expect(items("long").items.find((i) => i.id === "4a-methods-design")?.detail).toContain(
      sentence,
    );
    // the checklist's own wording is GRIPP2's, unchanged
    expect(items("short").items.find((i) => i.id === "2-methods")?.label).toBe("Methods");
  });

  it("are listed in their own section, under disclosure control", () => {
    const rows = table(items("short").report, "gripp2-events").rows;
    expect(rows.map((r) => r.event?.text)).toEqual(["Science café", "Health festival"]);
    expect(rows[0]?.agenda).toMatchObject({ text: "withheld" });
  });

  it("leave the report as it was when the project has none", () => {
    const report = build(dataset(), "gripp2", { form: "short" });
    expect(report.sections.some((b) => b.type === "table" && b.id === "gripp2-events")).toBe(false);
    const methods = report.sections.find((b) => b.type === "checklist");
    expect(methods?.type === "checklist" && methods.items[1]?.detail).not.toContain(
      "Engagement events",
    );
  });
});

describe("levels in the organisation's own scale words", () => {
  it("the project report lists each involvement activity's level beside the common level", () => {
    const report = build(withEvents(), "project", {});
    const rows = table(report, "project-activity-levels").rows;
    expect(rows.map((r) => [r.activity?.text, r.level?.text])).toEqual([
      ["Workshop on the study design", "Partner (public influence level 5, Co-producing)"],
    ]);
    expect(table(report, "project-activity-levels").footnote).toContain(
      "Cancer Research UK: consult, collaborate, partner",
    );
  });

  it("GRIPP2 long form 4d says the levels in the scale's words, not by id", () => {
    const item = items4d();
    expect(item?.detail).toBe(
      "Involvement activities with a level recorded: 1 of 1. Levels as recorded, in the words of each scale with the public influence level beside them: Partner (public influence level 5, Co-producing) on Cancer Research UK: consult, collaborate, partner: 1 activity.",
    );
    expect(item?.detail).not.toContain("cruk-involvement-depth");
  });
});

function items4d() {
  const report = build(withEvents(), "gripp2", { form: "long" });
  const list = report.sections.find((b) => b.type === "checklist");
  return list?.type === "checklist"
    ? list.items.find((i) => i.id === "4d-methods-level-or-nature-of-involvement")
    : undefined;
}
