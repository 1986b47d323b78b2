import { describe, expect, it } from "vitest";
import {
  builtinFrameworks,
  createFrameworkRegistry,
  defineFramework,
  iap2Spectrum,
} from "../../src/frameworks/index.js";

const mine = defineFramework({
  id: "my-ladder",
  name: "My ladder",
  publisher: "Example Trust",
  version: "2025",
  ordered: true,
  complete: true,
  verified: true,
  evidence: "primary",
  source: {
    id: "example-trust-strategy",
    title: "Strategy",
    publisher: "Example Trust",
    year: 2025,
    section: "p. 4",
    verified: true,
  },
  items: [
    { id: "told", ordinal: 1, label: "Told", summary: "We tell people.", verified: true },
    { id: "asked", ordinal: 2, label: "Asked", summary: "We ask people.", verified: true },
  ],
});

describe("createFrameworkRegistry", () => {
  it("holds every built-in framework", () => {
    const registry = createFrameworkRegistry();
    expect(registry.list()).toHaveLength(builtinFrameworks.length);
    expect(registry.list()).toHaveLength(28);
    expect(registry.get("iap2-spectrum")).toBe(iap2Spectrum);
    expect(registry.has("gripp2-lf")).toBe(true);
    expect(registry.has("nope")).toBe(false);
    expect(registry.get("nope")).toBeUndefined();
    expect(registry.diagnostics).toEqual([]);
  });
  it("looks items up", () => {
    const registry = createFrameworkRegistry();
    expect(registry.item("iap2-spectrum", "empower")?.label).toBe("Empower");
    expect(registry.item("iap2-spectrum", "nope")).toBeUndefined();
    expect(registry.item("nope", "empower")).toBeUndefined();
  });
  it("accepts extra frameworks", () => {
    const registry = createFrameworkRegistry([mine]);
    expect(registry.has("my-ladder")).toBe(true);
    expect(registry.list().at(-1)).toBe(mine);
    expect(registry.item("my-ladder", "asked")?.ordinal).toBe(2);
  });
  it("skips extras with a taken id and reports them as diagnostics", () => {
    const clash = { ...mine, id: "iap2-spectrum" };
    const registry = createFrameworkRegistry([clash]);
    expect(registry.get("iap2-spectrum")).toBe(iap2Spectrum);
    expect(registry.diagnostics).toHaveLength(1);
    expect(registry.diagnostics[0]).toMatchObject({
      code: "framework/duplicate-id",
      severity: "error",
      path: ["extra", 0, "id"],
    });
  });
});

describe("registry.add", () => {
  it("returns a new registry and leaves the original unchanged", () => {
    const registry = createFrameworkRegistry();
    const added = registry.add(mine);
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.value.has("my-ladder")).toBe(true);
    expect(registry.has("my-ladder")).toBe(false);
    expect(added.value.list()).toHaveLength(29);
  });
  it("returns a failed Result (not a throw) for a duplicate framework id", () => {
    const registry = createFrameworkRegistry([mine]);
    const again = registry.add(mine);
    expect(again.ok).toBe(false);
    expect(again.diagnostics).toHaveLength(1);
    expect(again.diagnostics[0]).toMatchObject({
      code: "framework/duplicate-id",
      severity: "error",
      path: ["id"],
    });
    expect(again.diagnostics[0]?.message).toContain("my-ladder");
    expect(again.diagnostics[0]?.hint).toBeDefined();
  });
  it("rejects duplicate item ids within a framework", () => {
    const bad = defineFramework({
      ...mine,
      id: "bad-ladder",
      items: [mine.items[0], { ...mine.items[1], id: "told" }],
    });
    const result = createFrameworkRegistry().add(bad);
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({
      code: "framework/duplicate-item-id",
      path: ["items", 1, "id"],
    });
  });
});

describe("defineFramework", () => {
  it("is the identity", () => {
    const f = { ...mine };
    expect(defineFramework(f)).toBe(f);
  });
});
