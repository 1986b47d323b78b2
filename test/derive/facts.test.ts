import { describe, expect, it } from "vitest";
import { facts } from "../../src/derive/facts.js";
import { contributorIdentifiers } from "../../src/derive/identifiers.js";
import { dataset } from "../rules/fixture.js";

describe("facts", () => {
  it("indexes records by id and pairs, once per dataset", () => {
    const ds = dataset();
    const index = facts(ds);
    expect(facts(ds)).toBe(index);
    expect(index.activities.get("a-1")?.index).toBe(0);
    expect(index.activities.get("a-1")?.record.id).toBe("a-1");
    expect(index.activities).toBe(index.activities);
    expect(index.activityPart("a-1", "c-2")?.payment.status).toBe("declined");
    expect(index.paymentsFor("a-1", "c-1")).toEqual([0]);
    expect(index.impactsByActivity.get("a-1")).toEqual([0]);
    expect(contributorIdentifiers(ds)).toBe(contributorIdentifiers(ds));
    expect(contributorIdentifiers(ds)?.find("Alex Example").kinds).not.toBe(0);
  });

  it("keeps the first record of a duplicated id", () => {
    const ds = dataset();
    const copy = { ...ds, activities: [...ds.activities, { ...ds.activities[0]!, title: "dup" }] };
    expect(facts(copy).activities.get("a-1")?.index).toBe(0);
  });

  it("memoises derived values by key", () => {
    const index = facts(dataset());
    let n = 0;
    const make = () => ++n;
    expect(index.cached("k", make)).toBe(1);
    expect(index.cached("k", make)).toBe(1);
  });
});
