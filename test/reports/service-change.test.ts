import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { NHS_ACT_2006 } from "../../src/frameworks/publications.js";
import type { Dataset } from "../../src/model/dataset.js";
import type { RuleSettings } from "../../src/rules/check.js";
import { RENDER_FORMATS, render } from "../../src/render/index.js";
import { buildReport } from "../../src/reports/index.js";
import type {
  Block,
  ChartBlock,
  ChecklistBlock,
  ParagraphBlock,
  Report,
  TableBlock,
} from "../../src/reports/report.js";
import { isDesignChoice } from "../../src/source.js";
import { changeDataset } from "../rules/service-change-fixture.js";

const generatedAt = "2026-04-01T09:00:00Z";

function build(dataset: Dataset, opts: Record<string, unknown> = {}): Report {
  const r = buildReport("service-change", dataset, { generatedAt, ...opts });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

const blocks = <T extends Block["type"]>(r: Report, type: T) =>
  r.sections.filter((b): b is Extract<Block, { type: T }> => b.type === type);
const checklist = (r: Report): ChecklistBlock => blocks(r, "checklist")[0] as ChecklistBlock;
const statuses = (r: Report) => checklist(r).items.map((i) => [i.id, i.status]);
const table = (r: Report, prefix: string): TableBlock | undefined =>
  blocks(r, "table").find((t) => t.id.startsWith(prefix));

describe("the rules option of the service-change and project reports", () => {
  const CODE = "service-change/consultation-shorter-than-minimum";
  /** The codes in the tables of gaps and of open warnings. */
  const text = (r: Report) =>
    JSON.stringify(
      r.sections.filter(
        (b) => b.type === "table" && /^(service-change-gaps|project-warnings)/.test(b.id),
      ),
    );

  it("runs the rules with the settings given, as checkDataset does", () => {
    const minimum = { [CODE]: { options: { minimumDays: 42 } } };
    expect(text(build(demoDataset))).not.toContain(CODE);
    const r = buildReport("service-change", demoDataset, { generatedAt, rules: minimum });
    expect(r.ok && r.diagnostics).toEqual([]);
    expect(r.ok && text(r.value)).toContain(CODE);
    expect(r.ok && JSON.stringify(r.value.sections[0])).toContain("with the rule settings given");
    const project = (rules?: RuleSettings) =>
      buildReport("project", demoDataset, {
        generatedAt,
        project: "p-001",
        ...(rules ? { rules } : {}),
      });
    const before = project();
    const after = project({ "payment/not-offered-no-reason": "off" });
    expect(before.ok && text(before.value)).toContain("payment/not-offered-no-reason");
    expect(after.ok && text(after.value)).not.toContain("payment/not-offered-no-reason");
  });

  it("says what is wrong with a setting, as a warning of the report about its rules option", () => {
    const r = buildReport("service-change", demoDataset, {
      generatedAt,
      rules: { [CODE]: { options: { minimumDays: -3 } }, "no/such-rule": "off" } as never,
    });
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.path.slice(0, 3)])).toEqual([
      ["check/unknown-rule", "warning", ["opts", "rules", "no/such-rule"]],
      ["check/invalid-option", "warning", ["opts", "rules", CODE]],
    ]);
  });

  it("is a note for a report that lists no findings, and not an option of the schema when not an object", () => {
    const r = buildReport("strategy", demoDataset, { generatedAt, rules: {} });
    expect(r.diagnostics.map((d) => d.code)).toContain("report/ignored-option");
    const bad = buildReport("service-change", demoDataset, { generatedAt, rules: "off" as never });
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics[0]?.path).toEqual(["opts", "rules"]);
  });
});

describe("the service-change report", () => {
  it("covers every service change by default, or the one asked for", () => {
    const all = build(demoDataset);
    expect(all.title).toBe("Service changes: the record of the legal duty to involve");
    expect(blocks(all, "checklist")).toHaveLength(2);
    const one = build(demoDataset, { serviceChange: "sc-002" });
    expect(one.title).toBe(
      "Service change: Online-first booking for outpatient physiotherapy (fictional)",
    );
    expect(blocks(one, "checklist").map((c) => c.id)).toEqual(["service-change-gunning-sc-002"]);
    expect(one.period).toBeUndefined();
  });

  it("refuses a service change id that is not in the dataset", () => {
    const r = buildReport("service-change", demoDataset, { generatedAt, serviceChange: "sc-9" });
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.path, d.hint])).toEqual([
      [
        "report/unknown-service-change",
        ["opts", "serviceChange"],
        "Service change ids in the dataset: sc-001, sc-002.",
      ],
    ]);
  });

  it("says so when the dataset records no service change", () => {
    const r = build({ ...demoDataset, serviceChanges: [] });
    expect(blocks(r, "paragraph").map((p) => p.text)).toContain(
      "No proposals to change a service are recorded in the dataset (serviceChanges).",
    );
  });

  it("cites every legal statement: the Act's sections, the regulation and the judgments", () => {
    const law = blocks(build(demoDataset), "paragraph").find((p) =>
      p.text.startsWith("The legal duty to involve."),
    ) as ParagraphBlock;
    const cited = (law.sources ?? []).map((s) =>
      isDesignChoice(s) ? s.id : `${s.id}${s.section ? ` ${s.section.split(" (")[0]}` : ""}`,
    );
    expect(cited).toEqual([
      "nhs-act-2006 section 242",
      "nhs-act-2006 section 14Z45",
      "nhs-act-2006 section 13Q",
      "nhse-2022-working-in-partnership Annex B",
      "si-2013-218-health-scrutiny regulation 23",
      "nhs-act-2006 section 244",
      "gunning-1985 page 189",
      "moseley-2014-uksc-56",
    ]);
    for (const words of ["section 242", "section 14Z45", "section 13Q", "regulation 23"])
      expect(law.text).toContain(words);
    expect(law.sources?.[0]?.id).toBe(NHS_ACT_2006.id);
  });

  it("invents no national minimum consultation period", () => {
    const r = build(demoDataset);
    const note = blocks(r, "paragraph").find((p) => p.tone === "note") as ParagraphBlock;
    expect(note.text).toContain("ppie applies no national minimum consultation period");
    const second = blocks(r, "checklist")[1];
    const time = second?.items.find((i) => i.id === "adequate-time");
    expect(time?.detail).toContain("ppie applies no national minimum period");
  });

  it("reads the Gunning principles from a complete record as reported", () => {
    expect(statuses(build(changeDataset()))).toEqual([
      ["formative-stage", "reported"],
      ["sufficient-information", "reported"],
      ["adequate-time", "reported"],
      ["conscientious-consideration", "reported"],
    ]);
  });

  it("marks what the record lacks or contradicts", () => {
    const early = changeDataset((s) => {
      if (s.decision) s.decision.date = "2025-03-10";
    });
    expect(statuses(build(early))).toEqual([
      ["formative-stage", "partial"],
      ["sufficient-information", "reported"],
      ["adequate-time", "partial"],
      ["conscientious-consideration", "partial"],
    ]);
    const bare = changeDataset((s) => {
      s.activityIds = [];
      s.impactIds = [];
      delete s.consultation;
      delete s.assessment;
      s.affected = { seldomHeardGroups: [] };
      if (s.decision) delete s.decision.responsesConsidered;
    });
    expect(statuses(build(bare))).toEqual([
      ["formative-stage", "missing"],
      ["sufficient-information", "missing"],
      ["adequate-time", "missing"],
      ["conscientious-consideration", "missing"],
    ]);
    const open = changeDataset((s) => {
      delete s.decision;
    });
    expect(statuses(build(open))[3]).toEqual(["conscientious-consideration", "not-applicable"]);
  });

  it("draws the timeline of the record's dates, days from the first step", () => {
    const ds = changeDataset((s) => {
      delete s.scrutiny;
    });
    const chart = blocks(build(ds), "chart")[0] as ChartBlock;
    expect(chart.kind).toBe("bar");
    expect(chart.categories[0]).toBe("Duty assessed");
    expect(chart.series[0]?.values).toEqual([0, 50, 22, 63, null, 69, 81]);
    expect(chart.labels[0]?.[4]).toBe("not recorded");
    expect(chart.labels[0]?.[0]).toBe("day 0, 10 January 2025");
    expect(chart.description).toContain("No date recorded for: Scrutiny committee.");
  });

  it('shows the "you said, we did" records and the gaps the rules found', () => {
    const r = build(demoDataset, { serviceChange: "sc-001" });
    expect(table(r, "service-change-impacts-sc-001")?.rows.length).toBeGreaterThan(0);
    const gaps = table(r, "service-change-gaps-sc-001");
    expect(gaps?.rows.map((row) => row.code?.text)).toEqual([
      "service-change/seldom-heard-not-reached",
      "service-change/decision-before-consultation-closed",
      "service-change/substantial-no-scrutiny",
    ]);
    const clean = build(changeDataset());
    expect(table(clean, "service-change-gaps-")).toBeUndefined();
    expect(blocks(clean, "paragraph").map((p) => p.text)).toContain(
      "ppie's checks of service changes find no gaps in this record.",
    );
  });

  it("counts people and responses under the small-number rule", () => {
    const r = build(changeDataset());
    const activities = table(r, "service-change-activities-");
    // the fixture's one activity has two contributors
    expect(activities?.rows[0]?.people).toEqual({
      text: "withheld",
      value: null,
      suppressed: true,
    });
    const record = table(r, "service-change-record-");
    const responses = record?.rows.find((row) => row.item?.text === "Responses received");
    expect(responses?.record).toEqual({ text: "120", value: 120 });
    const few = build(
      changeDataset((s) => {
        if (s.consultation) s.consultation.responses = 4;
      }),
    );
    const hidden = table(few, "service-change-record-")?.rows.find(
      (row) => row.item?.text === "Responses received",
    );
    expect(hidden?.record).toEqual({ text: "withheld", value: null, suppressed: true });
  });

  it("renders in every format, without contributors' identifiers", () => {
    const r = build(demoDataset);
    const identifiers = demoDataset.contributors.flatMap((c) =>
      [c.identifiers?.name, c.identifiers?.email].filter((v): v is string => v !== undefined),
    );
    for (const format of RENDER_FORMATS) {
      const out = render(r, format);
      expect(out).toContain("sc-001");
      for (const id of identifiers) expect(out.includes(id)).toBe(false);
    }
  });
});
