import {
  INVOLVE_COPRODUCTION_2018_PRINCIPLE_IDS,
  involveCoproduction2018,
} from "../frameworks/involve-coproduction-2018.js";
import { formatNumber } from "../format.js";
import type { CoproductionAssessment } from "../model/feedback.js";
import type { Period } from "../model/period.js";
import type { Diagnostic } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic } from "../result.js";
import { feedbackInPeriod, invalidPeriodCode, readPeriod } from "../derive/period.js";
import type { Score } from "./score.js";
import { ownOptions } from "../own-options.js";
import type { Sources } from "../source.js";
import { cite } from "../source.js";
import { INVOLVE_COPRODUCTION_2018 } from "../frameworks/publications.js";
import { CHOICE_COPRODUCTION } from "../frameworks/design-choices.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const COPRODUCTION_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "coproduction/unknown-principle",
    severity: "warning",
    title: "A rating of a principle that is not one of INVOLVE's five",
    example: {
      path: ["assessments", 0, "ratings", "sharingPower"],
      message:
        '"sharingPower" is not one of INVOLVE\'s five co-production principles, so its ratings were left out.',
      hint: "Use one of: sharing-of-power, including-all-perspectives-and-skills, respecting-and-valuing-all-knowledge, reciprocity, building-and-maintaining-relationships.",
    },
  },
  {
    code: "coproduction/invalid-rating",
    severity: "warning",
    title: "A rating that is not a whole number from 1 to 5",
    example: {
      path: ["assessments", 2, "ratings", "reciprocity"],
      message: "1 rating is not a whole number from 1 to 5 and was left out.",
      hint: "Rate each principle from 1 (not at all) to 5 (fully).",
    },
  },
  {
    code: "coproduction/invalid-respondent",
    severity: "warning",
    title: "An assessment that does not say who answered",
    example: {
      path: ["assessments"],
      message: "1 assessment does not say whether staff or the public answered and was left out.",
      hint: 'Set respondent to "staff" or "public".',
    },
  },
  {
    code: "coproduction/no-staff-ratings",
    severity: "warning",
    title: "No staff ratings, so no power-sharing gap",
    example: {
      path: ["assessments"],
      message: "There are no staff ratings, so the power-sharing gap cannot be measured.",
      hint: "Ask both staff and public contributors to rate the same principles.",
    },
  },
  {
    code: "coproduction/no-public-ratings",
    severity: "warning",
    title: "No public contributor ratings, so no power-sharing gap",
    example: {
      path: ["assessments"],
      message:
        "There are no public contributor ratings, so the power-sharing gap cannot be measured.",
      hint: "Ask both staff and public contributors to rate the same principles.",
    },
  },
  {
    code: "coproduction/unmatched-principles",
    severity: "info",
    title: "Staff and public contributors rated different principles",
    example: {
      path: ["assessments"],
      message:
        "Staff and public contributors did not rate the same principles, so the overall gap compares different sets of principles.",
      hint: "Compare the per-principle gaps, or ask both sides to rate every principle.",
    },
  },
  /* @__PURE__ */ invalidPeriodCode("coproduction"),
]);

/**
 * A principle id of INVOLVE's co-production guidance (INVOLVE 2018, the five key principles).
 *
 * @category Scores
 */
export type CoproductionPrincipleId = (typeof INVOLVE_COPRODUCTION_2018_PRINCIPLE_IDS)[number];

/**
 * Options for {@link coproduction}.
 *
 * @category Scores
 */
export interface CoproductionOptions {
  /** Only count assessments dated in this period (a label such as `"2025-26"` or `{ start, end }`). */
  period?: Period | string;
  /** Only count assessments about this project. */
  projectId?: string;
}

/**
 * One side's ratings of a principle (or overall).
 *
 * @category Scores
 */
export interface CoproductionSide {
  /** Ratings counted. */
  n: number;
  /** Mean rating, 1 (not at all) to 5 (fully); `null` with no ratings. */
  mean: number | null;
}

/**
 * Staff and public ratings of one co-production principle and the gap between them.
 *
 * @category Scores
 */
export interface CoproductionPrincipleRow {
  /** Principle id. */
  principleId: CoproductionPrincipleId;
  /** Principle name. */
  label: string;
  /** Staff respondents' ratings. */
  staff: CoproductionSide;
  /** Public respondents' ratings. */
  public: CoproductionSide;
  /** Staff mean − public mean; positive when staff rate it higher. `null` when a side has no ratings. */
  gap: number | null;
}

/**
 * The figures a {@link coproduction} score was built from.
 *
 * @category Scores
 */
export interface CoproductionComponents {
  /** Assessments counted (after the period and project filters). */
  assessments: { staff: number; public: number };
  /** One row per principle, in published order. */
  principles: CoproductionPrincipleRow[];
  /** Overall: each side's mean of its per-principle means (principles weigh equally), and the gap. */
  overall: { staff: CoproductionSide; public: CoproductionSide; gap: number | null };
}

/** INVOLVE's five principles; the ratings, means and power-sharing gap are ppie's choice. */
export const COPRODUCTION_SOURCES: Sources = [
  /* @__PURE__ */ cite(INVOLVE_COPRODUCTION_2018, "the five key principles"),
  CHOICE_COPRODUCTION,
];

function labelOf(id: string): string {
  for (const item of involveCoproduction2018.items) if (item.id === id) return item.label;
  return id;
}

function fmt(x: number | null): string {
  return x === null ? "n/a" : formatNumber(x, 2);
}

/**
 * Co-production self-assessment: how staff and public contributors rate each of INVOLVE's five
 * co-production principles (sharing of power; including all perspectives and skills; respecting
 * and valuing all knowledge; reciprocity; building and maintaining relationships), each from
 * 1 (not at all) to 5 (fully).
 *
 * Formula (a ppie design choice, see docs/design-choices.md#co-production-coverage; INVOLVE
 * publishes principles, not a score):
 * - per principle and side, mean = Σ ratings / n;
 * - overall per side = mean of that side's per-principle means (each principle weighs equally);
 * - **power-sharing gap** = staff mean − public mean, per principle and overall. A positive gap
 *   means staff rate how well power is shared higher than the public do.
 *   **value = overall gap** (points on the 1–5 scale, so −4 to 4).
 *
 * Ratings of ids that are not one of the five principles (including INVOLVE's *features*) are
 * left out with a diagnostic. With no ratings from one side the gaps are `null`, with a
 * diagnostic.
 *
 * Source: INVOLVE, Guidance on co-producing a research project (2018), its five key principles.
 *
 * Worked example (a unit test): staff rate sharing of power 4 and 5, the public 3 → staff mean
 * 4.5, public 3, gap 1.5.
 *
 * @param assessments - co-production assessments (dataset feedback of kind `"coproduction"`)
 * @param opts - optional period and project filters
 * @returns a {@link Score} whose value is the overall staff − public gap
 * @example
 * ```ts
 * const a = (respondent: "staff" | "public", r: number): CoproductionAssessment => ({
 *   id: `${respondent}-${r}`, date: "2025-06-01", kind: "coproduction", respondent,
 *   ratings: { "sharing-of-power": r },
 * });
 * coproduction([a("staff", 4), a("staff", 5), a("public", 3)]).value; // 1.5
 * ```
 * @category Scores
 */
export function coproduction(
  assessments: readonly CoproductionAssessment[],
  opts: CoproductionOptions = {},
): Score<CoproductionComponents> {
  opts = ownOptions(opts);
  const diagnostics: Diagnostic[] = [];
  let period: Period | undefined;
  if (opts.period !== undefined) {
    const r = readPeriod(opts.period, "coproduction/invalid-period");
    if (r.ok) period = r.value;
    else diagnostics.push(...r.diagnostics);
  }
  const tally = tallyRatings(assessments, period, opts.projectId);
  ratingDiagnostics(tally, diagnostics);
  const principles = principleRows(tally);
  const overallSide = (s: "staff" | "public"): CoproductionSide => {
    const means = principles.map((r) => r[s].mean).filter((m): m is number => m !== null);
    const n = principles.reduce((acc, r) => acc + r[s].n, 0);
    return { n, mean: means.length === 0 ? null : means.reduce((a, b) => a + b, 0) / means.length };
  };
  const staff = overallSide("staff");
  const pub = overallSide("public");
  const gap = staff.mean === null || pub.mean === null ? null : staff.mean - pub.mean;
  comparabilityDiagnostics(principles, staff, pub, gap, diagnostics);

  const sharing = principles[0]!;
  const explanation =
    gap === null
      ? `Overall mean rating: staff ${fmt(staff.mean)} (${staff.n} ratings), public ${fmt(pub.mean)} (${pub.n} ratings); the power-sharing gap needs ratings from both sides.`
      : `Overall mean rating (mean of the per-principle means, 1 to 5): staff ${fmt(staff.mean)}, public ${fmt(pub.mean)}; power-sharing gap ${fmt(staff.mean)} − ${fmt(pub.mean)} = ${fmt(gap)} (positive: staff rate the co-production higher than the public do). Sharing of power: staff ${fmt(sharing.staff.mean)}, public ${fmt(sharing.public.mean)}, gap ${fmt(sharing.gap)}.`;
  return {
    id: "coproduction",
    value: gap,
    unit: "points",
    range: [-4, 4],
    components: {
      assessments: tally.counted,
      principles,
      overall: { staff, public: pub, gap },
    },
    explanation,
    source: COPRODUCTION_SOURCES,
    diagnostics,
  };
}

/** Ratings summed per side and principle (in principle order), and what was left out. */
interface RatingTally {
  sum: { staff: number[]; public: number[] };
  cnt: { staff: number[]; public: number[] };
  /** Assessments counted per side. */
  counted: { staff: number; public: number };
  /** Ids that are not principles, with the path of their first rating. */
  unknown: Map<string, (string | number)[]>;
  badRating: number;
  firstBad: (string | number)[];
  badRespondent: number;
}

/** Sum the valid 1–5 ratings of the assessments in the period (and project) per side. */
function tallyRatings(
  assessments: readonly CoproductionAssessment[],
  period: Period | undefined,
  projectId: string | undefined,
): RatingTally {
  const k = INVOLVE_COPRODUCTION_2018_PRINCIPLE_IDS.length;
  const t: RatingTally = {
    sum: { staff: new Array<number>(k).fill(0), public: new Array<number>(k).fill(0) },
    cnt: { staff: new Array<number>(k).fill(0), public: new Array<number>(k).fill(0) },
    counted: { staff: 0, public: 0 },
    unknown: new Map(),
    badRating: 0,
    firstBad: [],
    badRespondent: 0,
  };
  const { sum, cnt, counted, unknown } = t;
  const index = new Map<string, number>(
    INVOLVE_COPRODUCTION_2018_PRINCIPLE_IDS.map((id, i) => [id, i]),
  );
  for (let i = 0; i < assessments.length; i++) {
    const a = assessments[i]!;
    if (period !== undefined && !feedbackInPeriod(a, period)) continue;
    if (projectId !== undefined && a.projectId !== projectId) continue;
    const side = a.respondent;
    if (side !== "staff" && side !== "public") {
      t.badRespondent += 1;
      continue;
    }
    counted[side] += 1;
    for (const [id, rating] of Object.entries(a.ratings ?? {})) {
      const j = index.get(id);
      if (j === undefined) {
        if (!unknown.has(id)) unknown.set(id, ["assessments", i, "ratings", id]);
        continue;
      }
      if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
        if (t.badRating === 0) t.firstBad = ["assessments", i, "ratings", id];
        t.badRating += 1;
        continue;
      }
      sum[side][j] = (sum[side][j] as number) + rating;
      cnt[side][j] = (cnt[side][j] as number) + 1;
    }
  }
  return t;
}

/** What was left out: unknown principles, invalid ratings, assessments without a side. */
function ratingDiagnostics(t: RatingTally, diagnostics: Diagnostic[]): void {
  const { badRating, badRespondent } = t;
  for (const [id, path] of t.unknown) {
    diagnostics.push(
      diagnostic(
        "coproduction/unknown-principle",
        "warning",
        path,
        `"${id}" is not one of INVOLVE's five co-production principles, so its ratings were left out.`,
        `Use one of: ${INVOLVE_COPRODUCTION_2018_PRINCIPLE_IDS.join(", ")}.`,
      ),
    );
  }
  if (badRating > 0) {
    diagnostics.push(
      diagnostic(
        "coproduction/invalid-rating",
        "warning",
        t.firstBad,
        `${badRating} rating${badRating === 1 ? " is" : "s are"} not a whole number from 1 to 5 and ${badRating === 1 ? "was" : "were"} left out.`,
        "Rate each principle from 1 (not at all) to 5 (fully).",
      ),
    );
  }
  if (badRespondent > 0) {
    diagnostics.push(
      diagnostic(
        "coproduction/invalid-respondent",
        "warning",
        ["assessments"],
        `${badRespondent} assessment${badRespondent === 1 ? " does" : "s do"} not say whether staff or the public answered and ${badRespondent === 1 ? "was" : "were"} left out.`,
        'Set respondent to "staff" or "public".',
      ),
    );
  }
}

/** Each principle's staff and public mean and their gap. */
function principleRows(t: RatingTally): CoproductionPrincipleRow[] {
  const side = (s: "staff" | "public", j: number): CoproductionSide => {
    const n = t.cnt[s][j] as number;
    return { n, mean: n === 0 ? null : (t.sum[s][j] as number) / n };
  };
  return INVOLVE_COPRODUCTION_2018_PRINCIPLE_IDS.map((principleId, j) => {
    const staff = side("staff", j);
    const pub = side("public", j);
    return {
      principleId,
      label: labelOf(principleId),
      staff,
      public: pub,
      gap: staff.mean === null || pub.mean === null ? null : staff.mean - pub.mean,
    };
  });
}

/** A side with no ratings cannot be compared; different sets of principles are noted. */
function comparabilityDiagnostics(
  principles: readonly CoproductionPrincipleRow[],
  staff: CoproductionSide,
  pub: CoproductionSide,
  gap: number | null,
  diagnostics: Diagnostic[],
): void {
  for (const s of ["staff", "public"] as const) {
    if ((s === "staff" ? staff : pub).n === 0) {
      diagnostics.push(
        diagnostic(
          `coproduction/no-${s}-ratings`,
          "warning",
          ["assessments"],
          `There are no ${s === "staff" ? "staff" : "public contributor"} ratings, so the power-sharing gap cannot be measured.`,
          "Ask both staff and public contributors to rate the same principles.",
        ),
      );
    }
  }
  const staffSet = principles.filter((r) => r.staff.n > 0).map((r) => r.principleId);
  const pubSet = principles.filter((r) => r.public.n > 0).map((r) => r.principleId);
  if (gap !== null && staffSet.join() !== pubSet.join()) {
    diagnostics.push(
      diagnostic(
        "coproduction/unmatched-principles",
        "info",
        ["assessments"],
        "Staff and public contributors did not rate the same principles, so the overall gap compares different sets of principles.",
        "Compare the per-principle gaps, or ask both sides to rate every principle.",
      ),
    );
  }
}
