import type { Diagnostic, Result } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic, fail, ok } from "../result.js";
import { fourPiStandards } from "./4pi-standards.js";
import { arnsteinLadder } from "./arnstein-ladder.js";
import { boivin2018Evaluation } from "./boivin-2018-evaluation.js";
import { cihrSporPef } from "./cihr-spor-pef.js";
import { crukActivityModes } from "./cruk-activity-modes.js";
import { crukInvolvementDepth } from "./cruk-involvement-depth.js";
import { gripp2LongForm } from "./gripp2-lf.js";
import { gripp2ShortForm } from "./gripp2-sf.js";
import { iap2Spectrum } from "./iap2-spectrum.js";
import { involveApproaches } from "./involve-approaches.js";
import { involveCoproduction2018 } from "./involve-coproduction-2018.js";
import { involveResearchCycle } from "./involve-research-cycle.js";
import { nccpeEdge } from "./nccpe-edge.js";
import { nhsAct2006InvolvementDuties } from "./nhs-act-2006-involvement-duties.js";
import { nhsInvolvementScope } from "./nhs-involvement-scope.js";
import { nhseWorkingInPartnership2022 } from "./nhse-working-in-partnership-2022.js";
import { nihrActivityModes } from "./nihr-activity-modes.js";
import { pfmdPeqg } from "./pfmd-peqg.js";
import { piiaf } from "./piiaf.js";
import { pirit } from "./pirit.js";
import { ppeetPrinciples } from "./ppeet-principles.js";
import { ppieInfluenceLevel } from "./ppie-influence-level.js";
import { scieCoproductionPrinciples } from "./scie-coproduction-principles.js";
import { tlapCoproductionLadder } from "./tlap-coproduction-ladder.js";
import { tlapCriticalFriendsDefinition } from "./tlap-critical-friends-definition.js";
import type { Framework, FrameworkItem } from "./types.js";
import { uclpartnersPpie20252028 } from "./uclpartners-ppie-2025-2028.js";
import { ukStandards2019 } from "./uk-standards-2019.js";
import { ukStandardsDraft2018 } from "./uk-standards-draft-2018.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const FRAMEWORK_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "framework/duplicate-id",
    severity: "error",
    title: "A framework id that is already registered",
    example: {
      path: ["id"],
      message: 'A framework with id "iap2-spectrum" is already registered.',
      hint: "Give your framework a different id (e.g. add your organisation's name or a version suffix).",
    },
  },
  {
    code: "framework/duplicate-item-id",
    severity: "error",
    title: "Two items with the same id in one framework",
    example: {
      path: ["items", 1, "id"],
      message: 'Framework "my-ladder" has more than one item with id "a".',
      hint: "Item ids must be unique within a framework; rename one of them.",
    },
  },
]);

/**
 * Every framework ppie ships, in registry order: kinds of activity, depth scales, the research
 * cycle, co-production, standards, reporting checklists, NHS guidance and law, quality and
 * impact frameworks, then organisational strategies.
 *
 * @example
 * ```ts
 * builtinFrameworks.length; // 28
 * ```
 * @category Frameworks
 */
export const builtinFrameworks = [
  nihrActivityModes,
  crukActivityModes,
  involveApproaches,
  crukInvolvementDepth,
  iap2Spectrum,
  arnsteinLadder,
  tlapCoproductionLadder,
  nhsInvolvementScope,
  ppieInfluenceLevel,
  involveResearchCycle,
  involveCoproduction2018,
  tlapCriticalFriendsDefinition,
  scieCoproductionPrinciples,
  ukStandards2019,
  ukStandardsDraft2018,
  gripp2ShortForm,
  gripp2LongForm,
  nhseWorkingInPartnership2022,
  nhsAct2006InvolvementDuties,
  pfmdPeqg,
  cihrSporPef,
  nccpeEdge,
  piiaf,
  pirit,
  boivin2018Evaluation,
  ppeetPrinciples,
  fourPiStandards,
  uclpartnersPpie20252028,
] as const;

/**
 * The id of one of ppie's built-in frameworks, e.g. `"gripp2-sf"`.
 *
 * @example
 * ```ts
 * const id: BuiltinFrameworkId = "iap2-spectrum";
 * ```
 * @category Frameworks
 */
export type BuiltinFrameworkId = (typeof builtinFrameworks)[number]["id"];

/**
 * An immutable collection of frameworks that can be looked up by id. Built-in frameworks are
 * always present; add your own with `add`, which returns a **new** registry.
 *
 * @example
 * ```ts
 * const registry = createFrameworkRegistry();
 * registry.get("iap2-spectrum")?.items.length; // 5
 * ```
 * @category Frameworks
 */
export interface FrameworkRegistry {
  /**
   * Look a framework up by id.
   *
   * @param id - the framework id
   * @returns the framework, or `undefined`
   */
  get(id: string): Framework | undefined;
  /**
   * Whether a framework with this id is registered.
   *
   * @param id - the framework id
   * @returns true when registered
   */
  has(id: string): boolean;
  /**
   * Every registered framework, built-ins first, then yours in the order added.
   *
   * @returns the frameworks
   */
  list(): readonly Framework[];
  /**
   * Look an item up by framework id and item id.
   *
   * @param frameworkId - the framework id
   * @param itemId - the item id within it
   * @returns the item, or `undefined`
   */
  item(frameworkId: string, itemId: string): FrameworkItem | undefined;
  /**
   * Register another framework. Duplicate framework ids, and duplicate item ids within the
   * framework, are reported as error diagnostics rather than thrown.
   *
   * @param framework - the framework to add
   * @returns a new registry containing it, or the diagnostics explaining why not
   */
  add(framework: Framework): Result<FrameworkRegistry>;
  /** Problems found when the registry was created (e.g. duplicate ids in `extra`, which were skipped). */
  readonly diagnostics: readonly Diagnostic[];
}

function checkFramework(
  framework: Framework,
  existing: ReadonlyMap<string, Framework>,
  path: (string | number)[],
): Diagnostic[] {
  const found: Diagnostic[] = [];
  if (existing.has(framework.id)) {
    found.push(
      diagnostic(
        "framework/duplicate-id",
        "error",
        [...path, "id"],
        `A framework with id "${framework.id}" is already registered.`,
        "Give your framework a different id (e.g. add your organisation's name or a version suffix).",
      ),
    );
  }
  const seen = new Set<string>();
  framework.items.forEach((item, index) => {
    if (seen.has(item.id)) {
      found.push(
        diagnostic(
          "framework/duplicate-item-id",
          "error",
          [...path, "items", index, "id"],
          `Framework "${framework.id}" has more than one item with id "${item.id}".`,
          "Item ids must be unique within a framework; rename one of them.",
        ),
      );
    }
    seen.add(item.id);
  });
  return found;
}

function buildRegistry(
  byId: ReadonlyMap<string, Framework>,
  diagnostics: readonly Diagnostic[],
): FrameworkRegistry {
  return {
    get: (id) => byId.get(id),
    has: (id) => byId.has(id),
    list: () => [...byId.values()],
    item: (frameworkId, itemId) => byId.get(frameworkId)?.items.find((i) => i.id === itemId),
    add: (framework) => {
      const problems = checkFramework(framework, byId, []);
      if (problems.length > 0) return fail(problems);
      const next = new Map(byId);
      next.set(framework.id, framework);
      return ok(buildRegistry(next, diagnostics));
    },
    diagnostics,
  };
}

/**
 * Create a registry of all built-in frameworks plus any of your own. A framework in `extra` whose
 * id is already taken (or that repeats an item id) is skipped, and the reason is recorded in the
 * registry's `diagnostics`; nothing is thrown.
 *
 * @param extra - your own frameworks, e.g. made with {@link defineFramework}
 * @returns the registry
 * @example
 * ```ts
 * const registry = createFrameworkRegistry();
 * registry.has("gripp2-sf"); // true
 * registry.item("iap2-spectrum", "empower")?.label; // "Empower"
 * const added = registry.add(defineFramework({
 *   id: "my-ladder", name: "My ladder", publisher: "Me", version: "1", ordered: false,
 *   complete: true, verified: true, evidence: "design-choice",
 *   source: { designChoice: true, id: "my-ladder", title: "Our own ladder", explained: "our team handbook" },
 *   items: [{ id: "a", label: "A", summary: "First.", verified: true }],
 * }));
 * added.ok && added.value.has("my-ladder"); // true
 * // The original registry is unchanged.
 * registry.has("my-ladder"); // false
 * ```
 * @category Frameworks
 */
export function createFrameworkRegistry(extra: readonly Framework[] = []): FrameworkRegistry {
  const byId = new Map<string, Framework>();
  for (const framework of builtinFrameworks) byId.set(framework.id, framework);
  const diagnostics: Diagnostic[] = [];
  extra.forEach((framework, index) => {
    const problems = checkFramework(framework, byId, ["extra", index]);
    if (problems.length > 0) {
      diagnostics.push(...problems);
      return;
    }
    byId.set(framework.id, framework);
  });
  return buildRegistry(byId, diagnostics);
}

/**
 * Declare your own framework with full type checking and literal type inference (an identity
 * function): the ids of the returned object keep their literal types, so you can derive an item
 * id union from them. Pass the result to {@link createFrameworkRegistry} or `registry.add`.
 *
 * @param framework - the framework
 * @returns the same object, unchanged
 * @example
 * ```ts
 * const ladder = defineFramework({
 *   id: "trust-ladder-2025",
 *   name: "Our trust's involvement ladder",
 *   publisher: "Example NHS Trust",
 *   version: "2025",
 *   ordered: true,
 *   complete: true,
 *   verified: true,
 *   evidence: "primary",
 *   source: { id: "trust-strategy-2025", title: "Involvement strategy 2025", publisher: "Example NHS Trust", year: 2025, section: "p. 4", verified: true },
 *   items: [
 *     { id: "told", ordinal: 1, label: "Told", summary: "We tell people.", verified: true },
 *     { id: "asked", ordinal: 2, label: "Asked", summary: "We ask people.", verified: true },
 *   ],
 * });
 * type LadderItemId = (typeof ladder.items)[number]["id"]; // "told" | "asked"
 * ```
 * @category Frameworks
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineFramework<const F extends Framework>(framework: F): F {
  return framework;
}
