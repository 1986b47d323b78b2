/**
 * Report text a PPIE lead can publish as it is: every report kind, built from the demo and from
 * small datasets that hit each case, read as a person reads it (Markdown, and the HTML with its
 * tags taken out). No "1 days"-style plural, thousands separators on every figure, one
 * rounding (a cell's number is the number its text shows), no internal or developer wording,
 * dates and times in words, and every chart label inside its chart by the SVG's own geometry.
 * (test/browser/layout.test.ts measures the same charts in Chromium.)
 */
import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { roundNumber } from "../../src/format.js";
import type { Dataset, DatasetInput } from "../../src/model/dataset.js";
import { parseDataset } from "../../src/model/parse.js";
import { renderHtml } from "../../src/render/html.js";
import { renderMarkdown } from "../../src/render/markdown.js";
import { buildReport } from "../../src/reports/index.js";
import type { ReportOptions } from "../../src/reports/options.js";
import type { Block, Report, ReportKind } from "../../src/reports/report.js";
import { baseInput } from "../rules/fixture.js";

const generatedAt = "2026-04-01T09:00:00Z";

/** Every report kind from the demo, with the options its screenshot uses. */
const DEMO_KINDS: [ReportKind, Partial<ReportOptions>][] = [
  ["gripp2", { project: "p-002", form: "long" }],
  ["strategy", { period: "2025-26" }],
  ["impact", { period: "2025-26" }],
  ["representation", { period: "2025-26" }],
  ["project", { project: "p-002" }],
  ["feedback", { period: "2025-26" }],
  ["service-change", {}],
  ["contributor-feedback", { period: "2025-26" }],
  ["engagement", { period: "2025-26" }],
  ["listening", { period: "2025-26" }],
];

function build(kind: ReportKind, dataset: Dataset, opts: Partial<ReportOptions> = {}): Report {
  const r = buildReport(kind, dataset, { generatedAt, ...opts });
  if (!r.ok) throw new Error(`${kind}: ${JSON.stringify(r.diagnostics)}`);
  return r.value;
}

function parsed(change: (d: DatasetInput & Record<string, unknown>) => void): Dataset {
  const input = baseInput() as DatasetInput & Record<string, unknown>;
  change(input);
  const r = parseDataset(input);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

/** What a person reads: the Markdown, and the HTML's text (charts' text included). */
function readable(report: Report): string {
  const html = renderHtml(report)
    .replace(/<style>[\s\S]*?<\/style>/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"');
  return `${renderMarkdown(report)}\n${html}`;
}

/** The text without its web addresses, DOIs and ISO dates, where digits are not figures. */
function figuresOnly(text: string): string {
  return text
    .replace(/<?https?:\/\/\S+/g, " ")
    .replace(/\bdoi:\S+/gi, " ")
    .replace(/\b\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?/g, " ");
}

/** Every number of four or more digits written without a thousands separator (years aside). */
function unseparated(text: string): string[] {
  const found: string[] = [];
  for (const m of figuresOnly(text).matchAll(/(?<![\w.,/#:-])\d+(?:,\d{3})*(?:\.\d+)?(?![\w-])/g)) {
    const whole = (m[0].split(".")[0] ?? "").replace(/,/g, "");
    if (m[0].split(".")[0]?.includes(",")) continue;
    if (whole.length < 4) continue;
    const year = whole.length === 4 && !m[0].includes(".") && /^(19|20)\d\d$/.test(whole);
    if (year) continue;
    found.push(m[0]);
  }
  return found;
}

const NOUNS =
  "points|contributors|days|hours|responses|respondents|activities|records|answers|people|items|claims|payments|stages|groups|projects|units|months|years|categories|letters|minutes|weeks";
/** "1 days", "1 contributors": a plural after exactly one. */
function badPlurals(text: string): string[] {
  return [...text.matchAll(new RegExp(`(?<![\\d.,])1 (${NOUNS})\\b`, "g"))].map((m) => m[0]);
}

/** Words that belong to ppie's developers, not to a report's readers. */
const INTERNAL =
  /DESIGN\.md|domain notes|For production|TODO|ppie internal|FIXME|XXX|checkDataset|\b[a-z][A-Za-z]*\.\d+\.[a-z]/i;

/** Table cells whose number is not the number their text shows. */
function twoRoundings(report: Report): string[] {
  const bad: string[] = [];
  for (const b of report.sections as Block[]) {
    if (b.type !== "table") continue;
    for (const row of b.rows)
      for (const c of Object.values(row)) {
        if (typeof c.value !== "number") continue;
        const m = /^[+-]?[\d,]+(?:\.(\d+))?%?$/.exec(c.text);
        if (!m) continue;
        const shown = Number(c.text.replace(/[,%+]/g, ""));
        if (shown !== roundNumber(c.value, m[1]?.length ?? 0))
          bad.push(`${b.id}: "${c.text}" for ${c.value}`);
      }
  }
  return bad;
}

/**
 * Roughly how wide a text is, by classes of character at about the widths of DejaVu Sans (the
 * widest common default sans-serif): narrow, wide, capitals and the rest.
 */
function estimate(text: string, size: number): number {
  let em = 0;
  for (const c of text) {
    if (/[ilIjtf.,:;'|!() -]/.test(c)) em += 0.36;
    else if (/[mwMW%…]/.test(c)) em += 0.95;
    else if (/[A-Z]/.test(c)) em += 0.7;
    else em += 0.62;
  }
  return em * size;
}

/**
 * Chart texts that would leave their chart, from the SVG's geometry: each text's anchor,
 * size and turn, with its width estimated, against the chart's viewBox.
 */
function clippedLabels(html: string): string[] {
  const bad: string[] = [];
  for (const svg of html.matchAll(
    /<svg[^>]*viewBox="0 0 ([\d.]+) ([\d.]+)"[^>]*>([\s\S]*?)<\/svg>/g,
  )) {
    const [w, h] = [Number(svg[1]), Number(svg[2])];
    const body = svg[3] ?? "";
    for (const t of body.matchAll(/<text([^>]*)>([\s\S]*?)<\/text>/g)) {
      const attrs = t[1] ?? "";
      const inner = t[2] ?? "";
      const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
      const size = Number(attr("font-size") ?? 12);
      const anchor = attr("text-anchor") ?? "start";
      const turn = /rotate\((-?[\d.]+) ([\d.]+) ([\d.]+)\)/.exec(attr("transform") ?? "");
      const spans = [...inner.matchAll(/<tspan x="([\d.-]+)" y="([\d.-]+)">([^<]*)<\/tspan>/g)];
      const lines =
        spans.length > 0
          ? spans.map((s) => ({ x: Number(s[1]), y: Number(s[2]), text: s[3] ?? "" }))
          : [{ x: Number(attr("x") ?? 0), y: Number(attr("y") ?? 0), text: inner }];
      for (const line of lines) {
        const text = line.text.replace(/&[a-z#0-9]+;/g, "x");
        const width = estimate(text, size);
        const x0 =
          anchor === "middle" ? line.x - width / 2 : anchor === "end" ? line.x - width : line.x;
        const corners = [
          [x0, line.y - size * 0.8],
          [x0 + width, line.y - size * 0.8],
          [x0, line.y + size * 0.25],
          [x0 + width, line.y + size * 0.25],
        ].map(([x, y]) => {
          if (!turn) return [x as number, y as number];
          const a = (Number(turn[1]) * Math.PI) / 180;
          const [cx, cy] = [Number(turn[2]), Number(turn[3])];
          const [dx, dy] = [(x as number) - cx, (y as number) - cy];
          return [
            cx + dx * Math.cos(a) - dy * Math.sin(a),
            cy + dx * Math.sin(a) + dy * Math.cos(a),
          ];
        });
        const xs = corners.map((c) => c[0] as number);
        const ys = corners.map((c) => c[1] as number);
        if (
          Math.min(...xs) < 0 ||
          Math.max(...xs) > w ||
          Math.min(...ys) < 0 ||
          Math.max(...ys) > h
        )
          bad.push(
            `"${text}" x ${Math.min(...xs).toFixed(0)}..${Math.max(...xs).toFixed(0)} in ${w} × ${h}`,
          );
      }
    }
  }
  return bad;
}

/** All the checks every report must pass. */
function expectPublishable(report: Report): void {
  const text = readable(report);
  expect(text.match(INTERNAL)?.[0], "internal wording").toBeUndefined();
  expect(badPlurals(text), "plurals after 1").toEqual([]);
  // (the Sources list quotes publications' own reference numbers, which are not figures)
  const figures = readable({
    ...report,
    sections: report.sections.filter((b) => b.type !== "sources"),
  });
  expect(unseparated(figures), "numbers without thousands separators").toEqual([]);
  expect(twoRoundings(report), "cells whose number is not their text").toEqual([]);
  expect(clippedLabels(renderHtml(report)), "chart labels outside their chart").toEqual([]);
  expect(text, "no raw ISO timestamp for people").not.toMatch(/Generated: \d{4}-\d{2}-\d{2}T/);
}

describe.each(DEMO_KINDS)("the demo %s report reads as published text", (kind, opts) => {
  it("no internal words, plural after 1, unseparated figure, second rounding or clipped label", () => {
    expectPublishable(build(kind, demoDataset, opts));
  });
});

describe("the checks find what they look for", () => {
  it("each finds its fault in a made-up text", () => {
    expect(badPlurals("It took 1 days and 1 points; 11 days is fine")).toEqual([
      "1 days",
      "1 points",
    ]);
    expect(unseparated("£2037.50 and 6027 responses in 2025, 1,250 people, p-0012")).toEqual([
      "2037.50",
      "6027",
    ]);
    expect("For production, load ONS table TS021").toMatch(INTERNAL);
    expect("Gaps found by checkDataset").toMatch(INTERNAL);
    expect("serviceChanges.0.affected.seldomHeardGroups").toMatch(INTERNAL);
    const svg = `<svg viewBox="0 0 720 400"><text x="109" y="320" text-anchor="end" transform="rotate(-40 109 320)">Identifying and prioritising</text></svg>`;
    expect(clippedLabels(svg)).toHaveLength(1);
  });
});

describe("report text, case by case", () => {
  it("HTML: the time made in words, the ISO time kept for machines; the period's dates in words", () => {
    const report = build("impact", demoDataset, { period: "2025-26" });
    const html = renderHtml(report);
    expect(html).toContain(
      `Generated: <time datetime="2026-04-01T09:00:00Z">1 April 2026 at 09:00 UTC</time>`,
    );
    expect(html).toContain("Period: 2025-26 (1 April 2025 to 31 March 2026)");
    expect(renderMarkdown(report)).toContain("Generated: 1 April 2026 at 09:00 UTC");
  });

  it("representation: the census table named for readers, no developer note", () => {
    const text = readable(build("representation", demoDataset, { period: "2025-26" }));
    expect(text).toContain("Reference: Census 2021, table TS021 Ethnic group, England (");
    expect(text).not.toMatch(/For production|perturbation|republication|1\.0000133/);
  });

  it("impact: an activity with no group is not named 'with' its contributor's group", () => {
    const noGroup = parsed((d) => {
      const i = d.impacts?.[0];
      if (i) i.contributorIds = ["c-1"];
    });
    const text = readable(build("impact", noGroup, { period: "2025-26" }));
    expect(text).toContain(
      "Workshop on the study design, 1 March 2025, level Involved (public influence level 3)",
    );
    expect(text).not.toContain("with Panel");
    const withGroup = parsed((d) => {
      const a = d.activities?.[0];
      if (a) a.groupId = "g-1";
    });
    expect(readable(build("impact", withGroup, { period: "2025-26" }))).toContain("with Panel");
  });

  it("impact and project: one day is 'day'", () => {
    const quick = parsed((d) => {
      const o = d.activities?.[0]?.outcomes?.[0];
      if (o) o.feedbackToContributorsDate = "2025-03-02";
      const p = d.payments?.[0];
      if (p) p.paidDate = "2025-03-03";
    });
    const impact = readable(build("impact", quick, { period: "2024-25" }));
    expect(impact).toContain("A median of 1 day after the activity (slowest 1 day).");
    const project = readable(build("project", quick, { project: "p-1" }));
    expect(project).toContain("median 1 day, slowest 1 day");
    expectPublishable(build("project", quick, { project: "p-1" }));
  });

  it("project: money with thousands separators, and the rates said as the data has them", () => {
    const own = parsed((d) => {
      const p = d.payments?.[0];
      if (p) p.amount = { pence: 203750, currency: "GBP" };
    });
    const report = build("project", own, { project: "p-1" });
    const text = readable(report);
    expect(text).toContain("£2,037.50");
    expect(text).toContain(
      "Fees due are priced at the rate in force on the day of each activity, using the organisation's own rates as recorded in the dataset: £25.00 an hour from 1 April 2024.",
    );
    expect(text).not.toMatch(/NIHR guidance figures/);
    expectPublishable(report);

    const bundled = parsed((d) => {
      d.paymentRates = [];
    });
    const nihr = readable(build("project", bundled, { project: "p-1" }));
    expect(nihr).toContain(
      "using NIHR's rates for research projects from the table of rates ppie ships: £25.00 an hour from 31 August 2022",
    );
    expect(nihr).not.toContain("organisation's own rates");
  });

  it("project and GRIPP2: events, headcounts and levels on a scale of the organisation's own read as published text", () => {
    const own = parsed((d) => {
      d.scales = ["ppie-influence-level", "cruk-involvement-depth"];
      const a = d.activities?.[0];
      if (a) {
        a.level = { scale: "cruk-involvement-depth", item: "partner" };
        a.headcount = { people: 1340, who: "citizen scientists" };
      }
      d.events = [
        {
          id: "ev-1",
          organisationId: "org-1",
          projectId: "p-1",
          title: "Health festival",
          kind: "festival",
          date: "2025-06-27",
          endDate: "2025-06-29",
          reach: { attendance: 4200, online: 52340 },
          contributors: [{ contributorId: "c-1", role: "speaker" }],
        },
      ];
      const i = d.impacts?.[0];
      if (i) i.eventIds = ["ev-1"];
    });
    const project = build("project", own, { project: "p-1" });
    expectPublishable(project);
    expect(readable(project)).toContain("Partner (public influence level 5, Co-producing)");
    expectPublishable(build("gripp2", own, { project: "p-1", form: "long" }));
    const impact = build("impact", own, { period: "2025-26" });
    expectPublishable(impact);
    expect(readable(impact)).toContain("Health festival, 27 to 29 June 2025");
  });

  it("GRIPP2: says which parts of the level conversion are published and which are ppie's", () => {
    const text = readable(build("gripp2", demoDataset, { project: "p-002", form: "long" }));
    expect(text).toContain(
      "The scales are published; the influence level and the crosswalk are not: they are ppie's design choice",
    );
    expect(text).not.toContain("with ppie's crosswalk, a ppie design choice");
  });

  it("feedback: a PPEET item that 11 people answered (9 with a view) is shown, not withheld", () => {
    const answers = [
      ...Array.from({ length: 7 }, () => "agree" as const),
      "neutral" as const,
      "disagree" as const,
      "dont-know" as const,
      "dont-know" as const,
    ];
    const ppeet = parsed((d) => {
      d.ppeetItems = [{ id: "q-1", text: "I had enough information to take part." }];
      d.feedback = answers.map((a, i) => ({
        id: `pp-${i + 1}`,
        kind: "ppeet" as const,
        date: "2025-06-01",
        questionnaire: "participant" as const,
        responses: { "q-1": a },
      }));
    });
    const report = build("feedback", ppeet, { period: "2025-26" });
    const table = report.sections.find((b) => b.type === "table" && b.id === "ppeet-items");
    expect(table?.type === "table" && table.rows[0]).toMatchObject({
      n: { text: "11", value: 11 },
      agree: { text: "77.8%" },
      dontKnow: { text: "18.2%" },
    });
    expectPublishable(report);
  });
});
