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
import type { DisclosedCell } from "../scores/disclosure.js";
import {
  disclosedCell,
  protectGroups,
  publishedCount,
  reportPolicy,
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

/** A published count as a report cell. */
function shownCell(d: DisclosedCell): Cell {
  return disclosedCell(d);
}

/** The change between two published counts, withheld when either is. */
function changeOf(now: DisclosedCell, before: DisclosedCell): Cell {
  const a = now.value;
  const b = before.value;
  if (a === null || b === null) return withheldCell();
  return cell(formatChange(a - b), a - b);
}

/**
 * One column of counts of people, one per group, as published: under the report's rule with
 * complementary suppression, as if their total were shown (the headline of people from any
 * group is close to it), so that no hidden count can be worked out from the others.
 */
function protectedColumn(
  counts: readonly number[],
  ctx: ReportContext,
): { cells: readonly DisclosedCell[]; statement: string } {
  const p = protectGroups(counts, reportPolicy(ctx.disclosure));
  return { cells: p.counts, statement: p.statement };
}

/**
 * What the tables publish: each group's counts, protected column by column over the groups of
 * every organisation together (the headline counts people from all of them), and the rule's
 * statement for the footnote.
 */
interface PublishedRows {
  readonly rows: readonly SeldomHeardGroupReach[];
  readonly involved: readonly DisclosedCell[];
  readonly active: readonly DisclosedCell[];
  readonly reached: readonly DisclosedCell[];
  readonly previous: readonly DisclosedCell[];
  readonly statement: string;
}

function publishRows(rows: readonly SeldomHeardGroupReach[], ctx: ReportContext): PublishedRows {
  const involved = protectedColumn(
    rows.map((g) => g.involved),
    ctx,
  );
  return {
    rows,
    statement: involved.statement,
    involved: involved.cells,
    active: protectedColumn(
      rows.map((g) => g.active),
      ctx,
    ).cells,
    reached: protectedColumn(
      rows.map((g) => g.reached ?? 0),
      ctx,
    ).cells,
    previous: protectedColumn(
      rows.map((g) => g.previous.involved),
      ctx,
    ).cells,
  };
}

/** The rows of one organisation's groups, with their published counts. */
function rowsOf(p: PublishedRows, organisationId: string): PublishedRows {
  const keep = <T>(list: readonly T[]) =>
    list.filter((_, i) => p.rows[i]?.organisationId === organisationId);
  return {
    rows: keep(p.rows),
    involved: keep(p.involved),
    active: keep(p.active),
    reached: keep(p.reached),
    previous: keep(p.previous),
    statement: p.statement,
  };
}

/**
 * A seldom-heard group as a person reads it: its id made readable, hyphens as spaces and the
 * first letter a capital ("young-carers" is "Young carers").
 */
function groupName(ctx: ReportContext, id: string): string {
  const words = id.replaceAll("-", " ");
  return ctx.text(words.charAt(0).toUpperCase() + words.slice(1));
}

/** The rule's statement without its count of hidden figures (which is one column's, not the table's). */
function ruleStatement(statement: string): string {
  return statement.replace(/ ?In this table, [^.]*\./u, "").trim();
}

/** One organisation's table: a row per group it names, then (one organisation) anyone from them. */
function groupTable(
  ctx: ReportContext,
  id: string,
  caption: string,
  p: PublishedRows,
  all: { involved: number; active: number; previousInvolved: number } | undefined,
): TableBlock {
  const at = (list: readonly DisclosedCell[], i: number) => list[i] as DisclosedCell;
  const body: Record<string, Cell>[] = p.rows.map((g, i) => ({
    group: cell(groupName(ctx, g.group)),
    involved: shownCell(at(p.involved, i)),
    active: shownCell(at(p.active, i)),
    reached: g.reached === null ? cell("not recorded", null) : shownCell(at(p.reached, i)),
    previous: shownCell(at(p.previous, i)),
    change: changeOf(at(p.involved, i), at(p.previous, i)),
  }));
  if (all !== undefined) {
    const now = publishedCount(all.involved, ctx.disclosure);
    const before = publishedCount(all.previousInvolved, ctx.disclosure);
    body.push({
      group: cell("Anyone from these groups (each person once)"),
      involved: shownCell(now),
      active: shownCell(publishedCount(all.active, ctx.disclosure)),
      reached: cell(NO_DATA, null),
      previous: shownCell(before),
      change: changeOf(now, before),
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
    footnote: `${ruleStatement(p.statement)} Each column is protected on its own, across every organisation's groups, as if its total were shown; a change is shown only when both its counts are.`,
  };
}

/**
 * The sentence on groups with no one involved: named when the small-number rule lets a zero be
 * shown (and the count is shown); where it hides zeros, the groups whose number is withheld are
 * named together, since naming the empty ones would tell a withheld zero from another withheld
 * count.
 */
function noneInvolvedSentence(
  ctx: ReportContext,
  p: PublishedRows,
  period: LabelledPeriod,
): ParagraphBlock | undefined {
  const zeroShown = publishedCount(0, ctx.disclosure).value !== null;
  const pick = (keep: (d: DisclosedCell) => boolean) =>
    [
      ...new Set(p.rows.filter((_, i) => keep(p.involved[i] as DisclosedCell)).map((g) => g.group)),
    ].map((g) => groupName(ctx, g));
  if (zeroShown) {
    const none = pick((d) => d.value === 0);
    if (none.length === 0) return undefined;
    return {
      type: "paragraph",
      tone: "warning",
      text: `No one from ${none.length === 1 ? "this group" : "these groups"} was involved in ${period.label}: ${formatList(none)}.`,
    };
  }
  const hidden = pick((d) => d.value === null);
  if (hidden.length === 0) return undefined;
  return {
    type: "paragraph",
    tone: "warning",
    text: `The number of people involved in ${period.label} from ${hidden.length === 1 ? "this group is" : "each of these groups is"} withheld under the small-number rule, and may be none: ${formatList(hidden)}.`,
  };
}

/** The headline: distinct people from any named group involved, against the previous period. */
function involvedMetric(ctx: ReportContext, now: number, before: number): MetricBlock {
  const shown = publishedCount(now, ctx.disclosure);
  const prev = publishedCount(before, ctx.disclosure);
  const change = changeOf(shown, prev);
  return {
    type: "metric",
    id: "seldom-heard-involved",
    label: "People from seldom-heard groups involved",
    value: shown.value,
    display: disclosedCell(shown).text,
    detail:
      "Each person once, however many of the named groups they identify with or activities they took part in.",
    trend:
      shown.value === null
        ? { direction: "none", text: "no figure that may be shown for this period" }
        : prev.value === null
          ? { direction: "none", text: "no figure that may be shown for the previous period" }
          : {
              direction:
                shown.value > prev.value ? "up" : shown.value < prev.value ? "down" : "flat",
              text: `${change.text} since the previous period (${disclosedCell(prev).text})`,
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
  // one protection over every organisation's groups: the headline counts people from all of them
  const all = publishRows(c.groups, ctx);
  for (const orgId of c.organisations) {
    const name = ctx.text(orgs.get(orgId)?.record.name ?? orgId);
    const published = rowsOf(all, orgId);
    if (several) blocks.push({ type: "heading", level: 3, text: name });
    blocks.push(
      groupTable(
        ctx,
        several ? `seldom-heard-${orgId}` : "seldom-heard",
        `People from the seldom-heard groups ${name} names, ${period.label}`,
        published,
        several ? undefined : c,
      ),
    );
    const sentence = noneInvolvedSentence(ctx, published, period);
    if (sentence !== undefined) blocks.push(sentence);
  }
  return {
    blocks,
    diagnostics: score.diagnostics.filter((d) => d.code !== "seldom-heard-reach/no-groups"),
  };
}
