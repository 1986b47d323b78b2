import type { CrosswalkRow } from "../frameworks/crosswalk.js";
import { formatDecimal } from "../format.js";
import { toInfluenceLevel } from "../frameworks/crosswalk.js";
import { INVOLVE_RESEARCH_CYCLE_IDS } from "../frameworks/involve-research-cycle.js";
import type { ResearchStage } from "../model/common.js";
import type { Dataset } from "../model/dataset.js";
import type { Period } from "../model/period.js";
import type { Project } from "../model/project.js";
import type { Diagnostic } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic } from "../result.js";
import { asOf } from "../derive/as-of.js";
import { activityInPeriod, invalidPeriodCode, readPeriod } from "../derive/period.js";
import { projectSpan, resolveProject, unknownProjectCode } from "../derive/scope.js";
import type { Score } from "./score.js";
import { ownOptions } from "../own-options.js";
import type { Sources } from "../source.js";
import { cite } from "../source.js";
import { INVOLVE_BRIEFING_NOTES_2012 } from "../frameworks/publications.js";
import {
  CHOICE_ACTIVITY_MODES,
  CHOICE_DEPTH_INDEX,
  CHOICE_INFLUENCE_LEVEL,
  CHOICE_RESEARCH_STAGES,
} from "../frameworks/design-choices.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const INVOLVEMENT_DEPTH_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "involvement-depth/no-involvement",
    severity: "warning",
    title: "A project with no involvement activities",
    example: {
      path: ["activities"],
      message: "Project p-004 has no involvement activities, so its index is 0.",
      hint: "Record the project's involvement activities with their stages and levels.",
    },
  },
  {
    code: "involvement-depth/invalid-weights",
    severity: "warning",
    title: "Weights that cannot be used",
    example: {
      path: ["opts", "weights"],
      message:
        "The weights must be finite numbers of at least 0 that do not both equal 0; the default 0.5 and 0.5 were used.",
    },
  },
  {
    code: "involvement-depth/level-not-on-crosswalk",
    severity: "warning",
    title: "A level on a scale with no crosswalk to the public influence level",
    example: {
      path: ["activities", 3, "level"],
      message:
        '2 involvement activities use the level "partner" on the scale "local-ladder", which has no crosswalk to the public influence level; they count for stages, hours and contributors but not for depth.',
      hint: "Use a scale ppie knows (e.g. ppie-influence-level, iap2-spectrum) or pass your own crosswalk rows in opts.crosswalk.",
    },
  },
  {
    code: "involvement-depth/no-level",
    severity: "info",
    title: "Involvement activities with no level recorded",
    example: {
      path: ["activities"],
      message:
        "3 involvement activities have no level of involvement recorded and do not count towards depth.",
      hint: "Record each activity's level on a named scale.",
    },
  },
  {
    code: "involvement-depth/no-stage",
    severity: "info",
    title: "Involvement activities with no research stage recorded",
    example: {
      path: ["activities"],
      message:
        "2 involvement activities have no research stage recorded and do not count towards breadth or depth.",
      hint: "Record the research-cycle stage(s) each activity belongs to.",
    },
  },
  /* @__PURE__ */ unknownProjectCode("involvement-depth"),
  /* @__PURE__ */ invalidPeriodCode("involvement-depth"),
]);

/**
 * The weights of the involvement depth index. They need not sum to 1: the index divides by
 * their sum.
 *
 * @category Scores
 */
export interface InvolvementDepthWeights {
  /** Weight of breadth (stages covered / 7). */
  breadth: number;
  /** Weight of depth (deepest level per stage, averaged over all 7 stages, / 6). */
  depth: number;
}

/**
 * The default weights: half breadth, half depth (a ppie design choice, see
 * docs/design-choices.md#the-involvement-depth-index).
 *
 * @example
 * ```ts
 * INVOLVEMENT_DEPTH_DEFAULT_WEIGHTS.breadth; // 0.5
 * ```
 * @category Scores
 */
export const INVOLVEMENT_DEPTH_DEFAULT_WEIGHTS: Readonly<InvolvementDepthWeights> = {
  breadth: 0.5,
  depth: 0.5,
};

/**
 * Options for {@link involvementDepth}.
 *
 * @category Scores
 */
export interface InvolvementDepthOptions {
  /** The project: its id, or the project itself. */
  project: Project | string;
  /** Index weights (default {@link INVOLVEMENT_DEPTH_DEFAULT_WEIGHTS}); both ≥ 0, sum > 0. */
  weights?: InvolvementDepthWeights;
  /** Your own crosswalk rows, checked before ppie's (e.g. to read Arnstein partnership as PIL 4). */
  crosswalk?: readonly CrosswalkRow[];
  /**
   * Only count activities that started in this period (label or `{ start, end }`). Default: the
   * project to date (its dates, widened to its own records up to the as-of date; see
   * `docs/definitions.md`), the period a project report covers by default.
   */
  period?: Period | string;
  /** The as-of date (ISO) that ends a running project's span; default the latest recorded date. */
  asOf?: string;
}

/**
 * Involvement at one research stage.
 *
 * @category Scores
 */
export interface StageDepth {
  /** The research-cycle stage. */
  stage: ResearchStage;
  /** Involvement activities at this stage (an activity at two stages counts at both). */
  activities: number;
  /** Of those, activities whose level could be placed on the PIL scale. */
  withLevel: number;
  /** Deepest public influence level (0–6) at this stage; `null` when no level is known. */
  deepest: number | null;
  /** Typical (median) level at this stage; may be a half level for an even count. */
  median: number | null;
  /** Activities at each PIL level 0..6. */
  levelCounts: number[];
}

/**
 * The figures an {@link involvementDepth} score was built from.
 *
 * @category Scores
 */
export interface InvolvementDepthComponents {
  /** The project's id (`null` when it could not be found). */
  projectId: string | null;
  /** The weights used, as given (after validation). */
  weights: InvolvementDepthWeights;
  /** One row per stage of the INVOLVE research cycle, in cycle order. */
  stages: StageDepth[];
  /** Stages with at least one involvement activity (0–7). */
  stagesCovered: number;
  /** stagesCovered / 7. */
  breadth: number;
  /** Σ over all 7 stages of the deepest level (0 where none) / (7 × 6). */
  depth: number;
  /** Mean deepest level over the covered stages with a known level (descriptive; not in the index). */
  meanDeepestCovered: number | null;
  /** Involvement activities counted. */
  involvementActivities: number;
  /** Involvement activities with no level recorded. */
  withoutLevel: number;
  /** Involvement activities whose level is on a scale or item with no crosswalk to PIL. */
  unconvertedLevels: number;
  /** Involvement activities with no research stage. */
  withoutStage: number;
  /** Activities left out because they are engagement or participation, not involvement. */
  excluded: { engagement: number; participation: number };
  /** Minutes given by contributors at the involvement activities. */
  minutes: number;
  /** The same in hours. */
  hours: number;
  /** Distinct contributors at the involvement activities. */
  contributors: number;
}

/**
 * INVOLVE's research cycle; ppie's seven stages, public influence level with its crosswalk,
 * depth index and the involvement / engagement / participation distinction.
 */
export const INVOLVEMENT_DEPTH_SOURCES: Sources = [
  /* @__PURE__ */ cite(INVOLVE_BRIEFING_NOTES_2012, "the research cycle"),
  CHOICE_RESEARCH_STAGES,
  CHOICE_INFLUENCE_LEVEL,
  CHOICE_DEPTH_INDEX,
  CHOICE_ACTIVITY_MODES,
];

const STAGE_COUNT = 7;
const MAX_LEVEL = 6;

function medianFromCounts(counts: readonly number[], n: number): number | null {
  if (n === 0) return null;
  const lo = Math.floor((n - 1) / 2);
  const hi = Math.ceil((n - 1) / 2);
  let seen = 0;
  let a: number | null = null;
  for (let level = 0; level < counts.length; level++) {
    seen += counts[level] as number;
    if (a === null && seen > lo) a = level;
    if (seen > hi) return ((a as number) + level) / 2;
  }
  return null;
}

function validWeights(w: InvolvementDepthWeights | undefined): boolean {
  if (w === undefined) return false;
  const ok = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x) && x >= 0;
  return ok(w.breadth) && ok(w.depth) && w.breadth + w.depth > 0;
}

function fmt(x: number | null, d = 1): string {
  return x === null ? "n/a" : formatDecimal(x, d);
}

/**
 * How widely and how deeply the public were involved in one project: research stages covered
 * (of the seven INVOLVE stages), the deepest and the typical (median) public influence level
 * (PIL, 0 = none … 6 = public-led) at each stage, the hours given and the number of distinct
 * contributors, and one 0–100 index.
 *
 * Only **involvement** activities count: engagement (sharing research) and participation (being
 * a research subject) are different kinds of activity, not shallow involvement (a ppie design
 * choice, see docs/design-choices.md#three-kinds-of-activity), so they are counted separately
 * and left out. Levels on any scale are placed on the PIL scale with the crosswalk
 * (`toInfluenceLevel`, a ppie design choice, see
 * docs/design-choices.md#the-public-influence-level-and-the-crosswalk; your own rows first).
 * A level with no crosswalk row is reported in a diagnostic; the activity still counts for stages,
 * hours and contributors.
 *
 * Index (a ppie design choice, see docs/design-choices.md#the-involvement-depth-index; weights
 * visible and configurable):
 * `index = 100 × (wB × breadth + wD × depth) / (wB + wD)`, with
 * breadth = stages covered / 7 and depth = Σ over all seven stages of the deepest PIL at that
 * stage (0 where there is none) / (7 × 6). Default wB = wD = 0.5. Depth averages over all seven
 * stages, not only the covered ones, so that the index is **monotone**: adding an involvement
 * activity (at a new stage or an old one) never lowers it. Any ordinal use of involvement levels
 * is an analytic convenience (INVOLVE calls consultation, collaboration and user control
 * approaches rather than levels, and IAP2 says its levels are not steps to climb): a higher
 * index is not "better" without a target you have chosen.
 *
 * Source: INVOLVE's briefing notes for researchers (2012), the research cycle; the stages,
 * levels and index are ppie design choices. Worked example (a unit test): involvement at
 * designing-and-managing (PIL 3 and 5) and undertaking (PIL 4) → breadth 2/7, depth (5 + 4)/42,
 * index 100 × (0.5 × 2/7 + 0.5 × 9/42) = 25.
 *
 * @param dataset - the dataset holding the project's activities
 * @param opts - the project (or its id in `dataset`), weights, your own crosswalk rows, and an
 *   optional period (default the project to date) and as-of date
 * @returns a {@link Score} (index 0–100)
 * @example
 * ```ts
 * involvementDepth(demoDataset, { project: "p-002" }).components.stagesCovered; // 5
 * ```
 * @category Scores
 */
export function involvementDepth(
  dataset: Dataset,
  opts: InvolvementDepthOptions,
): Score<InvolvementDepthComponents> {
  // own properties only, the weights too (the crosswalk rows and the project are data)
  opts = ownOptions(opts);
  if (opts.weights !== undefined) opts.weights = ownOptions(opts.weights);
  const project = opts.project;
  const diagnostics: Diagnostic[] = [];
  const { weights, period } = resolveOptions(opts, diagnostics);
  const components = emptyComponents(weights);
  const base = {
    id: "involvement-depth",
    unit: "index" as const,
    range: [0, 100] as const,
    source: INVOLVEMENT_DEPTH_SOURCES,
  };
  const resolved = resolveProject(project, dataset, "involvement-depth/unknown-project");
  if (!resolved.ok) {
    return {
      ...base,
      value: null,
      components,
      explanation: "No involvement depth: the project could not be found.",
      diagnostics: [...diagnostics, ...resolved.diagnostics],
    };
  }
  const p = resolved.value;
  components.projectId = p.id;

  const span = period ?? projectSpan(dataset, p, () => asOf(dataset, opts.asOf));
  const tally = tallyActivities(dataset, p.id, span, opts.crosswalk ?? [], components);
  recordingDiagnostics(tally.unconverted, components, diagnostics);

  const { stages, covered, depthSum, leveledCovered } = stageDepths(tally);
  components.stages = stages;
  components.stagesCovered = covered;
  components.breadth = covered / STAGE_COUNT;
  components.depth = depthSum / (STAGE_COUNT * MAX_LEVEL);
  components.meanDeepestCovered = leveledCovered === 0 ? null : depthSum / leveledCovered;
  components.hours = components.minutes / 60;
  components.contributors = tally.people.size;
  const wSum = weights.breadth + weights.depth;
  const value =
    (100 * (weights.breadth * components.breadth + weights.depth * components.depth)) / wSum;

  if (components.involvementActivities === 0) {
    diagnostics.push(
      diagnostic(
        "involvement-depth/no-involvement",
        "warning",
        ["activities"],
        `Project ${p.id} has no involvement activities starting ${span.start} to ${span.end}, so its index is 0.`,
        "Record the project's involvement activities with their stages and levels.",
      ),
    );
  }
  const explanation = explain(components, covered, depthSum, value);
  return { ...base, value, components, explanation, diagnostics };
}

/** The weights (the defaults when those given are invalid, with a warning) and the period. */
function resolveOptions(
  opts: InvolvementDepthOptions,
  diagnostics: Diagnostic[],
): { weights: InvolvementDepthWeights; period: Period | undefined } {
  let weights: InvolvementDepthWeights = { ...INVOLVEMENT_DEPTH_DEFAULT_WEIGHTS };
  if (opts.weights !== undefined) {
    if (validWeights(opts.weights))
      weights = { breadth: opts.weights.breadth, depth: opts.weights.depth };
    else
      diagnostics.push(
        diagnostic(
          "involvement-depth/invalid-weights",
          "warning",
          ["opts", "weights"],
          "The weights must be finite numbers of at least 0 that do not both equal 0; the default 0.5 and 0.5 were used.",
        ),
      );
  }
  let period: Period | undefined;
  if (opts.period !== undefined) {
    const r = readPeriod(opts.period, "involvement-depth/invalid-period");
    if (r.ok) period = r.value;
    else diagnostics.push(...r.diagnostics);
  }
  return { weights, period };
}

/** The components before any activity is counted. */
function emptyComponents(weights: InvolvementDepthWeights): InvolvementDepthComponents {
  return {
    projectId: null,
    weights,
    stages: [],
    stagesCovered: 0,
    breadth: 0,
    depth: 0,
    meanDeepestCovered: null,
    involvementActivities: 0,
    withoutLevel: 0,
    unconvertedLevels: 0,
    withoutStage: 0,
    excluded: { engagement: 0, participation: 0 },
    minutes: 0,
    hours: 0,
    contributors: 0,
  };
}

/** A level (scale and item) that has no crosswalk to the public influence level. */
interface UnconvertedLevel {
  scale: string;
  item: string;
  n: number;
  path: (string | number)[];
}

/** What the project's involvement activities add up to, per research stage. */
interface ActivityTally {
  /** Per stage, how many activities were at each influence level (0 to 6). */
  levelCounts: number[][];
  /** Per stage, how many involvement activities it has. */
  stageActivities: number[];
  /** Levels without a crosswalk, by scale and item, in order of first use. */
  unconverted: Map<string, UnconvertedLevel>;
  /** Contributor ids. */
  people: Set<string>;
}

/**
 * Count the project's involvement activities in the period by stage and influence level
 * (engagement and participation are counted as excluded), adding to the components' counts.
 */
function tallyActivities(
  dataset: Dataset,
  projectId: string,
  period: Period,
  overrides: readonly CrosswalkRow[],
  components: InvolvementDepthComponents,
): ActivityTally {
  const stageIndex = new Map<string, number>(INVOLVE_RESEARCH_CYCLE_IDS.map((s, i) => [s, i]));
  const levelCounts = Array.from({ length: STAGE_COUNT }, () =>
    new Array<number>(MAX_LEVEL + 1).fill(0),
  );
  const stageActivities = new Array<number>(STAGE_COUNT).fill(0);
  const levelCache = new Map<string, number | undefined>();
  const unconverted = new Map<string, UnconvertedLevel>();
  const people = new Set<string>();
  const activities = dataset.activities;
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i]!;
    if (a.projectId !== projectId) continue;
    if (!activityInPeriod(a, period)) continue;
    switch (a.mode) {
      case "involvement":
        break;
      case "engagement":
        components.excluded.engagement += 1;
        continue;
      case "participation":
        components.excluded.participation += 1;
        continue;
      default: {
        const never: never = a.mode;
        void never;
        continue;
      }
    }
    components.involvementActivities += 1;
    for (const c of a.contributors) {
      components.minutes += c.minutes;
      people.add(c.contributorId);
    }
    let level: number | undefined;
    if (a.level === undefined) components.withoutLevel += 1;
    else {
      const key = `${a.level.scale}\u0000${a.level.item}`;
      if (levelCache.has(key)) level = levelCache.get(key);
      else {
        const l = toInfluenceLevel(a.level.scale, a.level.item, overrides);
        level = l !== undefined && Number.isInteger(l) && l >= 0 && l <= MAX_LEVEL ? l : undefined;
        levelCache.set(key, level);
      }
      if (level === undefined) {
        components.unconvertedLevels += 1;
        const u = unconverted.get(key);
        if (u) u.n += 1;
        else
          unconverted.set(key, {
            scale: a.level.scale,
            item: a.level.item,
            n: 1,
            path: ["activities", i, "level"],
          });
      }
    }
    let anyStage = false;
    const seen = new Set<number>();
    for (const s of a.stages) {
      const j = stageIndex.get(s);
      if (j === undefined || seen.has(j)) continue;
      seen.add(j);
      anyStage = true;
      stageActivities[j] = (stageActivities[j] as number) + 1;
      if (level !== undefined) {
        const row = levelCounts[j]!;
        row[level] = (row[level] as number) + 1;
      }
    }
    if (!anyStage) components.withoutStage += 1;
  }
  return { levelCounts, stageActivities, unconverted, people };
}

/** What was not recorded well enough to count: unconverted levels, missing levels and stages. */
function recordingDiagnostics(
  unconverted: ReadonlyMap<string, UnconvertedLevel>,
  components: InvolvementDepthComponents,
  diagnostics: Diagnostic[],
): void {
  for (const u of unconverted.values()) {
    diagnostics.push(
      diagnostic(
        "involvement-depth/level-not-on-crosswalk",
        "warning",
        u.path,
        `${u.n} involvement activit${u.n === 1 ? "y uses" : "ies use"} the level "${u.item}" on the scale "${u.scale}", which has no crosswalk to the public influence level; ${u.n === 1 ? "it counts" : "they count"} for stages, hours and contributors but not for depth.`,
        "Use a scale ppie knows (e.g. ppie-influence-level, iap2-spectrum) or pass your own crosswalk rows in opts.crosswalk.",
      ),
    );
  }
  if (components.withoutLevel > 0) {
    diagnostics.push(
      diagnostic(
        "involvement-depth/no-level",
        "info",
        ["activities"],
        `${components.withoutLevel} involvement activit${components.withoutLevel === 1 ? "y has no level of involvement recorded and does" : "ies have no level of involvement recorded and do"} not count towards depth.`,
        "Record each activity's level on a named scale.",
      ),
    );
  }
  if (components.withoutStage > 0) {
    diagnostics.push(
      diagnostic(
        "involvement-depth/no-stage",
        "info",
        ["activities"],
        `${components.withoutStage} involvement activit${components.withoutStage === 1 ? "y has no research stage recorded and does" : "ies have no research stage recorded and do"} not count towards breadth or depth.`,
        "Record the research-cycle stage(s) each activity belongs to.",
      ),
    );
  }
}

/**
 * Each stage's activities, deepest and median level; how many stages are covered, the sum of
 * the deepest levels, and how many covered stages have a level.
 */
function stageDepths(tally: ActivityTally): {
  stages: StageDepth[];
  covered: number;
  depthSum: number;
  leveledCovered: number;
} {
  const { levelCounts, stageActivities } = tally;
  let depthSum = 0;
  let covered = 0;
  let leveledCovered = 0;
  const stages: StageDepth[] = INVOLVE_RESEARCH_CYCLE_IDS.map((stage, j) => {
    const counts = levelCounts[j]!;
    const withLevel = counts.reduce((x, y) => x + y, 0);
    let deepest: number | null = null;
    for (let l = MAX_LEVEL; l >= 0; l--) {
      if ((counts[l] as number) > 0) {
        deepest = l;
        break;
      }
    }
    const n = stageActivities[j] as number;
    if (n > 0) covered += 1;
    if (deepest !== null) {
      depthSum += deepest;
      leveledCovered += 1;
    }
    return {
      stage,
      activities: n,
      withLevel,
      deepest,
      median: medianFromCounts(counts, withLevel),
      levelCounts: [...counts],
    };
  });
  return { stages, covered, depthSum, leveledCovered };
}

/** The worked calculation, in words. */
function explain(
  c: InvolvementDepthComponents,
  covered: number,
  depthSum: number,
  value: number,
): string {
  const { weights } = c;
  const wSum = weights.breadth + weights.depth;
  const coveredList = c.stages
    .filter((s) => s.activities > 0)
    .map((s) => `${s.stage} (deepest ${fmt(s.deepest, 0)}, median ${fmt(s.median)})`)
    .join("; ");
  return `${c.involvementActivities} involvement activities cover ${covered} of 7 research stages${coveredList === "" ? "" : `: ${coveredList}`}. Breadth ${covered}/7 = ${fmt(c.breadth, 3)}; depth (deepest level per stage summed over all 7 stages, / 42) ${depthSum}/42 = ${fmt(c.depth, 3)}. Index = 100 × (${weights.breadth} × ${fmt(c.breadth, 3)} + ${weights.depth} × ${fmt(c.depth, 3)}) / ${wSum} = ${fmt(value)}. ${fmt(c.hours)} hours from ${c.contributors} contributors. ${c.excluded.engagement + c.excluded.participation} engagement or participation activities are not counted: they are different kinds of activity, not depths of involvement.`;
}
