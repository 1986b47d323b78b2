/**
 * The small-number rule of ppie's reports, in one place: what a report may publish about
 * people, applied the same way by every builder, in every block, so that every format and
 * every report of the same dataset hide the same figures (docs/reports.md, "Small numbers").
 *
 * 1. **Counts of people** (in a table, a headline or a sentence, with their total) go through
 *    `disclosureControl` under the report's preset, with complementary suppression whatever
 *    the preset: a count below the threshold is hidden, and, where a total would give it
 *    away, enough other figures that each line has two hidden and they add up to at least
 *    the threshold.
 * 2. **Statistics of a group of people** (a mean, a median, a percentage) are shown only when
 *    the group's count is shown and is at least the threshold. Where the statistic of the
 *    whole is shown beside its groups', the groups whose statistic is withheld must hold no
 *    one or at least the threshold together (otherwise more are withheld, smallest first), so
 *    that no statistic of fewer people can be worked out from the whole and the rest.
 *    Published statistics are rounded as they are shown, in every format.
 * 3. **Lists of people**, one row per person, show how many people there are: a list is shown
 *    only when that number may be published.
 * 4. **One label**: every hidden figure is written "withheld", with no number behind it, and
 *    marked `suppressed: true`, whatever hid it, so that no label tells a small figure from
 *    one hidden to protect it.
 *
 * @module
 */
import { CHOICE_SMALL_NUMBERS } from "../frameworks/design-choices.js";
import { roundNumber } from "../format.js";
import type { Source } from "../source.js";
import type { DisclosedCell, DisclosurePolicy, PolicyPresetId } from "../scores/disclosure.js";
import {
  discloseCount,
  disclosureControl,
  disclosurePresets,
  reportPolicy,
  WITHHELD,
} from "../scores/disclosure.js";
import { cell, NO_DATA, plural } from "./format.js";
import { unwrap } from "./measure.js";
import type { Cell } from "./report.js";
import { sourcesOf } from "./sources-section.js";

export { reportPolicy, WITHHELD } from "../scores/disclosure.js";

/**
 * The small-number rule a report applies: the smallest number of people a figure may count
 * or be based on, and the preset's name for method notes.
 *
 * @example
 * ```ts
 * const rule: SmallNumberRule = smallNumberRule("tre-10"); // { min: 10, name: "Trusted research environment threshold of 10" }
 * ```
 * @category Reports
 */
export interface SmallNumberRule {
  /** Figures of or based on fewer people than this are not shown. */
  min: number;
  /** The preset's name, for method notes. */
  name: string;
}

/**
 * The small-number rule of a disclosure preset.
 *
 * @param preset - the preset id
 * @returns the rule: its minimum number of people and its name
 * @example
 * ```ts
 * smallNumberRule("tre-10"); // { min: 10, name: "Trusted research environment threshold of 10" }
 * ```
 * @category Reports
 */
export function smallNumberRule(preset: PolicyPresetId): SmallNumberRule {
  const p = disclosurePresets[preset];
  return { min: p.minSafeCount, name: p.name };
}

/**
 * What a report's small-number rule rests on, for its method note: the publication of the
 * preset (where the preset names it as a source) and ppie's design choice of one rule for every
 * report.
 *
 * @param preset - the preset id
 * @returns the sources
 * @example
 * ```ts
 * smallNumberSources("tre-10").at(-1)?.id; // "ppie-small-numbers"
 * ```
 */
export function smallNumberSources(preset: PolicyPresetId): Source[] {
  return [...sourcesOf(disclosurePresets[preset].source), CHOICE_SMALL_NUMBERS];
}

/**
 * The cell of a figure a report hides.
 *
 * @returns `{ text: "withheld", value: null, suppressed: true }`
 * @example
 * ```ts
 * withheldCell().text; // "withheld"
 * ```
 */
export function withheldCell(): Cell {
  return { text: WITHHELD, value: null, suppressed: true };
}

/**
 * A disclosure-controlled figure as a report cell: a hidden figure is {@link withheldCell},
 * whichever step hid it.
 *
 * @param d - a figure from `disclosureControl` or `discloseCount`
 * @returns the cell
 * @example
 * ```ts
 * disclosedCell(discloseCount(3, "tre-10")); // { text: "withheld", value: null, suppressed: true }
 * ```
 * @category Reports
 */
export function disclosedCell(d: DisclosedCell): Cell {
  if (d.suppressed !== false) return withheldCell();
  return cell(d.display === "" ? NO_DATA : d.display, d.value);
}

/**
 * One count of people on its own (no total beside it), under the report's rule.
 *
 * @param n - the count
 * @param preset - the report's preset
 * @returns the published figure (`value: null` when hidden)
 */
export function publishedCount(n: number, preset: PolicyPresetId): DisclosedCell {
  return discloseCount(n, reportPolicy(preset));
}

/**
 * A count of people in running text, under the report's rule: `"12 PPEET responses"`, or
 * `"PPEET responses (number withheld)"` when the count is hidden.
 *
 * @param n - the count
 * @param preset - the report's preset
 * @param one - the singular noun
 * @param many - the plural noun (default: singular + "s")
 * @returns the words
 */
export function countPhrase(
  n: number,
  preset: PolicyPresetId,
  one: string,
  many = `${one}s`,
): string {
  const shown = publishedCount(n, preset).value;
  return shown === null ? `${many} (number ${WITHHELD})` : plural(shown, one, many);
}

/**
 * Whether a list of `n` people, one row each, may be shown: only when the count of them may
 * be published, as the list shows it (an empty list shows 0, hidden where zeros are).
 *
 * @param n - the number of people listed
 * @param preset - the report's preset
 * @returns whether to show the list
 */
export function listShown(n: number, preset: PolicyPresetId): boolean {
  return publishedCount(n, preset).value !== null;
}

/**
 * A statistic as a report publishes it: rounded to the decimals its text shows, so that the
 * number in JSON or CSV is no more precise than the text.
 *
 * @param v - the statistic
 * @param decimals - the decimals shown (default 1)
 * @returns the rounded statistic, or `null`
 */
export function publishedStatistic(v: number | null, decimals = 1): number | null {
  return v === null || !Number.isFinite(v) ? null : roundNumber(v, decimals);
}

/** The published counts and the statistics that may be shown for groups that make up a whole. */
export interface ProtectedGroups {
  /** Each group's count, as published. */
  readonly counts: readonly DisclosedCell[];
  /** The count of the whole, as published. */
  readonly total: DisclosedCell;
  /** Whether each group's statistics may be shown. */
  readonly statistics: readonly boolean[];
  /** Whether the statistics of the whole may be shown. */
  readonly overall: boolean;
  /** The disclosure statement of the counts, for printing under their table. */
  readonly statement: string;
}

/**
 * The counts and statistics that may be published for groups of people that together make up
 * a whole (respondents by project, by quarter): the counts under `disclosureControl`, and each
 * statistic only where its group's count is shown and is at least the threshold. When the
 * whole's statistic is shown too, the groups whose statistic is withheld must hold no one or
 * at least the threshold together; otherwise the smallest group still shown is withheld as
 * well, until they do. (A mean of 13 respondents beside a mean of 12 of them gives away the
 * 13th's score; beside a mean of 3 of them it gives away the mean of the other 10, which is
 * allowed.)
 *
 * @param counts - the number of people in each group (the whole is their sum)
 * @param policy - the report's policy (`reportPolicy(preset)`)
 * @returns what may be published
 */
export function protectGroups(
  counts: readonly number[],
  policy: DisclosurePolicy,
): ProtectedGroups {
  const min = policy.minSafeCount;
  // the report's own counts are whole numbers, so disclosure control always returns a table
  const t = unwrap(disclosureControl({ rows: counts.map((n) => [n]) }, policy));
  const published = t.rows.map((r) => r[0] as DisclosedCell);
  const statistics = counts.map((n, i) => n >= min && published[i]?.value !== null);
  const whole = counts.reduce((a, b) => a + b, 0);
  const overall = whole >= min && t.grandTotal.value !== null;
  if (overall) {
    for (;;) {
      let hidden = 0;
      let pick = -1;
      counts.forEach((n, i) => {
        if (!statistics[i]) hidden += n;
        else if (pick === -1 || n < (counts[pick] ?? 0)) pick = i;
      });
      if (hidden === 0 || hidden >= min || pick === -1) break;
      statistics[pick] = false;
    }
  }
  return { counts: published, total: t.grandTotal, statistics, overall, statement: t.statement };
}
