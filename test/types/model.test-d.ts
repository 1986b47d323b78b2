import { describe, expectTypeOf, it } from "vitest";
import type {
  Dataset,
  DatasetInput,
  Diagnostic,
  Feedback,
  Result,
  Score,
  Severity,
} from "../../src/index.js";
import type { DatasetSchema } from "../../src/index.js";
import { jsonSchemas, parseDataset } from "../../src/index.js";
import { demoDataset, generateDataset } from "../../src/demo/index.js";

describe("public model types", () => {
  it("parseDataset takes unknown and returns Result<Dataset>", () => {
    expectTypeOf(parseDataset).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseDataset).returns.toEqualTypeOf<Result<Dataset>>();
  });

  it("a Result is narrowed by ok", () => {
    const r = parseDataset({});
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<Dataset>();
    else expectTypeOf(r).not.toHaveProperty("value");
    expectTypeOf(r.diagnostics).toEqualTypeOf<Diagnostic[]>();
  });

  it("diagnostics carry a code, severity, path, message and optional hint", () => {
    expectTypeOf<Diagnostic["severity"]>().toEqualTypeOf<Severity>();
    expectTypeOf<Severity>().toEqualTypeOf<"error" | "warning" | "info">();
    expectTypeOf<Diagnostic["path"]>().toEqualTypeOf<(string | number)[]>();
    expectTypeOf<Diagnostic["hint"]>().toEqualTypeOf<string | undefined>();
  });

  it("the dataset type is the schema's output; every collection is present after parsing", () => {
    expectTypeOf<Dataset>().toEqualTypeOf<ReturnType<typeof DatasetSchema.parse>>();
    expectTypeOf<Dataset["activities"]>().toBeArray();
    expectTypeOf<DatasetInput["activities"]>().toEqualTypeOf<DatasetInput["activities"]>();
    expectTypeOf<undefined>().toExtend<DatasetInput["activities"]>();
    expectTypeOf<Dataset["activities"][number]["mode"]>().toEqualTypeOf<
      "involvement" | "engagement" | "participation"
    >();
  });

  it("feedback is a union told apart by kind", () => {
    expectTypeOf<Feedback["kind"]>().toEqualTypeOf<
      "fft" | "story" | "pals" | "peirs22" | "ppeet" | "coproduction" | "standards"
    >();
    expectTypeOf<Extract<Feedback, { kind: "peirs22" }>["answers"]>().toEqualTypeOf<
      (number | null)[]
    >();
  });

  it("demo data and the generator give Datasets", () => {
    expectTypeOf(demoDataset).toEqualTypeOf<Dataset>();
    expectTypeOf(generateDataset).returns.toEqualTypeOf<Dataset>();
    expectTypeOf(jsonSchemas).returns.toHaveProperty("dataset");
  });

  it("a Score's value may be null, never undefined", () => {
    expectTypeOf<Score["value"]>().toEqualTypeOf<number | null>();
  });
});
