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
 * most {@link MAX_PENCE} (£1,000,000,000.00).
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
 * The seven stages of the INVOLVE/NIHR research cycle (frameworks.md §3.1), the canonical
 * stage vocabulary of every dataset.
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
 * The kind of public activity (frameworks.md §1.3): involvement (research done with or by
 * the public), engagement (sharing research with the public) or participation (taking part
 * as a study subject).
 *
 * @category Schemas
 */
export const ActivityModeSchema = z.enum(PUBLIC_ACTIVITY_MODES);

/**
 * The four organisational PPIE strategy pillars (frameworks.md §9.1, §9.3).
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
