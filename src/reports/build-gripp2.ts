import { CHOICE_GRIPP2, CHOICE_INFLUENCE_LEVEL } from "../frameworks/design-choices.js";
import { ppieInfluenceLevel } from "../frameworks/ppie-influence-level.js";
import {
  GRIPP2_BMJ_2017,
  GRIPP2_LF_REPRODUCTION_2023,
  INVOLVE_BRIEFING_NOTES_2012,
} from "../frameworks/publications.js";
import type { Dataset } from "../model/dataset.js";
import type { InvolvementPlan, Project } from "../model/project.js";
import type { Result } from "../result.js";
import { ok } from "../result.js";
import type { Gripp2ChecklistRow } from "../scores/gripp2-completeness.js";
import { cite } from "../source.js";
import { measure } from "./measure.js";
import {
  formatQuantity,
  byDateThenId,
  cell,
  formatCount,
  formatDate,
  formatList,
  formatPercent,
  plural,
  stageLabel,
} from "./format.js";
import type { ReportContext } from "./options.js";
import { projectView } from "../derive/scope.js";
import { levelsEvidenceSentence } from "./activity-levels.js";
import { peopleInvolvedSentence } from "./project-contributors-section.js";
import {
  eventsEvidenceSentence,
  headcountsSentence,
  projectEvents,
  projectEventsSection,
} from "./project-events-section.js";
import { countPhrase } from "./small-numbers.js";
import type { Block, ChecklistBlock, Report } from "./report.js";
import { withSourcesSection } from "./sources-section.js";

/** The long form's item on the people involved, whose evidence counts people. */
const PEOPLE_ITEM = "4b-methods-people-involved";

/** The long form's item on the level or nature of involvement, shown in the scales' own words. */
const LEVEL_ITEM = "4d-methods-level-or-nature-of-involvement";

/**
 * The items that ask how involvement was done (short form 2, long form 4a), where the project's
 * engagement events with public contributors on the agenda are evidence too.
 */
const METHODS_ITEMS: ReadonlySet<string> = new Set(["2-methods", "4a-methods-design"]);

/** Which recorded text answers which GRIPP2 item (a ppie design choice, `CHOICE_GRIPP2`). */
const ITEM_FIELD: Readonly<Record<string, keyof InvolvementPlan>> = {
  "1-aim": "aim",
  "2-methods": "methods",
  "5-reflections-critical-perspective": "reflections",
  "1a-abstract-aim": "aim",
  "1b-abstract-methods": "methods",
  "2a-background-definition": "definition",
  "2b-background-theoretical-underpinnings": "rationale",
  "3-aims": "aim",
  "4a-methods-design": "methods",
  "5a-capture-qualitative-evidence": "impactCapture",
  "5b-capture-quantitative-evidence": "impactCapture",
  "5c-capture-robustness-of-measure": "impactCapture",
  "6-economic-assessment": "economicAssessment",
};

/** Items answered by the project's impact records ("you said, we did"). */
const IMPACT_ITEMS: ReadonlySet<string> = new Set([
  "3-study-results",
  "4-discussion-and-conclusions",
  "1c-abstract-results",
  "1d-abstract-conclusions",
]);

function impactLines(dataset: Dataset, project: Project, text: (s: string) => string): string[] {
  return dataset.impacts
    .filter((r) => r.projectId === project.id)
    .sort(byDateThenId)
    .slice(0, 5)
    .map((r) => `"${text(r.youSaid)}" led to: ${text(r.weDid)} (${r.status}, ${r.direction})`);
}

/**
 * The extra evidence the report adds to an item beyond the measure's own: who took part,
 * counted under the small-number rule, with headcounts kept apart (4b); the levels in the
 * scales' own words (4d); the project's engagement events (short form 2, long form 4a).
 */
function extraEvidence(
  dataset: Dataset,
  ctx: ReportContext,
  project: Project,
): ReadonlyMap<string, { replace?: string; add?: string }> {
  const activities = projectView(dataset, project.id).activities;
  const out = new Map<string, { replace?: string; add?: string }>();
  // who was involved, counted under the small-number rule as the project report counts them
  const people = peopleInvolvedSentence(dataset, ctx, activities);
  const crowd = headcountsSentence(ctx, activities);
  const who = [people, crowd].filter((x): x is string => x !== undefined).join(" ");
  if (who !== "") out.set(PEOPLE_ITEM, people === undefined ? { add: who } : { replace: who });
  const levels = levelsEvidenceSentence(activities);
  if (levels !== undefined) out.set(LEVEL_ITEM, { replace: levels });
  const events = eventsEvidenceSentence(ctx, projectEvents(dataset, project.id, undefined));
  if (events !== undefined) for (const id of METHODS_ITEMS) out.set(id, { add: events });
  return out;
}

/** The checklist's items, each with what the dataset records for it. */
function checklistItems(
  dataset: Dataset,
  ctx: ReportContext,
  project: Project,
  checklist: readonly Gripp2ChecklistRow[],
  lines: readonly string[],
): ChecklistBlock["items"] {
  const extra = extraEvidence(dataset, ctx, project);
  return checklist.map((row) => {
    const field = ITEM_FIELD[row.itemId];
    const recorded = field === undefined ? undefined : project.involvement[field];
    const more = extra.get(row.itemId);
    let detail = more?.replace ?? ctx.text(row.evidence);
    if (more?.add !== undefined) detail = `${detail} ${more.add}`;
    if (recorded !== undefined && recorded.trim() !== "")
      detail = `${ctx.text(recorded)} — ${detail}`;
    else if (IMPACT_ITEMS.has(row.itemId) && lines.length > 0)
      detail = `${detail} For example: ${lines.join("; ")}.`;
    return {
      id: row.itemId,
      code: row.code,
      label: row.label,
      status: row.status,
      detail,
      verified: row.verified,
    };
  });
}

/**
 * Build the `gripp2` report: one project's GRIPP2 short-form or long-form checklist
 * (Staniszewska et al. 2017), each item filled from what the dataset records
 * (aim, methods, stages and levels of involvement, contributors, outcomes and impacts,
 * reflections) or flagged as missing, with completeness from `gripp2Completeness`
 * (100 × (reported + 0.5 × partial) / applicable items, a ppie design choice) and the stage × level
 * detail from `involvementDepth`. For the long form, the sections whose items ppie has not
 * verified (7 to 9) are listed as unavailable, never invented.
 *
 * @param dataset - the dataset
 * @param ctx - the checked options; `ctx.project` is required
 * @returns the report
 * @example
 * ```ts
 * const r = buildReport("gripp2", demoDataset, { project: "p-001", generatedAt: "2026-04-01T09:00:00Z" });
 * if (r.ok) r.value.title.startsWith("GRIPP2 short form (GRIPP2-SF) for "); // true
 * ```
 * @category Reports
 */
export function buildGripp2Report(dataset: Dataset, ctx: ReportContext): Result<Report> {
  const project = ctx.project as Project;
  const score = measure("gripp2-completeness", dataset, { project: project.id, form: ctx.form });
  const depth = measure("involvement-depth", dataset, { project: project.id });
  const c = score.components;
  const formName =
    ctx.form === "long" ? "GRIPP2 long form (GRIPP2-LF)" : "GRIPP2 short form (GRIPP2-SF)";
  const sections: Block[] = [];

  const formPart = ctx.form === "long" ? "long form (GRIPP2-LF)" : "short form (GRIPP2-SF)";
  sections.push({
    type: "paragraph",
    tone: "note",
    text:
      `Method and sources: the ${formName} checklist for reporting patient and public involvement (Staniszewska et al. 2017), filled in from what the dataset records for project ${project.id}. ` +
      "GRIPP2 is a reporting guideline: it says what a paper should describe, not how good the involvement was. " +
      "An item is reported when the data holds what it asks for, partial when only some of it is recorded, and missing otherwise; which recorded data answers each item is a ppie design choice. " +
      "Completeness = 100 × (reported + 0.5 × partial) ÷ applicable items. GRIPP2 itself defines no score, so the half credit for partial items is also a ppie design choice. " +
      "Research stages are the seven stages of the research cycle in INVOLVE's briefing notes for researchers (INVOLVE 2012); levels of involvement are on ppie's public influence level, 0 (no influence) to 6 (public-led), onto which levels recorded on other scales are converted (a ppie design choice). " +
      "Check every entry against your manuscript before you attach it, and add page numbers.",
    sources: [
      cite(GRIPP2_BMJ_2017, formPart),
      CHOICE_GRIPP2,
      INVOLVE_BRIEFING_NOTES_2012,
      CHOICE_INFLUENCE_LEVEL,
    ],
  });
  if (ctx.form === "long") {
    sections.push({
      type: "paragraph",
      tone: "warning",
      text: `Only ${plural(c.checklist.length, "item")} of the long form's ${c.publishedItemCount} are listed: sections 1 to 6, whose wording was checked against a reproduction of the checklist in a review in BMC Rheumatology (2023) rather than the published paper, so it is marked unverified. The items of ${formatList(c.unavailable.map((u) => `section ${u.section} (${u.label})`))} are not yet verified and not shipped: complete them from the published checklist (Staniszewska et al. 2017).`,
      sources: [cite(GRIPP2_BMJ_2017, formPart), GRIPP2_LF_REPRODUCTION_2023],
    });
  }

  sections.push({ type: "heading", level: 2, text: "Reporting completeness" });
  sections.push({
    type: "metric",
    id: "gripp2-completeness",
    label: `${formName} completeness`,
    value: score.value,
    display: formatPercent(score.value),
    detail: `${formatCount(c.counts.reported)} reported, ${formatCount(c.counts.partial)} partial and ${formatCount(c.counts.missing)} missing of ${plural(c.applicable, "applicable item")}.`,
  });

  const lines = impactLines(dataset, project, ctx.text);
  const items = checklistItems(dataset, ctx, project, c.checklist, lines);
  sections.push({
    type: "checklist",
    id: `gripp2-${ctx.form}`,
    caption: `${formName}: ${ctx.text(project.title)}`,
    items,
  });

  sections.push({ type: "heading", level: 2, text: "Stages and levels of involvement" });
  const d = depth.components;
  const stagesRecorded = d.stages.filter((s) => s.activities > 0);
  sections.push({
    type: "paragraph",
    text:
      d.involvementActivities === 0
        ? "No involvement activities are recorded for this project."
        : `${plural(d.involvementActivities, "involvement activity", "involvement activities")} at ${plural(d.stagesCovered, "research stage")} of 7 (${formatList(stagesRecorded.map((s) => stageLabel(s.stage).toLowerCase()))}), with ${countPhrase(d.contributors, ctx.disclosure, "distinct contributor")} giving ${formatQuantity(Math.round(d.hours), "hour", "hours", 0)}. ` +
          `Planned stages: ${formatList(project.plannedStages.map((s) => stageLabel(s).toLowerCase()))}.`,
  });
  const levels = ppieInfluenceLevel.items;
  sections.push({
    type: "table",
    id: "gripp2-stages",
    caption: "Involvement activities by research stage and public influence level (PIL)",
    columns: [
      { key: "stage", label: "Research stage", align: "left" },
      { key: "activities", label: "Activities", align: "right" },
      { key: "deepest", label: "Deepest level", align: "left" },
      { key: "typical", label: "Typical (median) level", align: "left" },
    ],
    rows: d.stages.map((s) => {
      const deepest = s.deepest === null ? undefined : levels[s.deepest];
      const median = s.median === null ? undefined : levels[Math.floor(s.median)];
      return {
        stage: cell(stageLabel(s.stage)),
        activities: cell(formatCount(s.activities), s.activities),
        deepest: cell(deepest ? `${deepest.ordinal} ${deepest.label}` : "none", s.deepest),
        typical: cell(
          s.median === null
            ? "none"
            : Number.isInteger(s.median)
              ? `${s.median} ${median?.label ?? ""}`
              : `${s.median} (between ${median?.label ?? ""} and ${levels[Math.ceil(s.median)]?.label ?? ""})`,
          s.median,
        ),
      };
    }),
    footnote:
      "Levels are on ppie's public influence level, 0 (no influence) to 6 (public-led). Levels recorded on a published scale (such as the IAP2 spectrum, Arnstein's ladder or the ladder of co-production) are converted onto it with ppie's crosswalk. The scales are published; the influence level and the crosswalk are not: they are ppie's design choice, where a row follows a scale's own wording when that wording names the level, and is ppie's judgement otherwise (see Sources).",
  });

  const events = projectEvents(dataset, project.id, undefined);
  if (events.length > 0) sections.push(...projectEventsSection(ctx, events, "gripp2-events"));

  if (lines.length > 0) {
    sections.push({ type: "heading", level: 2, text: "Outcomes and impacts of involvement" });
    const impacts = dataset.impacts.filter((r) => r.projectId === project.id).sort(byDateThenId);
    sections.push({
      type: "table",
      id: "gripp2-impacts",
      caption: `Impact records for the project: ${plural(impacts.length, "record")}`,
      columns: [
        { key: "date", label: "Date", align: "left" },
        { key: "youSaid", label: "You said", align: "left" },
        { key: "weDid", label: "We did", align: "left" },
        { key: "status", label: "Status", align: "left" },
      ],
      rows: impacts.map((r) => ({
        date: cell(formatDate(r.date)),
        youSaid: cell(ctx.text(r.youSaid)),
        weDid: cell(ctx.text(r.weDid)),
        status: cell(`${r.status}, ${r.direction}`),
      })),
    });
  }

  return ok(
    {
      kind: "gripp2",
      title: `${formName} for ${ctx.text(project.title)}`,
      generatedAt: ctx.generatedAt,
      sections: withSourcesSection(sections),
    },
    [...score.diagnostics, ...depth.diagnostics].filter((x) => x.severity !== "info"),
  );
}
