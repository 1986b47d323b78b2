/**
 * The PALS, stories and "what changed" sections of the `listening` report, every figure from
 * the `listening` measure (see `listening-scope.ts`).
 *
 * @module
 */
import type { ImpactRecord } from "../model/impact.js";
import type { PalsCategory, PalsOutcomeRow } from "../scores/listening.js";
import { PALS_CATEGORIES, PALS_OUTCOME_ROWS } from "../scores/listening.js";
import {
  cell,
  formatCount,
  formatDate,
  formatPercent,
  formatPeriod,
  humanize,
  NO_DATA,
  plural,
} from "./format.js";
import { impactSourcesInWords, joinSources } from "./impact-sources.js";
import type { ListeningScope } from "./listening-scope.js";
import type { Block, ChartBlock, TableBlock } from "./report.js";
import type { DisclosedCell, DisclosedTable } from "../scores/disclosure.js";
import {
  disclosedCell,
  publishedCount,
  publishedStatistic,
  WITHHELD,
  withheldCell,
} from "./small-numbers.js";

/** Display labels of PALS categories. */
export const PALS_CATEGORY_LABELS: Readonly<Record<PalsCategory, string>> = {
  concern: "Concern",
  complaint: "Complaint",
  compliment: "Compliment",
  enquiry: "Enquiry",
  suggestion: "Suggestion",
};

/** Display labels of PALS outcomes, with "not recorded" for a contact without one. */
const OUTCOME_LABELS: Readonly<Record<PalsOutcomeRow, string>> = {
  resolved: "Resolved",
  "information-given": "Information given",
  signposted: "Signposted",
  "referred-to-complaints": "Referred to complaints",
  open: "Still open",
  other: "Other",
  "not-recorded": "Outcome not recorded",
};

/** A table of PALS contacts by one field (category or outcome), under disclosure control. */
function palsTable(
  id: string,
  caption: string,
  heading: string,
  labels: readonly string[],
  table: DisclosedTable,
): TableBlock {
  const count = (d: DisclosedCell | undefined) => (d ? disclosedCell(d) : withheldCell());
  return {
    type: "table",
    id,
    caption,
    columns: [
      { key: "label", label: heading, align: "left" },
      { key: "contacts", label: "Contacts", align: "right" },
    ],
    rows: [
      ...labels.map((label, i) => ({ label: cell(label), contacts: count(table.rows[i]?.[0]) })),
      { label: cell("All contacts"), contacts: count(table.grandTotal) },
    ],
    footnote: table.statement,
  };
}

/** The bar chart of PALS contacts by category, from the table's published totals. */
function palsChart(s: ListeningScope): ChartBlock {
  const values = PALS_CATEGORIES.map((_, i) => s.pals.byCategory.rows[i]?.[0]?.value ?? null);
  const labels = values.map((v) => (v === null ? WITHHELD : formatCount(v)));
  const said = PALS_CATEGORIES.map(
    (cat, i) => `${PALS_CATEGORY_LABELS[cat].toLowerCase()} ${labels[i]}`,
  );
  return {
    type: "chart",
    id: "listening-pals-by-category",
    kind: "bar",
    title: "PALS contacts by category",
    description: `Number of PALS contacts of each category in ${s.period.label}: ${said.join(", ")}${values.includes(null) ? " (withheld figures are small numbers, or would give one away)" : ""}.`,
    categories: PALS_CATEGORIES.map((cat) => PALS_CATEGORY_LABELS[cat]),
    series: [{ name: "PALS contacts", values }],
    unit: "contacts",
    labels: [labels],
  };
}

/** The most frequent themes of PALS contacts and stories; PALS counts under disclosure control. */
function themesTable(s: ListeningScope): TableBlock | undefined {
  const { c, ctx, period } = s;
  if (c.themes.length === 0) return undefined;
  return {
    type: "table",
    id: "listening-themes",
    caption: `Most frequent themes, ${period.label}`,
    columns: [
      { key: "theme", label: "Theme", align: "left" },
      { key: "pals", label: "PALS contacts", align: "right" },
      { key: "stories", label: "Stories", align: "right" },
    ],
    rows: c.themes.map((t) => ({
      theme: cell(ctx.text(humanize(t.theme))),
      pals: disclosedCell(publishedCount(t.pals, ctx.disclosure)),
      stories: cell(formatCount(t.stories), t.stories),
    })),
    footnote:
      "A contact or story can have several themes, so the columns do not add up to the totals.",
  };
}

/** The PALS section: the table by category and outcome, its chart and the top themes. */
export function palsSection(s: ListeningScope): Block[] {
  const heading: Block = { type: "heading", level: 2, text: "PALS contacts" };
  if (s.c.pals.contacts === 0) {
    const none: Block = {
      type: "paragraph",
      text: `No contacts with the Patient Advice and Liaison Service (PALS) were recorded for ${formatPeriod(s.period)}.`,
    };
    const themes = themesTable(s);
    return themes ? [heading, none, themes] : [heading, none];
  }
  const { pals, period } = s;
  const themes = themesTable(s);
  return [
    heading,
    palsTable(
      "listening-pals-by-category",
      `PALS contacts by category, ${period.label}`,
      "Category",
      PALS_CATEGORIES.map((k) => PALS_CATEGORY_LABELS[k]),
      pals.byCategory,
    ),
    palsChart(s),
    palsTable(
      "listening-pals-by-outcome",
      `PALS contacts by outcome, ${period.label}`,
      "Outcome",
      PALS_OUTCOME_ROWS.map((k) => OUTCOME_LABELS[k]),
      pals.byOutcome,
    ),
    ...(themes ? [themes] : []),
  ];
}

/** Where a story was shared, in words. */
function sharedAtText(
  sharedAt: readonly { forum: string; date: string | null }[],
  text: (s: string) => string,
): string {
  if (sharedAt.length === 0) return "Not yet shared";
  return sharedAt
    .map((a) => `${text(a.forum)} (${a.date === null ? "date not recorded" : formatDate(a.date)})`)
    .join("; ");
}

/** What was done because of a record, in words: each linked impact's "we did" and its date. */
function changesText(s: ListeningScope, impactIds: readonly string[]): string {
  const done = impactIds
    .map((id) => s.impacts.get(id))
    .filter((i): i is ImpactRecord => i !== undefined)
    .map((i) => `${formatDate(i.date)}: ${s.ctx.text(i.weDid)}`);
  return done.length === 0 ? "No change recorded yet" : done.join("\n");
}

/** The stories section: each story, where it was shared and what changed; then the forums. */
export function storiesSection(s: ListeningScope): Block[] {
  const { c, ctx, period } = s;
  const heading: Block = { type: "heading", level: 2, text: "Stories" };
  if (c.stories.count === 0) {
    return [
      heading,
      { type: "paragraph", text: `No stories were recorded for ${formatPeriod(period)}.` },
    ];
  }
  const blocks: Block[] = [
    heading,
    {
      type: "table",
      id: "listening-stories",
      caption: `Stories heard, ${period.label}: ${plural(c.stories.count, "story", "stories")}`,
      columns: [
        { key: "date", label: "Date", align: "left" },
        { key: "story", label: "Story", align: "left" },
        { key: "sharedAt", label: "Shared at", align: "left" },
        { key: "changed", label: "What changed", align: "left" },
      ],
      rows: c.stories.items.map((item) => {
        const f = s.feedback.get(item.id);
        return {
          date: cell(formatDate(item.date)),
          story: cell(f?.kind === "story" ? ctx.text(f.summary) : NO_DATA),
          sharedAt: cell(sharedAtText(item.sharedAt, ctx.text)),
          changed: cell(changesText(s, item.impactIds)),
        };
      }),
    },
  ];
  if (c.stories.byForum.length > 0) {
    blocks.push({
      type: "table",
      id: "listening-story-forums",
      caption: `Where stories were shared, ${period.label}`,
      columns: [
        { key: "forum", label: "Forum", align: "left" },
        { key: "stories", label: "Stories", align: "right" },
        { key: "sharings", label: "Times shared", align: "right" },
      ],
      rows: c.stories.byForum.map((f) => ({
        forum: cell(ctx.text(f.forum)),
        stories: cell(formatCount(f.stories), f.stories),
        sharings: cell(formatCount(f.sharings), f.sharings),
      })),
      footnote: `${plural(c.stories.shared, "story", "stories")} of the period ${c.stories.shared === 1 ? "was" : "were"} shared at a forum; ${formatCount(c.stories.notShared)} not yet.`,
    });
  }
  return blocks;
}

/** The share of PALS contacts, stories and FFT returns that led to a recorded change. */
function changeShareTable(s: ListeningScope): TableBlock {
  const { c, rule, period } = s;
  // contacts are people: the ones with and without a change, and their total, protected together
  const split = s.palsChange;
  const plain = (n: number) => cell(formatCount(n), n);
  const share = (v: number | null) => {
    const shown = publishedStatistic(v);
    return cell(formatPercent(shown), shown);
  };
  const palsShown = split.grandTotal;
  const linked = split.rows[0]?.[0];
  // a share of people is shown only when the number of people is shown and is at least the rule
  // and a share that, with its total, gives the number with a change away, only when that is shown
  const palsShare =
    palsShown.value !== null && linked?.value !== null && c.pals.contacts >= rule.min
      ? share(c.pals.withImpactShare)
      : withheldCell();
  return {
    type: "table",
    id: "listening-change-share",
    caption: `What we heard that led to a recorded change, ${period.label}`,
    columns: [
      { key: "kind", label: "Heard through", align: "left" },
      { key: "records", label: "Records", align: "right" },
      { key: "changed", label: "Led to a change", align: "right" },
      { key: "share", label: "Share", align: "right" },
    ],
    rows: [
      // no contacts recorded is said as 0, as the PALS section says none were recorded
      c.pals.contacts === 0
        ? { kind: cell("PALS contacts"), records: plain(0), changed: plain(0), share: share(null) }
        : {
            kind: cell("PALS contacts"),
            records: disclosedCell(palsShown),
            changed: linked ? disclosedCell(linked) : withheldCell(),
            share: palsShare,
          },
      {
        kind: cell("Stories"),
        records: plain(c.stories.count),
        changed: plain(c.stories.withImpact),
        share: share(c.stories.withImpactShare),
      },
      {
        kind: cell("Friends and Family Test returns"),
        records: plain(c.fft.returns),
        changed: plain(c.fft.withImpact),
        share: share(c.fft.withImpactShare),
      },
    ],
    footnote:
      "A record has a recorded change when an impact record names it as what the change came from. An FFT return is one unit's results for one period.",
  };
}

/** The impact records of the period that came from feedback, as "you said, we did". */
export function whatChangedSection(s: ListeningScope): Block[] {
  const { c, ctx, period } = s;
  const blocks: Block[] = [
    { type: "heading", level: 2, text: "What changed because of what we heard" },
    changeShareTable(s),
  ];
  const records = c.impactsFromFeedback
    .map((id) => s.impacts.get(id))
    .filter((i): i is ImpactRecord => i !== undefined);
  if (records.length === 0) {
    blocks.push({
      type: "paragraph",
      text: `No impact record dated ${formatPeriod(period)} names a feedback record it came from.`,
    });
    return blocks;
  }
  blocks.push({
    type: "table",
    id: "listening-impacts",
    caption: `Changes that came from feedback, ${period.label}: ${plural(records.length, "impact record")}`,
    columns: [
      { key: "date", label: "Date", align: "left" },
      { key: "youSaid", label: "You said", align: "left" },
      { key: "weDid", label: "We did", align: "left" },
      { key: "from", label: "Came from", align: "left" },
      { key: "status", label: "Status", align: "left" },
    ],
    rows: records.map((i) => {
      // the same words for what a change came from as the impact report's
      const from = impactSourcesInWords(s.dataset, i, ctx.text);
      return {
        date: cell(formatDate(i.date)),
        youSaid: cell(ctx.text(i.youSaid)),
        weDid: cell(ctx.text(i.weDid)),
        from: cell(joinSources(from)),
        status: cell(`${humanize(i.status)}, ${i.direction}`),
      };
    }),
  });
  return blocks;
}
