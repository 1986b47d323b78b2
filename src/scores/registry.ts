/**
 * The registry of dataset-level measures: each measure is registered once, with its id, the
 * zod schema of its options, the function that computes it, a summary and its sources.
 * `scoreDataset`, the CLI's `ppie score`, the report builders and the rules all call it, so
 * that the same measure over the same data and options is the same number wherever it is asked
 * for.
 *
 * @module
 */
import { describeValue } from "../format.js";
import * as z from "zod";
import type { PolicyPresetId } from "../frameworks/disclosure-presets.js";
import { disclosurePresets } from "../frameworks/disclosure-presets.js";
import type { LabelledPeriod } from "../derive/period.js";
import { feedbackInPeriod, invalidPeriodCode, resolvePeriod } from "../derive/period.js";
import {
  projectView as projectViewOf,
  resolveProject,
  unknownProjectCode,
} from "../derive/scope.js";
import { IsoDateSchema } from "../model/common.js";
import type { Dataset } from "../model/dataset.js";
import type {
  CoproductionAssessment,
  Feedback,
  PpeetFeedback,
  StandardsAssessment,
} from "../model/feedback.js";
import type { Diagnostic, DiagnosticCode, Result } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic } from "../result.js";
import type { CoproductionComponents } from "./coproduction.js";
import { COPRODUCTION_SOURCES, coproduction } from "./coproduction.js";
import type { EngagementComponents } from "./engagement.js";
import { ENGAGEMENT_SOURCES, engagement } from "./engagement.js";
import type { FftComponents } from "./fft.js";
import { FFT_SOURCES, fft, sumFftCounts } from "./fft.js";
import type { Gripp2CompletenessComponents } from "./gripp2-completeness.js";
import { GRIPP2_LONG_SOURCES, gripp2Completeness } from "./gripp2-completeness.js";
import type { ImpactComponents } from "./impact.js";
import { IMPACT_SOURCES, impact } from "./impact.js";
import type { InvolvementDepthComponents } from "./involvement-depth.js";
import type { ListeningComponents } from "./listening.js";
import { LISTENING_SOURCES, listening } from "./listening.js";
import { INVOLVEMENT_DEPTH_SOURCES, involvementDepth } from "./involvement-depth.js";
import type { PaymentsComponents } from "./payments.js";
import { PAYMENTS_SOURCES, payments } from "./payments.js";
import type { Peirs22SummaryComponents } from "./peirs22.js";
import { PEIRS22_SUMMARY_SOURCES, peirs22Scores, peirs22Summary } from "./peirs22.js";
import type { PpeetComponents } from "./ppeet.js";
import { PPEET_SOURCES, ppeet } from "./ppeet.js";
import type { ReadabilityComponents } from "./readability.js";
import { READABILITY_SOURCES, readability } from "./readability.js";
import type { DatasetRepresentationComponents } from "./representation-dataset.js";
import {
  DATASET_REPRESENTATION_SOURCES,
  datasetRepresentation,
  REPRESENTATION_DIMENSION_IDS,
} from "./representation-dataset.js";
import type { Score } from "./score.js";
import type { SeldomHeardReachComponents } from "./seldom-heard-reach.js";
import { SELDOM_HEARD_REACH_SOURCES, seldomHeardReachScore } from "./seldom-heard-reach.js";
import type { StandardsComponents } from "./standards.js";
import { STANDARDS_SOURCES, standards } from "./standards.js";
import type { StrategyComponents } from "./strategy.js";
import { STRATEGY_SOURCES, strategy } from "./strategy.js";
import { ownOptionsDeep } from "../own-options.js";
import type { Sources } from "../source.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const SCORE_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "score/unknown-measure",
    severity: "error",
    title: "No measure with that id",
    example: {
      path: ["measure"],
      message: '"fft-rate" is not a measure ppie computes over a dataset.',
      hint: "Measures: fft, peirs22, ppeet, readability, representation, gripp2-completeness, involvement-depth, coproduction, standards, payments, strategy, impact, engagement.",
    },
  },
  {
    code: "score/unknown-option",
    severity: "error",
    title: "An option the measure does not take",
    example: {
      path: ["opts", "perod"],
      message: '"perod" is not an option of the payments measure.',
      hint: "Its options are: period, asOf, project, targetDays, scheme, roundMinutesTo, currency.",
    },
  },
  {
    code: "score/missing-option",
    severity: "error",
    title: "A required option is missing",
    example: {
      path: ["opts", "project"],
      message: "The involvement-depth measure needs the option project.",
      hint: "Its options are: period, asOf, project.",
    },
  },
  {
    code: "score/invalid-option",
    severity: "error",
    title: "Options that are not valid",
    example: {
      path: ["opts"],
      message: "The options of the payments measure must be an object, but they are 5.",
      hint: 'Pass an object such as { period: "2025-26" }.',
    },
  },
  {
    code: "readability/no-summary",
    severity: "error",
    title: "The project has no plain English summary to score",
    example: {
      path: ["opts", "project"],
      message: "Project p-003 has no plain English summary to score.",
      hint: "Add plainEnglishSummary to the project, or pass the text itself.",
    },
  },
  {
    code: "representation/unknown-group",
    severity: "error",
    title: "A group id that is not in the dataset",
    example: {
      path: ["opts", "group"],
      message: 'There is no group "g-999" in the dataset.',
      hint: "Groups: g-trust-panel, g-centre-advisory, g-virtual, g-p-002, g-p-005, g-p-008, g-estates.",
    },
  },
  /* @__PURE__ */ invalidPeriodCode("fft"),
  /* @__PURE__ */ invalidPeriodCode("peirs22"),
  /* @__PURE__ */ invalidPeriodCode("ppeet"),
  /* @__PURE__ */ invalidPeriodCode("representation"),
  /* @__PURE__ */ invalidPeriodCode("standards"),
  /* @__PURE__ */ unknownProjectCode("fft"),
  /* @__PURE__ */ unknownProjectCode("peirs22"),
  /* @__PURE__ */ unknownProjectCode("ppeet"),
  /* @__PURE__ */ unknownProjectCode("readability"),
  /* @__PURE__ */ unknownProjectCode("representation"),
  /* @__PURE__ */ unknownProjectCode("coproduction"),
  /* @__PURE__ */ unknownProjectCode("payments"),
  /* @__PURE__ */ unknownProjectCode("impact"),
  // listening (PALS, stories, FFT and what changed)
  /* @__PURE__ */ invalidPeriodCode("listening"),
  /* @__PURE__ */ unknownProjectCode("listening"),
]);

const PeriodInput = z.union([
  z.string().min(1).max(100),
  z.strictObject({
    start: IsoDateSchema,
    end: IsoDateSchema,
    label: z.string().max(100).optional(),
  }),
]);
const Id = z.string().min(1).max(200);
const common = {
  /** The period: a label (`"2025-26"`, `"2025-26-Q1"`, `"2025"`, `"2025-01-01..2025-06-30"`) or `{ start, end }`. */
  period: PeriodInput.optional(),
  /** The as-of date (ISO) that decides the default period. */
  asOf: IsoDateSchema.optional(),
};
const withProject = { ...common, project: Id.optional() };
const disclosurePresetIds = Object.keys(disclosurePresets) as [PolicyPresetId, ...PolicyPresetId[]];

const OPTIONS = {
  fft: z.strictObject(withProject),
  peirs22: z.strictObject(withProject),
  ppeet: z.strictObject(withProject),
  readability: z.strictObject({
    project: Id.optional(),
    text: z.string().max(1_000_000).optional(),
  }),
  representation: z.strictObject({
    ...withProject,
    group: Id.optional(),
    dimension: z.enum(REPRESENTATION_DIMENSION_IDS).default("ethnic-group"),
    geography: z.enum(["england", "england-and-wales"]).optional(),
    disclosure: z.enum(disclosurePresetIds).default("tre-10"),
  }),
  "gripp2-completeness": z.strictObject({
    project: Id,
    form: z.enum(["short", "long"]).optional(),
  }),
  "involvement-depth": z.strictObject({ ...common, project: Id }),
  coproduction: z.strictObject(withProject),
  standards: z.strictObject(common),
  payments: z.strictObject({
    ...withProject,
    targetDays: z.number().min(0).max(3650).optional(),
    scheme: Id.optional(),
    roundMinutesTo: z.int().min(1).max(1440).optional(),
    currency: z.string().length(3).optional(),
  }),
  strategy: z.strictObject({
    ...common,
    strategyId: Id.optional(),
    scope: z.enum(["organisation", "dataset"]).optional(),
    targetDays: z.number().min(0).max(3650).optional(),
  }),
  impact: z.strictObject(withProject),
  engagement: z.strictObject(withProject),
  listening: z.strictObject(withProject),
  // seldom-heard reach (issue 11): one organisation's named groups, or every organisation's
  "seldom-heard-reach": z.strictObject({ ...withProject, organisation: Id.optional() }),
} as const satisfies Record<MeasureId, z.ZodType>;

/**
 * The id of a dataset-level measure that {@link scoreDataset} computes.
 *
 * @category Scores
 */
export type MeasureId =
  | "fft"
  | "peirs22"
  | "ppeet"
  | "readability"
  | "representation"
  | "gripp2-completeness"
  | "involvement-depth"
  | "coproduction"
  | "standards"
  | "payments"
  | "strategy"
  | "impact"
  | "engagement"
  | "listening"
  | "seldom-heard-reach";

/**
 * The options a dataset-level measure takes, by measure id (as the caller writes them).
 *
 * @category Scores
 */
export type MeasureOptions<M extends MeasureId> = z.input<(typeof OPTIONS)[M]>;

/**
 * The components of each dataset-level measure's {@link Score}, by measure id.
 *
 * @category Scores
 */
export interface MeasureComponents {
  fft: FftComponents & { returns: number; period: LabelledPeriod };
  peirs22: Peirs22SummaryComponents & { period: LabelledPeriod };
  ppeet: PpeetComponents & { period: LabelledPeriod };
  readability: ReadabilityComponents;
  representation: DatasetRepresentationComponents & { period: LabelledPeriod };
  "gripp2-completeness": Gripp2CompletenessComponents;
  "involvement-depth": InvolvementDepthComponents;
  coproduction: CoproductionComponents;
  standards: StandardsComponents;
  payments: PaymentsComponents;
  strategy: StrategyComponents;
  impact: ImpactComponents;
  engagement: EngagementComponents;
  listening: ListeningComponents & { period: LabelledPeriod };
  "seldom-heard-reach": SeldomHeardReachComponents;
}

type Parsed<M extends MeasureId> = z.output<(typeof OPTIONS)[M]>;

interface Entry<M extends MeasureId> {
  readonly summary: string;
  /**
   * Where the measure comes from: the `source` its Score carries. Where a Score cites the
   * particular data it used (the GRIPP2 form; the reference table and disclosure preset of
   * representation), this lists every source the measure can cite, in the Score's order.
   */
  readonly source: Sources;
  readonly compute: (dataset: Dataset, opts: Parsed<M>) => Result<Score<MeasureComponents[M]>>;
}

/**
 * The measures that read a period: each reports a period it cannot read with a code of its
 * own, `<measure>/invalid-period` (declared in SCORE_CODES, or by the measure's module when the
 * measure reads a period itself).
 */
type PeriodMeasure = Exclude<MeasureId, "readability" | "gripp2-completeness">;

/**
 * The measures that can be narrowed to a project, by the area of their codes: each reports a
 * project that is not in the dataset as `<area>/unknown-project` (GRIPP2 completeness's area
 * is `gripp2`).
 */
type ProjectArea = Exclude<MeasureId, "standards" | "strategy" | "gripp2-completeness"> | "gripp2";

function periodOf(
  dataset: Dataset,
  opts: {
    period?: string | { start: string; end: string; label?: string | undefined } | undefined;
    asOf?: string | undefined;
  },
  measure: PeriodMeasure,
): Result<LabelledPeriod> {
  return resolvePeriod(opts.period, dataset, `${measure}/invalid-period` as const, opts.asOf);
}

function projectOk(dataset: Dataset, project: string | undefined, area: ProjectArea): Diagnostic[] {
  if (project === undefined) return [];
  const r = resolveProject(project, dataset, `${area}/unknown-project` as const);
  return r.ok ? [] : r.diagnostics;
}

/** Feedback records of one kind in a period, optionally of one project. */
function feedbackOf<K extends Feedback["kind"]>(
  dataset: Dataset,
  kind: K,
  period: LabelledPeriod | undefined,
  project: string | undefined,
): Extract<Feedback, { kind: K }>[] {
  return dataset.feedback.filter(
    (f): f is Extract<Feedback, { kind: K }> =>
      f.kind === kind &&
      (project === undefined || f.projectId === project) &&
      (period === undefined || feedbackInPeriod(f, period)),
  );
}

function ok<T>(value: T): Result<T> {
  return { ok: true, value, diagnostics: [] };
}

/** A measure of a project's records in a period: the project is checked, then the period read. */
function scoped<M extends PeriodMeasure & ProjectArea>(
  measure: M,
  dataset: Dataset,
  opts: {
    period?: Parsed<"fft">["period"];
    asOf?: string | undefined;
    project?: string | undefined;
  },
  run: (period: LabelledPeriod) => Score<MeasureComponents[M]>,
): Result<Score<MeasureComponents[M]>> {
  const bad = projectOk(dataset, opts.project, measure);
  if (bad.length > 0) return { ok: false, diagnostics: bad };
  return overPeriod(measure, dataset, opts, run);
}

/** A measure of the records in a period: the period named in the options, or the default. */
function overPeriod<M extends PeriodMeasure>(
  measure: M,
  dataset: Dataset,
  opts: { period?: Parsed<"fft">["period"]; asOf?: string | undefined },
  run: (period: LabelledPeriod) => Score<MeasureComponents[M]>,
): Result<Score<MeasureComponents[M]>> {
  const p = periodOf(dataset, opts, measure);
  if (!p.ok) return p;
  return ok(run(p.value));
}

const REGISTRY: { readonly [M in MeasureId]: Entry<M> } = {
  fft: {
    source: FFT_SOURCES,
    summary:
      "Friends and Family Test: % positive over the period's FFT returns, counts summed across units (--period, --project).",
    compute: (ds, o) =>
      scoped("fft", ds, o, (period) => {
        const returns = feedbackOf(ds, "fft", period, o.project);
        const s = fft(sumFftCounts(returns));
        return { ...s, components: { ...s.components, returns: returns.length, period } };
      }),
  },
  peirs22: {
    source: PEIRS22_SUMMARY_SOURCES,
    summary: "PEIRS-22: summary of the period's respondents' scores (--period, --project).",
    compute: (ds, o) =>
      scoped("peirs22", ds, o, (period) => {
        const s = peirs22Summary(peirs22Scores(feedbackOf(ds, "peirs22", period, o.project)));
        return { ...s, components: { ...s.components, period } };
      }),
  },
  ppeet: {
    source: PPEET_SOURCES,
    summary:
      "PPEET: item summaries of the period's PPEET responses, with the dataset's own ppeetItems (--period, --project).",
    compute: (ds, o) =>
      scoped("ppeet", ds, o, (period) => {
        const records: PpeetFeedback[] = feedbackOf(ds, "ppeet", period, o.project);
        const s = ppeet(
          records.map((f) => f.responses),
          ds.ppeetItems,
        );
        return { ...s, components: { ...s.components, period } };
      }),
  },
  readability: {
    source: READABILITY_SOURCES,
    summary: "Readability of a plain English summary: --project <id> for its summary, or --text.",
    compute: (ds, o) => {
      if (o.text !== undefined) return ok(readability(o.text));
      if (o.project === undefined) {
        return fail(
          "score/missing-option",
          ["opts", "project"],
          "The readability measure scores a text: name a project whose plain English summary to score, or give the text.",
          ds.projects[0]
            ? `For example: { project: "${ds.projects[0].id}" }.`
            : 'Pass { text: "..." }.',
        );
      }
      const r = resolveProject(o.project, ds, "readability/unknown-project");
      if (!r.ok) return r;
      if (r.value.plainEnglishSummary === undefined) {
        return fail(
          "readability/no-summary",
          ["opts", "project"],
          `Project ${r.value.id} has no plain English summary to score.`,
          "Add plainEnglishSummary to the project, or pass the text itself.",
        );
      }
      return ok(readability(r.value.plainEnglishSummary));
    },
  },
  representation: {
    source: DATASET_REPRESENTATION_SOURCES,
    summary:
      "Who was involved in the period against census shares, as the representation report publishes it: index of dissimilarity (--dimension, --group or --project, --disclosure).",
    compute: (ds, o) => {
      if (o.group !== undefined && !ds.groups.some((g) => g.id === o.group)) {
        return fail(
          "representation/unknown-group",
          ["opts", "group"],
          `There is no group ${JSON.stringify(o.group)} in the dataset.`,
          `Groups: ${
            ds.groups
              .map((g) => g.id)
              .slice(0, 12)
              .join(", ") || "none"
          }.`,
        );
      }
      return scoped("representation", ds, o, (period) => {
        const s = datasetRepresentation(ds, {
          period,
          dimension: o.dimension,
          projectId: o.project,
          groupId: o.group,
          geography: o.geography,
          disclosure: o.disclosure,
        });
        return { ...s, components: { ...s.components, period } };
      });
    },
  },
  "gripp2-completeness": {
    source: GRIPP2_LONG_SOURCES,
    summary: "Share of GRIPP2 items the data can report for a project (--project, --form).",
    compute: (ds, o) => {
      const bad = projectOk(ds, o.project, "gripp2");
      if (bad.length > 0) return { ok: false, diagnostics: bad };
      return ok(
        gripp2Completeness(
          ds,
          o.form === undefined ? { project: o.project } : { project: o.project, form: o.form },
        ),
      );
    },
  },
  "involvement-depth": {
    source: INVOLVEMENT_DEPTH_SOURCES,
    summary:
      "How deep and how wide a project's involvement was across the research cycle (--project; --period narrows it, default the project to date).",
    compute: (ds, o) => {
      const bad = projectOk(ds, o.project, "involvement-depth");
      if (bad.length > 0) return { ok: false, diagnostics: bad };
      if (o.period === undefined)
        return ok(
          involvementDepth(
            ds,
            o.asOf === undefined ? { project: o.project } : { project: o.project, asOf: o.asOf },
          ),
        );
      const p = periodOf(ds, o, "involvement-depth");
      if (!p.ok) return p;
      return ok(involvementDepth(ds, { project: o.project, period: p.value }));
    },
  },
  coproduction: {
    source: COPRODUCTION_SOURCES,
    summary:
      "Co-production self-assessments of the period: staff and public ratings of each principle (--period, --project).",
    compute: (ds, o) =>
      scoped("coproduction", ds, o, (period) =>
        coproduction(
          ds.feedback.filter((f): f is CoproductionAssessment => f.kind === "coproduction"),
          o.project === undefined ? { period } : { period, projectId: o.project },
        ),
      ),
  },
  standards: {
    source: STANDARDS_SOURCES,
    summary:
      "UK Standards for Public Involvement self-assessments of the period, standard by standard (--period).",
    compute: (ds, o) =>
      overPeriod("standards", ds, o, (period) => {
        const list: StandardsAssessment[] = feedbackOf(ds, "standards", period, undefined);
        return standards(list);
      }),
  },
  payments: {
    source: PAYMENTS_SOURCES,
    summary:
      "Payments in a period: offered, fees due, paid on time, and what involvement cost (--period, --project).",
    compute: (ds, o) =>
      scoped("payments", ds, o, (period) => {
        const { project, ...rest } = o;
        const view = project === undefined ? ds : projectViewOf(ds, project);
        return payments(view, { ...stripUndefined(rest), period });
      }),
  },
  strategy: {
    source: STRATEGY_SOURCES,
    summary: "The PPIE strategy scorecard: metrics against their targets (--period).",
    compute: (ds, o) =>
      overPeriod("strategy", ds, o, (period) => strategy(ds, { ...stripUndefined(o), period })),
  },
  impact: {
    source: IMPACT_SOURCES,
    summary:
      '"You said, we did": impact records and how often the loop was closed (--period, --project).',
    compute: (ds, o) =>
      scoped("impact", ds, o, (period) => {
        const view = o.project === undefined ? ds : projectViewOf(ds, o.project);
        return impact(view, { period });
      }),
  },
  engagement: {
    source: ENGAGEMENT_SOURCES,
    summary:
      "Engagement events and campaigns: reach in person and online, public contributors on the agenda, bursary places, against the previous period (--period, --project).",
    compute: (ds, o) =>
      scoped("engagement", ds, o, (period) =>
        engagement(ds, o.project === undefined ? { period } : { period, project: o.project }),
      ),
  },
  listening: {
    source: LISTENING_SOURCES,
    summary:
      "Listening: PALS contacts by category and outcome, stories and where they were shared, FFT by unit, and the share of them that led to a recorded change, with the previous period (--period, --project).",
    compute: (ds, o) =>
      scoped("listening", ds, o, (period) => {
        const s = listening(ds, { period, projectId: o.project });
        return { ...s, components: { ...s.components, period } };
      }),
  },
  "seldom-heard-reach": {
    source: SELDOM_HEARD_REACH_SOURCES,
    summary:
      "People from each seldom-heard group an organisation names: involved, active and reached, against the previous period (--period, --project).",
    compute: (ds, o) => {
      if (o.organisation !== undefined && !ds.organisations.some((g) => g.id === o.organisation)) {
        return fail(
          "seldom-heard-reach/unknown-organisation",
          ["opts", "organisation"],
          `There is no organisation ${JSON.stringify(o.organisation)} in the dataset.`,
          `Organisations: ${
            ds.organisations
              .map((g) => g.id)
              .slice(0, 12)
              .join(", ") || "none"
          }.`,
        );
      }
      return scoped("seldom-heard-reach", ds, o, (period) =>
        seldomHeardReachScore(ds, { period, organisation: o.organisation, project: o.project }),
      );
    },
  },
};

type Defined<T> = { [K in keyof T]?: Exclude<T[K], undefined> };

function stripUndefined<T extends object>(o: T): Defined<T> {
  const out: Record<string, unknown> = Object.create(null);
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as Defined<T>;
}

function fail<T>(
  code: DiagnosticCode,
  path: (string | number)[],
  message: string,
  hint: string,
): Result<T> {
  return { ok: false, diagnostics: [diagnostic(code, "error", path, message, hint)] };
}

/**
 * The ids of every dataset-level measure, in the order `ppie score --help` lists them.
 *
 * @category Scores
 */
export const MEASURE_IDS: readonly MeasureId[] = Object.keys(OPTIONS) as MeasureId[];

/**
 * Where a measure comes from: the publications and ppie design choices its {@link Score}
 * cites. For `gripp2-completeness` and `representation`, whose Scores cite the GRIPP2 form or
 * the reference table and disclosure preset they used, every source the measure can cite.
 *
 * @param measure - the measure id
 * @returns the sources, most important first
 * @example
 * ```ts
 * measureSource("readability")[0].id; // "flesch-1948"
 * ```
 * @category Scores
 */
export function measureSource(measure: MeasureId): Sources {
  return REGISTRY[measure].source;
}

/**
 * One line on what a measure computes and which options narrow it.
 *
 * @param measure - the measure id
 * @returns the summary
 * @category Scores
 */
export function measureSummary(measure: MeasureId): string {
  return REGISTRY[measure].summary;
}

function optionDiagnostics(
  measure: MeasureId,
  raw: Record<string, unknown>,
  error: z.ZodError,
): Diagnostic[] {
  const known = Object.keys(OPTIONS[measure].shape).join(", ");
  const out: Diagnostic[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        out.push(
          diagnostic(
            "score/unknown-option",
            "error",
            ["opts", key],
            `"${key}" is not an option of the ${measure} measure.`,
            `Its options are: ${known}.`,
          ),
        );
      }
      continue;
    }
    const key = String(issue.path[0] ?? "");
    out.push(
      diagnostic(
        issue.code === "invalid_type" && raw[key] === undefined
          ? "score/missing-option"
          : "score/invalid-option",
        "error",
        ["opts", ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))],
        raw[key] === undefined
          ? `The ${measure} measure needs the option ${key}.`
          : `The ${measure} option ${key} is ${describeValue(raw[key])}: ${issue.message}.`,
        `Its options are: ${known}.`,
      ),
    );
  }
  return out;
}

/**
 * Compute a dataset-level measure by id: the one definition that `ppie score`, every report
 * and every rule use. Options are checked first (an unknown, misspelt or invalid option is a
 * diagnostic, never ignored); a measure over a period takes the dataset's default period
 * (the latest complete financial year, see `docs/definitions.md`) unless one is given.
 *
 * @param measure - the measure id, e.g. `"payments"` (see {@link MEASURE_IDS})
 * @param dataset - a parsed dataset
 * @param options - the measure's options, e.g. `{ period: "2025-26", project: "p-001" }`
 * @returns the {@link Score} (its own diagnostics, which may include errors that explain a
 *   `null` value, ride along in the result), or, when the options are invalid, the project or
 *   group is unknown or the period cannot be read, the diagnostics that explain why there is none
 * @example
 * ```ts
 * const r = scoreDataset("payments", demoDataset, { period: "2025-26" });
 * if (r.ok) r.value.unit; // "pence"
 * ```
 * @category Scores
 */
export function scoreDataset<M extends MeasureId>(
  measure: M,
  dataset: Dataset,
  options?: MeasureOptions<M>,
): Result<Score<MeasureComponents[M]>>;
export function scoreDataset(measure: string, dataset: Dataset, options?: unknown): Result<Score>;
export function scoreDataset(
  measure: string,
  dataset: Dataset,
  options: unknown = {},
): Result<Score> {
  if (typeof measure !== "string" || !Object.hasOwn(OPTIONS, measure)) {
    return fail(
      "score/unknown-measure",
      ["measure"],
      `${describeValue(measure)} is not a measure ppie computes over a dataset.`,
      `Measures: ${MEASURE_IDS.join(", ")}.`,
    );
  }
  const id = measure as MeasureId;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    return fail(
      "score/invalid-option",
      ["opts"],
      `The options of the ${id} measure must be an object, but they are ${describeValue(options)}.`,
      'Pass an object such as { period: "2025-26" }.',
    );
  }
  // Own properties only, in objects without a prototype: an option inherited from a prototype
  // (or a polluted Object.prototype) is neither checked nor used; zod's output is copied too,
  // since an option left out would otherwise be read from Object.prototype.
  const own = ownOptionsDeep(options) as Record<string, unknown>;
  const parsed = OPTIONS[id].safeParse(own);
  if (!parsed.success) return { ok: false, diagnostics: optionDiagnostics(id, own, parsed.error) };
  const entry = REGISTRY[id] as Entry<MeasureId>;
  const r = entry.compute(dataset, ownOptionsDeep(parsed.data) as Parsed<MeasureId>);
  if (!r.ok) return r;
  const score = r.value as Score;
  return { ok: true, value: score, diagnostics: score.diagnostics };
}
