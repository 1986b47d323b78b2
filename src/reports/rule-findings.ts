/**
 * The rules a report runs to list open warnings (the `project` report's "Open warnings", the
 * `service-change` report's findings), with the caller's settings, so that a report lists what
 * `ppie validate` finds with the same settings.
 *
 * @module
 */
import type { Dataset } from "../model/dataset.js";
import type { Diagnostic } from "../result.js";
import { checkDataset } from "../rules/check.js";
import type { ReportContext } from "./options.js";

/**
 * Run the rules for a report: their findings, and any problem with the rule settings given
 * (`check/...`), as a diagnostic of the report about its `rules` option.
 *
 * @param dataset - the dataset
 * @param ctx - the checked options: the as-of date and the rule settings
 * @returns the findings, and the problems with the settings
 * @example
 * ```ts
 * const ctx = { asOf: "2026-03-31", rules: { "activity/no-feedback-to-contributors": "off" } };
 * ruleFindings(demoDataset, ctx).settings; // []
 * ```
 */
export function ruleFindings(
  dataset: Dataset,
  ctx: Pick<ReportContext, "asOf" | "rules">,
): { findings: Diagnostic[]; settings: Diagnostic[] } {
  const all = checkDataset(dataset, {
    asOf: ctx.asOf,
    ...(ctx.rules === undefined ? {} : { rules: ctx.rules }),
  });
  const findings: Diagnostic[] = [];
  const settings: Diagnostic[] = [];
  for (const d of all) {
    if (d.code.startsWith("check/")) settings.push({ ...d, path: ["opts", ...d.path] });
    else findings.push(d);
  }
  return { findings, settings };
}
