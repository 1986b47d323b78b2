import { GRIPP2_LF_UNVERIFIED_SECTIONS, gripp2LongForm } from "../frameworks/gripp2-lf.js";
import { describeValue, formatNumber } from "../format.js";
import { gripp2ShortForm } from "../frameworks/gripp2-sf.js";
import type { Dataset } from "../model/dataset.js";
import type { Project } from "../model/project.js";
import type { Diagnostic } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic } from "../result.js";
import { defaultGripp2Form, resolveProject, unknownProjectCode } from "../derive/scope.js";
import type { Score } from "./score.js";
import { ownOptions } from "../own-options.js";
import type { Sources } from "../source.js";
import { GRIPP2_BMJ_2017, GRIPP2_LF_REPRODUCTION_2023 } from "../frameworks/publications.js";
import { CHOICE_ACTIVITY_MODES, CHOICE_GRIPP2 } from "../frameworks/design-choices.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const GRIPP2_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "gripp2/no-involvement-activities",
    severity: "warning",
    title: "A project with no involvement activities",
    example: {
      path: ["activities"],
      message:
        "Project p-004 has no involvement activities recorded (2 engagement or participation activities do not count).",
      hint: "Record the project's involvement activities with their stages, levels and contributors.",
    },
  },
  {
    code: "gripp2/invalid-form",
    severity: "warning",
    title: "A form that is not short or long",
    example: {
      path: ["form"],
      message: 'The form "medium" is not "short" or "long"; the short form was used.',
    },
  },
  {
    code: "gripp2/form-differs-from-project",
    severity: "info",
    title: "The form checked is not the one the project plans to report with",
    example: {
      path: ["projects", "p-001", "reporting"],
      message:
        "Project p-001 plans to report with the GRIPP2 short form, but the long form was checked.",
    },
  },
  /* @__PURE__ */ unknownProjectCode("gripp2"),
]);

/**
 * How well the recorded data answers one GRIPP2 item: `reported` (the data answers it),
 * `partial` (part of what the item asks for is recorded), `missing` (nothing recorded), or
 * `not-applicable` (no involvement record could answer it; left out of the percentage).
 *
 * @category Scores
 */
export type Gripp2ItemStatus = "reported" | "partial" | "missing" | "not-applicable";

/**
 * One line of the GRIPP2 checklist for a project.
 *
 * @category Scores
 */
export interface Gripp2ChecklistRow {
  /** GRIPP2 item id, e.g. `"4c-methods-stages-of-involvement"`. */
  itemId: string;
  /** The published item number, e.g. `"4c"`. */
  code: string;
  /** Item name. */
  label: string;
  /** Whether the recorded data answers it. */
  status: Gripp2ItemStatus;
  /** What in the dataset answers it (or what is missing), in plain English. */
  evidence: string;
  /** False when the item's wording or numbering is not verified against the primary source. */
  verified: boolean;
}

/**
 * A GRIPP2 long-form section ppie does not ship items for (sections 7–9).
 *
 * @category Scores
 */
export interface Gripp2UnavailableSection {
  /** Section number. */
  section: string;
  /** Section name (believed). */
  label: string;
  /** Always `"unavailable: items not verified"`. */
  status: "unavailable: items not verified";
}

/**
 * The figures a {@link gripp2Completeness} score was built from.
 *
 * @category Scores
 */
export interface Gripp2CompletenessComponents {
  /** The project's id (`null` when it could not be found). */
  projectId: string | null;
  /** Which checklist: short form (5 items) or long form. */
  form: "short" | "long";
  /** Item-by-item checklist. */
  checklist: Gripp2ChecklistRow[];
  /** Items by status. */
  counts: Record<Gripp2ItemStatus, number>;
  /** Items counted in the percentage (all but not-applicable). */
  applicable: number;
  /** Credit: reported = 1, partial = 0.5. */
  credit: number;
  /** Long form only: sections 7–9, reported as unavailable and not counted. */
  unavailable: Gripp2UnavailableSection[];
  /** Items of the published checklist (5 short, 34 long). */
  publishedItemCount: number;
}

/**
 * Reporting completeness as a percentage: 100 × reported / total (per-paper completeness, as
 * audits of GRIPP2 reporting count items). `reported` may include half credit for partly
 * reported items.
 *
 * Test vectors: 3 of 5 → 60.0 and 20 of 34 → 58.82 (computed); 34 of 86 → 39.53, 49 of 86 →
 * 56.98 and 51 of 86 → 59.30 (the GRIPP2 short-form figures of Weschke et al. 2023, published
 * as 40%, 57% and 59%).
 *
 * @param reported - items reported (may be fractional with partial credit), 0 ≤ reported ≤ total
 * @param total - applicable items, a positive number
 * @returns the percentage, unrounded, or `null` when the inputs are not valid
 * @example
 * ```ts
 * completenessPercent(3, 5); // 60
 * ```
 * @category Scores
 */
export function completenessPercent(reported: number, total: number): number | null {
  if (!Number.isFinite(reported) || !Number.isFinite(total)) return null;
  if (!(total > 0) || reported < 0 || reported > total) return null;
  return (100 * reported) / total;
}

/** What the dataset records about a project, gathered in one pass over each collection. */
interface ProjectEvidence {
  involvementActivities: number;
  otherActivities: number;
  methods: Map<string, number>;
  withStages: number;
  stages: Set<string>;
  withLevel: number;
  scales: Set<string>;
  withOutcome: number;
  contributors: Set<string>;
  roles: Map<string, number>;
  unknownContributors: number;
  impacts: number;
  impactsObservedOrConfirmed: number;
  impactsWithEvidence: number;
  impactsConfirmedWithEvidence: number;
  directions: { positive: number; negative: number; mixed: number };
  quantitativeFeedback: number;
  payments: number;
}

function gather(project: Project, dataset: Dataset): ProjectEvidence {
  const ev: ProjectEvidence = {
    involvementActivities: 0,
    otherActivities: 0,
    methods: new Map(),
    withStages: 0,
    stages: new Set(),
    withLevel: 0,
    scales: new Set(),
    withOutcome: 0,
    contributors: new Set(),
    roles: new Map(),
    unknownContributors: 0,
    impacts: 0,
    impactsObservedOrConfirmed: 0,
    impactsWithEvidence: 0,
    impactsConfirmedWithEvidence: 0,
    directions: { positive: 0, negative: 0, mixed: 0 },
    quantitativeFeedback: 0,
    payments: 0,
  };
  const activityIds = new Set<string>();
  for (const a of dataset.activities) {
    if (a.projectId !== project.id) continue;
    activityIds.add(a.id);
    if (a.mode !== "involvement") {
      ev.otherActivities += 1;
      continue;
    }
    ev.involvementActivities += 1;
    ev.methods.set(a.method, (ev.methods.get(a.method) ?? 0) + 1);
    if (a.stages.length > 0) ev.withStages += 1;
    for (const s of a.stages) ev.stages.add(s);
    if (a.level !== undefined) {
      ev.withLevel += 1;
      ev.scales.add(a.level.scale);
    }
    if (a.outcomes.length > 0) ev.withOutcome += 1;
    for (const c of a.contributors) ev.contributors.add(c.contributorId);
  }
  const byId = new Map(dataset.contributors.map((c) => [c.id, c]));
  for (const id of ev.contributors) {
    const c = byId.get(id);
    if (c === undefined) {
      ev.unknownContributors += 1;
      continue;
    }
    for (const r of c.roles) ev.roles.set(r, (ev.roles.get(r) ?? 0) + 1);
  }
  for (const r of dataset.impacts) {
    const mine = r.projectId === project.id || r.activityIds.some((id) => activityIds.has(id));
    if (!mine) continue;
    ev.impacts += 1;
    if (r.status === "observed" || r.status === "confirmed") ev.impactsObservedOrConfirmed += 1;
    if (r.evidence.length > 0) {
      ev.impactsWithEvidence += 1;
      if (r.status === "confirmed") ev.impactsConfirmedWithEvidence += 1;
    }
    if (Object.hasOwn(ev.directions, r.direction)) ev.directions[r.direction] += 1;
  }
  for (const f of dataset.feedback) {
    if (f.kind !== "peirs22" && f.kind !== "ppeet" && f.kind !== "coproduction") continue;
    if (f.projectId === project.id || (f.activityId !== undefined && activityIds.has(f.activityId)))
      ev.quantitativeFeedback += 1;
  }
  for (const p of dataset.payments) {
    if (p.activityId !== undefined && activityIds.has(p.activityId)) ev.payments += 1;
  }
  return ev;
}

type Check = readonly [Gripp2ItemStatus, string];

function text(value: string | undefined, what: string, field: string): Check {
  return value !== undefined && value.trim() !== ""
    ? ["reported", `${what} recorded (project.involvement.${field}).`]
    : ["missing", `No ${what.toLowerCase()} recorded (project.involvement.${field} is empty).`];
}

function both(a: boolean, b: boolean): Gripp2ItemStatus {
  return a && b ? "reported" : a || b ? "partial" : "missing";
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function topList(m: Map<string, number>, k = 6): string {
  return [...m.entries()]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, k)
    .map(([key, n]) => `${key} ${n}`)
    .join(", ");
}

function aim(p: Project): Check {
  return text(p.involvement.aim, "Aim of involvement", "aim");
}

function methods(p: Project, ev: ProjectEvidence): Check {
  const statement = p.involvement.methods !== undefined && p.involvement.methods.trim() !== "";
  const acts = ev.involvementActivities > 0;
  const status = both(statement, acts);
  const parts = [
    statement ? "methods statement recorded" : "no methods statement (project.involvement.methods)",
    acts
      ? `${plural(ev.involvementActivities, "involvement activity", "involvement activities")} by method (${topList(ev.methods)})`
      : "no involvement activities recorded",
  ];
  return [status, `${parts.join("; ")}.`];
}

function results(ev: ProjectEvidence): Check {
  if (ev.impacts > 0) {
    const d = ev.directions;
    return [
      "reported",
      `${plural(ev.impacts, "impact record")} (${d.positive} positive, ${d.negative} negative, ${d.mixed} mixed); ${plural(ev.withOutcome, "activity", "activities")} with a recorded outcome.`,
    ];
  }
  if (ev.withOutcome > 0) {
    return [
      "partial",
      `${plural(ev.withOutcome, "activity", "activities")} with a recorded outcome, but no impact ("you said, we did") records saying what changed, good or bad.`,
    ];
  }
  return ["missing", "No activity outcomes or impact records for the project."];
}

function discussion(ev: ProjectEvidence): Check {
  if (ev.impactsObservedOrConfirmed > 0) {
    return [
      "reported",
      `${plural(ev.impactsObservedOrConfirmed, "impact record")} observed or confirmed, to discuss how far involvement influenced the study.`,
    ];
  }
  if (ev.impacts > 0) {
    return [
      "partial",
      `${plural(ev.impacts, "impact record")}, all only intended (none observed or confirmed yet).`,
    ];
  }
  return ["missing", "No impact records to show how far involvement influenced the study."];
}

function reflections(p: Project): Check {
  return text(p.involvement.reflections, "Reflections", "reflections");
}

function people(ev: ProjectEvidence): Check {
  const n = ev.contributors.size;
  if (n === 0)
    return ["missing", "No contributors recorded at the project's involvement activities."];
  const roles = topList(ev.roles, 9);
  return [
    "reported",
    `${plural(n, "distinct contributor")} at involvement activities; roles: ${roles === "" ? "none on record" : roles}.`,
  ];
}

function stagesOf(ev: ProjectEvidence): Check {
  const n = ev.involvementActivities;
  if (n === 0 || ev.withStages === 0)
    return ["missing", "No involvement activity records a research stage."];
  const list = [...ev.stages].sort().join(", ");
  const status: Gripp2ItemStatus = ev.withStages === n ? "reported" : "partial";
  return [
    status,
    `${ev.withStages} of ${n} involvement activities record a stage; stages covered (${ev.stages.size} of 7): ${list}.`,
  ];
}

function levelOf(ev: ProjectEvidence): Check {
  const n = ev.involvementActivities;
  if (n === 0 || ev.withLevel === 0)
    return ["missing", "No involvement activity records a level of involvement."];
  const status: Gripp2ItemStatus = ev.withLevel === n ? "reported" : "partial";
  return [
    status,
    `${ev.withLevel} of ${n} involvement activities record a level, on the scale(s) ${[...ev.scales].sort().join(", ")}.`,
  ];
}

function hasText(v: string | undefined): boolean {
  return v !== undefined && v.trim() !== "";
}

type Rule = (p: Project, ev: ProjectEvidence) => Check;

/**
 * How each GRIPP2 item is answered from the model (a ppie design choice, see
 * docs/design-choices.md#gripp2-completeness, documented in the TSDoc).
 */
const RULES: Readonly<Record<string, Rule>> = {
  "1-aim": aim,
  "2-methods": methods,
  "3-study-results": (_p, ev) => results(ev),
  "4-discussion-and-conclusions": (_p, ev) => discussion(ev),
  "5-reflections-critical-perspective": reflections,
  "1a-abstract-aim": aim,
  "1b-abstract-methods": methods,
  "1c-abstract-results": (_p, ev) => results(ev),
  "1d-abstract-conclusions": (_p, ev) => discussion(ev),
  "1e-abstract-keywords": () => [
    "not-applicable",
    "Keywords are chosen when the paper is written; no involvement record answers this item, so it is left out of the percentage.",
  ],
  "2a-background-definition": (p) =>
    text(p.involvement.definition, "Definition of involvement", "definition"),
  "2b-background-theoretical-underpinnings": (p) =>
    text(p.involvement.rationale, "Rationale for involvement", "rationale"),
  "2c-background-concepts-and-theory-development": (p, ev) => {
    const r = hasText(p.involvement.rationale);
    const s = ev.scales.size > 0;
    return [
      both(r, s),
      `${r ? "rationale recorded" : "no rationale (project.involvement.rationale)"}; ${s ? `activity levels use the conceptual scale(s) ${[...ev.scales].sort().join(", ")}` : "no involvement scale used for activity levels"}.`,
    ];
  },
  "3-aims": aim,
  "4a-methods-design": methods,
  "4b-methods-people-involved": (_p, ev) => people(ev),
  "4c-methods-stages-of-involvement": (_p, ev) => stagesOf(ev),
  "4d-methods-level-or-nature-of-involvement": (_p, ev) => levelOf(ev),
  "5a-capture-qualitative-evidence": (p, ev) => {
    const c = hasText(p.involvement.impactCapture);
    const q = ev.impacts > 0;
    return [
      both(c, q),
      `${c ? "impact capture method recorded" : "no impact capture method (project.involvement.impactCapture)"}; ${plural(ev.impacts, "impact record")} (qualitative "you said, we did" accounts).`,
    ];
  },
  "5b-capture-quantitative-evidence": (p, ev) => {
    const c = hasText(p.involvement.impactCapture);
    const q = ev.quantitativeFeedback > 0;
    return [
      both(c, q),
      `${c ? "impact capture method recorded" : "no impact capture method (project.involvement.impactCapture)"}; ${plural(ev.quantitativeFeedback, "scored questionnaire")} (PEIRS-22, PPEET or co-production ratings) about the project.`,
    ];
  },
  "5c-capture-robustness-of-measure": (p, ev) => {
    const c = hasText(p.involvement.impactCapture);
    const q = ev.impactsConfirmedWithEvidence > 0;
    return [
      both(c, q),
      `${c ? "impact capture method recorded" : "no impact capture method (project.involvement.impactCapture)"}; ${plural(ev.impactsConfirmedWithEvidence, "confirmed impact record")} with evidence.`,
    ];
  },
  "6-economic-assessment": (p, ev) => {
    if (hasText(p.involvement.economicAssessment))
      return ["reported", "Economic assessment recorded (project.involvement.economicAssessment)."];
    if (ev.payments > 0)
      return [
        "partial",
        `No economic assessment (project.involvement.economicAssessment), but ${plural(ev.payments, "payment record")} give the cost of involvement.`,
      ];
    return ["missing", "No economic assessment and no payment records for the project."];
  },
};

/** The short form: GRIPP2's five items; the mapping from data and the half credit are ppie's. */
export const GRIPP2_SHORT_SOURCES: Sources = [
  GRIPP2_BMJ_2017,
  CHOICE_GRIPP2,
  CHOICE_ACTIVITY_MODES,
];

/**
 * The long form: GRIPP2, with the wording of sections 1 to 6 taken from a secondary
 * reproduction; every source the measure can cite.
 */
export const GRIPP2_LONG_SOURCES: Sources = [
  GRIPP2_BMJ_2017,
  GRIPP2_LF_REPRODUCTION_2023,
  CHOICE_GRIPP2,
  CHOICE_ACTIVITY_MODES,
];

function fmt(x: number): string {
  return formatNumber(x, 2);
}

/**
 * Options for {@link gripp2Completeness}.
 *
 * @category Scores
 */
export interface Gripp2CompletenessOptions {
  /** The project: its id, or the project itself. */
  project: Project | string;
  /** GRIPP2 short or long form; default the form the project says it reports with. */
  form?: "short" | "long";
}

/**
 * GRIPP2 reporting completeness for one project: which items of the GRIPP2 short form (5 items)
 * or long form a paper about the project could answer **from the involvement data recorded in
 * ppie**. GRIPP2 is a reporting guideline; this tells a team what is still to be written down
 * before writing up, not how good the involvement was.
 *
 * Each item is mapped to the fields that answer it (a ppie design choice, see
 * docs/design-choices.md#gripp2-completeness): aim ← `involvement.aim`;
 * methods ← `involvement.methods` and involvement activities with their methods; results ←
 * impact records (else activity outcomes: partial); discussion ← impact records observed or
 * confirmed (only intended: partial); reflections ← `involvement.reflections`. Long form:
 * 2a definition, 2b rationale, 2c rationale + the involvement scales used; 4b people ← the
 * contributors' roles; 4c stages ← activity stages; 4d level ← activity levels; 5a–5c ←
 * `involvement.impactCapture` with impact records, scored questionnaires, and confirmed impacts
 * with evidence; 6 ← `involvement.economicAssessment` (payment records only: partial); 1e
 * keywords is not-applicable. Only involvement-mode activities count (engagement and
 * participation are different kinds of activity, a ppie design choice, see
 * docs/design-choices.md#three-kinds-of-activity).
 *
 * Formula: **value = 100 × (reported + 0.5 × partial) / applicable items** (GRIPP2 itself
 * defines no score; the half credit for a partly reported item is a ppie design choice, see
 * docs/design-choices.md#gripp2-completeness; not-applicable items are left out).
 *
 * Long form: only sections 1–6 (17 items, checked against a secondary reproduction, so flagged
 * `verified: false`) are shipped. Sections 7–9 (17 items) are **not invented**: they are listed
 * as "unavailable: items not verified" and the percentage is over the shipped items only.
 *
 * Source: Staniszewska et al. 2017 (GRIPP2, BMJ 2017;358:j3453). Worked example (a unit
 * test): a project with an aim and methods, activities with outcomes but no impact records,
 * and no reflections → short form 1 reported, 2 reported, 3 partial, 4 missing, 5 missing →
 * 100 × 2.5 / 5 = 50.
 *
 * @param dataset - the dataset holding the project's activities, impacts and contributors
 * @param opts - the project (or its id in `dataset`) and the form: `"short"` (GRIPP2-SF) or
 *   `"long"` (GRIPP2-LF, sections 1–6), default the form the project reports with
 * @returns a {@link Score} in percent with the item-by-item checklist
 * @example
 * ```ts
 * const s = gripp2Completeness(demoDataset, { project: "p-001", form: "short" });
 * s.components.checklist.map((r) => r.status).join(" "); // "reported reported reported reported reported"
 * s.value; // 100
 * ```
 * @category Scores
 */
export function gripp2Completeness(
  dataset: Dataset,
  opts: Gripp2CompletenessOptions,
): Score<Gripp2CompletenessComponents> {
  opts = ownOptions(opts);
  const project = opts.project;
  const form = opts.form ?? defaultGripp2Form(dataset, project);
  const diagnostics: Diagnostic[] = [];
  const { isLong, checklistForm, framework, unavailable, publishedItemCount } = formOf(
    form,
    diagnostics,
  );
  const counts: Record<Gripp2ItemStatus, number> = {
    reported: 0,
    partial: 0,
    missing: 0,
    "not-applicable": 0,
  };
  const base = {
    id: "gripp2-completeness",
    unit: "percent" as const,
    range: [0, 100] as const,
    method: isLong ? "gripp2-lf" : "gripp2-sf",
    source: isLong ? GRIPP2_LONG_SOURCES : GRIPP2_SHORT_SOURCES,
  };
  const resolved = resolveProject(project, dataset, "gripp2/unknown-project");
  if (!resolved.ok) {
    return {
      ...base,
      value: null,
      components: {
        projectId: null,
        form: checklistForm,
        checklist: [],
        counts,
        applicable: 0,
        credit: 0,
        unavailable,
        publishedItemCount,
      },
      explanation: "No GRIPP2 completeness: the project could not be found.",
      diagnostics: [...diagnostics, ...resolved.diagnostics],
    };
  }
  const p = resolved.value;
  notePlannedForm(p, checklistForm, diagnostics);
  const ev = gather(p, dataset);
  const checklist = checklistRows(framework.items, p, ev, counts);
  const applicable = checklist.length - counts["not-applicable"];
  const credit = counts.reported + 0.5 * counts.partial;
  const value = completenessPercent(credit, applicable);
  if (ev.involvementActivities === 0) {
    diagnostics.push(
      diagnostic(
        "gripp2/no-involvement-activities",
        "warning",
        ["activities"],
        `Project ${p.id} has no involvement activities recorded${ev.otherActivities > 0 ? ` (${plural(ev.otherActivities, "engagement or participation activity", "engagement or participation activities")} do not count)` : ""}.`,
        "Record the project's involvement activities with their stages, levels and contributors.",
      ),
    );
  }
  return {
    ...base,
    value,
    components: {
      projectId: p.id,
      form: checklistForm,
      checklist,
      counts,
      applicable,
      credit,
      unavailable,
      publishedItemCount,
    },
    explanation: explain(counts, applicable, value, isLong, checklist.length),
    diagnostics,
  };
}

/** The form checked (the short form for an unknown one, with a warning) and what it ships. */
function formOf(
  form: "short" | "long",
  diagnostics: Diagnostic[],
): {
  isLong: boolean;
  checklistForm: "short" | "long";
  framework: typeof gripp2LongForm | typeof gripp2ShortForm;
  unavailable: Gripp2UnavailableSection[];
  publishedItemCount: number;
} {
  const isLong = form === "long";
  if (form !== "short" && form !== "long") {
    diagnostics.push(
      diagnostic(
        "gripp2/invalid-form",
        "warning",
        ["form"],
        `The form ${describeValue(form)} is not "short" or "long"; the short form was used.`,
      ),
    );
  }
  const checklistForm: "short" | "long" = isLong ? "long" : "short";
  const framework = isLong ? gripp2LongForm : gripp2ShortForm;
  const unavailable: Gripp2UnavailableSection[] = isLong
    ? GRIPP2_LF_UNVERIFIED_SECTIONS.map((s) => ({
        section: s.section,
        label: s.label,
        status: "unavailable: items not verified" as const,
      }))
    : [];
  const publishedItemCount = isLong ? 34 : 5;
  return { isLong, checklistForm, framework, unavailable, publishedItemCount };
}

/** A note when the project plans to report with the other GRIPP2 form. */
function notePlannedForm(
  p: Project,
  checklistForm: "short" | "long",
  diagnostics: Diagnostic[],
): void {
  const expected =
    p.reporting === "gripp2-long" ? "long" : p.reporting === "gripp2-short" ? "short" : null;
  if (expected !== null && expected !== checklistForm) {
    diagnostics.push(
      diagnostic(
        "gripp2/form-differs-from-project",
        "info",
        ["projects", p.id, "reporting"],
        `Project ${p.id} plans to report with the GRIPP2 ${expected} form, but the ${checklistForm} form was checked.`,
      ),
    );
  }
}

/** Each item's status and evidence from its rule (missing without one), counted by status. */
function checklistRows(
  items: readonly { id: string; code: string; label: string; verified: boolean }[],
  p: Project,
  ev: ProjectEvidence,
  counts: Record<Gripp2ItemStatus, number>,
): Gripp2ChecklistRow[] {
  return items.map((item) => {
    const rule = RULES[item.id];
    const [status, evidence]: Check = rule
      ? rule(p, ev)
      : ["missing", "ppie has no mapping from the data to this item."];
    counts[status] += 1;
    return {
      itemId: item.id,
      code: item.code,
      label: item.label,
      status,
      evidence,
      verified: item.verified,
    };
  });
}

/** The counts and the percentage, in words (with the long form's scope). */
function explain(
  counts: Record<Gripp2ItemStatus, number>,
  applicable: number,
  value: number | null,
  isLong: boolean,
  items: number,
): string {
  const scope = isLong
    ? ` Long form: the percentage is over the ${items} shipped items of sections 1–6 only (wording checked against a secondary source, so flagged unverified); sections 7–9 (17 of the 34 published items) are unavailable: items not verified.`
    : "";
  return `${counts.reported} reported, ${counts.partial} partly, ${counts.missing} missing${counts["not-applicable"] > 0 ? `, ${counts["not-applicable"]} not applicable` : ""}: 100 × (${counts.reported} + 0.5 × ${counts.partial}) / ${applicable} = ${value === null ? "n/a" : fmt(value)}%.${scope}`;
}
