import { describe, expect, it } from "vitest";
import { asOf, latestRecordedDate } from "../../src/derive/as-of.js";
import {
  defaultPeriod,
  defaultPeriodOf,
  eventInPeriod,
  feedbackDate,
  periodsOverlap,
  readPeriod,
  resolvePeriod,
} from "../../src/derive/period.js";
import { demoDataset } from "../../src/demo/index.js";
import { parseDataset } from "../../src/model/parse.js";
import { at, dataset } from "../rules/fixture.js";

const demo = (() => {
  const r = parseDataset(demoDataset);
  if (!r.ok) throw new Error("demo invalid");
  return r.value;
})();

describe("latestRecordedDate and asOf", () => {
  it("takes the latest date something happened, ignoring planned dates", () => {
    expect(latestRecordedDate(dataset())).toBe("2025-04-10");
    const planned = dataset((d) => {
      at(d.projects, 0).endDate = "2030-01-01";
    });
    expect(latestRecordedDate(planned)).toBe("2025-04-10");
  });

  it("is undefined for a dataset with no dates, and asOf then falls back", () => {
    const empty = dataset((d) => {
      d.activities = [];
      d.payments = [];
      d.feedback = [];
      d.impacts = [];
      d.groups = [];
    });
    expect(latestRecordedDate(empty)).toBeUndefined();
    expect(asOf(empty)).toBe("1970-01-01");
    expect(defaultPeriodOf(empty, undefined, ["period"]).diagnostics.map((d) => d.code)).toEqual([
      "period/no-default",
    ]);
    expect(defaultPeriodOf(empty, "2026-04-01", ["period"])).toMatchObject({
      ok: true,
      value: { label: "2026-27" },
    });
    expect(asOf(empty, "2025-01-01")).toBe("2025-01-01");
  });

  it("is period/out-of-range, not a crash, for an as-of date before 0000-04-01", () => {
    const r = defaultPeriodOf(dataset(), "0000-01-01", ["opts", "period"]);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["period/out-of-range", ["opts", "period"]],
    ]);
    expect(r.diagnostics[0]?.message).toContain("0000-01-01");
  });
});

describe("defaultPeriod", () => {
  it("is the latest complete financial year in the data", () => {
    expect(latestRecordedDate(demo)! > "2026-03-31").toBe(true);
    expect(defaultPeriod(demo)).toEqual({
      start: "2025-04-01",
      end: "2026-03-31",
      label: "2025-26",
    });
    expect(defaultPeriod(demo, "2026-03-31")?.label).toBe("2025-26");
    expect(defaultPeriod(demo, "2026-03-30")?.label).toBe("2024-25");
  });

  it("is the current financial year when no recorded year has ended", () => {
    const ds = dataset();
    // the fixture's records all lie in 2024-25 (up to 2025-04-10)
    expect(defaultPeriod(ds, "2025-02-01")?.label).toBe("2024-25");
    expect(defaultPeriod(ds)?.label).toBe("2024-25");
  });

  it("is undefined (not a crash) outside the financial years with four-digit years", () => {
    const ds = dataset();
    expect(defaultPeriod(ds, "0000-01-01")).toBeUndefined();
    expect(defaultPeriod(ds, "9999-06-01")).toBeUndefined();
    expect(defaultPeriod(ds, "0000-06-01")?.label).toBe("0000-01");
    expect(defaultPeriod(ds, "0999-06-01")).toEqual({
      start: "0999-04-01",
      end: "1000-03-31",
      label: "0999-00",
    });
    expect(defaultPeriod(ds, "9999-03-31")?.label).toBe("9998-99");
  });
});

describe("resolvePeriod and readPeriod", () => {
  it("reads labels and objects, and explains what it cannot read", () => {
    expect(readPeriod("2025-26", "payments/invalid-period")).toMatchObject({
      ok: true,
      value: { label: "2025-26" },
    });
    expect(
      readPeriod({ start: "2025-01-01", end: "2025-01-31" }, "payments/invalid-period"),
    ).toMatchObject({
      ok: true,
      value: { label: "2025-01-01..2025-01-31" },
    });
    const bad = readPeriod("next year", "payments/invalid-period");
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics[0]?.code).toBe("payments/invalid-period");
    expect(readPeriod({ start: "2025-02-01", end: "2025-01-01" }, "impact/invalid-period").ok).toBe(
      false,
    );
    expect(resolvePeriod(undefined, demo, "impact/invalid-period")).toMatchObject({
      ok: true,
      value: { label: "2025-26" },
    });
  });
});

describe("feedbackDate", () => {
  it("files an FFT return under the first day it collected responses", () => {
    const f = demo.feedback.find((x) => x.kind === "fft");
    if (f?.kind !== "fft") throw new Error("demo has FFT");
    expect(feedbackDate(f)).toBe(f.period.start);
  });
});

describe("periodsOverlap", () => {
  it("is true when two periods share a day, both ends included", () => {
    const fy = { start: "2025-04-01", end: "2026-03-31" };
    expect(periodsOverlap(fy, { start: "2026-03-31", end: "2027-03-31" })).toBe(true);
    expect(periodsOverlap(fy, { start: "2024-04-01", end: "2025-04-01" })).toBe(true);
    expect(periodsOverlap(fy, { start: "2026-04-01", end: "2027-03-31" })).toBe(false);
    expect(periodsOverlap(fy, { start: "2024-04-01", end: "2025-03-31" })).toBe(false);
  });
});

describe("eventInPeriod", () => {
  const fy = { start: "2025-04-01", end: "2026-03-31" };
  const event = (date: string, endDate?: string) => ({
    id: "e-1",
    organisationId: "org-1",
    title: "Campaign week",
    kind: "campaign" as const,
    date,
    ...(endDate === undefined ? {} : { endDate }),
    reach: {},
    contributors: [],
  });
  it("counts a one-day event in the period its day falls in", () => {
    expect(eventInPeriod(event("2025-04-01"), fy)).toBe(true);
    expect(eventInPeriod(event("2025-03-31"), fy)).toBe(false);
  });
  it("counts an event over several days in every period any of its days falls in", () => {
    const week = event("2025-03-28", "2025-04-03");
    expect(eventInPeriod(week, fy)).toBe(true);
    expect(eventInPeriod(week, { start: "2024-04-01", end: "2025-03-31" })).toBe(true);
    expect(eventInPeriod(event("2026-04-01", "2026-04-07"), fy)).toBe(false);
  });
  it("reads an end before the start as a one-day event on its first day", () => {
    expect(eventInPeriod(event("2025-03-31", "2025-03-01"), fy)).toBe(false);
  });
});
