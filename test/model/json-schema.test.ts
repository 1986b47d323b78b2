import { Ajv2020 } from "ajv/dist/2020.js";
import { fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { DatasetSchema } from "../../src/model/dataset.js";
import { ENTITY_SCHEMAS, jsonSchemas } from "../../src/model/json-schema.js";

const schemas = jsonSchemas();
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const validateDataset = ajv.compile(schemas.dataset);
const demo = JSON.parse(JSON.stringify(demoDataset)) as Record<string, unknown>;

const broken: Record<string, (d: Record<string, any>) => void> = {
  "wrong type": (d) => {
    d.activities = "none";
  },
  "bad enum": (d) => {
    d.activities[0].mode = "consultation";
  },
  "impossible date": (d) => {
    d.activities[0].startDate = "2023-02-29";
  },
  "unknown field": (d) => {
    d.contributors[0].shoeSize = 9;
  },
  "negative pence": (d) => {
    d.payments[0].amount.pence = -1;
  },
  "fractional minutes": (d) => {
    d.activities.find((a: any) => a.contributors.length > 0).contributors[0].minutes = 1.5;
  },
  "missing field": (d) => {
    delete d.projects[0].title;
  },
  "wrong answer count": (d) => {
    d.feedback.find((f: any) => f.kind === "peirs22").answers.pop();
  },
  "unknown feedback kind": (d) => {
    d.feedback[0].kind = "survey";
  },
  "bad schema version": (d) => {
    d.schemaVersion = 3;
  },
  "empty role list": (d) => {
    d.contributors[0].roles = [];
  },
};

describe("JSON Schema export", () => {
  it("has one draft 2020-12 schema per entity with a stable $id", () => {
    expect(Object.keys(schemas).sort()).toEqual(Object.keys(ENTITY_SCHEMAS).sort());
    for (const [name, s] of Object.entries(schemas)) {
      expect(s.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(s.$id).toBe(`https://ppie.dev/schema/${name}.json`);
    }
  });

  it("accepts the demo dataset in an independent validator (ajv)", () => {
    const ok = validateDataset(demo);
    expect(validateDataset.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each(Object.entries(broken))("agrees with zod on a broken fixture: %s", (_name, breakIt) => {
    const d = structuredClone(demo) as Record<string, any>;
    breakIt(d);
    expect(DatasetSchema.safeParse(d).success).toBe(false);
    expect(validateDataset(d)).toBe(false);
  });

  it("agrees with zod on random single-field replacements", () => {
    const fields: [string, string][] = [
      ["activities", "startDate"],
      ["activities", "mode"],
      ["contributors", "roles"],
      ["payments", "status"],
      ["impacts", "direction"],
      ["projects", "kind"],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...fields),
        fc.jsonValue({ maxDepth: 1 }),
        ([col, field], value) => {
          const d = structuredClone(demo) as Record<string, any>;
          d[col][0][field] = value;
          expect(validateDataset(d)).toBe(DatasetSchema.safeParse(d).success);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("validates each entity on its own", () => {
    const validateActivity = ajv.compile(schemas.activity);
    expect(validateActivity(demo.activities && (demo.activities as unknown[])[0])).toBe(true);
    expect(validateActivity({ id: "a" })).toBe(false);
  });
});
