import { describe, expect, it } from "vitest";
import { checkDataset, formatDiagnostics, formatDiagnosticsJson } from "../../src/rules/index.js";
import { diagnostic } from "../../src/result.js";
import { at, dataset } from "./fixture.js";

const diags = [
  diagnostic(
    "activity/ends-before-start",
    "error",
    ["activities", 3, "endDate"],
    "Activity a-4 ends before it starts.",
    "Swap them.",
  ),
  diagnostic(
    "activity/outside-project-dates",
    "warning",
    ["activities", 3, "startDate"],
    "Activity a-4 is outside its project.",
  ),
  diagnostic("check/unknown-rule", "warning", ["rules", "x/y"], 'There is no rule "x/y".'),
];

describe("formatDiagnostics", () => {
  it("groups by record, shows fields and hints, and counts by severity", () => {
    expect(formatDiagnostics(diags)).toBe(
      [
        "activities[3]",
        "  error    activity/ends-before-start  endDate: Activity a-4 ends before it starts.",
        "           hint: Swap them.",
        "  warning  activity/outside-project-dates  startDate: Activity a-4 is outside its project.",
        "",
        "rules",
        '  warning  check/unknown-rule  x/y: There is no rule "x/y".',
        "",
        "1 error, 2 warnings, 0 info in 2 records",
        "",
      ].join("\n"),
    );
  });
  it("shows record ids when given the dataset, and colours only on request", () => {
    const ds = dataset((d) => {
      at(d.activities, 0).endDate = "2025-02-01";
    });
    const found = checkDataset(ds);
    expect(formatDiagnostics(found, { dataset: ds })).toContain("activities[0] a-1\n");
    expect(formatDiagnostics(found)).not.toContain("\u001b[");
    expect(formatDiagnostics(found, { color: true })).toContain("\u001b[31merror");
  });
  it("says so when there is nothing to report", () => {
    expect(formatDiagnostics([])).toBe("No problems found.\n");
  });
});

describe("formatDiagnosticsJson", () => {
  it("round-trips the diagnostics", () => {
    expect(JSON.parse(formatDiagnosticsJson(diags))).toEqual(diags);
  });
});
