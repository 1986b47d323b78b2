/**
 * The text of docs/reference-ids.md: every id a dataset may use for a strategy metric kind, an
 * involvement scale and its items, a co-production principle, a contributor role, an event kind
 * and role, a PALS category and outcome, and an organisation or group kind, each with what it
 * means. Written from the frameworks data and the model's own lists by `npm run docs:ids`
 * (scripts/gen-reference-ids.ts), so a kind added to the data is listed on the next run;
 * test/docs/reference-ids.test.ts fails when the file on disk differs from what this writes.
 */
import { AGENDA_ROLES } from "../src/derive/events.js";
import { toInfluenceLevel } from "../src/frameworks/crosswalk.js";
import { involveCoproduction2018 } from "../src/frameworks/involve-coproduction-2018.js";
import { involvementScales } from "../src/frameworks/involvement-scales.js";
import { ppieInfluenceLevel } from "../src/frameworks/ppie-influence-level.js";
import { scieCoproductionPrinciples } from "../src/frameworks/scie-coproduction-principles.js";
import { strategyMetricKinds, strategyPillars } from "../src/frameworks/strategy-pillars.js";
import { EngagementEventSchema, EVENT_ROLES } from "../src/model/event.js";
import { PALS_OUTCOMES, PalsFeedbackSchema } from "../src/model/feedback.js";
import { GroupSchema } from "../src/model/group.js";
import { OrganisationSchema } from "../src/model/organisation.js";
import {
  ORGANISATIONAL_CONTRIBUTOR_ROLES,
  PUBLIC_CONTRIBUTOR_ROLES,
} from "../src/model/vocabulary.js";
import { humanize } from "../src/reports/format.js";
import { ENGAGEMENT_EVENT_KINDS } from "../src/scores/engagement.js";
import { STRATEGY_COMPUTED_KINDS } from "../src/scores/strategy.js";

/** A cell of a Markdown table: pipes escaped, line breaks made spaces. */
function c(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

/** A Markdown table from its header and rows. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(c).join(" | ")} |`),
  ].join("\n");
}

/**
 * The unit ppie computes each computed metric kind in. A computed kind missing here (one added
 * since) is listed as taking the unit its metric records.
 */
const COMPUTED_UNITS: Readonly<Record<string, string>> = {
  "staff-trained-count": "count (staff)",
  "payment-timeliness": "percent",
  "ppie-budget-allocated": "pence",
  "projects-with-ppie-share": "percent",
  "stages-covered": "count (mean stages per project)",
  "contributor-hours": "hours",
  "active-contributors-count": "count (people)",
  "impact-log-entries": "count (records)",
  "feedback-loop-closed-share": "percent",
  "contributor-experience-score": "score (0 to 100)",
  "agenda-share": "percent (of events)",
  "bursary-places": "count (places)",
  "event-reach": "count (people reached)",
  "seldom-heard-reach": "count (people)",
  "co-authored-outputs": "count (outputs)",
  "representation-vs-population": "percent (100 × D, lower is better)",
};

/** The strategy metric kinds, pillar by pillar in the frameworks' order. */
function metricKinds(): string {
  const computed: ReadonlySet<string> = new Set(STRATEGY_COMPUTED_KINDS);
  const kinds: readonly { id: string; pillar: string; label: string; summary: string }[] =
    strategyMetricKinds;
  const pillarLabel = new Map<string, string>(strategyPillars.map((p) => [p.id, p.label]));
  const rows = kinds.map((k) => {
    const own = (k as { unit?: unknown }).unit;
    const isComputed = computed.has(k.id);
    const unit =
      typeof own === "string"
        ? own
        : isComputed
          ? (COMPUTED_UNITS[k.id] ?? "as the metric records it")
          : "as the metric records it";
    return [
      `\`${k.id}\``,
      pillarLabel.get(k.pillar) ?? humanize(k.pillar),
      unit,
      isComputed ? "computed from the records" : "observed (you record the value)",
      `${k.label}: ${k.summary}`,
    ];
  });
  return [
    "## Strategy metric kinds",
    "",
    "A strategy metric's `kind`. The pillars and the kinds are a ppie design choice (see [design choices](./design-choices.md#strategy-pillars-and-metrics)). A computed kind takes its value from the dataset's records; an observed kind takes the value you record in the metric's `observations` for that exact period. Involvement depth distribution has no single number: ppie shows the counts of activities by level and takes the value from your records. An organisation may use a kind of its own: it is observed.",
    "",
    table(["Kind", "Pillar", "Unit", "Value", "What it counts"], rows),
  ].join("\n");
}

/** Every involvement scale and its items, with the public influence level each maps to. */
function scales(): string {
  const parts = [
    "## Involvement scales and their items",
    "",
    "An activity's `level` is `{ scale, item }`: a scale id and one of its item ids. Reports show the item's label (the scale's own word) beside the public influence level it maps to by ppie's crosswalk (a ppie design choice, see [design choices](./design-choices.md#the-public-influence-level-and-the-crosswalk)); a dash means the item has no place on it.",
  ];
  for (const [id, scale] of Object.entries(involvementScales)) {
    const items: readonly { id: string; label: string; ordinal: number }[] = scale.items;
    parts.push(
      "",
      `### \`${id}\`: ${c(scale.name)}`,
      "",
      table(
        ["Item", "Label", "Public influence level"],
        items.map((i) => {
          const level = toInfluenceLevel(id, i.id);
          const label = ppieInfluenceLevel.items.find((p) => p.ordinal === level)?.label;
          return [
            `\`${i.id}\``,
            i.label,
            level === undefined ? "—" : `${level} ${label ?? ""}`.trim(),
          ];
        }),
      ),
    );
  }
  return parts.join("\n");
}

/** The co-production principles of INVOLVE (2018) and SCIE. */
function principles(): string {
  const involve: readonly { id: string; label: string; list?: string; summary: string }[] =
    involveCoproduction2018.items;
  const scie: readonly { id: string; label: string; summary: string }[] =
    scieCoproductionPrinciples.items;
  const listLabel = new Map<string, string>(
    involveCoproduction2018.lists.map((l) => [l.id, l.label]),
  );
  return [
    "## Co-production principles",
    "",
    `### \`${involveCoproduction2018.id}\`: ${c(involveCoproduction2018.name)}`,
    "",
    table(
      ["Id", "List", "Label", "In short (ppie's paraphrase)"],
      involve.map((i) => [`\`${i.id}\``, listLabel.get(i.list ?? "") ?? "", i.label, i.summary]),
    ),
    "",
    `### \`${scieCoproductionPrinciples.id}\`: ${c(scieCoproductionPrinciples.name)}`,
    "",
    table(
      ["Id", "Label", "In short (ppie's paraphrase)"],
      scie.map((i) => [`\`${i.id}\``, i.label, i.summary]),
    ),
  ].join("\n");
}

/**
 * Words for the ids whose meaning is not plain from the id itself (from the model's TSDoc); any
 * other id, one added since included, is written out from the id.
 */
const WORDS: Readonly<Record<string, string>> = {
  "role:member-of-public": "Member of the public",
  "role:member": "Member (of a foundation trust or a charity)",
  "role:governor": "Governor (of a foundation trust)",
  "role:ppi-champion":
    "PPI champion: a member of staff who champions public involvement in their team",
  "pals:signposted": "Signposted to another service",
  "pals:referred-to-complaints": "Referred to the complaints process",
  "pals:open": "Still open",
  "organisation:nhs-trust": "NHS trust",
  "organisation:integrated-care-board": "Integrated care board (ICB)",
  "organisation:healthwatch": "Local Healthwatch",
  "organisation:patient-participation-group": "A GP practice's patient participation group",
  "group:ppi-group": "PPI group",
  "group:citizens-assembly": "Citizens' assembly",
  "group:assembly":
    "Assembly of equal partners (people who use services, carers and staff with an equal say)",
  "group:co-production-group": "Co-production group",
};

/** A table of ids and their words. */
function ids(header: string, list: readonly string[], area: string): string {
  return table(
    [header, "In words"],
    list.map((id) => [`\`${id}\``, WORDS[`${area}:${id}`] ?? humanize(id)]),
  );
}

/** Contributor roles, public and organisational. */
function roles(): string {
  return [
    "## Contributor roles",
    "",
    "A contributor's `roles`. The public roles make a person a public contributor; the organisational roles (also a `position`'s `role`, with the organisation and dates) do not on their own.",
    "",
    "### Public roles",
    "",
    ids("Role", PUBLIC_CONTRIBUTOR_ROLES, "role"),
    "",
    "### Organisational roles",
    "",
    ids("Role", ORGANISATIONAL_CONTRIBUTOR_ROLES, "role"),
  ].join("\n");
}

/** Event kinds and the roles a public contributor can take in an event. */
function events(): string {
  const agenda: ReadonlySet<string> = new Set(AGENDA_ROLES);
  return [
    "## Engagement events",
    "",
    "### Event kinds",
    "",
    "An engagement event's `kind`.",
    "",
    table(
      ["Kind", "In words"],
      EngagementEventSchema.shape.kind.options.map((id) => [
        `\`${id}\``,
        (ENGAGEMENT_EVENT_KINDS as Readonly<Record<string, string>>)[id] ?? humanize(id),
      ]),
    ),
    "",
    "### Event roles",
    "",
    "A public contributor's `role` in an event's `contributors`. The roles on the agenda count towards the share of events with a public contributor on the agenda; a bursary is a funded place to attend.",
    "",
    table(
      ["Role", "On the agenda"],
      EVENT_ROLES.map((r) => [`\`${r}\``, agenda.has(r) ? "yes" : "no (a funded place)"]),
    ),
  ].join("\n");
}

/** PALS categories and outcomes. */
function pals(): string {
  return [
    "## PALS contacts",
    "",
    "A Patient Advice and Liaison Service (PALS) contact's `category` and `outcome`.",
    "",
    "### Categories",
    "",
    ids("Category", PalsFeedbackSchema.shape.category.options, "pals"),
    "",
    "### Outcomes",
    "",
    ids("Outcome", PALS_OUTCOMES, "pals"),
  ].join("\n");
}

/** Organisation and group kinds. */
function kinds(): string {
  return [
    "## Organisation and group kinds",
    "",
    "### Organisation kinds",
    "",
    ids("Kind", OrganisationSchema.shape.kind.options, "organisation"),
    "",
    "### Group kinds",
    "",
    ids("Kind", GroupSchema.shape.kind.options, "group"),
  ].join("\n");
}

/**
 * The page, written from the data.
 *
 * @returns the Markdown of docs/reference-ids.md
 */
export function referenceIdsDocument(): string {
  return `${[
    "---",
    "title: Reference ids",
    "---",
    "",
    "# Reference ids",
    "",
    "<!-- Generated by scripts/gen-reference-ids.ts from the frameworks data and the model's lists: do not edit by hand. Run `npm run docs:ids`. -->",
    "",
    "The ids a dataset uses for the things ppie knows by name: strategy metric kinds, involvement scales and their items, co-production principles, contributor roles, engagement event kinds and roles, PALS categories and outcomes, and organisation and group kinds. Each is listed with what it means; [Reference frameworks](./reference-data.md) explains the frameworks themselves and [Definitions](./definitions.md) what ppie counts with them.",
    "",
    metricKinds(),
    "",
    scales(),
    "",
    principles(),
    "",
    roles(),
    "",
    events(),
    "",
    pals(),
    "",
    kinds(),
  ].join("\n")}\n`;
}
