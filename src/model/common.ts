import * as z from "zod";
import { PUBLIC_ACTIVITY_MODES } from "../frameworks/activity-modes.js";
import { INVOLVE_RESEARCH_CYCLE_IDS } from "../frameworks/involve-research-cycle.js";
import { STRATEGY_PILLAR_IDS } from "../frameworks/strategy-pillars.js";
import { isCalendarDate, MAX_DATE, MIN_DATE } from "./period.js";

/**
 * The longest text each kind of field takes, in UTF-16 code units (JavaScript string length):
 * ids 200, names and titles 500, email addresses 254 (the longest address mail can carry,
 * RFC 5321), phone numbers 20 and free text 20,000. Longer text is the diagnostic
 * `schema/text-too-long`. The limits keep every later stage (identifier checks, reports)
 * fast and small whatever a file holds.
 *
 * @category Schemas
 */
export const TEXT_LIMITS = { id: 200, name: 500, email: 254, phone: 20, text: 20_000 } as const;

/**
 * An entity id: a non-empty string without leading or trailing spaces, at most 200
 * characters. Ids are pseudonymous for people (never a name or an email).
 *
 * @category Schemas
 */
export const IdSchema = z
  .string()
  .min(1)
  .max(TEXT_LIMITS.id, { abort: true })
  .regex(/^\S(.*\S)?$/, { message: "must not start or end with spaces" });

/**
 * A calendar date as an ISO `YYYY-MM-DD` string (no time, no time zone), from 1900-01-01 to
 * 9998-12-31 (`MIN_DATE` to `MAX_DATE`): a date outside that range is the diagnostic
 * `schema/date-out-of-range`.
 *
 * @category Schemas
 */
export const IsoDateSchema = z.iso
  .date()
  .refine((d) => !isCalendarDate(d) || (d >= MIN_DATE && d <= MAX_DATE), {
    message: `must be a date from ${MIN_DATE} to ${MAX_DATE}`,
    params: { ppie: "date-out-of-range" },
  });

/**
 * A closed period of calendar days, both ends included.
 *
 * @category Schemas
 */
export const PeriodSchema = z.strictObject({ start: IsoDateSchema, end: IsoDateSchema });

/**
 * The largest amount of money one record may hold: 100,000,000,000 pence (£1,000,000,000.00),
 * for a payment, a budget line or a rate. Far beyond any involvement budget, it keeps every
 * product ppie works out (an hourly rate times the minutes given) and every total of up to
 * 90,000 records exact in JavaScript numbers; a total that would still pass
 * `Number.MAX_SAFE_INTEGER` is a diagnostic, never a rounded figure.
 *
 * @category Schemas
 */
export const MAX_PENCE = 100_000_000_000;

/**
 * A whole number of pence from 0 to {@link MAX_PENCE}.
 *
 * @category Schemas
 */
export const PenceSchema = z.number().max(MAX_PENCE, { abort: true }).int().nonnegative();

/**
 * Money as a whole number of pence (or cents) with an ISO 4217 currency code. The amount is at
 * most 100,000,000,000 pence (£1,000,000,000.00).
 *
 * @category Schemas
 */
export const MoneySchema = z.strictObject({
  pence: PenceSchema,
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { message: "must be a 3-letter currency code such as GBP" }),
});

/**
 * Time given, in whole minutes.
 *
 * @category Schemas
 */
export const MinutesSchema = z.int().nonnegative().max(100_000);

/**
 * The seven stages of the INVOLVE/NIHR research cycle (INVOLVE briefing notes for researchers,
 * 2012), the canonical stage vocabulary of every dataset.
 *
 * @category Schemas
 */
export const ResearchStageSchema = z.enum(INVOLVE_RESEARCH_CYCLE_IDS);

/**
 * A level of involvement on a named scale: the framework id (e.g. `"iap2-spectrum"`) and
 * the item id on it (e.g. `"collaborate"`). GRIPP2-LF item 4d asks for exactly this pair.
 *
 * @category Schemas
 */
export const LevelSchema = z.strictObject({ scale: IdSchema, item: IdSchema });

/**
 * The kind of public activity, following INVOLVE's definitions as NIHR restates them:
 * involvement (research done with or by the public), engagement (sharing research with the
 * public) or participation (taking part as a study subject). Treating them as three kinds of
 * activity, not three depths, is a ppie design choice (docs/design-choices.md).
 *
 * @category Schemas
 */
export const ActivityModeSchema = z.enum(PUBLIC_ACTIVITY_MODES);

/**
 * The four organisational PPIE strategy pillars: capability, capacity, community and impact
 * (UCLPartners' PPIE strategy 2025-2028); using them for any organisation's strategy is a ppie
 * design choice (docs/design-choices.md).
 *
 * @category Schemas
 */
export const PillarSchema = z.enum(STRATEGY_PILLAR_IDS);

/**
 * Free text written by staff, at most 20,000 characters. Free text may not hold direct
 * identifiers; the rules check it.
 *
 * @category Schemas
 */
export const TextSchema = z.string().min(1).max(TEXT_LIMITS.text);

/**
 * A name or title (of a person, organisation, group, project, activity, event, strategy or
 * metric) or a postal address: non-empty text of at most 500 characters.
 *
 * @category Schemas
 */
export const NameSchema = z.string().min(1).max(TEXT_LIMITS.name);

/** @category Model */
export type Money = z.infer<typeof MoneySchema>;
/** @category Model */
export type ResearchStage = z.infer<typeof ResearchStageSchema>;
/** @category Model */
export type Level = z.infer<typeof LevelSchema>;
/** @category Model */
export type ActivityMode = z.infer<typeof ActivityModeSchema>;
/** @category Model */
export type Pillar = z.infer<typeof PillarSchema>;

/** For each record made by {@link ownRecord}, the plain zod record whose JSON Schema it has. */
const OWN_RECORDS = new WeakMap<object, z.ZodType>();

/**
 * An `override` for `z.toJSONSchema` (with `unrepresentable: "any"`): a record made by
 * {@link ownRecord} gets the JSON Schema of the plain zod record it checks with, and a default
 * is kept.
 *
 * @param ctx - the schema being converted and its JSON Schema so far
 */
export function ownRecordJsonSchema(ctx: {
  zodSchema: object;
  jsonSchema: Record<string, unknown>;
}): void {
  // zod drops the default of anything holding a transform from an input schema (the default
  // might be an output value); ppie's defaults ([], {}, false) are valid input: keep them.
  const def = (ctx.zodSchema as { _zod?: { def?: { type?: string; defaultValue?: unknown } } })._zod
    ?.def;
  if (def?.type === "default" && !("default" in ctx.jsonSchema)) {
    replaceKeys(ctx.jsonSchema, { default: def.defaultValue, ...ctx.jsonSchema });
  }
  const record = OWN_RECORDS.get(ctx.zodSchema);
  if (record === undefined) return;
  const { $schema: _, ...shape } = z.toJSONSchema(record, {
    target: "draft-2020-12",
    io: "input",
  }) as Record<string, unknown>;
  replaceKeys(ctx.jsonSchema, shape);
}

/** Make `target` hold exactly the keys of `source`, in its order. */
function replaceKeys(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, source);
}

/**
 * A record keyed by the user's own keys (`{ [key]: value }`) that keeps every key, and gives a
 * record without a prototype. A zod record leaves out a key named `__proto__` without a word
 * (its guard against prototype pollution), and an ordinary object answers `constructor` or
 * `toString` from its prototype: here `__proto__` is read like any other key (from the input's
 * own property), and the output has no prototype, so only the keys given are keys. Keys keep
 * their order. Its JSON Schema is that of `z.record(key, value)`.
 *
 * @param key - the schema of each key
 * @param value - the schema of each value
 * @returns the record schema
 */
/* @__NO_SIDE_EFFECTS__ */
export function ownRecord<K extends z.ZodType<string>, V extends z.ZodType>(key: K, value: V) {
  const record = z.record(key, value);
  const shape = z.custom<Record<string, z.input<V>>>(() => true);
  OWN_RECORDS.set(shape, record);
  return shape.transform((input, ctx): Record<string, z.output<V>> => {
    const parsed = record.safeParse(input);
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ ...issue });
    // Only a plain object passes the record; its own "__proto__", if any, zod left out.
    const own = parsed.success && Object.hasOwn(input, PROTO);
    const k = own ? key.safeParse(PROTO) : undefined;
    const v = own ? value.safeParse((input as Record<string, unknown>)[PROTO]) : undefined;
    for (const r of [k, v]) {
      if (r !== undefined && !r.success) {
        for (const issue of r.error.issues)
          ctx.addIssue({ ...issue, path: [PROTO, ...issue.path] });
      }
    }
    if (!parsed.success || k?.success === false || v?.success === false) return z.NEVER;
    const out: Record<string, z.output<V>> = Object.create(null);
    const values = parsed.data as Record<string, z.output<V>>;
    for (const name of Object.keys(input as object)) {
      if (name === PROTO && v?.success) out[name] = v.data as z.output<V>;
      else if (Object.hasOwn(values, name)) out[name] = values[name] as z.output<V>;
    }
    return out;
  });
}

/**
 * The plain zod record that a record made by {@link ownRecord} checks with, for code that reads
 * the schemas (the CSV columns of `ppie/io`).
 *
 * @param schema - the schema at the start of the record's pipe
 * @returns the plain record, or undefined for any other schema
 */
export function ownRecordOf(schema: object): z.ZodType | undefined {
  return OWN_RECORDS.get(schema);
}

/**
 * A record keyed by ids ({@link ownRecord} with {@link IdSchema} keys): every id is kept, even
 * `__proto__`, and the record has no prototype.
 *
 * @param value - the schema of each value
 * @returns the record schema
 */
/* @__NO_SIDE_EFFECTS__ */
export function idRecord<V extends z.ZodType>(value: V) {
  return ownRecord(IdSchema, value);
}

const PROTO = "__proto__";
