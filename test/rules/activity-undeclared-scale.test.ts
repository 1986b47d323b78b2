import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "activity/undeclared-scale";

describe(CODE, () => {
  it("passes a level on a declared scale", () => {
    const ds = dataset((d) => {
      d.scales = ["ppie-influence-level", "iap2-spectrum"];
      at(d.activities, 0).level = { scale: "iap2-spectrum", item: "involve" };
    });
    expect(withCode(ds, CODE)).toEqual([]);
  });
  it("flags a level on a scale the dataset does not declare", () => {
    const ds = dataset((d) => {
      at(d.activities, 0).level = { scale: "iap2-spectrum", item: "involve" };
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "error",
        path: ["activities", 0, "level", "scale"],
        message:
          'Activity a-1 has a level on the scale "iap2-spectrum", which the dataset does not declare.',
        hint: 'Add "iap2-spectrum" to the dataset\'s "scales", or record the level on a declared scale.',
      },
    ]);
  });
});
