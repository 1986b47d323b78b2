import * as z from "zod";
import { ActivitySchema } from "./activity.js";
import { ownRecordJsonSchema } from "./common.js";
import { ContributorSchema } from "./contributor.js";
import { DatasetSchema } from "./dataset.js";
import { EngagementEventSchema } from "./event.js";
import { FeedbackSchema } from "./feedback.js";
import { GroupSchema } from "./group.js";
import { ImpactRecordSchema } from "./impact.js";
import { OrganisationSchema } from "./organisation.js";
import { BudgetLineSchema, PaymentRateSchema, PaymentSchema } from "./payment.js";
import { ProjectSchema } from "./project.js";
import { ServiceChangeSchema } from "./service-change.js";
import { StrategySchema } from "./strategy.js";
import { TrainingRecordSchema } from "./training.js";

/**
 * The entities that have a JSON Schema of their own, by file name.
 *
 * @category Schemas
 */
export const ENTITY_SCHEMAS = {
  dataset: DatasetSchema,
  organisation: OrganisationSchema,
  strategy: StrategySchema,
  project: ProjectSchema,
  group: GroupSchema,
  contributor: ContributorSchema,
  activity: ActivitySchema,
  event: EngagementEventSchema,
  payment: PaymentSchema,
  "payment-rate": PaymentRateSchema,
  "budget-line": BudgetLineSchema,
  training: TrainingRecordSchema,
  feedback: FeedbackSchema,
  impact: ImpactRecordSchema,
  "service-change": ServiceChangeSchema,
} as const;

/**
 * The name of an entity that has a JSON Schema.
 *
 * @category Schemas
 */
export type EntityName = keyof typeof ENTITY_SCHEMAS;

/**
 * A JSON Schema document (draft 2020-12) as a plain object.
 *
 * @category Schemas
 */
export type JsonSchema = Record<string, unknown>;

const OPTIONS = { target: "draft-2020-12", io: "input", unrepresentable: "any" } as const;

/**
 * JSON Schemas (draft 2020-12, describing the input form: optional collections may be left
 * out) for the dataset and every entity, so tools in other languages can validate files too.
 * Each carries `$id` `https://ppie.dev/schema/<name>.json` (an identifier, not a download).
 *
 * @returns one schema per entity name
 * @example
 * ```ts
 * const schemas = jsonSchemas();
 * Object.keys(schemas).slice(0, 2); // ["dataset", "organisation"]
 * ```
 * @category Schemas
 */
export function jsonSchemas(): Record<EntityName, JsonSchema> {
  const out = {} as Record<EntityName, JsonSchema>;
  for (const [name, schema] of Object.entries(ENTITY_SCHEMAS) as [EntityName, z.ZodType][]) {
    const js = z.toJSONSchema(schema, { ...OPTIONS, override: ownRecordJsonSchema }) as JsonSchema;
    out[name] = { $id: `https://ppie.dev/schema/${name}.json`, title: `ppie ${name}`, ...js };
  }
  return out;
}
