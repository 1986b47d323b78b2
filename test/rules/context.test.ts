import { describe, expect, it } from "vitest";
import { DatasetIndex, latestRecordedDate, pairKey, splitWords } from "../../src/rules/context.js";
import { at, dataset } from "./fixture.js";

describe("DatasetIndex", () => {
  it("indexes records by id and pairs, once", () => {
    const index = new DatasetIndex(dataset());
    expect(index.activities.get("a-1")).toBe(0);
    expect(index.activities).toBe(index.activities);
    expect(index.activityContributors.get(pairKey("a-1", "c-2"))?.payment.status).toBe("declined");
    expect(index.paymentsByActivityContributor.get(pairKey("a-1", "c-1"))).toEqual([0]);
    expect(index.impactsByActivity.get("a-1")).toEqual([0]);
    expect(index.names.names.get("alex example")).toBe("c-1");
  });
  it("prefers the dataset's rates, then the bundled table, taking the row in force on the date", () => {
    const index = new DatasetIndex(dataset());
    expect(index.rateInForce("local", "HOURLY", "2025-03-01")?.origin).toBe("dataset");
    expect(index.rateInForce("local", "HOURLY", "2024-03-31")).toBeUndefined();
    expect(index.rateInForce("NIHR-research", "HOURLY", "2025-12-16")?.pence).toBe(2750);
    expect(index.rateInForce("NIHR-research", "HOURLY", "2025-12-15")?.pence).toBe(2500);
  });
});

describe("latestRecordedDate", () => {
  it("takes the latest date something happened, ignoring planned dates", () => {
    expect(latestRecordedDate(dataset())).toBe("2025-04-10");
    expect(
      latestRecordedDate(
        dataset((d) => {
          at(d.projects, 0).endDate = "2030-01-01";
        }),
      ),
    ).toBe("2025-04-10");
  });
  it("is undefined for a dataset with no dates", () => {
    expect(
      latestRecordedDate(
        dataset((d) => {
          d.activities = [];
          d.payments = [];
          d.feedback = [];
          d.impacts = [];
          d.groups = [];
        }),
      ),
    ).toBeUndefined();
  });
});

describe("splitWords", () => {
  it("splits into lower-cased words", () => {
    expect(splitWords("Alex O’Neil-Smith, hello")).toEqual(["alex", "o'neil-smith", "hello"]);
  });
});
