import type * as z from "zod";
import type { Severity } from "../result.js";
import type { RuleContext } from "./context.js";

/**
 * The area of good practice a rule belongs to; the docs group rules by it.
 *
 * @example
 * ```ts
 * const c: RuleCategory = "payment";
 * ```
 * @category Rules
 */
export type RuleCategory =
  | "dates"
  | "involvement"
  | "payment"
  | "privacy"
  | "closing-the-loop"
  | "inclusion"
  | "strategy"
  | "reporting";

/**
 * The dataset collection a rule's diagnostics point into (the first element of their path).
 *
 * @example
 * ```ts
 * const e: RuleEntity = "activities";
 * ```
 * @category Rules
 */
export type RuleEntity =
  | "activities"
  | "contributors"
  | "projects"
  | "groups"
  | "payments"
  | "feedback"
  | "impacts"
  | "strategies"
  | "scales"
  | "any";

/**
 * Where a rule comes from: the standard or guidance (a section of ppie's domain notes,
 * `frameworks.md` or `metrics.md`), and how firm that basis is. `design-choice` marks a rule
 * that is ppie's own (for example plain data consistency), not a published requirement;
 * `unverified` marks a rule resting on a source the domain notes mark UNVERIFIED.
 *
 * @example
 * ```ts
 * const s: RuleSource = {
 *   title: "NIHR Payment guidance for researchers and professionals",
 *   section: "the table of payment rates",
 *   status: "verified",
 * };
 * ```
 * @category Rules
 */
export interface RuleSource {
  /** The standard, guidance or principle the rule applies. */
  readonly title: string;
  /** The section of ppie's domain notes it is taken from, e.g. `"frameworks.md §5.1"`. */
  readonly section: string;
  /** How firm the basis is. */
  readonly status: "verified" | "unverified" | "design-choice";
  /** What a reader should know about the basis (e.g. which part is ppie's choice). */
  readonly note?: string;
}

/**
 * One finding of a rule: where, what and what to do. The checker adds the rule's code and the
 * (possibly overridden) severity to make a {@link Diagnostic}.
 *
 * @example
 * ```ts
 * const f: RuleFinding = { path: ["activities", 0, "endDate"], message: "Activity a-1 ends before it starts." };
 * ```
 * @category Rules
 */
export interface RuleFinding {
  /** Where in the dataset: keys and array indexes from the root. */
  readonly path: (string | number)[];
  /** One plain-English sentence for a person. */
  readonly message: string;
  /** What to do about it. */
  readonly hint?: string;
}

/**
 * A domain rule: a stable code, a default severity, the source it applies, typed and validated
 * options (a zod object schema with defaults; unknown keys are rejected), and a check that reads
 * the dataset through the shared indexes of the {@link RuleContext} and returns findings.
 *
 * A check must cost O(size of the dataset): use the indexes in `ctx.index` instead of scanning
 * one entity list for each member of another.
 *
 * @typeParam Code - the rule's code literal
 * @typeParam S - the options schema
 * @example
 * ```ts
 * const rule: Rule = builtinRules[0];
 * rule.code; // "activity/ends-before-start"
 * ```
 * @category Rules
 */
export interface Rule<Code extends string = string, S extends z.ZodType = z.ZodType> {
  /** Stable code, `entity/what-is-wrong`, listed in docs/diagnostics.md. */
  readonly code: Code;
  /** A short title for lists and docs. */
  readonly title: string;
  /** Why the rule matters, in a sentence or two, for the docs. */
  readonly description: string;
  /** Default severity (callers may override it or switch the rule off). */
  readonly severity: Severity;
  /** The area of practice. */
  readonly category: RuleCategory;
  /** The collection its diagnostics point into. */
  readonly entity: RuleEntity;
  /** The standard or guidance it comes from. */
  readonly source: RuleSource;
  /** Options schema: a strict zod object whose fields all have defaults. */
  readonly options: S;
  /** A typical finding, shown in docs/diagnostics.md. */
  readonly example: RuleFinding;
  /**
   * Run the rule.
   *
   * @param ctx - the dataset, its as-of date and the shared index
   * @param options - the validated options, defaults filled in
   * @returns the findings (empty when the dataset passes)
   */
  check(ctx: RuleContext, options: z.output<S>): RuleFinding[];
}

/**
 * Any rule, whatever its code and options (for registries and lists).
 *
 * @example
 * ```ts
 * const all: readonly AnyRule[] = builtinRules;
 * ```
 * @category Rules
 */
export type AnyRule = Rule<string, z.ZodType>;

/**
 * Declare a rule with full type inference of its code literal and its options (an identity
 * function). Use it for your own rules too, and pass them to `checkDataset` in
 * `extraRules`: they are configured, validated, sorted and documented exactly like the
 * built-in ones.
 *
 * @param rule - the rule
 * @returns the same rule
 * @example
 * ```ts
 * import * as z from "zod";
 * const noTitleShouting = defineRule({
 *   code: "local/title-shouting",
 *   title: "Activity title in capitals",
 *   description: "Titles in capitals are hard to read.",
 *   severity: "info",
 *   category: "inclusion",
 *   entity: "activities",
 *   source: { title: "Our style guide", section: "local", status: "design-choice" },
 *   options: z.strictObject({}),
 *   example: { path: ["activities", 0, "title"], message: "Activity a-1 has a title in capitals." },
 *   check: (ctx) =>
 *     ctx.dataset.activities.flatMap((a, i) =>
 *       a.title === a.title.toUpperCase()
 *         ? [{ path: ["activities", i, "title"], message: `Activity ${a.id} has a title in capitals.` }]
 *         : [],
 *     ),
 * });
 * ```
 * @category Rules
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineRule<const Code extends string, S extends z.ZodType>(
  rule: Rule<Code, S>,
): Rule<Code, S> {
  return rule;
}
