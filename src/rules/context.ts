import type { PaymentRate } from "../frameworks/payment-rates.js";
import type { Facts } from "../derive/facts.js";
import type { RateEntry, RateLookup } from "../derive/rates.js";
import type { Dataset } from "../model/dataset.js";

/**
 * What the rules need from a framework registry: look a framework up by id and read its item
 * ids. `createFrameworkRegistry()` from `ppie/frameworks` fits it; pass your own registry in
 * `CheckOptions.frameworks` when your dataset uses a scale of your own.
 *
 * @example
 * ```ts
 * const lookup: FrameworkLookup = createFrameworkRegistry();
 * lookup.get("iap2-spectrum")?.items.length; // 5
 * ```
 * @category Rules
 */
export interface FrameworkLookup {
  /**
   * Look a framework up.
   *
   * @param id - the framework id
   * @returns the framework (at least its item ids), or `undefined` when unknown
   */
  get(id: string): { readonly items: readonly { readonly id: string }[] } | undefined;
}

/**
 * Everything a rule's check can read: the dataset, its as-of date, the framework lookup, the
 * shared index of the dataset (`ppie`'s derive stage) and the rate lookup.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * const seen: string[] = [];
 * const rule = defineRule({
 *   code: "local/as-of",
 *   title: "Records the as-of date",
 *   description: "Shows what a rule can read.",
 *   severity: "info",
 *   category: "inclusion",
 *   entity: "any",
 *   source: { id: "our-checks", title: "Our own checks", publisher: "Northgate Trust", verified: true },
 *   options: z.strictObject({}),
 *   example: { path: [], message: "As of 2026-05-07." },
 *   check: (ctx: RuleContext) => {
 *     seen.push(ctx.asOf, String(ctx.index.activities.size));
 *     return [];
 *   },
 * });
 * checkDataset(demoDataset, { extraRules: [rule] });
 * seen; // ["2026-05-07", "320"]
 * ```
 * @category Rules
 */
export interface RuleContext {
  /** The dataset checked. */
  readonly dataset: Dataset;
  /** The as-of date (ISO): `CheckOptions.asOf`, or the latest date recorded in the dataset. */
  readonly asOf: string;
  /** The framework lookup (scales and their items). */
  readonly frameworks: FrameworkLookup;
  /** The dataset's shared index: records by id and who took part in what. */
  readonly index: Facts;
  /**
   * The rate in force for a contribution: the dataset's own rates, else the fallback table
   * (`CheckOptions.paymentRates`, default NIHR's).
   *
   * @param lookup - activity code, the activity's date and optional scheme
   * @returns the rate, or `undefined` when none is in force
   */
  rateInForce(lookup: RateLookup): RateEntry | undefined;
}

/** The fallback rate table a check uses. */
export type BundledRates = readonly PaymentRate[];
