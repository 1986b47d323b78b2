/**
 * Report builders: `Dataset` → `Report` (a typed document of blocks that the renderers turn
 * into Markdown, HTML, CSV or JSON). Builders use the measures from `scores`; they compute no
 * measure themselves, and renderers compute nothing.
 *
 * @module
 */
import { match } from "ts-pattern";
import { describeError, describeValue } from "../format.js";
import type { Dataset } from "../model/dataset.js";
import type { Result } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic } from "../result.js";
import { addressLetter, buildContributorFeedbackReport } from "./build-contributor-feedback.js";
import { buildFeedbackReport } from "./build-feedback.js";
import { buildGripp2Report } from "./build-gripp2.js";
import { buildEngagementReport } from "./build-engagement.js";
import { buildImpactReport } from "./build-impact.js";
import { buildListeningReport } from "./build-listening.js";
import { buildProjectReport } from "./build-project.js";
import { buildRepresentationReport } from "./build-representation.js";
import { buildServiceChangeReport } from "./build-service-change.js";
import { buildStrategyReport } from "./build-strategy.js";
import type { ReportContext, ReportOptions } from "./options.js";
import { resolveReportOptions } from "./options.js";
import { MeasureFailed } from "./measure.js";
import { redactReport } from "./redact.js";
import type { Report, ReportKind } from "./report.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const BUILD_REPORT_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "report/internal-error",
    severity: "error",
    title: "A report could not be built because of an unexpected error",
    example: {
      path: [],
      message:
        "The strategy report could not be built because of an unexpected error: ds.activities is not iterable.",
      hint: "Check that the dataset came from parseDataset; if it did, please report this as a bug in ppie.",
    },
  },
]);

export type { ReportContext, ReportOptions } from "./options.js";
export type { SmallNumberRule } from "./small-numbers.js";
export { buildContributorFeedbackReport } from "./build-contributor-feedback.js";
export { buildFeedbackReport } from "./build-feedback.js";
export { buildGripp2Report } from "./build-gripp2.js";
export { buildEngagementReport } from "./build-engagement.js";
export { buildImpactReport } from "./build-impact.js";
export { buildListeningReport } from "./build-listening.js";
export { buildProjectReport } from "./build-project.js";
export { buildRepresentationReport } from "./build-representation.js";
export { buildServiceChangeReport } from "./build-service-change.js";
export { buildStrategyReport } from "./build-strategy.js";
export {
  contributorLabel,
  DEFAULT_REPORT_DISCLOSURE,
  identifierFilter,
  ReportOptionsSchema,
  resolveReportOptions,
} from "./options.js";
export { disclosedCell, reportPolicy, smallNumberRule } from "./small-numbers.js";
export type {
  Block,
  Cell,
  ChartBlock,
  ChecklistBlock,
  Column,
  HeadingBlock,
  IdeaBlock,
  MetricBlock,
  ParagraphBlock,
  Picture,
  Report,
  ReportKind,
  ReportPresentation,
  SourcesBlock,
  TableBlock,
} from "./report.js";
export { REPORT_KINDS } from "./report.js";

/**
 * Build a report of one kind from a dataset.
 *
 * Kinds: `gripp2` (one project's GRIPP2 short- or long-form checklist), `strategy` (the PPIE
 * strategy scorecard), `impact` ("you said, we did"), `representation` (who was involved
 * compared with the population), `project` (one project's involvement), `feedback` (FFT and
 * PEIRS-22 over time), `service-change` (the record of the legal duty to involve for each
 * proposal to change a service, or one with `serviceChange`) and `contributor-feedback` (a
 * letter telling one contributor what changed because of them, or without a contributor the
 * public "you said, we did", in plain English or Easy Read), `engagement` (engagement events
 * and campaigns: reach in person and online, public contributors on the agenda, bursary places,
 * members and governors, against the previous period) and `listening` (what was heard through
 * PALS, stories and the Friends and Family Test, and what changed because of it). Options are
 * one object shared by
 * every kind (see {@link ReportOptions}). Every report opens with a method note that cites the
 * public publications its method follows (and says which rules are ppie's own design choices),
 * and ends with a "Sources" section listing each of them once, with its full reference and link
 * (`SourcesBlock`).
 *
 * Privacy by default: no contributor's name, email, phone number or address appears unless
 * `includeIdentifiers: true` (for a `contributor-feedback` letter, that option only lets the
 * letter name its own reader, never anyone else): every string of the report (free text, titles, labels, ids,
 * themes, unit names) is filtered for them, however they are written (see `docs/reports.md`,
 * "Identifiers"); demographic and small-group
 * counts go through disclosure control with secondary suppression, and the threshold and
 * method are stated in the report. `generatedAt` is supplied by the caller, so the same input
 * always gives the same report.
 *
 * Never throws: an unknown kind, a missing or unknown option, an unknown project or service
 * change or an unreadable period is a diagnostic in a failed {@link Result}.
 *
 * @param kind - the report kind
 * @param dataset - a dataset from `parseDataset` (or `demoDataset`)
 * @param opts - report options; `generatedAt` is required
 * @returns the report, or the diagnostics that explain why there is none
 * @example
 * ```ts
 * import { buildReport } from "ppie";
 * import { demoDataset } from "ppie/demo";
 * const r = buildReport("gripp2", demoDataset, { project: "p-001", generatedAt: "2026-04-01T09:00:00Z" });
 * if (r.ok) console.log(r.value.title); // "GRIPP2 short form (GRIPP2-SF) for Home-based stroke rehabilitation trial"
 * ```
 * @category Reports
 */
export function buildReport(
  kind: ReportKind,
  dataset: Dataset,
  opts: ReportOptions,
): Result<Report> {
  try {
    const resolved = resolveReportOptions(kind, dataset, opts);
    if (!resolved.ok) return resolved;
    const ctx: ReportContext = resolved.value;
    const built = match(ctx.kind)
      .with("gripp2", () => buildGripp2Report(dataset, ctx))
      .with("strategy", () => buildStrategyReport(dataset, ctx))
      .with("impact", () => buildImpactReport(dataset, ctx))
      .with("representation", () => buildRepresentationReport(dataset, ctx))
      .with("project", () => buildProjectReport(dataset, ctx))
      .with("feedback", () => buildFeedbackReport(dataset, ctx))
      .with("service-change", () => buildServiceChangeReport(dataset, ctx))
      .with("contributor-feedback", () => buildContributorFeedbackReport(dataset, ctx))
      .with("engagement", () => buildEngagementReport(dataset, ctx))
      .with("listening", () => buildListeningReport(dataset, ctx))
      .exhaustive();
    // A letter is always filtered; opting in to identifiers lets it name its own reader only,
    // added after filtering.
    const letter = ctx.kind === "contributor-feedback";
    return built.ok
      ? {
          ok: true,
          // Every string of the report, ids and labels included, through the privacy filter.
          value: letter
            ? addressLetter(redactReport(built.value, ctx.text), ctx)
            : ctx.includeIdentifiers
              ? built.value
              : redactReport(built.value, ctx.text),
          diagnostics: [...resolved.diagnostics, ...built.diagnostics],
        }
      : { ok: false, diagnostics: [...resolved.diagnostics, ...built.diagnostics] };
  } catch (err) {
    if (isMeasureFailed(err)) return { ok: false, diagnostics: err.diagnostics };
    return {
      ok: false,
      diagnostics: [
        diagnostic(
          "report/internal-error",
          "error",
          [],
          `The ${typeof kind === "string" ? kind : describeValue(kind)} report could not be built because of an unexpected error: ${describeError(err)}.`,
          "Check that the dataset came from parseDataset; if it did, please report this as a bug in ppie.",
        ),
      ],
    };
  }
}

/** Whether a caught value is a {@link MeasureFailed}; never throws (a Proxy's traps may). */
function isMeasureFailed(err: unknown): err is MeasureFailed {
  try {
    return err instanceof MeasureFailed;
  } catch {
    return false;
  }
}
