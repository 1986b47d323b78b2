import type * as z from "zod";
import { describe, expectTypeOf, it } from "vitest";
import type { NamedCsv, RenderFormat } from "../../src/render/index.js";
import { render, renderCsvTables, renderHtml } from "../../src/render/index.js";
import type { Block, Report } from "../../src/reports/report.js";
import type { BlockSchema, ReportSchema } from "../../src/reports/report-schema.js";

describe("render types", () => {
  it("takes a report and one of the four formats, and returns a string", () => {
    expectTypeOf(render).parameters.toEqualTypeOf<[Report, RenderFormat]>();
    expectTypeOf(render).returns.toEqualTypeOf<string>();
    expectTypeOf<RenderFormat>().toEqualTypeOf<"markdown" | "html" | "csv" | "json">();
    expectTypeOf(renderHtml).parameter(0).toEqualTypeOf<Report>();
  });

  it("rejects an unknown format", () => {
    // @ts-expect-error "pdf" is not a format
    render({} as Report, "pdf");
  });

  it("gives named CSVs", () => {
    expectTypeOf(renderCsvTables).returns.toEqualTypeOf<NamedCsv[]>();
    expectTypeOf<NamedCsv>().toEqualTypeOf<{ name: string; csv: string }>();
  });

  it("ReportSchema describes the Report type", () => {
    // Every Report is accepted by the schema (a type error here fails this project). The other
    // direction holds except that zod types optional keys as `?: T | undefined`, which
    // exactOptionalPropertyTypes tells apart from `?: T` (zod's exactOptional needs zod > 4.1,
    // the lowest peer version).
    const toInput = (r: Report): z.input<typeof ReportSchema> => r;
    const blockToInput = (b: Block): z.input<typeof BlockSchema> => b;
    expectTypeOf(toInput).returns.toHaveProperty("sections");
    expectTypeOf(blockToInput).parameter(0).toEqualTypeOf<Block>();
    expectTypeOf<z.output<typeof ReportSchema>["kind"]>().toEqualTypeOf<Report["kind"]>();
    expectTypeOf<z.output<typeof ReportSchema>["sections"][number]["type"]>().toEqualTypeOf<
      Block["type"]
    >();
  });
});
