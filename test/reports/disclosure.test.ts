import { describe, expect, it } from "vitest";
import { demoDataset, generateDataset } from "../../src/demo/index.js";
import type { Activity } from "../../src/model/activity.js";
import type { Contributor } from "../../src/model/contributor.js";
import type { Dataset } from "../../src/model/dataset.js";
import type { FftFeedback, Peirs22Feedback } from "../../src/model/feedback.js";
import { RENDER_FORMATS, render } from "../../src/render/index.js";
import { buildReport } from "../../src/reports/index.js";
import { scoreDataset } from "../../src/scores/registry.js";
import type {
  Block,
  Cell,
  MetricBlock,
  Report,
  ReportKind,
  TableBlock,
} from "../../src/reports/report.js";
import { activity, emptyDataset, project } from "../scores/dataset-fixture.js";

/**
 * The red team's cases for small-number disclosure control in reports: each one a figure that
 * the report hid in one place and gave away in another (a detail, a neighbouring label, the
 * unrounded JSON, another report of the same dataset).
 */

const generatedAt = "2026-04-01T09:00:00Z";
const period = "2025-26";

function build(kind: ReportKind, dataset: Dataset, extra: Record<string, unknown> = {}): Report {
  const r = buildReport(kind, dataset, { generatedAt, period, ...extra });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

const metric = (r: Report, id: string): MetricBlock => {
  const m = r.sections.find((b): b is MetricBlock => b.type === "metric" && b.id === id);
  if (!m) throw new Error(`no metric ${id}`);
  return m;
};

const table = (r: Report, id: string): TableBlock | undefined =>
  r.sections.find((b: Block): b is TableBlock => b.type === "table" && b.id === id);

/** Every rendering of a report: its JSON and each format. */
const outputs = (r: Report): string[] => [
  JSON.stringify(r),
  ...RENDER_FORMATS.map((f) => render(r, f)),
];

/** The demo dataset with its PEIRS-22 responses of 2025-26 replaced by `projects.length` new ones. */
function withPeirs(projects: readonly string[]): Dataset {
  const template = demoDataset.feedback.filter((f): f is Peirs22Feedback => f.kind === "peirs22");
  const feedback: Dataset["feedback"] = demoDataset.feedback.filter((f) => f.kind !== "peirs22");
  projects.forEach((projectId, i) => {
    const t = template[i % template.length] as Peirs22Feedback;
    feedback.push({
      ...t,
      id: `f-peirs-${i}`,
      date: `2025-${String(5 + (i % 6)).padStart(2, "0")}-15`,
      projectId,
    });
  });
  return { ...demoDataset, feedback };
}

describe("PEIRS-22: the headline and its detail agree", () => {
  it("hides the number of respondents in the detail when it hides the mean (3 respondents)", () => {
    const r = build("feedback", withPeirs(["p-001", "p-001", "p-002"]));
    const m = metric(r, "peirs22-mean");
    expect(m.value).toBeNull();
    expect(m.display).toBe("withheld");
    expect(m.detail).not.toMatch(/\b3 respondents?\b/);
    for (const out of outputs(r)) expect(out).not.toMatch(/\b[1-9] respondents?\b/);
  });
});

describe("FFT: the headline and its detail agree", () => {
  it("does not say '3 responses from 1 unit' under a hidden figure", () => {
    const fft = demoDataset.feedback.find((f): f is FftFeedback => f.kind === "fft");
    if (!fft) throw new Error("no FFT record in the demo");
    const one: FftFeedback = {
      ...fft,
      id: "f-fft-only",
      date: "2025-06-01",
      period: { start: "2025-06-01", end: "2025-06-30" },
      counts: { veryGood: 2, good: 1, neither: 0, poor: 0, veryPoor: 0, dontKnow: 0 },
    };
    const ds = {
      ...demoDataset,
      feedback: [...demoDataset.feedback.filter((f) => f.kind !== "fft"), one],
    };
    const r = build("feedback", ds);
    const m = metric(r, "fft-positive");
    expect(m.value).toBeNull();
    expect(m.display).toBe("withheld");
    expect(m.detail).not.toMatch(/\b3 responses\b/);
    // (the method note's "units with 1 to 4 responses" states the rule, not a count)
    for (const out of outputs(r)) expect(out).not.toMatch(/(?<!\bto )\b[1-4] responses?\b/);
  });
});

describe("PEIRS-22: no mean can be worked out by differencing", () => {
  // 12 respondents in p-001 and one in p-002: the overall mean of 13 and p-001's mean of 12
  // would give away p-002's lone respondent
  const projects = [...Array.from({ length: 12 }, () => "p-001"), "p-002"];
  const ds = withPeirs(projects);

  it("withholds enough figures that the lone respondent's score cannot be derived", () => {
    const r = build("feedback", ds);
    const overall = metric(r, "peirs22-mean");
    const rows = table(r, "peirs22-by-project")?.rows ?? [];
    const shownProjects = rows.filter(
      (row) => row.project?.text !== "All projects" && typeof row.mean?.value === "number",
    );
    // the overall mean and every project's mean but one's would let it be derived
    const derivable = overall.value !== null && shownProjects.length === new Set(projects).size - 1;
    expect(derivable).toBe(false);
  });

  it("the project report of p-001 agrees with the feedback report", () => {
    const feedback = build("feedback", ds);
    const proj = build("project", ds, { project: "p-001" });
    const p001 = metric(proj, "project-peirs22");
    const overall = metric(feedback, "peirs22-mean");
    expect(overall.value !== null && p001.value !== null).toBe(false);
  });

  it("publishes means rounded as shown, in every format", () => {
    const r = build(
      "feedback",
      withPeirs(Array.from({ length: 23 }, (_, i) => `p-00${1 + (i % 2)}`)),
    );
    const values: number[] = [];
    for (const b of r.sections) {
      if (b.type === "metric" && b.id.startsWith("peirs22") && b.value !== null)
        values.push(b.value);
      if (b.type === "table" && b.id.startsWith("peirs22"))
        for (const row of b.rows)
          for (const k of ["mean", "median"])
            if (typeof row[k]?.value === "number") values.push(row[k]?.value as number);
      if (b.type === "chart" && b.id.startsWith("peirs22"))
        for (const s of b.series) for (const v of s.values) if (v !== null) values.push(v);
    }
    expect(values.length).toBeGreaterThan(0);
    for (const v of values) expect(Math.round(v * 10) / 10).toBe(v);
  });
});

/** `n` consenting contributors of one ethnic group (or none), ids from `from`. */
function people(from: number, n: number, ethnicGroup?: string): Contributor[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `c-${String(from + i).padStart(4, "0")}`,
    roles: ["patient"],
    seldomHeard: [],
    accessNeeds: [],
    consent: { demographics: { given: true, date: "2025-01-01" } },
    ...(ethnicGroup ? { demographics: { ethnicGroup } } : {}),
  })) as Contributor[];
}

function atOneActivity(contributors: Contributor[], projectId = "p-1"): Dataset {
  const a: Activity = activity("a-1", "2025-06-01", {
    projectId,
    contributors: contributors.map((c) => ({
      contributorId: c.id,
      minutes: 60,
      payment: { status: "not-applicable" },
    })),
  });
  return {
    ...emptyDataset(),
    organisations: [{ id: "org-1", name: "Org", kind: "nhs-trust" }] as Dataset["organisations"],
    projects: [project(projectId)],
    contributors,
    activities: [a],
  };
}

describe("representation: one label for every hidden cell", () => {
  // Asian 10, Black 12, Mixed 11, White 25, Other 0, not stated 15: the 0 is hidden as small
  // and the 10 beside it to protect it; two different labels would tell which is which
  const ds = atOneActivity([
    ...people(1, 10, "asian"),
    ...people(100, 12, "black"),
    ...people(200, 11, "mixed"),
    ...people(300, 25, "white"),
    ...people(400, 15),
  ]);

  it("writes every hidden figure the same way, in every format", () => {
    const r = build("representation", ds);
    const t = table(r, "demographics-ethnicGroup");
    if (!t) throw new Error("no ethnic group table");
    const hidden: Cell[] = [];
    for (const row of t.rows) for (const c of Object.values(row)) if (c.suppressed) hidden.push(c);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(new Set(hidden.map((c) => JSON.stringify(c))).size).toBe(1);
    for (const out of outputs(r)) {
      expect(out).not.toMatch(/"suppressed": ?"(primary|secondary)"/);
      expect(out).not.toMatch(/\d+ figures? (was|were) hidden because/);
    }
    const md = render(r, "markdown");
    expect(md).not.toMatch(/\| fewer than 10 \|/);
  });
});

describe("the project's people: representation and project reports agree", () => {
  const ds = atOneActivity(people(1, 7, "white"));

  it("a project of 7 people is neither counted nor listed one row each", () => {
    const rep = build("representation", ds, { project: "p-1" });
    expect(metric(rep, "representation-contributors").value).toBeNull();
    const proj = build("project", ds, { project: "p-1" });
    expect(table(proj, "project-contributors")?.rows.length ?? 0).toBe(0);
    for (const out of outputs(proj)) {
      expect(out).not.toMatch(/\b7 (distinct )?contributors?\b/);
      expect(out).not.toMatch(/c-0007/);
    }
  });

  it("a project of 12 people is counted and listed in both", () => {
    const big = atOneActivity(people(1, 12, "white"));
    expect(
      metric(build("representation", big, { project: "p-1" }), "representation-contributors").value,
    ).toBe(12);
    expect(
      table(build("project", big, { project: "p-1" }), "project-contributors")?.rows.length,
    ).toBe(12);
  });
});

describe("PEIRS-22 responses with no project", () => {
  it("are a group of their own in the by-project table (the report still builds)", () => {
    const ds = withPeirs(Array.from({ length: 12 }, () => "p-001"));
    const noProject = ds.feedback.map((f, i) =>
      f.kind === "peirs22" && f.id.startsWith("f-peirs-") && i % 2 === 0
        ? { ...f, projectId: undefined }
        : f,
    ) as Dataset["feedback"];
    const r = build("feedback", { ...ds, feedback: noProject });
    const rows = table(r, "peirs22-by-project")?.rows ?? [];
    expect(rows.map((row) => row.project?.text)).toContain("No project recorded");
  });
});

describe("reports add secondary suppression to rounding presets", () => {
  it("a hidden count cannot be pinned down by rounded totals (ukhsa-5)", () => {
    // 1 disabled, 20 not disabled, 10 not stated: rounded, 25 - 20 - 10 leaves only 1 for
    // a count of 1 to 4
    const disabled = (n: number, d: "disabled" | "not-disabled", from: number) =>
      people(from, n).map((c) => ({ ...c, demographics: { disability: d } })) as Contributor[];
    const ds = atOneActivity([
      ...disabled(1, "disabled", 1),
      ...disabled(20, "not-disabled", 100),
      ...people(200, 10),
    ]);
    const t = table(
      build("representation", ds, { disclosure: "ukhsa-5" }),
      "demographics-disability",
    );
    const hidden = (t?.rows ?? []).filter((row) => row.count?.suppressed === true);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
  });
});

describe("the GRIPP2 report counts the people involved as the project report does", () => {
  it("does not give the number of a project's 7 contributors", () => {
    const ds = atOneActivity(people(1, 7, "white"));
    const r = build("gripp2", ds, { project: "p-1", form: "long", period: undefined });
    for (const out of outputs(r)) expect(out).not.toMatch(/\b7 distinct contributors?\b/);
    const item = r.sections.flatMap((b) => (b.type === "checklist" ? b.items : []));
    expect(item.find((i) => i.id === "4b-methods-people-involved")?.detail).toContain(
      "distinct contributors (number withheld)",
    );
  });
});

describe("a comparison hidden on small panels is still the measure's where it is shown", () => {
  it("the age index of dissimilarity, with every age band large enough", () => {
    const bands = ["16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"] as const;
    let k = 0;
    const ds: Dataset = {
      ...demoDataset,
      contributors: demoDataset.contributors.map((c) =>
        c.demographics?.ageBand
          ? { ...c, demographics: { ...c.demographics, ageBand: bands[k++ % bands.length] } }
          : c,
      ),
    };
    for (const disclosure of ["ukhsa-5", "fft"] as const) {
      const shown = metric(build("representation", ds, { disclosure }), "dissimilarity-ageBand");
      const s = scoreDataset("representation", ds, { period, dimension: "age", disclosure });
      expect(shown.value).not.toBeNull();
      expect(s.ok && shown.value).toBe(s.ok && s.value.value);
    }
  });
});

describe("a project's PEIRS-22 trend", () => {
  it("compares with the project's own previous figure, not everyone's", () => {
    const ds = withPeirs(Array.from({ length: 12 }, () => "p-001"));
    // the previous year: 12 responses, all for p-002
    const before = ds.feedback
      .filter((f) => f.kind === "peirs22" && f.id.startsWith("f-peirs-"))
      .map((f) => ({ ...f, id: `${f.id}-before`, date: "2024-06-15", projectId: "p-002" }));
    const r = build(
      "feedback",
      { ...ds, feedback: [...ds.feedback, ...before] },
      { project: "p-001" },
    );
    expect(metric(r, "peirs22-mean").trend?.direction).toBe("none");
  });
});

describe("an empty list of contributors shows a count too", () => {
  it("under a rule that hides zeros, a project with no contributors lists none and says why", () => {
    // found by the small-numbers property test: p-005 here has no involvement contributors
    const ds = generateDataset({ seed: 10474, activities: 10, contributors: 21, gaps: false });
    const r = buildReport("project", ds, {
      generatedAt: "2026-04-01T09:00:00Z",
      disclosure: "tre-10",
      project: "p-005",
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(
      r.value.sections.some((b) => b.type === "table" && b.id === "project-contributors"),
    ).toBe(false);
    expect(render(r.value, "markdown")).toContain("The time each contributor gave is not listed");
  });
});
