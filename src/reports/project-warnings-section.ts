/**
 * The open warnings section of the `project` report: what the rules find (warnings and errors,
 * not information) in the records of one project, run with the report's rule settings.
 *
 * @module
 */
import type { Dataset } from "../model/dataset.js";
import type { Project } from "../model/project.js";
import type { Diagnostic } from "../result.js";
import { cell, plural, whereInRecord } from "./format.js";
import type { ReportContext } from "./options.js";
import type { Block } from "./report.js";

/** Whether a diagnostic's path points at a record of this project. */
function aboutProject(
  d: Diagnostic,
  dataset: Dataset,
  project: Project,
  activityIds: Set<string>,
): boolean {
  const [collection, index] = d.path;
  if (typeof index !== "number") return false;
  switch (collection) {
    case "projects":
      return dataset.projects[index]?.id === project.id;
    case "activities":
      return dataset.activities[index]?.projectId === project.id;
    case "payments": {
      const a = dataset.payments[index]?.activityId;
      return a !== undefined && activityIds.has(a);
    }
    case "impacts":
      return dataset.impacts[index]?.projectId === project.id;
    case "feedback":
      return dataset.feedback[index]?.projectId === project.id;
    case "groups":
      return dataset.groups[index]?.projectId === project.id;
    case "events":
      return dataset.events[index]?.projectId === project.id;
    default:
      return false;
  }
}

/**
 * The open warnings section: its heading and the table of the project's findings (severity,
 * code, where, and what to look at), or a sentence saying there are none.
 *
 * @param dataset - the dataset
 * @param ctx - the checked options (the identifier filter)
 * @param project - the project
 * @param findings - what the rules found in the whole dataset (`ruleFindings`, with the
 *   report's as-of date and rule settings)
 * @returns the section's blocks
 */
export function openWarningsSection(
  dataset: Dataset,
  ctx: ReportContext,
  project: Project,
  findings: readonly Diagnostic[],
): Block[] {
  const heading: Block = { type: "heading", level: 2, text: "Open warnings" };
  const projectActivityIds = new Set(
    dataset.activities.filter((a) => a.projectId === project.id).map((a) => a.id),
  );
  const warnings = findings.filter(
    (x) => x.severity !== "info" && aboutProject(x, dataset, project, projectActivityIds),
  );
  if (warnings.length === 0) {
    return [
      heading,
      {
        type: "paragraph",
        text: "ppie's checks of the dataset find no open warnings in this project's records.",
      },
    ];
  }
  return [
    heading,
    {
      type: "table",
      id: "project-warnings",
      caption: `Open warnings from ppie's checks of the dataset: ${plural(warnings.length, "finding")}`,
      columns: [
        { key: "severity", label: "Severity", align: "left" },
        { key: "code", label: "Code", align: "left" },
        { key: "where", label: "Where", align: "left" },
        { key: "message", label: "What to look at", align: "left" },
      ],
      rows: warnings.map((w) => ({
        severity: cell(w.severity),
        code: cell(w.code),
        where: cell(whereInRecord(w.path)),
        message: cell(ctx.text(w.hint ? `${w.message} ${w.hint}` : w.message)),
      })),
    },
  ];
}
