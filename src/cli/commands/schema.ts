import { join } from "node:path";
import type { EntityName } from "../../model/json-schema.js";
import { ENTITY_SCHEMAS, jsonSchemas } from "../../model/json-schema.js";
import type { CommandSpec, Context, ParsedArgs } from "../context.js";
import { stringOption } from "../context.js";
import { UsageError } from "../errors.js";
import { FORCE_OPTION, writeOutputs } from "../write.js";

/**
 * `ppie schema`: write the JSON Schemas (draft 2020-12) of the dataset and every entity.
 *
 * @category CLI
 */
export const schemaCommand: CommandSpec = {
  name: "schema",
  summary: "Write the JSON Schemas of the dataset and every entity.",
  usage: "ppie schema [--out <dir>] [--entity <name>] [--force]",
  description: [
    "Writes one JSON Schema (draft 2020-12) per entity, <name>.schema.json, into --out, so",
    "editors and tools in other languages can check dataset files too. Without --out, prints",
    `one schema (the dataset, or --entity) on standard output. Entities: ${Object.keys(ENTITY_SCHEMAS).join(", ")}.`,
    "Existing schema files are replaced only with --force.",
  ].join("\n"),
  options: {
    out: {
      type: "string",
      short: "o",
      value: "<dir>",
      description: "Folder to write the schemas into.",
    },
    entity: {
      type: "string",
      value: "<name>",
      description: "Print only this entity's schema (default dataset).",
    },
    force: FORCE_OPTION,
  },
  examples: [
    ["ppie schema --out schemas/", "Write dataset.schema.json, activity.schema.json, ..."],
    ["ppie schema --entity contributor", "Print the contributor schema."],
  ],
  run: async (ctx: Context, args: ParsedArgs): Promise<number> => {
    if (args.positionals.length > 0)
      throw new UsageError(`Unexpected argument "${args.positionals[0]}".`);
    const schemas = jsonSchemas();
    const entity = stringOption(args, "entity");
    if (entity !== undefined && !Object.hasOwn(schemas, entity)) {
      throw new UsageError(
        `"${entity}" is not an entity.`,
        `Entities: ${Object.keys(schemas).join(", ")}.`,
      );
    }
    const out = stringOption(args, "out");
    if (out === undefined) {
      ctx.io.stdout(`${JSON.stringify(schemas[(entity ?? "dataset") as EntityName], null, 2)}\n`);
      return 0;
    }
    const dir = ctx.resolve(out);
    const names = (entity === undefined ? Object.keys(schemas) : [entity]) as EntityName[];
    const files = names.map((name) => ({
      path: join(dir, `${name}.schema.json`),
      content: `${JSON.stringify(schemas[name], null, 2)}\n`,
    }));
    await writeOutputs(ctx, files, { inputs: [], force: args.values.force === true }, dir);
    return 0;
  },
};
