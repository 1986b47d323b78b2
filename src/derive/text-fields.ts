/**
 * Every field of a dataset that holds text a person wrote (free text, ids, labels, themes,
 * unit names), and so may carry a contributor's identifier into a report: one table, read by
 * the `privacy/identifier-in-text` rule to know where to look. Reports filter every string
 * they print (`redactReport`), so each field listed here is also removed from reports; a test
 * checks both for every entry, and another that the table lists every text field of the
 * dataset's schema.
 *
 * @module
 */
import type { Dataset } from "../model/dataset.js";
import type { RecordCollection } from "../model/parse.js";

/**
 * What a text field holds:
 * - `text`: free text;
 * - `id`: a record's own id, or a label the data chose (a theme, a unit, a method);
 * - `reference`: another record's id (looked at where that record is, not again here);
 * - `identifier`: a contributor's direct identifier, where it belongs (never looked at).
 */
export type TextFieldRole = "text" | "id" | "reference" | "identifier";

/** The collections of a dataset that hold records. */
export type TextFieldCollection = RecordCollection;

/** One text field of the dataset. */
export interface TextField {
  /** The collection whose records hold it, or `null` for a field of the dataset itself. */
  readonly collection: TextFieldCollection | null;
  /**
   * Where it is inside a record: property names, `"*"` for each element of a list, `"{}"` for
   * each key of a map (the key is the text).
   */
  readonly path: readonly string[];
  readonly role: TextFieldRole;
  /** How a message names it, e.g. `"The notes field"` (followed by "of activity a-1"). */
  readonly label: string;
}

const f = (
  collection: TextFieldCollection | null,
  path: string,
  role: TextFieldRole,
  label: string,
): TextField => ({ collection, path: path.split("."), role, label });

/** Every text field of a dataset (see the module notes). */
export const TEXT_FIELDS: readonly TextField[] = [
  f(null, "title", "text", "The title"),
  f(null, "scales.*", "id", "A scale id"),

  f("organisations", "id", "id", "The id"),
  f("organisations", "name", "text", "The name"),
  f("organisations", "seldomHeardGroups.*", "id", "A seldom-heard group"),
  f("organisations", "memberCounts.*.note", "text", "A member count's note"),

  f("strategies", "id", "id", "The id"),
  f("strategies", "organisationId", "reference", "The organisation"),
  f("strategies", "title", "text", "The title"),
  f("strategies", "objectives.*.id", "id", "An objective id"),
  f("strategies", "objectives.*.title", "text", "An objective title"),
  f("strategies", "objectives.*.metrics.*.id", "id", "A metric id"),
  f("strategies", "objectives.*.metrics.*.kind", "id", "A metric kind"),
  f("strategies", "objectives.*.metrics.*.title", "text", "A metric title"),
  f("strategies", "objectives.*.metrics.*.observations.*.note", "text", "An observation note"),
  f(
    "strategies",
    "objectives.*.metrics.*.observations.*.evidence",
    "text",
    "An observation's evidence",
  ),

  f("projects", "id", "id", "The id"),
  f("projects", "organisationId", "reference", "The organisation"),
  f("projects", "title", "text", "The title"),
  f("projects", "involvement.aim", "text", "The involvement aim"),
  f("projects", "involvement.definition", "text", "The involvement definition"),
  f("projects", "involvement.rationale", "text", "The involvement rationale"),
  f("projects", "involvement.methods", "text", "The involvement methods"),
  f("projects", "involvement.impactCapture", "text", "The impact capture plan"),
  f("projects", "involvement.economicAssessment", "text", "The economic assessment"),
  f("projects", "involvement.reflections", "text", "The reflections"),
  f("projects", "plainEnglishSummary", "text", "The plain English summary"),

  f("groups", "id", "id", "The id"),
  f("groups", "organisationId", "reference", "The organisation"),
  f("groups", "projectId", "reference", "The project"),
  f("groups", "name", "text", "The name"),
  f("groups", "memberships.*.contributorId", "reference", "A member"),
  f("groups", "memberCounts.*.note", "text", "A member count's note"),

  f("contributors", "id", "id", "The id"),
  f("contributors", "seldomHeard.*", "id", "A seldom-heard group"),
  f("contributors", "accessNeeds.*", "id", "An access need"),
  f("contributors", "positions.*.organisationId", "reference", "A position's organisation"),
  f("contributors", "positions.*.constituency", "text", "A position's constituency"),
  f("contributors", "identifiers.name", "identifier", "The name"),
  f("contributors", "identifiers.email", "identifier", "The email address"),
  f("contributors", "identifiers.phone", "identifier", "The phone number"),
  f("contributors", "identifiers.address", "identifier", "The address"),

  f("activities", "id", "id", "The id"),
  f("activities", "projectId", "reference", "The project"),
  f("activities", "groupId", "reference", "The group"),
  f("activities", "title", "text", "The title"),
  f("activities", "method", "id", "The method"),
  f("activities", "level.scale", "id", "The level's scale"),
  f("activities", "level.item", "id", "The level"),
  f("activities", "contributors.*.contributorId", "reference", "A contributor"),
  f("activities", "contributors.*.role", "id", "A contributor's role"),
  f("activities", "contributors.*.payment.reason", "text", "A payment offer's reason"),
  f("activities", "contributors.*.payment.rateCode", "id", "A payment offer's rate code"),
  f("activities", "headcount.who", "text", "Who the headcount counts"),
  f("activities", "adjustments.*", "id", "An adjustment"),
  f("activities", "outcomes.*.summary", "text", "The outcome summary"),
  f("activities", "outcomes.*.feedbackFormats.*", "id", "A format an outcome was fed back in"),
  f("activities", "notes", "text", "The notes field"),

  f("events", "id", "id", "The id"),
  f("events", "organisationId", "reference", "The organisation"),
  f("events", "projectId", "reference", "The project"),
  f("events", "title", "text", "The title"),
  f("events", "reach.audience", "text", "The audience"),
  f("events", "reach.seldomHeard.{}", "id", "A seldom-heard group reached"),
  f("events", "contributors.*.contributorId", "reference", "A contributor"),

  f("payments", "id", "id", "The id"),
  f("payments", "contributorId", "reference", "The contributor"),
  f("payments", "activityId", "reference", "The activity"),
  f("payments", "eventId", "reference", "The event"),
  f("payments", "amount.currency", "id", "The currency"),
  f("payments", "rate.scheme", "id", "The rate scheme"),
  f("payments", "rate.activityCode", "id", "The rate's activity code"),

  f("paymentRates", "scheme", "id", "The scheme"),
  f("paymentRates", "activityCode", "id", "The activity code"),
  f("paymentRates", "sourceVersion", "text", "The source version"),

  f("budgets", "id", "id", "The id"),
  f("budgets", "organisationId", "reference", "The organisation"),
  f("budgets", "projectId", "reference", "The project"),
  f("budgets", "amount.currency", "id", "The currency"),
  f("budgets", "note", "text", "The note"),

  f("training", "id", "id", "The id"),
  f("training", "organisationId", "reference", "The organisation"),
  f("training", "staffRef", "id", "The staff reference"),
  f("training", "course", "text", "The course"),

  f("feedback", "id", "id", "The id"),
  f("feedback", "projectId", "reference", "The project"),
  f("feedback", "activityId", "reference", "The activity"),
  f("feedback", "unitId", "id", "The unit"),
  f("feedback", "unitName", "text", "The unit's name"),
  f("feedback", "parentUnitId", "id", "The parent unit"),
  f("feedback", "summary", "text", "The summary"),
  f("feedback", "themes.*", "id", "A theme"),
  f("feedback", "sharedAt.*.forum", "text", "A forum the story was shared at"),
  f("feedback", "contributorId", "reference", "The contributor"),
  f("feedback", "responses.{}", "reference", "A PPEET item"),
  f("feedback", "ratings.{}", "id", "A rated principle"),
  f("feedback", "organisationId", "reference", "The organisation"),
  f("feedback", "entries.*.standardId", "id", "A standard"),
  f("feedback", "entries.*.questionId", "id", "A question"),
  f("feedback", "entries.*.reflection", "text", "A reflection"),
  f("feedback", "entries.*.evidence.*", "text", "The evidence"),

  f("ppeetItems", "id", "id", "The id"),
  f("ppeetItems", "text", "text", "The wording"),

  f("impacts", "id", "id", "The id"),
  f("impacts", "projectId", "reference", "The project"),
  f("impacts", "activityIds.*", "reference", "An activity"),
  f("impacts", "eventIds.*", "reference", "An event"),
  f("impacts", "feedbackIds.*", "reference", "A feedback record"),
  f("impacts", "contributorIds.*", "reference", "A contributor"),
  f("impacts", "youSaid", "text", 'The "you said" text'),
  f("impacts", "weDid", "text", 'The "we did" text'),
  f("impacts", "evidence.*", "text", "The evidence"),

  f("serviceChanges", "id", "id", "The id"),
  f("serviceChanges", "organisationId", "reference", "The organisation"),
  f("serviceChanges", "title", "text", "The title"),
  f("serviceChanges", "proposal", "text", "The proposal"),
  f("serviceChanges", "assessment.decidedBy", "text", "Who assessed the duty"),
  f("serviceChanges", "assessment.reason", "text", "The reason for the assessment"),
  f("serviceChanges", "affected.description", "text", "The people affected"),
  f("serviceChanges", "affected.seldomHeardGroups.*", "id", "An affected seldom-heard group"),
  f("serviceChanges", "affected.equalityConsideration", "text", "The equality consideration"),
  f("serviceChanges", "activityIds.*", "reference", "An activity"),
  f("serviceChanges", "consultation.information", "text", "The consultation information"),
  f("serviceChanges", "scrutiny.committee", "text", "The scrutiny committee"),
  f("serviceChanges", "scrutiny.response", "text", "The scrutiny committee's response"),
  f("serviceChanges", "decision.maker", "text", "The decision maker"),
  f("serviceChanges", "decision.summary", "text", "The decision"),
  f("serviceChanges", "decision.responsesConsidered", "text", "How responses were considered"),
  f("serviceChanges", "impactIds.*", "reference", "An impact record"),
];

/**
 * Called with each value of a text field: the field, the text, the position of its record in
 * the collection (-1 for a field of the dataset itself), and where the text is from the
 * dataset's root (a live stack: copy it to keep it).
 */
export type TextFieldVisitor = (
  field: TextField,
  text: string,
  index: number,
  where: readonly (string | number)[],
) => void;

/** One field of one record, as {@link visitPath} walks it. */
interface Walk {
  readonly field: TextField;
  index: number;
  /** The steps taken from the dataset's root. */
  readonly where: (string | number)[];
  readonly visit: TextFieldVisitor;
}

function visitPath(w: Walk, value: unknown, at: number): void {
  const path = w.field.path;
  if (at === path.length) {
    if (typeof value === "string") w.visit(w.field, value, w.index, w.where);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  const step = path[at] as string;
  if (step === "*") {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i++) {
      w.where.push(i);
      visitPath(w, value[i], at + 1);
      w.where.pop();
    }
  } else if (step === "{}") {
    for (const key of Object.keys(value)) {
      w.where.push(key);
      w.visit(w.field, key, w.index, w.where);
      w.where.pop();
    }
  } else if (Object.hasOwn(value, step)) {
    w.where.push(step);
    visitPath(w, (value as Record<string, unknown>)[step], at + 1);
    w.where.pop();
  }
}

/**
 * Call `visit` for every value of every text field of a dataset whose role is one of
 * `roles`, in the order of {@link TEXT_FIELDS}, records in order.
 *
 * @param dataset - the dataset
 * @param roles - the roles to visit
 * @param visit - called with each value
 */
export function forEachTextField(
  dataset: Dataset,
  roles: readonly TextFieldRole[],
  visit: TextFieldVisitor,
): void {
  for (const field of TEXT_FIELDS) {
    if (!roles.includes(field.role)) continue;
    if (field.collection === null) {
      visitPath({ field, index: -1, where: [], visit }, dataset, 0);
      continue;
    }
    const records = dataset[field.collection] as readonly unknown[];
    const step = field.path[0] as string;
    if (field.path.length === 1 && step !== "*" && step !== "{}") {
      // most fields are one property of the record: read it directly
      const where: (string | number)[] = [field.collection, 0, step];
      for (let i = 0; i < records.length; i++) {
        const text = (records[i] as Record<string, unknown>)[step];
        if (typeof text !== "string" || !Object.hasOwn(records[i] as object, step)) continue;
        where[1] = i;
        visit(field, text, i, where);
      }
      continue;
    }
    const w: Walk = { field, index: 0, where: [], visit };
    for (let i = 0; i < records.length; i++) {
      w.index = i;
      w.where.length = 0;
      w.where.push(field.collection, i);
      visitPath(w, records[i], 0);
    }
  }
}
