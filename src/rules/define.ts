import type { Source } from "../source.js";
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
  | "reporting"
  | "legal-duty";

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
  | "organisations"
  | "projects"
  | "groups"
  | "events"
  | "payments"
  | "feedback"
  | "impacts"
  | "strategies"
  | "scales"
  | "serviceChanges"
  | "any";

/**
 * Where a rule comes from: the standard or guidance it applies (a public publication, cited with
 * the part relied on), or, for a rule that is ppie's own (plain data consistency, a default
 * threshold), the design choice and the documentation page that explains it. A publication's
 * `verified` and `note` say how firm the basis is; where a rule applies a publication with a
 * default of ppie's own (such as a number of days), the note says which part is ppie's. A rule
 * of your own cites your own policy as a publication.
 *
 * @example
 * ```ts
 * const s: RuleSource = {
 *   id: "northgate-involvement-policy-2025",
 *   title: "Our involvement policy",
 *   publisher: "Northgate Trust",
 *   year: 2025,
 *   section: "section 4.2, paying contributors",
 *   verified: true,
 * };
 * formatSource(s); // "Our involvement policy. Northgate Trust, 2025. Section 4.2, paying contributors."
 * ```
 * @category Rules
 */
export type RuleSource = Source;

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
 *   source: { id: "our-style-guide", title: "Our style guide", publisher: "Northgate Trust", year: 2025, verified: true },
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
