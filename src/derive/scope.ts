/**
 * Narrowing a dataset to one project, and finding the project a caller named.
 *
 * @module
 */
import type { Dataset } from "../model/dataset.js";
import type { Period } from "../model/period.js";
import type { Project } from "../model/project.js";
import type { DiagnosticCode, Result } from "../result.js";
import { diagnostic } from "../result.js";
import { facts } from "./facts.js";
import type { LabelledPeriod } from "./period.js";
import { activityDate, eventDate, feedbackDate } from "./period.js";

/**
 * The declaration of `<area>/unknown-project`, the code {@link resolveProject} raises for a
 * measure given a project id the dataset does not hold: one wording for every measure.
 *
 * @param area - the measure id, e.g. `"payments"`
 * @returns the declaration, for that area's `declareCodes` table
 */
/* @__NO_SIDE_EFFECTS__ */
export function unknownProjectCode<const A extends string>(area: A) {
  return {
    code: `${area}/unknown-project` as const,
    severity: "error" as const,
    title: "A project id that is not in the dataset",
    example: {
      path: ["project"],
      message: 'There is no project with the id "p-999" in the dataset.',
      hint: "Project ids in the dataset: p-001, p-002, p-003, p-004, p-005, p-006, p-007, p-008.",
    },
  };
}

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

/**
 * Whether a project runs during some of a period: it started on or before the period's last day
 * and had not ended before its first day (a project without an end date is still running).
 *
 * @param project - the project
 * @param period - the period
 * @returns true when the project's dates overlap the period
 */
export function projectActiveIn(project: Project, period: Period): boolean {
  return (
    project.startDate <= period.end &&
    (project.endDate === undefined || project.endDate >= period.start)
  );
}

/**
 * The whole of a project to date, as a period: from its start date to its end date (or the
 * as-of date while it runs), widened to take in the project's own records dated outside those
 * dates (involvement while the bid was written, feedback after it closed), except records dated
 * after the as-of date. A project-scoped measure or report without a period covers this span,
 * so nothing recorded against the project by the as-of date is left out, and both agree.
 * Labelled "project to date".
 *
 * @param dataset - the dataset holding the project's records
 * @param project - the project
 * @param asOfDate - the as-of date (the end of a project still running), or a function that
 *   works it out: it is asked for only when the project has no end date or has records after it
 * @returns the period
 */
export function projectSpan(
  dataset: Dataset,
  project: Project,
  asOfDate: string | (() => string),
): LabelledPeriod {
  const view = projectView(dataset, project.id);
  let known: string | undefined = typeof asOfDate === "string" ? asOfDate : undefined;
  const today = (): string => {
    known ??= (asOfDate as () => string)();
    return known;
  };
  let start = project.startDate;
  let end = project.endDate ?? today();
  if (end < start) end = start;
  const see = (d: string): void => {
    if (d < start) start = d;
    if (d > end && d <= today()) end = d;
  };
  for (const a of view.activities) see(activityDate(a));
  for (const e of view.events) see(eventDate(e));
  for (const f of view.feedback) see(feedbackDate(f));
  for (const r of view.impacts) see(r.date);
  return { start, end, label: "project to date" };
}
