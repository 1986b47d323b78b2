import { describe, expect, it } from "vitest";
import { checkDataset } from "../../src/rules/index.js";
import { seldomHeardDataset } from "../scores/seldom-heard-fixture.js";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "organisation/seldom-heard-group-not-involved";

describe(CODE, () => {
  it("passes when someone from each named group was involved in the default period", () => {
    expect(withCode(dataset(), CODE)).toEqual([]);
  });

  it("flags a named group with no one involved in the default period", () => {
    const ds = dataset((d) => {
      at(d.organisations, 0).seldomHeardGroups = ["young-carers", "deaf-bsl"];
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["organisations", 0, "seldomHeardGroups", 1],
        message:
          "Organisation org-1 names deaf-bsl as a seldom-heard group, and no one from it was involved in 2024-25 (2024-04-01 to 2025-03-31).",
        hint: "Reach the group through community partners and offer the support people need to take part, and record each contributor's seldomHeard groups so that their involvement counts. The check covers the default period (the latest financial year ended by the as-of date); set the as-of date to check another year.",
      },
    ]);
  });

  it("checks the latest financial year ended by the as-of date, not the whole record", () => {
    const ds = seldomHeardDataset();
    // as of 2026-05-01 the default period is 2025-26: learning-disability had no one
    const found = checkDataset(ds, { asOf: "2026-05-01" }).filter((d) => d.code === CODE);
    expect(found.map((d) => d.path)).toEqual([["organisations", 0, "seldomHeardGroups", 2]]);
    expect(found[0]?.message).toContain("in 2025-26 (2025-04-01 to 2026-03-31)");
    // as of 2027-05-01 (2026-27) no one at all was involved: the rule is silent
    expect(checkDataset(ds, { asOf: "2027-05-01" }).filter((d) => d.code === CODE)).toEqual([]);
  });

  it("skips organisations that name no groups", () => {
    const ds = dataset((d) => {
      at(d.organisations, 0).seldomHeardGroups = [];
    });
    expect(withCode(ds, CODE)).toEqual([]);
  });
});
