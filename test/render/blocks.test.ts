import { describe, expect, it } from "vitest";
import {
  chartDataTable,
  checklistTable,
  layout,
  metricsTable,
  sourceReference,
  sourcesTable,
} from "../../src/render/blocks.js";
import { CHOICE_GRIPP2 } from "../../src/frameworks/design-choices.js";
import { FLESCH_1948, NIHR_RATE_UPLIFT_2025 } from "../../src/frameworks/publications.js";
import { cite, formatSource } from "../../src/source.js";
import type { Block, ChartBlock } from "../../src/reports/report.js";

describe("layout", () => {
  it("draws a first heading at level 2 whatever its level (TSDoc example)", () => {
    expect(layout([{ type: "heading", level: 3, text: "A" }])[0]).toEqual({
      type: "heading",
      level: 2,
      text: "A",
      index: 0,
    });
  });

  it("clamps levels so they never skip, and lets them go back up", () => {
    const blocks: Block[] = [
      { type: "heading", level: 2, text: "a" },
      { type: "heading", level: 4, text: "b" },
      { type: "heading", level: 4, text: "c" },
      { type: "heading", level: 2, text: "d" },
      { type: "heading", level: 3, text: "e" },
      { type: "heading", level: 4, text: "f" },
    ];
    expect(layout(blocks).map((i) => (i.type === "heading" ? i.level : 0))).toEqual([
      2, 3, 3, 2, 3, 4,
    ]);
  });

  it("groups consecutive metrics and keeps block indexes", () => {
    const m = (id: string): Block => ({ type: "metric", id, label: id, value: 1, display: "1" });
    const items = layout([m("a"), m("b"), { type: "paragraph", text: "p" }, m("c")]);
    expect(items.map((i) => i.type)).toEqual(["metrics", "block", "metrics"]);
    expect(items[0]?.type === "metrics" && items[0].metrics.map((x) => x.id)).toEqual(["a", "b"]);
    expect(items[1]?.type === "block" && items[1].index).toBe(2);
  });
});

describe("chartDataTable", () => {
  const chart: ChartBlock = {
    type: "chart",
    id: "c",
    kind: "bar",
    title: "T",
    description: "D",
    categories: ["Q1"],
    series: [{ name: "Done", values: [3] }],
    unit: "activities",
    labels: [["3"]],
  };

  it("puts categories in rows for bar charts (TSDoc example)", () => {
    const t = chartDataTable(chart);
    expect(t.rows[0]).toEqual({ c0: { text: "Q1" }, s0: { text: "3", value: 3 } });
    expect(t.columns).toEqual([
      { key: "c0", label: "Category", align: "left" },
      { key: "s0", label: "Done (activities)", align: "right" },
    ]);
    expect(t.id).toBe("c-data");
    expect(t.caption).toBe("Data: T");
  });

  it("puts series in rows for heat maps, and leaves out an empty unit", () => {
    const t = chartDataTable({ ...chart, kind: "heatmap", unit: "" });
    expect(t.columns.map((c) => c.label)).toEqual(["Series", "Q1"]);
    expect(t.rows).toEqual([{ c0: { text: "Done" }, s0: { text: "3", value: 3 } }]);
  });

  it("copes with missing labels or values", () => {
    const t = chartDataTable({ ...chart, categories: ["Q1", "Q2"], labels: [] });
    expect(t.rows[1]).toEqual({ c0: { text: "Q2" }, s0: { text: "" } });
  });
});

describe("checklistTable and metricsTable", () => {
  it("has five columns for a checklist (TSDoc example)", () => {
    expect(
      checklistTable({ type: "checklist", id: "g", caption: "GRIPP2", items: [] }).columns.length,
    ).toBe(5);
  });

  it("keeps a metric's display text and value (TSDoc example)", () => {
    const t = metricsTable([
      { type: "metric", id: "m", label: "FFT positive", value: 0.9, display: "90.0%" },
    ]);
    expect(t.rows[0]?.value).toEqual({ text: "90.0%", value: 0.9 });
    expect(t.rows[0]?.status).toEqual({ text: "" });
  });
});

describe("sourceReference and sourcesTable", () => {
  it("cuts a reference where its address is, so it can be a link", () => {
    const ref = sourceReference(cite(FLESCH_1948, "Table 5"));
    expect(ref).toEqual({
      before:
        "Flesch R. A new readability yardstick. Journal of Applied Psychology 32(3):221-233, 1948. Table 5. ",
      link: { text: "https://doi.org/10.1037/h0057532", href: "https://doi.org/10.1037/h0057532" },
      after: "",
    });
    expect(ref.before + ref.link?.text + ref.after).toBe(
      formatSource(cite(FLESCH_1948, "Table 5")),
    );
  });

  it("gives a design choice no link (TSDoc example), and a source not yet verified its note", () => {
    expect(sourceReference(CHOICE_GRIPP2).link).toBeUndefined();
    expect(sourceReference(CHOICE_GRIPP2).before).toBe(formatSource(CHOICE_GRIPP2));
    const ref = sourceReference(NIHR_RATE_UPLIFT_2025);
    expect(ref.after).toBe("");
    expect(ref.flag).toBe("(not yet verified)");
    expect(`${ref.before}${ref.link?.text}${ref.after} ${ref.flag}`).toBe(
      formatSource(NIHR_RATE_UPLIFT_2025),
    );
    expect(ref.note).toBe(NIHR_RATE_UPLIFT_2025.note);
    expect(sourceReference(FLESCH_1948).note).toBeUndefined();
  });

  it("keeps an address that is not http(s) as text", () => {
    const ref = sourceReference({
      id: "x",
      title: "T",
      publisher: "P",
      url: "javascript:x",
      verified: true,
    });
    expect(ref).toEqual({ before: "T. P, n.d. javascript:x", after: "" });
  });

  it("has five columns for a sources list (TSDoc example), one row per source", () => {
    expect(
      sourcesTable({ type: "sources", id: "sources", caption: "Sources", items: [] }).columns
        .length,
    ).toBe(5);
    const t = sourcesTable({
      type: "sources",
      id: "s",
      caption: "c",
      items: [FLESCH_1948, CHOICE_GRIPP2],
    });
    expect(t.rows.map((r) => [r.n?.text, r.link?.text, r.verified?.text])).toEqual([
      ["1", "https://doi.org/10.1037/h0057532", "yes"],
      ["2", "", "ppie design choice"],
    ]);
  });
});
