import * as z from "zod";
import {
  IdSchema,
  IsoDateSchema,
  MoneySchema,
  PenceSchema,
  PeriodSchema,
  TextSchema,
} from "./common.js";

/**
 * A payment to a contributor: a fee, expenses or a voucher, for an activity or an event.
 * `status` follows the payment through claimed, paid or declined; a declined payment is kept
 * as declined. `rate` names the rate-table entry used.
 *
 * @category Schemas
 */
export const PaymentSchema = z.strictObject({
  id: IdSchema,
  contributorId: IdSchema,
  activityId: IdSchema.optional(),
  eventId: IdSchema.optional(),
  kind: z.enum(["fee", "expenses", "voucher"]),
  amount: MoneySchema,
  rate: z.strictObject({ scheme: IdSchema, activityCode: IdSchema }).optional(),
  status: z.enum(["due", "claimed", "paid", "declined"]),
  claimedDate: IsoDateSchema.optional(),
  paidDate: IsoDateSchema.optional(),
  declinedDate: IsoDateSchema.optional(),
});

/**
 * Money set aside for involvement in a period, by category.
 *
 * @category Schemas
 */
export const BudgetLineSchema = z.strictObject({
  id: IdSchema,
  organisationId: IdSchema,
  projectId: IdSchema.optional(),
  category: z.enum(["payments", "expenses", "support", "training", "events", "other"]),
  period: PeriodSchema,
  amount: MoneySchema,
  note: TextSchema.optional(),
});

/**
 * A rate-table entry: a scheme's rate for an activity code, in pence per unit, in force from a
 * date (ppie's payment model, a design choice: docs/design-choices.md). A dataset may carry its
 * own (local) rates; ppie's bundled NIHR rates, not yet verified against NIHR's payment
 * guidance, are in `frameworks`.
 *
 * @category Schemas
 */
export const PaymentRateSchema = z.strictObject({
  scheme: IdSchema,
  activityCode: IdSchema,
  unit: z.enum(["hour", "half-day", "day", "task"]),
  pence: PenceSchema,
  effectiveFrom: IsoDateSchema,
  effectiveTo: IsoDateSchema.optional(),
  sourceVersion: TextSchema,
  verified: z.boolean(),
});

/** A payment to a contributor. @category Model */
export type Payment = z.infer<typeof PaymentSchema>;
/** A budget line for involvement. @category Model */
export type BudgetLine = z.infer<typeof BudgetLineSchema>;
/** A dataset's own payment rate. @category Model */
export type DatasetPaymentRate = z.infer<typeof PaymentRateSchema>;
