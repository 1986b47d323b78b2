import { describe, expect, it } from "vitest";
import { at, dataset, withCode } from "./fixture.js";

const CODE = "activity/unknown-level";

describe(CODE, () => {
  it("passes an item that is a step of its scale", () => {
    expect(withCode(dataset(), CODE)).toEqual([]);
  });
  it("flags an item that is not a step of its scale", () => {
    const ds = dataset((d) => {
      d.scales = ["iap2-spectrum"];
      at(d.activities, 0).level = { scale: "iap2-spectrum", item: "co-produce" };
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "error",
        path: ["activities", 0, "level", "item"],
        message:
          'Activity a-1 has the level "co-produce", which is not a step of the scale "iap2-spectrum".',
        hint: "Use one of: inform, consult, involve, collaborate, empower.",
      },
    ]);
  });
  it("checks a user's own scale through the frameworks option", () => {
    const ds = dataset((d) => {
      d.scales = ["my-ladder"];
      at(d.activities, 0).level = { scale: "my-ladder", item: "shouted" };
    });
    const frameworks = {
      get: (id: string) =>
        id === "my-ladder" ? { items: [{ id: "told" }, { id: "asked" }] } : undefined,
    };
    expect(withCode(ds, CODE)).toEqual([]);
    expect(withCode(ds, CODE, { frameworks }).map((x) => x.hint)).toEqual([
      "Use one of: told, asked.",
    ]);
  });
});
