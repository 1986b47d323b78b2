import { describe, expect, it } from "vitest";
import { latestRecordedDate } from "../../src/derive/as-of.js";
import {
  consultationDays,
  seldomHeardReach,
  serviceChangeActivities,
  serviceChangeDates,
  serviceChangeImpacts,
} from "../../src/derive/service-change.js";
import { changeDataset } from "../rules/service-change-fixture.js";

describe("a service change's record", () => {
  it("counts a consultation's first and last days", () => {
    expect(consultationDays({ start: "2025-06-01", end: "2025-06-28" })).toBe(28);
    expect(consultationDays({ start: "2025-06-01", end: "2025-06-01" })).toBe(1);
    expect(consultationDays({ start: "2025-06-02", end: "2025-06-01" })).toBe(0);
  });

  it("finds its activities once each, in the order listed", () => {
    const ds = changeDataset((s) => {
      s.activityIds = ["a-1", "a-1"];
    });
    const change = ds.serviceChanges[0]!;
    expect(serviceChangeActivities(ds, change).map((a) => a.id)).toEqual(["a-1"]);
  });

  it('finds its "you said, we did" records, named or through its activities, once each', () => {
    const named = changeDataset((s) => {
      s.activityIds = [];
    });
    expect(serviceChangeImpacts(named, named.serviceChanges[0]!).map((r) => r.id)).toEqual(["i-1"]);
    const both = changeDataset();
    expect(serviceChangeImpacts(both, both.serviceChanges[0]!).map((r) => r.id)).toEqual(["i-1"]);
    const none = changeDataset((s) => {
      s.activityIds = [];
      s.impactIds = [];
    });
    expect(serviceChangeImpacts(none, none.serviceChanges[0]!)).toEqual([]);
  });

  it("reaches a seldom-heard group by the dataset's definition, and says when it is not listed", () => {
    const ds = changeDataset((s) => {
      s.affected.seldomHeardGroups = ["young-carers", "deaf-bsl"];
    });
    expect(seldomHeardReach(ds, ds.serviceChanges[0]!)).toEqual([
      { group: "young-carers", listed: true, reached: true },
      { group: "deaf-bsl", listed: false, reached: false },
    ]);
  });

  it("lists the dates of its steps in order, with a gap where one is missing", () => {
    const ds = changeDataset((s) => {
      delete s.scrutiny;
    });
    expect(serviceChangeDates(ds, ds.serviceChanges[0]!)).toEqual([
      { step: "assessment", date: "2025-01-10" },
      { step: "first-activity", date: "2025-03-01" },
      { step: "consultation-start", date: "2025-02-01" },
      { step: "consultation-end", date: "2025-03-14" },
      { step: "scrutiny", date: undefined },
      { step: "decision", date: "2025-03-20" },
      { step: "feedback", date: "2025-04-01" },
    ]);
  });

  it("gives the as-of date its recorded dates, but not its consultation period", () => {
    const later = changeDataset((s) => {
      s.feedbackPublished = "2025-05-01";
    });
    expect(latestRecordedDate(later)).toBe("2025-05-01");
    const planned = changeDataset((s) => {
      if (s.consultation) s.consultation.end = "2025-12-31";
    });
    expect(latestRecordedDate(planned)).toBe("2025-04-10");
  });
});
