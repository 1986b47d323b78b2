import type { UkStandardId } from "../frameworks/uk-standards-2019.js";
import { describeValue, formatNumber } from "../format.js";
import {
  UK_STANDARDS_2019_STANDARD_IDS,
  ukStandards2019,
} from "../frameworks/uk-standards-2019.js";
import type { StandardsAssessment } from "../model/feedback.js";
import type { Diagnostic } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic } from "../result.js";
import type { Score } from "./score.js";
import type { Sources } from "../source.js";
import { cite } from "../source.js";
import { UK_STANDARDS_2019 } from "../frameworks/publications.js";
import { CHOICE_STANDARDS } from "../frameworks/design-choices.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const STANDARDS_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "standards/unknown-version",
    severity: "warning",
    title: "An assessment of another version of the Standards",
    example: {
      path: ["assessments", 0, "version"],
      message:
        'Assessment sa-1 uses the version "uk-standards-2018"; ppie reads the 2019 UK Standards, and its entries were still counted against them.',
      hint: 'Set version to "uk-standards-2019".',
    },
  },
  {
    code: "standards/unknown-standard",
    severity: "warning",
    title: "An entry for a standard that is not one of the six",
    example: {
      path: ["assessments", 0, "entries", 0, "standardId"],
      message:
        '"inclusive" is not one of the six UK Standards for Public Involvement, so its entries were left out.',
      hint: "Use one of: inclusive-opportunities, working-together, support-and-learning, communications, impact, governance.",
    },
  },
  {
    code: "standards/invalid-rating",
    severity: "warning",
    title: "A rating that is not a whole number from 1 to 5",
    example: {
      path: ["assessments", 0, "entries", 2, "rating"],
      message: "1 rating is not a whole number from 1 to 5 and was left out.",
      hint: "Rate from 1 to 5, or leave the rating out and keep the reflection.",
    },
  },
  {
    code: "standards/no-assessments",
    severity: "warning",
    title: "No self-assessment",
    example: { path: ["assessments"], message: "No UK Standards self-assessment was given." },
  },
  {
    code: "standards/no-ratings",
    severity: "info",
    title: "No entry has a rating",
    example: {
      path: ["assessments"],
      message:
        "No entry has a 1 to 5 rating, so there is no mean rating; the reflections and evidence are still counted.",
    },
  },
  {
    code: "standards/missing-standards",
    severity: "info",
    title: "Standards with no reflection",
    example: {
      path: ["assessments"],
      message: "No reflection was recorded for 2 of the six standards: Communications, Governance.",
      hint: "Reflect on every standard, even briefly, so that gaps are visible.",
    },
  },
]);

/**
 * One UK Standard's self-assessment summary. There is deliberately no pass/fail.
 *
 * @category Scores
 */
export interface StandardRow {
  /** Standard id, e.g. `"inclusive-opportunities"`. */
  standardId: UkStandardId;
  /** Standard name. */
  label: string;
  /** Entries (reflections) recorded for the standard, across all assessments. */
  entries: number;
  /** Entries with a non-empty written reflection. */
  reflections: number;
  /** Pieces of evidence listed. */
  evidence: number;
  /** Entries with a 1–5 rating. */
  ratings: number;
  /** Mean rating where given, 1–5; `null` when none was given. */
  meanRating: number | null;
  /** Mean rating from staff respondents. */
  staffMeanRating: number | null;
  /** Mean rating from public respondents. */
  publicMeanRating: number | null;
}

/**
 * The figures a {@link standards} score was built from.
 *
 * @category Scores
 */
export interface StandardsComponents {
  /** Assessments read. */
  assessments: number;
  /** One row per standard, in ppie's display order. */
  standards: StandardRow[];
  /** Standards with no entry in any assessment. */
  missing: UkStandardId[];
  /** Overall: totals and the mean of the per-standard mean ratings. */
  overall: {
    entries: number;
    reflections: number;
    evidence: number;
    ratings: number;
    meanRating: number | null;
    standardsRated: number;
  };
}

/** The six UK Standards (2019); ppie's summary of ratings, reflections and evidence. */
export const STANDARDS_SOURCES: Sources = [
  /* @__PURE__ */ cite(UK_STANDARDS_2019, "the six standards"),
  CHOICE_STANDARDS,
];

function labelOf(id: string): string {
  for (const item of ukStandards2019.items) if (item.id === id) return item.label;
  return id;
}

function fmt(x: number | null): string {
  return x === null ? "n/a" : formatNumber(x, 2);
}

/**
 * Summarise UK Standards for Public Involvement self-assessments: for each of the six
 * standards, the mean rating where one was given (1–5), how many reflections and pieces of
 * evidence were recorded; and overall. The standards are for reflection and improvement, so
 * **there is no pass/fail and no band** (UK Standards for Public Involvement 2019). Standards
 * with no entry are listed as missing; unknown standard ids are reported and left out.
 *
 * Formula: per standard, meanRating = Σ ratings / number of rated entries (all respondents;
 * staff and public means are also given); overall **value = mean of the per-standard means**
 * over the standards that have a rating (each standard weighs equally; a ppie design choice,
 * see docs/design-choices.md#evidence-against-the-uk-standards).
 *
 * Source: the UK Standards for Public Involvement (NIHR and partners, 2019), its six standards,
 * meant for reflection and improvement rather than a pass/fail score.
 *
 * Worked example (a unit test): Impact rated 4 and 2, Governance rated 5 → Impact 3, Governance
 * 5, overall (3 + 5) / 2 = 4; the other four standards listed as missing.
 *
 * @param assessment - one self-assessment or several (e.g. staff and public)
 * @returns a {@link Score} whose value is the overall mean rating (1–5), `null` when no entry
 *   has a rating
 * @example
 * ```ts
 * standards({
 *   id: "sa-1", date: "2026-03-01", kind: "standards", respondent: "staff",
 *   version: "uk-standards-2019",
 *   entries: [{ standardId: "impact", rating: 4, reflection: "We log changes.", evidence: [] }],
 * }).value; // 4
 * ```
 * @category Scores
 */
export function standards(
  assessment: StandardsAssessment | readonly StandardsAssessment[],
): Score<StandardsComponents> {
  const list: readonly StandardsAssessment[] = Array.isArray(assessment)
    ? (assessment as readonly StandardsAssessment[])
    : [assessment as StandardsAssessment];
  const diagnostics: Diagnostic[] = [];
  const acc = tallyEntries(list, diagnostics);
  const rows = standardRows(acc);
  const missing = rows.filter((r) => r.entries === 0).map((r) => r.standardId);
  const rated = rows.filter((r) => r.meanRating !== null);
  const meanRating =
    rated.length === 0
      ? null
      : rated.reduce((a, r) => a + (r.meanRating as number), 0) / rated.length;
  const overall = {
    entries: rows.reduce((a, r) => a + r.entries, 0),
    reflections: rows.reduce((a, r) => a + r.reflections, 0),
    evidence: rows.reduce((a, r) => a + r.evidence, 0),
    ratings: rows.reduce((a, r) => a + r.ratings, 0),
    meanRating,
    standardsRated: rated.length,
  };
  coverageDiagnostics(list.length, meanRating, missing, diagnostics);
  const explanation = `${list.length} self-assessment${list.length === 1 ? "" : "s"}: ${overall.entries} entries, ${overall.reflections} written reflections, ${overall.evidence} pieces of evidence. Mean rating ${fmt(meanRating)} (mean of the per-standard means over ${rated.length} rated standard${rated.length === 1 ? "" : "s"}; ${rows.map((r) => `${r.label} ${fmt(r.meanRating)}`).join(", ")}). The standards are for reflection and improvement: there is no pass or fail.`;
  return {
    id: "standards",
    value: meanRating,
    unit: "points",
    range: [1, 5],
    components: { assessments: list.length, standards: rows, missing, overall },
    explanation,
    source: STANDARDS_SOURCES,
    diagnostics,
  };
}

/** What the entries for one standard add up to, over all assessments. */
interface StandardTally {
  entries: number;
  reflections: number;
  evidence: number;
  sum: number;
  n: number;
  staffSum: number;
  staffN: number;
  publicSum: number;
  publicN: number;
}

/**
 * Count each standard's entries, reflections, evidence and valid 1–5 ratings (in standard
 * order). Another version is a warning; unknown standards and invalid ratings are left out.
 */
function tallyEntries(
  list: readonly StandardsAssessment[],
  diagnostics: Diagnostic[],
): StandardTally[] {
  const k = UK_STANDARDS_2019_STANDARD_IDS.length;
  const index = new Map<string, number>(UK_STANDARDS_2019_STANDARD_IDS.map((id, i) => [id, i]));
  const acc: StandardTally[] = Array.from({ length: k }, () => ({
    entries: 0,
    reflections: 0,
    evidence: 0,
    sum: 0,
    n: 0,
    staffSum: 0,
    staffN: 0,
    publicSum: 0,
    publicN: 0,
  }));
  const unknown = new Map<string, (string | number)[]>();
  let badRating = 0;
  let firstBad: (string | number)[] = [];

  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    if (a.version !== "uk-standards-2019") {
      diagnostics.push(
        diagnostic(
          "standards/unknown-version",
          "warning",
          ["assessments", i, "version"],
          `Assessment ${a.id} uses the version ${describeValue(a.version)}; ppie reads the 2019 UK Standards, and its entries were still counted against them.`,
          'Set version to "uk-standards-2019".',
        ),
      );
    }
    const entries = Array.isArray(a.entries) ? a.entries : [];
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      const j = index.get(entry.standardId);
      if (j === undefined) {
        if (!unknown.has(entry.standardId))
          unknown.set(entry.standardId, ["assessments", i, "entries", e, "standardId"]);
        continue;
      }
      const s = acc[j]!;
      s.entries += 1;
      if (typeof entry.reflection === "string" && entry.reflection.trim() !== "")
        s.reflections += 1;
      s.evidence += Array.isArray(entry.evidence) ? entry.evidence.length : 0;
      const r = entry.rating;
      if (r === undefined) continue;
      if (!Number.isInteger(r) || r < 1 || r > 5) {
        if (badRating === 0) firstBad = ["assessments", i, "entries", e, "rating"];
        badRating += 1;
        continue;
      }
      s.sum += r;
      s.n += 1;
      if (a.respondent === "staff") {
        s.staffSum += r;
        s.staffN += 1;
      } else if (a.respondent === "public") {
        s.publicSum += r;
        s.publicN += 1;
      }
    }
  }
  for (const [id, path] of unknown) {
    diagnostics.push(
      diagnostic(
        "standards/unknown-standard",
        "warning",
        path,
        `"${id}" is not one of the six UK Standards for Public Involvement, so its entries were left out.`,
        `Use one of: ${UK_STANDARDS_2019_STANDARD_IDS.join(", ")}.`,
      ),
    );
  }
  if (badRating > 0) {
    diagnostics.push(
      diagnostic(
        "standards/invalid-rating",
        "warning",
        firstBad,
        `${badRating} rating${badRating === 1 ? " is" : "s are"} not a whole number from 1 to 5 and ${badRating === 1 ? "was" : "were"} left out.`,
        "Rate from 1 to 5, or leave the rating out and keep the reflection.",
      ),
    );
  }
  return acc;
}

/** Each standard's counts and mean ratings (all, staff, public). */
function standardRows(acc: readonly StandardTally[]): StandardRow[] {
  return UK_STANDARDS_2019_STANDARD_IDS.map((standardId, j) => {
    const s = acc[j]!;
    return {
      standardId,
      label: labelOf(standardId),
      entries: s.entries,
      reflections: s.reflections,
      evidence: s.evidence,
      ratings: s.n,
      meanRating: s.n === 0 ? null : s.sum / s.n,
      staffMeanRating: s.staffN === 0 ? null : s.staffSum / s.staffN,
      publicMeanRating: s.publicN === 0 ? null : s.publicSum / s.publicN,
    };
  });
}

/** No assessment, no rating, or standards without an entry. */
function coverageDiagnostics(
  assessments: number,
  meanRating: number | null,
  missing: readonly string[],
  diagnostics: Diagnostic[],
): void {
  if (assessments === 0) {
    diagnostics.push(
      diagnostic(
        "standards/no-assessments",
        "warning",
        ["assessments"],
        "No UK Standards self-assessment was given.",
      ),
    );
  } else if (meanRating === null) {
    diagnostics.push(
      diagnostic(
        "standards/no-ratings",
        "info",
        ["assessments"],
        "No entry has a 1 to 5 rating, so there is no mean rating; the reflections and evidence are still counted.",
      ),
    );
  }
  if (missing.length > 0 && assessments > 0) {
    diagnostics.push(
      diagnostic(
        "standards/missing-standards",
        "info",
        ["assessments"],
        `No reflection was recorded for ${missing.length} of the six standards: ${missing.map(labelOf).join(", ")}.`,
        "Reflect on every standard, even briefly, so that gaps are visible.",
      ),
    );
  }
}
