import { describe, expect, it } from "vitest";
import { dataset, withCode } from "./fixture.js";

const CODE = "event/bursary-places-fewer-than-listed";

const conference = (bursaryPlaces: number | undefined) => ({
  id: "e-1",
  organisationId: "org-1",
  title: "Regional patient involvement conference",
  kind: "conference" as const,
  date: "2025-06-14",
  contributors: [
    { contributorId: "c-1", role: "bursary" as const },
    { contributorId: "c-2", role: "bursary" as const },
  ],
  ...(bursaryPlaces === undefined ? {} : { bursaryPlaces }),
});

describe(CODE, () => {
  it("passes places equal to or more than the holders listed, or places not recorded", () => {
    for (const places of [2, 6, undefined]) {
      expect(
        withCode(
          dataset((d) => {
            d.events = [conference(places)];
          }),
          CODE,
        ),
      ).toEqual([]);
    }
  });
  it("flags fewer places than bursary holders listed", () => {
    const ds = dataset((d) => {
      d.events = [conference(1)];
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["events", 0, "bursaryPlaces"],
        message: "Event e-1 records 1 bursary place but lists 2 contributors on a bursary.",
        hint: "Correct the number of bursary places (every place given, named or not), or the contributors listed on a bursary.",
      },
    ]);
  });
});
