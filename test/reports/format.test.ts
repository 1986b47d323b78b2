import { describe, expect, it } from "vitest";
import {
  cell,
  formatDate,
  formatDateRange,
  formatLevel,
  formatList,
  formatMonth,
  formatPeriod,
  humanize,
  plural,
  scaleName,
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

describe("the days an event ran", () => {
  it("writes one day, or a range as short as it reads clearly", () => {
    expect(formatDateRange("2026-05-12")).toBe("12 May 2026");
    expect(formatDateRange("2026-05-12", "2026-05-12")).toBe("12 May 2026");
    expect(formatDateRange("2026-05-12", "2026-05-10")).toBe("12 May 2026");
    expect(formatDateRange("2026-05-12", "2026-05-18")).toBe("12 to 18 May 2026");
    expect(formatDateRange("2026-04-30", "2026-05-02")).toBe("30 April to 2 May 2026");
    expect(formatDateRange("2025-12-29", "2026-01-04")).toBe("29 December 2025 to 4 January 2026");
  });
});

describe("an activity's level: the scale's own word beside the common level", () => {
  it("writes a level on a non-default scale in that scale's words, then the public influence level", () => {
    expect(formatLevel({ scale: "cruk-involvement-depth", item: "partner" })).toBe(
      "Partner (public influence level 5, Co-producing)",
    );
    expect(formatLevel({ scale: "cruk-involvement-depth", item: "consult" })).toBe(
      "Consult (public influence level 2, Consulted)",
    );
    expect(formatLevel({ scale: "iap2-spectrum", item: "empower" })).toBe(
      "Empower (public influence level 6, Public-led)",
    );
  });

  it("writes a level on the common scale once, and says when a level has no crosswalk", () => {
    expect(formatLevel({ scale: "ppie-influence-level", item: "pil-3-involved" })).toBe(
      "Involved (public influence level 3)",
    );
    expect(formatLevel({ scale: "our-own-ladder", item: "steering" })).toBe(
      "Steering (not on the public influence level)",
    );
  });

  it("takes the caller's own crosswalk rows first", () => {
    expect(
      formatLevel({ scale: "cruk-involvement-depth", item: "partner" }, [
        {
          from: ["cruk-involvement-depth", "partner"],
          to: "pil-4-collaborating",
          basis: "judgement",
        },
      ]),
    ).toBe("Partner (public influence level 4, Collaborating)");
  });

  it("names a scale as its publisher does, or from its id when ppie does not ship it", () => {
    expect(scaleName("cruk-involvement-depth")).toBe(
      "Cancer Research UK: consult, collaborate, partner",
    );
    expect(scaleName("our-own-ladder")).toBe("Our own ladder");
  });
});
