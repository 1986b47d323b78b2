import { describe, expect, it } from "vitest";
import { createFrameworkRegistry, defineFramework } from "../../src/frameworks/registry.js";
import { dataset, withCode } from "./fixture.js";

const CODE = "scale/unknown";

describe(CODE, () => {
  it("passes scales the registry knows", () => {
    expect(
      withCode(
        dataset((d) => {
          d.scales = ["ppie-influence-level", "arnstein-ladder"];
        }),
        CODE,
      ),
    ).toEqual([]);
  });
  it("flags a declared scale the registry does not know, once", () => {
    const ds = dataset((d) => {
      d.scales = ["ppie-influence-level", "my-ladder", "my-ladder"];
    });
    expect(withCode(ds, CODE)).toEqual([
      {
        code: CODE,
        severity: "warning",
        path: ["scales", 1],
        message:
          'The dataset declares the scale "my-ladder", which is not in the framework registry, so its levels cannot be checked.',
        hint: "Define it with defineFramework, add it with createFrameworkRegistry([myLadder]) and pass that registry as the frameworks option.",
      },
    ]);
  });
  it("passes a user's scale added to the registry", () => {
    const ladder = defineFramework({
      id: "my-ladder",
      name: "My ladder",
      publisher: "Me",
      version: "1",
      ordered: false,
      complete: true,
      verified: true,
      evidence: "design-choice",
      source: { id: "internal", title: "Internal", publisher: "Me", verified: true },
      items: [{ id: "told", label: "Told", summary: "We tell people.", verified: true }],
    });
    const ds = dataset((d) => {
      d.scales = ["my-ladder"];
    });
    expect(withCode(ds, CODE, { frameworks: createFrameworkRegistry([ladder]) })).toEqual([]);
  });
});
