import { undatedDemo } from "./undated.js";
import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import {
  DEFAULT_REPORT_DISCLOSURE,
  identifierFilter,
  resolveReportOptions,
} from "../../src/reports/options.js";

const at = "2026-04-01T09:00:00Z";
const codes = (r: { diagnostics: { code: string; severity: string }[] }) =>
  r.diagnostics.filter((d) => d.severity === "error").map((d) => d.code);

describe("resolveReportOptions", () => {
  it("defaults the period to the latest financial year in the data", () => {
    const r = resolveReportOptions("strategy", demoDataset, { generatedAt: at });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.period).toEqual({ start: "2025-04-01", end: "2026-03-31", label: "2025-26" });
    expect(r.value.periodGiven).toBe(false);
    expect(r.value.disclosure).toBe(DEFAULT_REPORT_DISCLOSURE);
    expect(r.value.includeIdentifiers).toBe(false);
  });

  it("has no default period when nothing is dated, and takes the as-of date's year when one is given", () => {
    const empty = undatedDemo();
    const r = resolveReportOptions("impact", empty, { generatedAt: "2023-05-01T00:00:00Z" });
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]?.code).toBe("period/no-default");
    const given = resolveReportOptions("impact", empty, {
      generatedAt: "2023-05-01T00:00:00Z",
      asOf: "2023-05-01",
    });
    expect(given.ok && given.value.period?.label).toBe("2023-24");
  });

  it("reads every period label form", () => {
    for (const [label, start] of [
      ["2024-25", "2024-04-01"],
      ["2025-26-Q2", "2025-07-01"],
      ["2025", "2025-01-01"],
      ["2025-01-01..2025-06-30", "2025-01-01"],
    ] as const) {
      const r = resolveReportOptions("feedback", demoDataset, { period: label, generatedAt: at });
      expect(r.ok && r.value.period?.start).toBe(start);
    }
  });

  it("takes the GRIPP2 form from the project unless given", () => {
    const long = resolveReportOptions("gripp2", demoDataset, { project: "p-002", generatedAt: at });
    expect(long.ok && long.value.form).toBe("long");
    const short = resolveReportOptions("gripp2", demoDataset, {
      project: "p-001",
      generatedAt: at,
    });
    expect(short.ok && short.value.form).toBe("short");
    const forced = resolveReportOptions("gripp2", demoDataset, {
      project: "p-002",
      form: "short",
      generatedAt: at,
    });
    expect(forced.ok && forced.value.form).toBe("short");
  });

  it("reports each problem as a diagnostic and never throws", () => {
    expect(codes(resolveReportOptions("nonsense", demoDataset, { generatedAt: at }))).toEqual([
      "report/unknown-kind",
    ]);
    expect(
      codes(resolveReportOptions("strategy", demoDataset, { generatedAt: at, colour: "red" })),
    ).toEqual(["report/unknown-option"]);
    expect(codes(resolveReportOptions("gripp2", demoDataset, { generatedAt: at }))).toEqual([
      "report/missing-option",
    ]);
    expect(
      codes(resolveReportOptions("project", demoDataset, { project: "p-999", generatedAt: at })),
    ).toEqual(["report/unknown-project"]);
    expect(
      codes(resolveReportOptions("impact", demoDataset, { period: "2025-27", generatedAt: at })),
    ).toEqual(["report/invalid-period"]);
    expect(
      codes(resolveReportOptions("impact", demoDataset, { generatedAt: "yesterday" })),
    ).toEqual(["report/invalid-generated-at"]);
    expect(codes(resolveReportOptions("impact", demoDataset, {}))).toEqual([
      "report/missing-option",
    ]);
    expect(
      codes(resolveReportOptions("impact", demoDataset, { generatedAt: at, disclosure: "lax" })),
    ).toEqual(["report/invalid-option"]);
    expect(
      codes(resolveReportOptions("impact", demoDataset, { generatedAt: at, form: "medium" })),
    ).toEqual(["report/invalid-option"]);
    expect(codes(resolveReportOptions("impact", demoDataset, null))).toEqual([
      "report/invalid-option",
    ]);
    const many = resolveReportOptions("gripp2", demoDataset, {
      period: "bad",
      generatedAt: "bad",
      x: 1,
    });
    expect(many.ok).toBe(false);
    expect(new Set(codes(many))).toEqual(
      new Set([
        "report/unknown-option",
        "report/invalid-generated-at",
        "report/invalid-period",
        "report/missing-option",
      ]),
    );
  });

  it("notes an option the kind ignores without failing", () => {
    const r = resolveReportOptions("strategy", demoDataset, { project: "p-001", generatedAt: at });
    expect(r.ok).toBe(true);
    expect(r.diagnostics).toMatchObject([
      { code: "report/ignored-option", severity: "info", path: ["opts", "project"] },
    ]);
  });
});

describe("identifierFilter", () => {
  const c = demoDataset.contributors.find(
    (x) => x.identifiers?.name && x.identifiers.email && x.identifiers.phone,
  );
  const ids = c?.identifiers as { name: string; email: string; phone: string };
  const clean = identifierFilter(demoDataset);

  it("removes names, emails and phone numbers whatever the case or spacing", () => {
    const [first, last] = ids.name.split(" ") as [string, string];
    const dirty = `Thanks to ${first.toUpperCase()}   ${last} <${ids.email}> on ${ids.phone.replace(" ", "-")} and ${ids.phone.replace(/ /g, "")}.`;
    const out = clean(dirty);
    expect(out).toBe(
      "Thanks to [identifier removed] <[identifier removed]> on [identifier removed] and [identifier removed].",
    );
  });

  it("leaves other text alone", () => {
    expect(clean("For example, 12 people came.")).toBe("For example, 12 people came.");
  });

  it("is the identity when no contributor has identifiers", () => {
    const f = identifierFilter({ ...demoDataset, contributors: [] });
    expect(f(ids.name)).toBe(ids.name);
  });
});
