import { describe, expect, it } from "vitest";
import { render } from "../../src/render/index.js";
import { buildReport } from "../../src/reports/index.js";
import type { ReportOptions } from "../../src/reports/options.js";
import type { Block, MetricBlock, Report, TableBlock } from "../../src/reports/report.js";
import { engagementDataset } from "../scores/engagement-fixture.js";

const generatedAt = "2026-04-01T09:00:00Z";
const ds = engagementDataset();

function build(opts: Partial<ReportOptions> = {}, dataset = ds): Report {
  const r = buildReport("engagement", dataset, { generatedAt, period: "2025-26", ...opts });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join("; "));
  return r.value;
}
const metric = (r: Report, id: string): MetricBlock | undefined =>
  r.sections.find((b): b is MetricBlock => b.type === "metric" && b.id === id);
const table = (r: Report, id: string): TableBlock | undefined =>
  r.sections.find((b): b is TableBlock => b.type === "table" && b.id === id);
const headings = (r: Report): string[] =>
  r.sections.filter((b: Block) => b.type === "heading").map((b) => (b as { text: string }).text);

describe("engagement report", () => {
  it("shows the headline figures with their trend against the previous period", () => {
    const r = build();
    expect(r.title).toBe("Engagement: events, reach and public contributors, 2025-26");
    expect(metric(r, "engagement-events")).toMatchObject({
      value: 4,
      display: "4",
      trend: { direction: "up", text: "+3 since the previous period (1)" },
    });
    expect(metric(r, "engagement-in-person")).toMatchObject({
      value: 4327,
      display: "4,327",
      detail:
        "Counted at 2 of 4 events; 2 events did not count attendance, and are not taken as 0.",
      trend: { direction: "up", text: "+4,297 since the previous period (30)" },
    });
    // the previous period recorded no online reach: no trend, not a rise from 0
    expect(metric(r, "engagement-online")).toMatchObject({
      value: 52340,
      trend: { direction: "none", text: "no figure for the previous period" },
    });
    expect(metric(r, "engagement-agenda-share")).toMatchObject({
      value: 50,
      display: "50.0%",
      trend: {
        direction: "down",
        text: "-50.0 percentage points since the previous period (100.0%)",
      },
    });
    expect(metric(r, "engagement-bursary-places")).toMatchObject({ value: 6, display: "6" });
  });

  it("writes an unrecorded figure as not recorded, never 0", () => {
    const rows = table(build(), "engagement-by-kind")?.rows ?? [];
    const talk = rows.find((row) => row.kind?.text === "Talk");
    expect(talk?.inPerson).toEqual({ text: "not recorded", value: null });
    expect(talk?.online).toEqual({ text: "not recorded", value: null });
    expect(talk?.bursaryPlaces).toEqual({ text: "6", value: 6 });
    expect(rows.at(-1)?.kind?.text).toBe("All events");
    expect(rows.at(-1)?.inPerson).toEqual({ text: "4,327", value: 4327 });
    expect(rows.at(-1)?.inPersonRecorded).toEqual({ text: "2", value: 2 });
  });

  it("draws events by kind with a text alternative", () => {
    const chart = build().sections.find((b) => b.type === "chart");
    expect(chart).toMatchObject({
      id: "engagement-by-kind",
      description:
        "Number of engagement events of each kind in 2025-26: Science café 1, Talk 1, Festival 1, Campaign 1.",
    });
  });

  it("lists campaigns and events over several days with their dates", () => {
    const rows = table(build(), "engagement-campaigns")?.rows ?? [];
    expect(rows.map((row) => [row.title?.text, row.dates?.text])).toEqual([
      ["Be Part of Research week", "1 October 2025 to 31 October 2025"],
      ["City health festival", "28 March 2026 to 5 April 2026"],
    ]);
    // the festival is in the next year's report too, with all of its reach
    expect(metric(build({ period: "2026-27" }), "engagement-in-person")?.value).toBe(4200);
  });

  it("withholds small numbers of people on the agenda, and places that would bound them", () => {
    const rows = table(build({ disclosure: "ukhsa-5" }), "engagement-agenda-roles")?.rows ?? [];
    expect(rows[0]).toEqual({
      role: { text: "Chair" },
      people: { text: "withheld", value: null, suppressed: true },
      places: { text: "withheld", value: null, suppressed: true },
    });
    const many = engagementDataset({
      contributors: Array.from({ length: 12 }, (_, i) => ({ id: `c-${i}`, roles: ["patient"] })),
      events: Array.from({ length: 12 }, (_, i) => ({
        id: `e-${i}`,
        organisationId: "o-centre",
        title: "Talk",
        kind: "talk",
        date: "2025-06-01",
        contributors: [{ contributorId: `c-${i}`, role: "speaker" }],
      })),
    });
    const shown = table(build({}, many), "engagement-agenda-roles")?.rows ?? [];
    expect(shown[1]?.people).toEqual({ text: "12", value: 12 });
    expect(shown[1]?.places).toEqual({ text: "12", value: 12 });
    expect(
      build({}, many).sections.some(
        (b) => b.type === "paragraph" && b.text.startsWith("12 of 12 events (100.0%)"),
      ),
    ).toBe(true);
  });

  it("shows new and returning attendance where recorded", () => {
    const r = build();
    expect(table(r, "engagement-attendance-mix")?.rows.map((row) => row.people?.value)).toEqual([
      40, 87,
    ]);
    expect(JSON.stringify(r)).toContain(
      "At the 1 event that recorded both, 68.5% of the people counted",
    );
  });

  it("shows members on the latest count and governors in post at the period's end", () => {
    const rows = table(build({ disclosure: "ukhsa-5" }), "engagement-membership")?.rows ?? [];
    expect(rows).toEqual([
      {
        organisation: { text: "Example Foundation Trust" },
        members: { text: "12,150", value: 12150 },
        counted: { text: "1 March 2026" },
        governors: { text: "withheld", value: null, suppressed: true },
      },
    ]);
  });

  it("narrows to a project's own events, without the organisation's members", () => {
    const r = build({ project: "p-1" });
    expect(metric(r, "engagement-events")?.value).toBe(1);
    expect(headings(r)).not.toContain("Members and governors");
    expect(r.sections[0]).toMatchObject({ type: "paragraph", tone: "note" });
    expect((r.sections[0] as { text: string }).text).toContain("of Stroke trial");
  });

  it("says so when the period has no events, and still ends with its sources", () => {
    const r = buildReport("engagement", ds, { generatedAt, period: "2022-23" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.diagnostics.map((d) => d.code)).toEqual(["engagement/no-events"]);
    expect(metric(r.value, "engagement-in-person")?.display).toBe("not recorded");
    expect(headings(r.value)).toContain("Events by kind");
    expect(r.value.sections.at(-1)?.type).toBe("sources");
  });

  it("is the same, byte for byte, every time", () => {
    for (const format of ["markdown", "html", "csv", "json"] as const) {
      expect(render(build(), format)).toBe(render(build(), format));
    }
  });

  it("removes a contributor's name from an event title", () => {
    const named = engagementDataset({
      contributors: [{ id: "c-1", roles: ["patient"], identifiers: { name: "Alex Example" } }],
      events: [
        {
          id: "e-1",
          organisationId: "o-trust",
          title: "Alex Example's campaign",
          kind: "campaign",
          date: "2025-06-01",
          endDate: "2025-06-30",
        },
      ],
    });
    const out = render(build({}, named), "json");
    expect(out).not.toContain("Alex Example");
    expect(out).toContain("[identifier removed]'s campaign");
  });
});

describe("review fixes: no withheld number can be worked out, and the wording names the right period", () => {
  /** ds with 12 talks, each with its own public speaker (12 people: shown), one chair twice. */
  function manySpeakers(): typeof ds {
    const d = structuredClone(ds);
    for (let i = 0; i < 13; i++)
      d.contributors.push({
        id: `s-${i}`,
        roles: ["patient"],
        seldomHeard: [],
        accessNeeds: [],
        consent: {},
      });
    for (let i = 0; i < 12; i++)
      d.events.push({
        id: `t-${i}`,
        organisationId: "o-trust",
        title: `Talk ${i}`,
        kind: "talk",
        date: "2025-06-01",
        reach: {},
        contributors: [
          { contributorId: `s-${i}`, role: "speaker" },
          ...(i < 2 ? [{ contributorId: "s-12", role: "chair" as const }] : []),
        ],
      });
    return d;
  }

  it("withholds the places in any role when a role's places are withheld (they are the sum)", () => {
    const rows = table(
      build({ period: "2025-26" }, manySpeakers()),
      "engagement-agenda-roles",
    )?.rows;
    const chair = rows?.find((r) => r.role?.text === "Chair");
    const any = rows?.find((r) => r.role?.text?.startsWith("Any role"));
    expect(chair?.places?.value).toBeNull();
    expect(any?.people?.value).not.toBeNull();
    expect(any?.places).toMatchObject({ text: "withheld", value: null });
  });

  it("puts bursary places counted from listed holders through the rule, with the total and headline", () => {
    const d = structuredClone(ds);
    d.events.push({
      id: "t-b",
      organisationId: "o-trust",
      title: "Open day with one bursary",
      kind: "open-day",
      date: "2025-07-01",
      reach: {},
      contributors: [{ contributorId: "c-3", role: "bursary" }],
    });
    const r = build({ period: "2025-26" }, d);
    const rows = table(r, "engagement-by-kind")?.rows ?? [];
    expect(rows.find((x) => x.kind?.text === "Open day")?.bursaryPlaces).toMatchObject({
      text: "withheld",
    });
    // the talk's 6 are the total it recorded: shown as recorded
    expect(rows.find((x) => x.kind?.text === "Talk")?.bursaryPlaces?.value).toBe(6);
    // 7 in all would give the open day's 1 away: withheld, and the headline with it
    expect(rows.find((x) => x.kind?.text === "All events")?.bursaryPlaces?.value).toBeNull();
    expect(metric(r, "engagement-bursary-places")?.value).toBeNull();
    expect(metric(r, "engagement-bursary-places")?.trend?.text).not.toMatch(/\d/);
  });

  it("shows no role table when no event took place, and says which period has no figure", () => {
    const r = build({ period: "2027-28" });
    expect(table(r, "engagement-agenda-roles")).toBeUndefined();
    expect(metric(r, "engagement-agenda-share")?.trend?.text).toBe(
      "no figure for this period (previous period: 100.0%)",
    );
  });
});
