/**
 * Hand-built sample reports for the renderer tests: one realistic report per report kind,
 * each using every block type (heading, paragraph in each tone, metric, table, checklist,
 * chart and sources). The figures are fictional and already formatted, as a builder would give
 * them; the sources are ppie's own bibliography.
 */
import { CHOICE_GRIPP2, CHOICE_SMALL_NUMBERS } from "../../src/frameworks/design-choices.js";
import {
  GRIPP2_BMJ_2017,
  GRIPP2_LF_REPRODUCTION_2023,
  UKLLC_SDC,
} from "../../src/frameworks/publications.js";
import type { Block, ChartBlock, Report, ReportKind } from "../../src/reports/report.js";
import type { PublicationSource, Sources } from "../../src/source.js";
import { cite } from "../../src/source.js";

/** What the sample reports' method note cites: a publication with a section, ppie design
 * choices, an undated web page and a publication not yet verified. */
export const SAMPLE_SOURCES: Sources = [
  cite(GRIPP2_BMJ_2017, "short form (GRIPP2-SF)"),
  CHOICE_GRIPP2,
  UKLLC_SDC,
  CHOICE_SMALL_NUMBERS,
  GRIPP2_LF_REPRODUCTION_2023,
];

/** A named sample report, the shape the browser test takes. */
export interface NamedReport {
  name: string;
  report: Report;
}

const GENERATED_AT = "2026-04-01T09:00:00Z";
const FY = { label: "2025-26", start: "2025-04-01", end: "2026-03-31" };

function commonBlocks(kind: ReportKind): Block[] {
  return [
    { type: "heading", level: 2, text: "About this report" },
    {
      type: "paragraph",
      text: `This ${kind} report covers involvement recorded between 1 April 2025 and 31 March 2026 in the Riverside Health Research Partnership.`,
    },
    {
      type: "paragraph",
      tone: "note",
      text: 'Method and sources: the GRIPP2 short form (Staniszewska et al. 2017), with half credit for partly reported items (a ppie design choice). Counts below 5 are shown as "fewer than 5" and a second cell is hidden where needed, so that no person can be identified (disclosure control, after the UK LLC Guidebook).',
      sources: SAMPLE_SOURCES,
    },
    {
      type: "paragraph",
      tone: "warning",
      text: "Two activities have no recorded outcome yet, so impact may be under-reported.\nCheck the activity log before publishing.",
    },
  ];
}

function headlineMetrics(): Block[] {
  return [
    { type: "heading", level: 2, text: "Headline measures" },
    {
      type: "metric",
      id: "fft-positive",
      label: "Friends and Family Test: positive",
      value: 0.8333,
      display: "83.3%",
      detail: '20 of 24 responses were "very good" or "good".',
      status: "off-track",
      target: "at least 90%",
      trend: { direction: "down", text: "down 4.1 points since 2024-25" },
    },
    {
      type: "metric",
      id: "activities",
      label: "Involvement activities",
      value: 42,
      display: "42",
      status: "met",
      target: "at least 36",
      trend: { direction: "up", text: "up 6 since 2024-25" },
    },
    {
      type: "metric",
      id: "payments",
      label: "Paid to public contributors",
      value: 1_250_000,
      display: "£12,500.00",
      detail: "Payments made for involvement at the NIHR rates in force on each date.",
      status: "on-track",
      target: "all offered payment",
      trend: { direction: "flat", text: "no change since 2024-25" },
    },
    {
      type: "metric",
      id: "seldom-heard",
      label: "Panels with a seldom-heard member",
      value: null,
      display: "no data",
      status: "no-data",
      trend: { direction: "none", text: "no earlier period" },
    },
  ];
}

function activityTable(): Block {
  return {
    type: "table",
    id: "activities-by-stage",
    caption: "Involvement activities by research stage, 2025-26",
    columns: [
      { key: "stage", label: "Research stage" },
      { key: "activities", label: "Activities", align: "right" },
      { key: "contributors", label: "Contributors", align: "right" },
      { key: "change", label: "Change since 2024-25", align: "right" },
    ],
    rows: [
      {
        stage: { text: "Identifying and prioritising" },
        activities: { text: "8", value: 8 },
        contributors: { text: "23", value: 23 },
        change: { text: "+2", value: 2 },
      },
      {
        stage: { text: "Designing and managing" },
        activities: { text: "17", value: 17 },
        contributors: { text: "31", value: 31 },
        change: { text: "-3", value: -3 },
      },
      {
        stage: { text: "Undertaking" },
        activities: { text: "11", value: 11 },
        contributors: { text: "fewer than 5", value: null, suppressed: true },
        change: { text: "hidden", value: null, suppressed: true },
      },
      {
        stage: { text: "Disseminating" },
        activities: { text: "6", value: 6 },
        contributors: { text: "12", value: 12 },
        change: { text: "0", value: 0 },
      },
    ],
    footnote:
      "Cells with fewer than 5 people are hidden (primary), and one more cell is hidden so the first cannot be worked out (secondary).",
  };
}

function gripp2Checklist(): Block {
  return {
    type: "checklist",
    id: "gripp2-short-form",
    caption: "GRIPP2 short form: reporting checklist",
    items: [
      {
        id: "sf-1",
        code: "1",
        label: "Aim",
        status: "reported",
        detail: "Aim stated in the project plan.",
        verified: true,
      },
      {
        id: "sf-2",
        code: "2",
        label: "Methods",
        status: "partial",
        detail: "Methods described for 3 of 5 activities.",
        verified: true,
      },
      {
        id: "sf-3",
        code: "3",
        label: "Study results (outcomes)",
        status: "missing",
        detail: "No outcomes recorded for 2 activities.",
        verified: true,
      },
      {
        id: "sf-4",
        code: "4",
        label: "Discussion and conclusions (outcomes)",
        status: "not-applicable",
        detail: "The study has not reported yet.",
        verified: true,
      },
      {
        id: "sf-5",
        code: "5",
        label: "Reflections / critical perspective",
        status: "reported",
        detail: "Reflections from the lay co-applicant recorded.",
        verified: false,
      },
    ],
  };
}

function charts(): ChartBlock[] {
  const quarters = ["Q1 2025-26", "Q2 2025-26", "Q3 2025-26", "Q4 2025-26"];
  return [
    {
      type: "chart",
      id: "activities-by-quarter",
      kind: "bar",
      title: "Activities by quarter and mode",
      description:
        "Involvement activities rose from 7 in Q1 to 14 in Q4; engagement stayed between 3 and 5.",
      categories: quarters,
      series: [
        { name: "Involvement", values: [7, 9, 12, 14] },
        { name: "Engagement", values: [3, 5, 4, null] },
      ],
      unit: "activities",
      labels: [
        ["7", "9", "12", "14"],
        ["3", "5", "4", "no data"],
      ],
    },
    {
      type: "chart",
      id: "payment-status",
      kind: "stacked-bar",
      title: "Payment offers by quarter",
      description:
        "Most contributors were offered payment each quarter; one declined in Q3 and one offer is not recorded in Q4.",
      categories: quarters,
      series: [
        { name: "Paid", values: [10, 12, 15, 13] },
        { name: "Declined", values: [1, 0, 1, 2] },
        { name: "Not offered", values: [0, 1, 0, 1] },
      ],
      unit: "people",
      labels: [
        ["10", "12", "15", "13"],
        ["1", "0", "1", "2"],
        ["0", "1", "0", "1"],
      ],
    },
    {
      type: "chart",
      id: "fft-trend",
      kind: "line",
      title: "Friends and Family Test: percentage positive",
      description:
        "Positive responses fell from 91.7% in Q1 to 83.3% in Q4; Q3 had too few responses to report.",
      categories: quarters,
      series: [
        { name: "Percentage positive", values: [91.7, 88.2, null, 83.3] },
        { name: "Target", values: [90, 90, 90, 90] },
      ],
      unit: "%",
      labels: [
        ["91.7%", "88.2%", "fewer than 5 responses", "83.3%"],
        ["90%", "90%", "90%", "90%"],
      ],
    },
    {
      type: "chart",
      id: "stage-heatmap",
      kind: "heatmap",
      title: "Activities by project and research stage",
      description:
        "Project ALPHA has most involvement at the design stage; project GAMMA has none recorded at dissemination.",
      categories: ["Prioritising", "Design", "Undertaking", "Dissemination"],
      series: [
        { name: "ALPHA: asthma self-care", values: [2, 9, 4, 1] },
        { name: "BETA: stroke rehab", values: [3, 5, 6, 3] },
        { name: "GAMMA: diabetes app", values: [1, 3, 1, null] },
      ],
      unit: "activities",
      labels: [
        ["2", "9", "4", "1"],
        ["3", "5", "6", "3"],
        ["1", "3", "1", "no data"],
      ],
    },
  ];
}

const TITLES: Record<ReportKind, string> = {
  gripp2: "GRIPP2 reporting checklist: asthma self-care study",
  strategy: "PPIE strategy progress 2025-26",
  impact: "Impact of involvement 2025-26",
  representation: "Who is involved: representation 2025-26",
  project: "Project report: asthma self-care study",
  feedback: "Feedback from contributors 2025-26",
  "service-change": "Service change: moving the asthma clinic",
  "contributor-feedback": "What changed because of you",
  engagement: "Engagement: events, reach and public contributors, 2025-26",
  listening: "Listening: what we heard and what changed, 2025-26",
};

/**
 * A realistic report of the given kind with every block type.
 *
 * @param kind - the report kind
 * @returns the report
 */
export function sampleReport(kind: ReportKind): Report {
  return {
    kind,
    title: TITLES[kind],
    period: FY,
    generatedAt: GENERATED_AT,
    sections: [
      ...commonBlocks(kind),
      ...headlineMetrics(),
      { type: "heading", level: 2, text: "Activities" },
      { type: "heading", level: 3, text: "By research stage" },
      activityTable(),
      { type: "heading", level: 3, text: "Over the year" },
      ...charts(),
      { type: "heading", level: 2, text: "Reporting checklist" },
      { type: "heading", level: 4, text: "GRIPP2 short form" },
      gripp2Checklist(),
      { type: "heading", level: 2, text: "Sources" },
      {
        type: "sources",
        id: "sources",
        caption:
          "The publications and ppie design choices this report's methods rest on, in the order first cited.",
        items: [...SAMPLE_SOURCES],
      },
    ],
  };
}

/** A small picture for the samples: a one-line SVG drawing as a base64 `data:` address. */
export const SAMPLE_PICTURE_SRC = `data:image/svg+xml;base64,${Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="96" height="96"><circle cx="32" cy="32" r="25" fill="none" stroke="#1a1a1a" stroke-width="3"/></svg>',
).toString("base64")}`;

/**
 * A sample Easy Read letter: presentation, headings, ideas with pictures and key words in bold,
 * a method note and its sources.
 *
 * @returns the report
 */
export function sampleEasyReadLetter(): Report {
  const picture = { id: "circle", alt: "Picture of a circle", src: SAMPLE_PICTURE_SRC };
  return {
    kind: "contributor-feedback",
    title: TITLES["contributor-feedback"],
    period: FY,
    generatedAt: GENERATED_AT,
    presentation: { style: "easy-read", pointSize: 14 },
    sections: [
      { type: "heading", level: 2, text: "What you did" },
      {
        type: "idea",
        picture,
        parts: [{ text: "You took part " }, { text: "12 times", strong: true }, { text: "." }],
      },
      {
        type: "idea",
        picture: { id: "clock", alt: "Picture of a clock", src: SAMPLE_PICTURE_SRC },
        parts: [
          { text: "You gave " },
          { text: "30 hours", strong: true },
          { text: " of your time." },
        ],
      },
      { type: "heading", level: 2, text: "About this letter" },
      {
        type: "paragraph",
        tone: "note",
        text: "Method and sources: an Easy Read letter, following the Department of Health's Easy Read guidance (2010).",
        sources: SAMPLE_SOURCES,
      },
      { type: "heading", level: 2, text: "Sources" },
      { type: "sources", id: "sources", caption: "Sources", items: [...SAMPLE_SOURCES] },
    ],
  };
}

/** One sample report per kind, named for the kind; the letter is an Easy Read one. */
export const sampleReports: NamedReport[] = [
  ...(["gripp2", "strategy", "impact", "representation", "project", "feedback"] as const).map(
    (kind) => ({ name: kind, report: sampleReport(kind) }),
  ),
  { name: "contributor-feedback", report: sampleEasyReadLetter() },
];

/** Strings that try to break out of every output format. */
export const HOSTILE_STRINGS: readonly string[] = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "=cmd|' /C calc'!A0",
  "+1",
  "-2+3",
  "@SUM(A1:A9)",
  "a | b | c",
  "`code` ```fence```",
  "line one\nline two\r\n# heading\n- item",
  "Ünïcødé ✓ 日本語 🙂",
  "&amp; &lt;b&gt;",
  "\tindented",
  "\r=1+1",
  "' onmouseover='alert(1)",
  "[link](javascript:alert(1)) ![img](x)",
  "</td></tr></table><iframe src=//evil>",
  "<!-- comment --><![CDATA[x]]>",
  "*bold* _em_ ~~strike~~ \\ back",
  "1. ordered\n> quote\n---",
  '\uFF1DHYPERLINK("http://evil.example","x")',
  "\uFF20SUM(A1:A9)",
  "\uFF0B1\uFF0D2",
  "  =1+1",
  "\u3000\uFF1D1",
  "\n=1+1",
  "https://evil.example www.evil.example ann@evil.example",
];

/**
 * Sources with the given string in every text field: a publication not yet verified whose
 * address is the string, one whose address ends with it, and a design choice.
 *
 * @param s - the string to put everywhere
 * @returns the sources
 */
export function hostileSources(s: string): Sources {
  const pub = (url: string): PublicationSource => ({
    id: s,
    authors: s,
    title: s,
    publisher: s,
    year: 2017,
    version: s,
    date: s,
    url,
    section: s,
    verified: false,
    note: s,
  });
  return [
    pub(s),
    pub(`https://example.org/${s}`),
    { designChoice: true, id: s, title: s, explained: s, buildsOn: [s] },
    { id: `${s}-doi`, title: s, publisher: s, doi: s, verified: true },
  ];
}

/**
 * A report with the given string in every text field (title, period label, headings,
 * paragraphs, metric texts, table captions, column labels, cells, keys and footnotes,
 * checklist items, chart titles, descriptions, categories, series names, unit and labels,
 * every field of the sources a paragraph cites and of the sources list, and an idea's picture
 * and words).
 *
 * @param s - the string to put everywhere
 * @param value - the number behind cells and chart points
 * @returns the report
 */
export function hostileReport(s: string, value: number | null = 1): Report {
  return {
    kind: "project",
    title: s,
    period: { label: s, start: "2025-04-01", end: "2026-03-31" },
    generatedAt: s,
    sections: [
      { type: "heading", level: 2, text: s },
      { type: "paragraph", text: s },
      { type: "paragraph", tone: "note", text: s, sources: hostileSources(s) },
      { type: "paragraph", tone: "warning", text: s },
      {
        type: "metric",
        id: s,
        label: s,
        value,
        display: s,
        detail: s,
        status: "met",
        target: s,
        trend: { direction: "up", text: s },
      },
      {
        type: "table",
        id: s,
        caption: s,
        columns: [
          { key: s, label: s },
          { key: "n", label: s, align: "right" },
        ],
        rows: [
          { [s]: { text: s }, n: { text: s, value } },
          { [s]: { text: s, suppressed: true, value: null }, n: { text: s } },
        ],
        footnote: s,
      },
      {
        type: "checklist",
        id: s,
        caption: s,
        items: [
          { id: s, code: s, label: s, status: "partial", detail: s, verified: false },
          { id: "b", label: s, status: "missing", detail: s, verified: true },
        ],
      },
      ...(["bar", "stacked-bar", "line", "heatmap"] as const).map(
        (kind): ChartBlock => ({
          type: "chart",
          id: s,
          kind,
          title: s,
          description: s,
          categories: [s, s],
          series: [
            { name: s, values: [value, 2] },
            { name: s, values: [null, 3] },
          ],
          unit: s,
          labels: [
            [s, s],
            [s, s],
          ],
        }),
      ),
      // the one image of the report: a picture of the tests, the string as its text alternative
      {
        type: "idea",
        picture: { id: s, alt: `Picture: ${s}`, src: SAMPLE_PICTURE_SRC },
        parts: [{ text: s }, { text: s, strong: true }],
      },
      { type: "sources", id: s, caption: s, items: [...hostileSources(s)] },
    ],
  };
}
