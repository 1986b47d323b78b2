/**
 * Narrowing a dataset to one project, and finding the project a caller named.
 *
 * @module
 */
import type { Dataset } from "../model/dataset.js";
import type { Project } from "../model/project.js";
import type { DiagnosticCode, Result } from "../result.js";
import { diagnostic } from "../result.js";
import { facts } from "./facts.js";

/**
 * Find a project by id, or accept a project object as it is.
 *
 * @param project - a project, or its id
 * @param dataset - the dataset to look the id up in
 * @param code - the diagnostic code when the id is unknown, e.g. `"payments/unknown-project"`
 * @returns the project, or a diagnostic
 */
export function resolveProject(
  project: Project | string,
  dataset: Dataset,
  code: DiagnosticCode,
): Result<Project> {
  if (typeof project !== "string") return { ok: true, value: project, diagnostics: [] };
  const hit = facts(dataset).projects.get(project);
  if (hit !== undefined) return { ok: true, value: hit.record, diagnostics: [] };
  const ids = dataset.projects.map((p) => p.id);
  return {
    ok: false,
    diagnostics: [
      diagnostic(
        code,
        "error",
        ["project"],
        `There is no project with the id ${JSON.stringify(project.length > 60 ? `${project.slice(0, 60)}…` : project)} in the dataset.`,
        ids.length === 0
          ? "The dataset has no projects."
          : `Project ids in the dataset: ${ids.slice(0, 12).join(", ")}${ids.length > 12 ? ", …" : ""}.`,
      ),
    ],
  };
}

/**
 * The GRIPP2 form a project reports with when the caller names none: the long form for a
 * project whose `reporting` is `"gripp2-long"`, otherwise the short form.
 *
 * @param dataset - the dataset
 * @param project - the project or its id
 * @returns `"short"` or `"long"`
 */
export function defaultGripp2Form(dataset: Dataset, project: Project | string): "short" | "long" {
  const p = typeof project === "string" ? facts(dataset).projects.get(project)?.record : project;
  return p?.reporting === "gripp2-long" ? "long" : "short";
}

/**
 * The dataset seen from one project: its activities, engagement events, impact records,
 * feedback and budget lines, and the payments for those activities and events. People, groups,
 * organisations, strategies, rates, training and PPEET items are kept whole. Built once per
 * dataset and project.
 *
 * @param dataset - the dataset
 * @param projectId - the project id
 * @returns the narrowed dataset
 */
export function projectView(dataset: Dataset, projectId: string): Dataset {
  return facts(dataset).cached(`projectView\u0000${projectId}`, () => {
    const activities = dataset.activities.filter((a) => a.projectId === projectId);
    const events = dataset.events.filter((e) => e.projectId === projectId);
    const ids = new Set<string>();
    for (const a of activities) ids.add(a.id);
    const eventIds = new Set<string>();
    for (const e of events) eventIds.add(e.id);
    return {
      ...dataset,
      activities,
      events,
      impacts: dataset.impacts.filter((r) => r.projectId === projectId),
      feedback: dataset.feedback.filter((f) => f.projectId === projectId),
      budgets: dataset.budgets.filter((b) => b.projectId === projectId),
      payments: dataset.payments.filter(
        (p) =>
          (p.activityId !== undefined && ids.has(p.activityId)) ||
          (p.eventId !== undefined && eventIds.has(p.eventId)),
      ),
    };
  });
}
