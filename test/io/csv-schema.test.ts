import { describe, expect, it } from "vitest";
import * as z from "zod";
import type { CsvTable } from "../../src/io/csv-columns.js";
import { csvTables, deriveTables } from "../../src/io/csv-columns.js";
import { csvDescriptions } from "../../src/io/csv-descriptions.js";
import { csvFiles } from "../../src/io/csv-files.js";
import { fileCells, recordSchema, schemaAt, schemaCells } from "../../src/io/csv-schema.js";
import { DatasetSchema } from "../../src/model/dataset.js";
import { ContributorSchema } from "../../src/model/contributor.js";

/** `file column` of every column without a description. */
function undescribed(tables: readonly CsvTable[]): string[] {
  return tables.flatMap((t) =>
    t.columns.filter((c) => c.description === "").map((c) => `${t.file} ${c.name}`),
  );
}

/**
 * The columns of every file are derived from the dataset's zod schemas (`csv-schema.ts`), the
 * files are kept by hand (`csv-files.ts`) and the descriptions too (`csv-descriptions.ts`).
 */
describe("the CSV columns derived from the zod schemas", () => {
  const files = csvFiles();
  const tables = csvTables();

  it("every field of every record is a column or filled by a child file", () => {
    const unplaced = files.flatMap((f) =>
      fileCells(f, files).unplaced.map((name) => `${f.file} ${name}`),
    );
    expect(unplaced).toEqual([]);
  });

  it("a child file is optional exactly when the field it fills is optional in the schema", () => {
    const mismatched: string[] = [];
    for (const f of files) {
      if (f.parent === undefined) continue;
      const parent = files.find((x) => x.file === f.parent?.file);
      const record = parent && recordSchema(parent, files);
      const field = record && schemaAt(record, f.parent.into.split("."), parent.constants);
      const optional =
        (field as { _zod?: { def: { type: string } } })?._zod?.def.type === "optional";
      if (optional !== (f.parent.optional ?? false)) mismatched.push(`${f.file} ${f.parent.into}`);
    }
    expect(mismatched).toEqual([]);
  });

  it("every derived column has a description", () => {
    expect(undescribed(tables)).toEqual([]);
  });

  it("every description names a column of its file (no stale text)", () => {
    const stale: string[] = [];
    const texts = csvDescriptions();
    for (const [file, byColumn] of Object.entries(texts)) {
      const table = tables.find((t) => t.file === file);
      const names = new Set(table?.columns.map((c) => c.name));
      const lists = new Set(table?.columns.map((c) => c.name.replace(/\.\d+$/, ".#")));
      for (const name of Object.keys(byColumn)) {
        if (!names.has(name) && !lists.has(name)) stale.push(`${file} ${name}`);
      }
    }
    expect(stale).toEqual([]);
  });

  it("a gloss names one of the allowed values of its column", () => {
    const stale: string[] = [];
    for (const [file, byColumn] of Object.entries(csvDescriptions())) {
      for (const [name, text] of Object.entries(byColumn)) {
        if (typeof text === "string") continue;
        const column = tables.find((t) => t.file === file)?.columns.find((c) => c.name === name);
        for (const value of Object.keys(text.glosses)) {
          if (!column?.values?.includes(value)) stale.push(`${file} ${name} ${value}`);
        }
      }
    }
    expect(stale).toEqual([]);
  });

  it("a field added to a schema without a description fails, naming the file and the field", () => {
    const extended = DatasetSchema.extend({
      contributors: z.array(
        ContributorSchema.extend({
          pronouns: z.string().optional(),
          travel: z.object({ km: z.int() }),
        }),
      ),
    });
    const derived = deriveTables(files, csvDescriptions(), extended);
    const contributors = derived.find((t) => t.file === "contributors.csv");
    expect(contributors?.columns.find((c) => c.name === "pronouns")).toMatchObject({
      path: ["pronouns"],
      type: "text",
      required: false,
    });
    expect(undescribed(derived)).toEqual([
      "contributors.csv pronouns",
      "contributors.csv travel.km",
    ]);
  });

  it("a field no cell can hold is reported, not dropped", () => {
    const schema = z.object({ id: z.string(), tags: z.array(z.object({ a: z.string() })) });
    expect(schemaCells(schema)).toMatchObject({ cells: [{ name: "id" }], unplaced: ["tags"] });
  });

  it("flattens nested objects with dots, required only when every object on the way is", () => {
    const contributors = tables.find((t) => t.file === "contributors.csv");
    const column = (name: string) => contributors?.columns.find((c) => c.name === name);
    expect(column("consent.demographics.given")).toMatchObject({
      path: ["consent", "demographics", "given"],
      type: "boolean",
      required: false,
    });
    const metrics = tables.find((t) => t.file === "strategy-metrics.csv");
    expect(metrics?.columns.map((c) => c.name)).toEqual([
      "strategyId",
      "objectiveId",
      "id",
      "kind",
      "title",
      "unit",
      "target.value",
      "target.direction",
      "target.period.start",
      "target.period.end",
    ]);
    const observations = tables.find((t) => t.file === "strategy-observations.csv");
    expect(observations?.columns.find((c) => c.name === "period.start")?.required).toBe(true);
  });

  it("expands PEIRS-22's fixed-length answers to answers.1 ... answers.22, each required", () => {
    const peirs = tables.find((t) => t.file === "feedback-peirs22.csv");
    const answers = peirs?.columns.filter((c) => c.name.startsWith("answers.")) ?? [];
    expect(answers.map((c) => c.name)).toEqual(
      Array.from({ length: 22 }, (_, i) => `answers.${i + 1}`),
    );
    expect(answers[2]).toMatchObject({
      path: ["answers", 2],
      type: "answer",
      required: true,
      description: "Answer to item 3, 0 to 4; empty for no answer.",
    });
  });

  it("leaves out the constant fields and the fields child files fill", () => {
    const fft = tables.find((t) => t.file === "feedback-fft.csv");
    expect(fft?.columns.some((c) => c.name === "kind")).toBe(false);
    const events = tables.find((t) => t.file === "events.csv");
    expect(events?.columns.some((c) => c.name.startsWith("reach.seldomHeard"))).toBe(false);
    expect(events?.columns.some((c) => c.name === "contributors")).toBe(false);
    const dataset = tables.find((t) => t.file === "dataset.csv");
    expect(dataset?.columns.map((c) => c.name)).toEqual([
      "schemaVersion",
      "title",
      "fictional",
      "scales",
    ]);
  });

  it("gives a closed vocabulary's values, and appends them to the description", () => {
    const organisations = tables.find((t) => t.file === "organisations.csv");
    const kind = organisations?.columns.find((c) => c.name === "kind");
    expect(kind?.values).toContain("healthwatch");
    expect(kind?.description).toMatch(
      /^Kind of organisation: nhs-trust, .*, community-organisation or other\.$/,
    );
    const role = tables
      .find((t) => t.file === "group-memberships.csv")
      ?.columns.find((c) => c.name === "role");
    expect(role?.description).toBe(
      "Role in the group: member (default), chair, co-chair or vice-chair.",
    );
    const roles = tables
      .find((t) => t.file === "contributors.csv")
      ?.columns.find((c) => c.name === "roles");
    expect(roles?.type).toBe("list");
    expect(roles?.description).toMatch(/^Roles the person takes: any of patient, carer, /);
  });

  it("lists every allowed value in the description (what the template's drop-down offers)", () => {
    const unlisted = tables.flatMap((t) =>
      t.columns.flatMap((c) =>
        (c.values ?? [])
          .filter((v) => !c.description.includes(v))
          .map((v) => `${t.file} ${c.name} ${v}`),
      ),
    );
    expect(unlisted).toEqual([]);
  });

  it("derives the key and value columns of a file that fills a keyed map", () => {
    const responses = tables.find((t) => t.file === "feedback-ppeet-responses.csv");
    expect(responses?.columns.map((c) => [c.name, c.path, c.type, c.required])).toEqual([
      ["feedbackId", null, "text", true],
      ["itemId", null, "text", true],
      ["response", null, "text", true],
    ]);
    expect(responses?.columns[2]?.values).toContain("strongly-agree");
    const reach = tables.find((t) => t.file === "event-seldom-heard-reach.csv");
    expect(reach?.columns.map((c) => c.type)).toEqual(["text", "text", "integer"]);
  });
});
