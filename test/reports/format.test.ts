import { describe, expect, it } from "vitest";
import {
  cell,
  formatDate,
  formatList,
  formatMonth,
  formatPeriod,
  humanize,
  plural,
} from "../../src/reports/format.js";

describe("report display helpers", () => {
  it("writes dates, months and periods", () => {
    expect(formatDate("2026-04-01")).toBe("1 April 2026");
    expect(formatDate("not a date")).toBe("not a date");
    expect(formatMonth("2025-04")).toBe("Apr 2025");
    expect(formatPeriod({ start: "2025-04-01", end: "2026-03-31" })).toBe(
      "1 April 2025 to 31 March 2026",
    );
  });

  it("writes lists, plurals and ids as words", () => {
    expect(formatList([])).toBe("none");
    expect(formatList(["a"])).toBe("a");
    expect(formatList(["aims", "methods", "reflections"])).toBe("aims, methods and reflections");
    expect(plural(1, "activity", "activities")).toBe("1 activity");
    expect(plural(3, "activity", "activities")).toBe("3 activities");
    expect(plural(1250, "activity", "activities")).toBe("1,250 activities");
    expect(humanize("outcome-measures")).toBe("Outcome measures");
  });

  it("makes cells without undefined fields and never NaN", () => {
    expect(cell("93.9%", 93.93)).toEqual({ text: "93.9%", value: 93.93 });
    expect(cell("x")).toEqual({ text: "x" });
    expect(cell("withheld", null)).toEqual({ text: "withheld", value: null });
    expect(cell("bad", Number.NaN)).toEqual({ text: "bad", value: null });
  });
});
