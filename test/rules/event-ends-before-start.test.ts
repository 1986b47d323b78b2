import { describe, expect, it } from "vitest";
import { dataset, withCode } from "./fixture.js";

const CODE = "event/ends-before-start";

const festival = (endDate: string) => ({
  id: "e-1",
  organisationId: "org-1",
  title: "Health research stall at the city festival",
  kind: "festival" as const,
  date: "2025-06-14",
  endDate,
});

describe(CODE, () => {
  it("passes an event over several days, and one that ends on the day it starts", () => {
    for (const end of ["2025-06-15", "2025-06-14"]) {
      expect(
        withCode(
          dataset((d) => {
            d.events = [festival(end)];
          }),
          CODE,
        ),
      ).toEqual([]);
    }
  });
  it("flags an event that ends before it starts", () => {
    const ds = dataset((d) => {
      d.events = [festival("2025-06-12")];
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "error",
        path: ["events", 0, "endDate"],
        message: "Event e-1 ends (2025-06-12) before it starts (2025-06-14).",
        hint: "Check the first and last days, or swap them.",
      },
    ]);
  });
});
