import type { PpeetOption } from "../frameworks/ppeet-response-options.js";
import { describeValue, formatDecimal } from "../format.js";
import { PPEET_OPTIONS } from "../frameworks/ppeet-response-options.js";
import type { Diagnostic } from "../result.js";
import { declareCodes } from "../result.js";
import { diagnostic } from "../result.js";
import type { Score } from "./score.js";
import type { Sources } from "../source.js";
import { PPEET_2016, PPEET_TOOL_PAGE } from "../frameworks/publications.js";
import { CHOICE_PPEET } from "../frameworks/design-choices.js";

/**
 * The diagnostic codes this module raises, each with an example: `DiagnosticCode` (in
 * `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const PPEET_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "ppeet/no-responses",
    severity: "warning",
    title: "No responses",
    example: { path: ["responses"], message: "No PPEET responses were given." },
  },
  {
    code: "ppeet/duplicate-item",
    severity: "error",
    title: "Two items with the same id",
    example: {
      path: ["items", 1, "id"],
      message: 'Item id "q1" is listed more than once; only the first is summarised.',
      hint: "Give every item a unique id.",
    },
  },
  {
    code: "ppeet/invalid-response",
    severity: "error",
    title: "A response that is not a record of answers",
    example: {
      path: ["responses", 1],
      message: "Response 1 is not a record of answers keyed by item id; it was not counted.",
    },
  },
  {
    code: "ppeet/invalid-option",
    severity: "error",
    title: "An answer that is not a PPEET option",
    example: {
      path: ["responses", 0, "q1"],
      message:
        'Response 0 has "Agree" for item "q1", which is not a PPEET answer option; it was not counted.',
      hint: "Use one of: strongly-agree, agree, neutral, disagree, strongly-disagree, dont-know, not-applicable.",
    },
  },
  {
    code: "ppeet/unknown-item",
    severity: "warning",
    title: "Answers to an item that is not in the items list",
    example: {
      path: ["responses", 3, "q9"],
      message: '1 answer to item "q9" could not be summarised because no item has that id.',
      hint: "Add the item to the items list, or correct the id in the responses.",
    },
  },
]);

export { PPEET_OPTIONS, type PpeetOption } from "../frameworks/ppeet-response-options.js";

/**
 * A PPEET item as supplied by you. ppie does not bundle the item wording: the PPEET is
 * licensed CC BY-NC-SA 4.0 by the Public and Patient Engagement Collaborative, McMaster
 * University (see its PPEET page), which forbids commercial reuse and needs attribution.
 *
 * @category Scores
 */
export interface PpeetItem {
  /** Your id for the item, used as the key in each response. */
  readonly id: string;
  /** The item wording, copied from your licensed copy of the questionnaire. */
  readonly text: string;
}

/**
 * One participant's answers, keyed by item id. `null` or a missing key means the item was not
 * answered.
 *
 * @category Scores
 */
export type PpeetResponse = Readonly<Record<string, PpeetOption | null | undefined>>;

/**
 * Counts of each answer option for one item.
 *
 * @category Scores
 */
export type PpeetCounts = Record<PpeetOption, number>;

/**
 * The summary of one closed PPEET item (a ppie design choice consistent with the tool's
 * purpose, see docs/design-choices.md#ppeet-summaries).
 *
 * @category Scores
 */
export interface PpeetItemSummary {
  /** The item id. */
  id: string;
  /** The item wording you supplied. */
  text: string;
  /** Participants who answered, including "don't know" and "not applicable". */
  n: number;
  /** Count of each option. */
  counts: PpeetCounts;
  /** Answers on the agreement scale: n minus don't know and not applicable. */
  nSubstantive: number;
  /** (strongly agree + agree) / nSubstantive × 100; `null` when nSubstantive is 0. */
  percentAgree: number | null;
  /** neutral / nSubstantive × 100; `null` when nSubstantive is 0. */
  percentNeutral: number | null;
  /** (disagree + strongly disagree) / nSubstantive × 100; `null` when nSubstantive is 0. */
  percentDisagree: number | null;
  /** don't know / n × 100, reported apart; `null` when n is 0. */
  percentDontKnow: number | null;
  /** not applicable / n × 100, reported apart; `null` when n is 0. */
  percentNotApplicable: number | null;
}

/**
 * The components of a {@link ppeet} summary.
 *
 * @category Scores
 */
export interface PpeetComponents {
  /** One summary per supplied item, in the order given. */
  items: PpeetItemSummary[];
  /** Number of response records. */
  respondents: number;
}

/** The tool (McMaster's page, version 2.0), the paper describing it, and ppie's summary rule. */
export const PPEET_SOURCES: Sources = [PPEET_TOOL_PAGE, PPEET_2016, CHOICE_PPEET];

function emptyCounts(): PpeetCounts {
  return {
    "strongly-agree": 0,
    agree: 0,
    neutral: 0,
    disagree: 0,
    "strongly-disagree": 0,
    "dont-know": 0,
    "not-applicable": 0,
  };
}

/** Adds one answer to the counts; returns false when the value is not a PPEET option. */
function tally(counts: PpeetCounts, answer: string): boolean {
  const option = answer as PpeetOption;
  switch (option) {
    case "strongly-agree":
    case "agree":
    case "neutral":
    case "disagree":
    case "strongly-disagree":
    case "dont-know":
    case "not-applicable":
      counts[option] += 1;
      return true;
    default: {
      const unreachable: never = option;
      return unreachable === undefined;
    }
  }
}

function pct(part: number, whole: number): number | null {
  return whole === 0 ? null : (100 * part) / whole;
}

function fmt(x: number | null): string {
  return x === null ? "n/a" : `${formatDecimal(x, 1)}%`;
}

/**
 * Summarise closed PPEET items one by one (Public and Patient Engagement Evaluation Tool;
 * Abelson et al. 2016). **The PPEET has no total score** and ppie does not invent one: the
 * Score's `value` is the number of items with at least one answer (unit `"count"`), and the
 * findings are the per-item summaries in `components.items`.
 *
 * Per item: n (all answers), counts per option, % agree = (strongly agree + agree) /
 * (n − don't know − not applicable) × 100, likewise % neutral and % disagree; don't know
 * and not applicable are reported apart as shares of n. Answers to item ids that are not in
 * `items`, and values that are not PPEET options, are not counted and each gets a diagnostic.
 *
 * Source: the summary is a ppie design choice (see docs/design-choices.md#ppeet-summaries).
 * Worked example (computed; also a unit test): SA 6, A 9, N 2, D 1, SD 0, DK 2 → % agree =
 * 15/18 = 83.33%; don't know 2/20 = 10%.
 *
 * Item wording is yours to supply: the PPEET is CC BY-NC-SA 4.0 and is not bundled.
 *
 * @param responses - one record per participant, keyed by item id
 * @param items - the items to summarise, `{ id, text }`, in report order
 * @returns a {@link Score} whose value counts the items summarised
 * @example
 * ```ts
 * const s = ppeet([{ q1: "agree" }, { q1: "dont-know" }], [{ id: "q1", text: "…" }]);
 * s.components.items[0]?.percentAgree; // 100
 * ```
 * @category Scores
 */
export function ppeet(
  responses: readonly PpeetResponse[],
  items: readonly PpeetItem[],
): Score<PpeetComponents> {
  const diagnostics: Diagnostic[] = [];
  const { index, summaries } = itemSummaries(items, diagnostics);
  tallyResponses(responses, index, summaries, diagnostics);
  let summarised = 0;
  for (const s of summaries) {
    finishSummary(s);
    if (s.n > 0) summarised += 1;
  }
  if (responses.length === 0) {
    diagnostics.push(
      diagnostic("ppeet/no-responses", "warning", ["responses"], "No PPEET responses were given."),
    );
  }

  const lines = summaries.map(
    (s) =>
      `${s.id}: n ${s.n}, agree ${fmt(s.percentAgree)} of ${s.nSubstantive} giving a view, disagree ${fmt(s.percentDisagree)}, don't know ${fmt(s.percentDontKnow)}, not applicable ${fmt(s.percentNotApplicable)}`,
  );
  const explanation = `The PPEET has no total score; ${summarised} of ${summaries.length} items were summarised one by one (% agree leaves don't know and not applicable out of the denominator). ${lines.join("; ")}${lines.length > 0 ? "." : ""}`;

  return {
    id: "ppeet",
    value: summarised,
    unit: "count",
    range: [0, summaries.length],
    method: "item-summary",
    components: { items: summaries, respondents: responses.length },
    explanation,
    source: PPEET_SOURCES,
    diagnostics,
  };
}

/** An empty summary per distinct item id (a repeated id is an error), and where each is. */
function itemSummaries(
  items: readonly PpeetItem[],
  diagnostics: Diagnostic[],
): { index: Map<string, number>; summaries: PpeetItemSummary[] } {
  const index = new Map<string, number>();
  const summaries: PpeetItemSummary[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (index.has(item.id)) {
      diagnostics.push(
        diagnostic(
          "ppeet/duplicate-item",
          "error",
          ["items", i, "id"],
          `Item id "${item.id}" is listed more than once; only the first is summarised.`,
          "Give every item a unique id.",
        ),
      );
      continue;
    }
    index.set(item.id, summaries.length);
    summaries.push({
      id: item.id,
      text: item.text,
      n: 0,
      counts: emptyCounts(),
      nSubstantive: 0,
      percentAgree: null,
      percentNeutral: null,
      percentDisagree: null,
      percentDontKnow: null,
      percentNotApplicable: null,
    });
  }
  return { index, summaries };
}

/**
 * Count every answer into its item's summary. A response that is not a record, or a value
 * that is not a PPEET option, is an error; answers to unknown items are a warning per item.
 */
function tallyResponses(
  responses: readonly PpeetResponse[],
  index: ReadonlyMap<string, number>,
  summaries: PpeetItemSummary[],
  diagnostics: Diagnostic[],
): void {
  const unknown = new Map<string, { first: number; count: number }>();
  for (let r = 0; r < responses.length; r++) {
    const response: unknown = responses[r];
    if (typeof response !== "object" || response === null) {
      diagnostics.push(
        diagnostic(
          "ppeet/invalid-response",
          "error",
          ["responses", r],
          `Response ${r} is not a record of answers keyed by item id; it was not counted.`,
        ),
      );
      continue;
    }
    for (const key of Object.keys(response)) {
      const answer: unknown = (response as PpeetResponse)[key];
      if (answer === null || answer === undefined) continue;
      const at = index.get(key);
      if (at === undefined) {
        const u = unknown.get(key);
        if (u === undefined) unknown.set(key, { first: r, count: 1 });
        else u.count += 1;
        continue;
      }
      const summary = summaries[at]!;
      if (typeof answer === "string" && tally(summary.counts, answer)) summary.n += 1;
      else
        diagnostics.push(
          diagnostic(
            "ppeet/invalid-option",
            "error",
            ["responses", r, key],
            `Response ${r} has ${describeValue(answer)} for item "${key}", which is not a PPEET answer option; it was not counted.`,
            `Use one of: ${PPEET_OPTIONS.join(", ")}.`,
          ),
        );
    }
  }
  for (const [key, u] of unknown) {
    diagnostics.push(
      diagnostic(
        "ppeet/unknown-item",
        "warning",
        ["responses", u.first, key],
        `${u.count} answer${u.count === 1 ? "" : "s"} to item "${key}" could not be summarised because no item has that id.`,
        "Add the item to the items list, or correct the id in the responses.",
      ),
    );
  }
}

/** The item's percentages: agree, neutral, disagree of those giving a view; the rest of all. */
function finishSummary(s: PpeetItemSummary): void {
  const c = s.counts;
  s.nSubstantive = s.n - c["dont-know"] - c["not-applicable"];
  s.percentAgree = pct(c["strongly-agree"] + c.agree, s.nSubstantive);
  s.percentNeutral = pct(c.neutral, s.nSubstantive);
  s.percentDisagree = pct(c.disagree + c["strongly-disagree"], s.nSubstantive);
  s.percentDontKnow = pct(c["dont-know"], s.n);
  s.percentNotApplicable = pct(c["not-applicable"], s.n);
}
