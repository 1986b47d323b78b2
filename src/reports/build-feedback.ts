import { feedbackInPeriod } from "../derive/period.js";
import { CHOICE_FFT_CAUTIOUS, CHOICE_PEIRS22, CHOICE_PPEET } from "../frameworks/design-choices.js";
import {
  FFT_CALCULATIONS,
  FFT_GUIDANCE_2019,
  FFT_PIPELINE,
  PEIRS22_2021,
  PPEET_2016,
} from "../frameworks/publications.js";
import type { Dataset } from "../model/dataset.js";
import type { PpeetFeedback } from "../model/feedback.js";
import type { Result } from "../result.js";
import { ok } from "../result.js";
import { fftSection } from "./feedback-fft-section.js";
import { peirs22Section } from "./feedback-peirs22-section.js";
import type { FeedbackScope } from "./feedback-scope.js";
import { feedbackScope } from "./feedback-scope.js";
import { cell, formatPercent, formatPeriod, humanize, plural } from "./format.js";
import { measure } from "./measure.js";
import type { ReportContext } from "./options.js";
import type { Block, ParagraphBlock, Report } from "./report.js";
import {
  countPhrase,
  disclosedCell,
  publishedCount,
  smallNumberSources,
  withheldCell,
} from "./small-numbers.js";
import { withSourcesSection } from "./sources-section.js";

/** The method note: which feedback is counted, how FFT, PEIRS-22 and PPEET are summarised and hidden. */
function feedbackMethodNote(s: FeedbackScope): ParagraphBlock {
  const { ctx, period, prev, rule } = s;
  const scope = ctx.project ? ` for ${ctx.text(ctx.project.title)}` : "";
  return {
    type: "paragraph",
    tone: "note",
    text:
      `Method and sources: feedback recorded${scope} from ${formatPeriod(period)}, compared with ${formatPeriod(prev)}. ` +
      'Friends and Family Test (FFT) percentages are the share of all responses, including "Don\'t know", that were "Very good" or "Good" (or "Poor" or "Very poor"), with counts added up across units and months before dividing, never averaged, as NHS England calculates them (NHS England\'s FFT guidance, 2019). ' +
      "Units with 1 to 4 responses have their figures hidden, with second-level and cascade suppression so that they cannot be worked out from other rows, following NHS England's own FFT processing code but stricter: tied units are all hidden, a hidden unit's number of responses is hidden too, and so is the figure for all units when it has 1 to 4 responses (ppie's cautious FFT rules, a design choice). " +
      `PEIRS-22 (Hamilton et al. 2021) is scored for each respondent as a linear pro-rated score, a ppie design choice, and summarised; averages of fewer than ${rule.min} respondents are not shown (small-number rule: ${rule.name}). ` +
      "PPEET items (Abelson et al. 2016) are your own licensed wording, summarised as % agree among the answers on the agreement scale (a ppie design choice).",
    sources: [
      FFT_GUIDANCE_2019,
      FFT_CALCULATIONS,
      FFT_PIPELINE,
      CHOICE_FFT_CAUTIOUS,
      PEIRS22_2021,
      CHOICE_PEIRS22,
      ...smallNumberSources(ctx.disclosure),
      PPEET_2016,
      CHOICE_PPEET,
    ],
  };
}

/**
 * The PPEET section: a heading and the table of item summaries (% agree, neutral, disagree and
 * don't know), with items answered by fewer people than the small-number rule hidden; nothing
 * when the period has no PPEET responses or the dataset no PPEET items.
 */
function ppeetSection(s: FeedbackScope): Block[] {
  const { dataset, ctx, period, rule, measureScope, forProject } = s;
  const ppeetNow = dataset.feedback.filter(
    (f): f is PpeetFeedback => f.kind === "ppeet" && forProject(f) && feedbackInPeriod(f, period),
  );
  if (ppeetNow.length === 0 || dataset.ppeetItems.length === 0) return [];
  const heading: Block = { type: "heading", level: 2, text: "Participant evaluation (PPEET)" };
  const score = measure("ppeet", dataset, { ...measureScope, period });
  return [
    heading,
    {
      type: "table",
      id: "ppeet-items",
      caption: `PPEET items, ${countPhrase(score.components.respondents, ctx.disclosure, "response")}, ${period.label}`,
      columns: [
        { key: "item", label: "Item", align: "left" },
        { key: "n", label: "Answers", align: "right" },
        { key: "agree", label: "% agree", align: "right" },
        { key: "neutral", label: "% neutral", align: "right" },
        { key: "disagree", label: "% disagree", align: "right" },
        { key: "dontKnow", label: "% don't know", align: "right" },
      ],
      rows: score.components.items.map((item) => {
        // rule 2 of the small-number rule: a statistic of a group of people is shown when the
        // group is at least the threshold; the group is the people who answered the item
        const small = item.n < rule.min;
        const pct = (v: number | null) => (small ? withheldCell() : cell(formatPercent(v), v));
        return {
          item: cell(ctx.text(item.text)),
          n: small ? withheldCell() : disclosedCell(publishedCount(item.n, ctx.disclosure)),
          agree: pct(item.percentAgree),
          neutral: pct(item.percentNeutral),
          disagree: pct(item.percentDisagree),
          dontKnow: pct(item.percentDontKnow),
        };
      }),
      footnote: `% agree, % neutral and % disagree are shares of answers on the agreement scale; "don't know" is a share of all answers (a ppie design choice). An item's figures are shown when at least ${rule.min} people answered it (small-number rule: ${rule.name}), however many of them gave a view. The PPEET's exact response labels are not yet verified against the published tool (Abelson et al. 2016).`,
    },
  ];
}

/**
 * A sentence on the stories and PALS contacts of the period, kept as listening records only,
 * with their five most frequent themes; nothing when there are none.
 */
function listeningRecordsParagraph(s: FeedbackScope): Block[] {
  const { dataset, period, forProject } = s;
  const stories = dataset.feedback.filter(
    (f) =>
      (f.kind === "story" || f.kind === "pals") && forProject(f) && feedbackInPeriod(f, period),
  );
  if (stories.length === 0) return [];
  const themes = new Map<string, number>();
  for (const f of stories) {
    if (f.kind === "story" || f.kind === "pals")
      for (const t of f.themes) themes.set(t, (themes.get(t) ?? 0) + 1);
  }
  const top = [...themes.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 5)
    .map(([t]) => humanize(t).toLowerCase());
  return [
    {
      type: "paragraph",
      text: `${plural(stories.length, "story or PALS contact", "stories and PALS contacts")} were also recorded in the period${top.length > 0 ? `; the most frequent themes were ${top.join(", ")}` : ""}.`,
    },
  ];
}

/**
 * Build the `feedback` report: Friends and Family Test (FFT) results by unit and by month,
 * PEIRS-22 contributor experience scores over time and by project, and PPEET item summaries,
 * for one period (optionally one project). FFT figures come from `fft` and `fftTable`
 * (NHS England's method and publication suppression); PEIRS-22 from `peirs22` and
 * `peirs22Summary` (the linear pro-rated score, flagged as not the official score); PPEET from
 * `ppeet`. Averages over fewer respondents than the disclosure threshold are not shown. The
 * method note cites the publications, and the report ends with its Sources section.
 *
 * @param dataset - the dataset
 * @param ctx - the checked options (see `resolveReportOptions`)
 * @returns the report
 * @example
 * ```ts
 * const r = buildReport("feedback", demoDataset, { generatedAt: "2026-04-01T09:00:00Z" });
 * if (r.ok) r.value.title; // "Feedback: Friends and Family Test and PEIRS-22, 2025-26"
 * ```
 * @category Reports
 */
export function buildFeedbackReport(dataset: Dataset, ctx: ReportContext): Result<Report> {
  const s = feedbackScope(dataset, ctx);
  return ok({
    kind: "feedback",
    title: `Feedback: Friends and Family Test and PEIRS-22, ${s.period.label}`,
    period: s.period,
    generatedAt: ctx.generatedAt,
    sections: withSourcesSection([
      feedbackMethodNote(s),
      ...fftSection(s),
      ...peirs22Section(s),
      ...ppeetSection(s),
      ...listeningRecordsParagraph(s),
    ]),
  });
}
