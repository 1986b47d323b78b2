import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "position/ends-before-start";

describe(CODE, () => {
  it("passes positions that end after they start, or have no end or no start", () => {
    const ds = dataset((d) => {
      at(d.contributors, 0).positions = [
        { role: "governor", organisationId: "org-1", from: "2024-01-01", to: "2026-12-31" },
        { role: "member", organisationId: "org-1", from: "2020-01-01" },
        { role: "volunteer", organisationId: "org-1", to: "2020-01-01" },
      ];
    });
    expect(withCode(ds, CODE)).toEqual([]);
  });
  it("flags a position that ends before it starts", () => {
    const ds = dataset((d) => {
      at(d.contributors, 1).positions = [
        { role: "member", organisationId: "org-1", from: "2024-01-01" },
        { role: "ppi-champion", organisationId: "org-1", from: "2025-03-05", to: "2025-03-01" },
      ];
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "error",
        path: ["contributors", 1, "positions", 1, "to"],
        message:
          "Contributor c-2's position as PPI champion of org-1 ends (2025-03-01) before it starts (2025-03-05).",
        hint: "Check the dates the position was held from and to, or swap them.",
      },
    ]);
  });
});
