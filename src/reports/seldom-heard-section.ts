/**
 * The seldom-heard reach section of the `strategy` and `impact` reports: for each group an
 * organisation names as seldom heard, the people involved, active and reached in the period
 * against the previous period, from the `seldom-heard-reach` measure, with every count of
 * people under the report's small-number rule.
 *
 * @module
 */
import { facts } from "../derive/facts.js";
import type { LabelledPeriod } from "../derive/period.js";
import { CHOICE_SELDOM_HEARD_REACH } from "../frameworks/design-choices.js";
import { UK_STANDARDS_2019 } from "../frameworks/publications.js";
import type { Dataset } from "../model/dataset.js";
import type { Diagnostic } from "../result.js";
import type { SeldomHeardGroupReach } from "../scores/seldom-heard-reach.js";
import { cell, formatChange, formatList, formatPeriod, NO_DATA } from "./format.js";
import { measure } from "./measure.js";
import type { ReportContext } from "./options.js";
import type { Block, Cell, MetricBlock, ParagraphBlock, TableBlock } from "./report.js";
import {
  disclosedCell,
  publishedCount,
  smallNumberRule,
  smallNumberSources,
  withheldCell,
} from "./small-numbers.js";

/** What the seldom-heard section adds to a report. */
export interface SeldomHeardSection {
  /** The section's blocks. */
  readonly blocks: Block[];
  /** The measure's diagnostics (no groups named: the section says so). */
  readonly diagnostics: Diagnostic[];
}

/** A count of people as the report publishes it. */
function countCell(n: number, ctx: ReportContext): Cell {
  return disclosedCell(publishedCount(n, ctx.disclosure));
}

/** The change in people involved, shown only when both counts are shown. */
function changeCell(now: number, before: number, ctx: ReportContext): Cell {
  const a = publishedCount(now, ctx.disclosure).value;
  const b = publishedCount(before, ctx.disclosure).value;
  if (a === null || b === null) return withheldCell();
  return cell(formatChange(a - b), a - b);
}

/** People reached at events: a count of people, or "not recorded". */
function reachedCell(n: number | null, ctx: ReportContext): Cell {
  return n === null ? cell("not recorded", null) : countCell(n, ctx);
}

/** One organisation's table: a row per group it names, then anyone from those groups. */
function groupTable(
  ctx: ReportContext,
  id: string,
  caption: string,
  rows: readonly SeldomHeardGroupReach[],
  all: { involved: number; active: number; previousInvolved: number } | undefined,
): TableBlock {
  const rule = smallNumberRule(ctx.disclosure);
  const body: Record<string, Cell>[] = rows.map((g) => ({
    group: cell(ctx.text(g.group)),
    involved: countCell(g.involved, ctx),
    active: countCell(g.active, ctx),
    reached: reachedCell(g.reached, ctx),
    previous: countCell(g.previous.involved, ctx),
    change: changeCell(g.involved, g.previous.involved, ctx),
  }));
  if (all !== undefined) {
    body.push({
      group: cell("Anyone from these groups (each person once)"),
      involved: countCell(all.involved, ctx),
      active: countCell(all.active, ctx),
      reached: cell(NO_DATA, null),
      previous: countCell(all.previousInvolved, ctx),
      change: changeCell(all.involved, all.previousInvolved, ctx),
    });
  }
  return {
    type: "table",
    id,
    caption,
    columns: [
      { key: "group", label: "Seldom-heard group", align: "left" },
      { key: "involved", label: "People involved", align: "right" },
      { key: "active", label: "People active", align: "right" },
      { key: "reached", label: "People reached at events", align: "right" },
      { key: "previous", label: "People involved, previous period", align: "right" },
      { key: "change", label: "Change in people involved", align: "right" },
    ],
    rows: body,
    footnote: `Counts of people below ${rule.min} are withheld (small-number rule: ${rule.name}); a change is shown only when both its counts are.`,
  };
}

/**
 * The sentence on groups with no one involved: named when the small-number rule lets a zero be
 * shown; otherwise the groups whose number is withheld are named together, since naming the
 * empty ones would tell a withheld zero from a withheld small count.
 */
function noneInvolvedSentence(
  ctx: ReportContext,
  groups: readonly SeldomHeardGroupReach[],
  period: LabelledPeriod,
): ParagraphBlock | undefined {
  const zeroShown = publishedCount(0, ctx.disclosure).value !== null;
  const names = (list: readonly SeldomHeardGroupReach[]) =>
    formatList([...new Set(list.map((g) => ctx.text(g.group)))]);
  if (zeroShown) {
    const none = groups.filter((g) => g.involved === 0);
    if (none.length === 0) return undefined;
    return {
      type: "paragraph",
      tone: "warning",
      text: `No one from ${none.length === 1 ? "this group" : "these groups"} was involved in ${period.label}: ${names(none)}.`,
    };
  }
  const hidden = groups.filter((g) => publishedCount(g.involved, ctx.disclosure).value === null);
  if (hidden.length === 0) return undefined;
  const rule = smallNumberRule(ctx.disclosure);
  return {
    type: "paragraph",
    tone: "warning",
    text: `Fewer than ${rule.min} people, and possibly no one, from ${hidden.length === 1 ? "this group" : "each of these groups"} were involved in ${period.label}: ${names(hidden)}. The exact numbers are withheld under the small-number rule.`,
  };
}

/** The headline: distinct people from any named group involved, against the previous period. */
function involvedMetric(ctx: ReportContext, now: number, before: number): MetricBlock {
  const shown = publishedCount(now, ctx.disclosure);
  const prev = publishedCount(before, ctx.disclosure).value;
  const change = changeCell(now, before, ctx);
  return {
    type: "metric",
    id: "seldom-heard-involved",
    label: "People from seldom-heard groups involved",
    value: shown.value,
    display: disclosedCell(shown).text,
    detail:
      "Each person once, however many of the named groups they identify with or activities they took part in.",
    trend:
      shown.value === null || prev === null
        ? { direction: "none", text: "no figure that may be shown for the previous period" }
        : {
            direction: shown.value > prev ? "up" : shown.value < prev ? "down" : "flat",
            text: `${change.text} since the previous period (${disclosedCell(publishedCount(before, ctx.disclosure)).text})`,
          },
  };
}

/**
 * The seldom-heard reach section, from the `seldom-heard-reach` measure (over the report's
 * period and project): a method note, then for each organisation that names seldom-heard groups
 * a table of the people involved, active and reached from each group, against the previous
 * period, with every count of people under the report's small-number rule, and a sentence
 * naming the groups with no one involved (or, where the rule hides zeros, those with fewer
 * than its threshold). When no organisation names any group, one sentence says so.
 *
 * @param dataset - the dataset
 * @param ctx - the checked options (period, project, disclosure preset)
 * @param period - the period reported on
 * @returns the blocks and the measure's diagnostics
 */
export function seldomHeardSection(
  dataset: Dataset,
  ctx: ReportContext,
  period: LabelledPeriod,
): SeldomHeardSection {
  const score = measure("seldom-heard-reach", dataset, { period, project: ctx.project?.id });
  const c = score.components;
  const heading: Block = { type: "heading", level: 2, text: "Reach to seldom-heard groups" };
  if (c.organisations.length === 0) {
    return {
      blocks: [
        heading,
        {
          type: "paragraph",
          text: "No organisation in the dataset names the groups it counts as seldom heard, so reach to them cannot be shown.",
        },
      ],
      diagnostics: [],
    };
  }
  const note: ParagraphBlock = {
    type: "paragraph",
    tone: "note",
    text:
      `Method and sources: for each group an organisation names as seldom heard, the people who identify with it and who were involved (took part in an activity or an event) from ${formatPeriod(period)}${ctx.project ? ` in ${ctx.text(ctx.project.title)}` : ""}, the people active (involved, or a member of a standing group on the period's last day), and the people the organisation's events recorded as reached from the group, beside the people involved in the previous period of the same length, ${formatPeriod(c.previousPeriod)}. ` +
      "A person in two groups counts in each group, and once in the number of people from seldom-heard groups involved. These definitions are a ppie design choice, after the inclusive opportunities standard of the UK Standards for Public Involvement (2019).",
    sources: [CHOICE_SELDOM_HEARD_REACH, UK_STANDARDS_2019, ...smallNumberSources(ctx.disclosure)],
  };
  const blocks: Block[] = [heading, note, involvedMetric(ctx, c.involved, c.previousInvolved)];
  const several = c.organisations.length > 1;
  const orgs = facts(dataset).organisations;
  for (const orgId of c.organisations) {
    const name = ctx.text(orgs.get(orgId)?.record.name ?? orgId);
    const rows = c.groups.filter((g) => g.organisationId === orgId);
    if (several) blocks.push({ type: "heading", level: 3, text: name });
    blocks.push(
      groupTable(
        ctx,
        several ? `seldom-heard-${orgId}` : "seldom-heard",
        `People from the seldom-heard groups ${name} names, ${period.label}`,
        rows,
        several ? undefined : c,
      ),
    );
    const sentence = noneInvolvedSentence(ctx, rows, period);
    if (sentence !== undefined) blocks.push(sentence);
  }
  return {
    blocks,
    diagnostics: score.diagnostics.filter((d) => d.code !== "seldom-heard-reach/no-groups"),
  };
}
