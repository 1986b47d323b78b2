import { facts } from "../derive/facts.js";
import { feedbackInPeriod } from "../derive/period.js";
import { sumFftCounts } from "../scores/fft.js";
import { measure } from "./measure.js";
import type { Dataset } from "../model/dataset.js";
import type { FftFeedback, Peirs22Feedback, PpeetFeedback } from "../model/feedback.js";
import type { Period } from "../model/period.js";
import { previousPeriod } from "../model/period.js";
import type { Result } from "../result.js";
import { ok } from "../result.js";
import type { FftCounts } from "../scores/fft.js";
import type { FftUnit } from "../scores/fft-table.js";
import { fftTable } from "../scores/fft-table.js";
import type { Peirs22Answer } from "../scores/peirs22.js";
import { peirs22, peirs22Summary } from "../scores/peirs22.js";

import {
  cell,
  formatChange,
  formatCount,
  formatMonth,
  formatNumber,
  formatPercent,
  formatPeriod,
  humanize,
  NO_DATA,
  plural,
} from "./format.js";
import type { ReportContext } from "./options.js";
import { smallNumberRule } from "./options.js";
import type { Block, Report } from "./report.js";

/** Calendar months (`YYYY-MM`) from the period's first to its last day. */
function monthsOf(period: Period): string[] {
  const out: string[] = [];
  let y = Number(period.start.slice(0, 4));
  let m = Number(period.start.slice(5, 7));
  const endKey = period.end.slice(0, 7);
  for (let i = 0; i < 120; i++) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push(key);
    if (key >= endKey) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Consecutive three-month slices of the period, for PEIRS-22 over time. */
function quartersOf(period: Period): { label: string; months: string[] }[] {
  const months = monthsOf(period);
  const out: { label: string; months: string[] }[] = [];
  for (let i = 0; i < months.length; i += 3) {
    const slice = months.slice(i, i + 3);
    const first = slice[0] as string;
    const last = slice[slice.length - 1] as string;
    out.push({
      label:
        slice.length === 1
          ? formatMonth(first)
          : `${formatMonth(first).slice(0, 3)} to ${formatMonth(last)}`,
      months: slice,
    });
  }
  return out;
}

/**
 * Build the `feedback` report: Friends and Family Test (FFT) results by unit and by month,
 * PEIRS-22 contributor experience scores over time and by project, and PPEET item summaries,
 * for one period (optionally one project). FFT figures come from `fft` and `fftTable`
 * (NHS England's method and publication suppression, metrics.md §3.3–3.4); PEIRS-22 from
 * `peirs22` and `peirs22Summary` (the linear pro-rated score, flagged as not the official
 * score, §1.4); PPEET from `ppeet` (§2.3). Averages over fewer respondents than the disclosure
 * threshold are not shown.
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
  const period = ctx.period as Period & { label: string };
  const prev = previousPeriod(period);
  const rule = smallNumberRule(ctx.disclosure);
  const projectId = ctx.project?.id;
  const forProject = <T extends { projectId?: string | undefined }>(r: T): boolean =>
    projectId === undefined || r.projectId === projectId;

  const fftAll = dataset.feedback.filter(
    (f): f is FftFeedback => f.kind === "fft" && forProject(f),
  );
  const fftNow = fftAll.filter((f) => feedbackInPeriod(f, period));
  const fftPrev = fftAll.filter((f) => feedbackInPeriod(f, prev));
  const measureScope = { project: projectId, asOf: ctx.asOf };
  const sections: Block[] = [];

  const scope = ctx.project ? ` for ${ctx.text(ctx.project.title)}` : "";
  sections.push({
    type: "paragraph",
    tone: "note",
    text:
      `Method and sources: feedback recorded${scope} from ${formatPeriod(period)}, compared with ${formatPeriod(prev)}. ` +
      'Friends and Family Test (FFT) percentages are the share of all responses, including "Don\'t know", that were "Very good" or "Good" (or "Poor" or "Very poor"), with counts summed across units and months before dividing, never averaged (NHS England method, metrics.md §3.3). ' +
      "Units with 1 to 4 responses have their figures suppressed, with second-level and cascade suppression so that they cannot be worked out from other rows (NHS England FFT publication rules, metrics.md §3.4). " +
      `PEIRS-22 scores are computed per respondent and summarised (metrics.md §1.4–1.5); averages of fewer than ${rule.min} respondents are not shown (${rule.name}). ` +
      "PPEET items are your own licensed wording, summarised as % agree among substantive answers (metrics.md §2.3).",
  });

  // ---- FFT ----
  sections.push({ type: "heading", level: 2, text: "Friends and Family Test" });
  if (fftNow.length === 0) {
    sections.push({
      type: "paragraph",
      text: `No Friends and Family Test results were recorded for ${formatPeriod(period)}.`,
    });
  } else {
    const now = measure("fft", dataset, { ...measureScope, period });
    const before =
      fftPrev.length > 0 ? measure("fft", dataset, { ...measureScope, period: prev }) : undefined;
    const overall = fftTable([{ id: "all", counts: sumFftCounts(fftNow) }]);
    const hidden = overall.ok && overall.value.rows[0]?.suppressed.percentages === true;
    const pos = hidden ? null : now.value;
    const neg = hidden ? null : now.components.percentNegative;
    const trendOf = (a: number | null, b: number | null | undefined) => {
      if (a === null || b === null || b === undefined) {
        return { direction: "none" as const, text: "no figure for the previous period" };
      }
      const d = a - b;
      const dir =
        Math.abs(d) < 0.05 ? ("flat" as const) : d > 0 ? ("up" as const) : ("down" as const);
      return {
        direction: dir,
        text: `${formatChange(d, 1, " percentage points")} since the previous period (${formatPercent(b)})`,
      };
    };
    sections.push({
      type: "metric",
      id: "fft-positive",
      label: "FFT: % positive",
      value: pos,
      display: hidden ? `fewer than 5 responses` : formatPercent(pos),
      detail: `${formatCount(now.components.total)} responses from ${plural(new Set(fftNow.map((f) => f.unitId)).size, "unit")}.`,
      trend: trendOf(pos, before?.value),
    });
    sections.push({
      type: "metric",
      id: "fft-negative",
      label: "FFT: % negative",
      value: neg,
      display: hidden ? `fewer than 5 responses` : formatPercent(neg),
      trend: trendOf(neg, before?.components.percentNegative),
    });

    // % positive by month, suppressed as NHS England does for 1 to 4 responses
    const months = monthsOf(period);
    const values: (number | null)[] = [];
    const labels: string[] = [];
    for (const m of months) {
      const recs = fftNow.filter((f) => f.period.start.slice(0, 7) === m);
      const counts = sumFftCounts(recs);
      const t = fftTable([{ id: m, counts }]);
      const row = t.ok ? t.value.rows[0] : undefined;
      if (!row || row.total === 0) {
        values.push(null);
        labels.push(NO_DATA);
      } else if (row.suppressed.percentages) {
        values.push(null);
        labels.push("suppressed (fewer than 5 responses)");
      } else {
        values.push(row.score.value);
        labels.push(formatPercent(row.score.value));
      }
    }
    const shown = values.filter((v): v is number => v !== null);
    sections.push({
      type: "chart",
      id: "fft-positive-by-month",
      kind: "line",
      title: "FFT % positive by month",
      description:
        shown.length === 0
          ? "No month has enough FFT responses to show."
          : `Percentage of FFT responses that were positive in each month of ${period.label}, from ${formatPercent(Math.min(...shown))} to ${formatPercent(Math.max(...shown))}.`,
      categories: months.map(formatMonth),
      series: [{ name: "All units", values }],
      unit: "%",
      labels: [labels],
    });

    // by unit over the period, grouped under parent units
    const unitIds: string[] = [];
    const parents = new Map<string, string | undefined>();
    const byUnit = new Map<string, FftFeedback[]>();
    for (const f of fftNow) {
      if (!byUnit.has(f.unitId)) {
        byUnit.set(f.unitId, []);
        unitIds.push(f.unitId);
        parents.set(f.unitId, f.parentUnitId);
      }
      byUnit.get(f.unitId)?.push(f);
    }
    const parentIds = [
      ...new Set(
        unitIds
          .map((u) => parents.get(u))
          .filter((p): p is string => p !== undefined && !byUnit.has(p)),
      ),
    ].sort();
    const units: FftUnit<FftCounts>[] = [
      ...parentIds.map((id) => ({ id, level: "parent" })),
      ...[...unitIds].sort().map((id) => {
        const parent = parents.get(id);
        const u: FftUnit<FftCounts> = {
          id,
          level: "unit",
          counts: sumFftCounts(byUnit.get(id) ?? []),
        };
        if (parent !== undefined && parent !== id) u.parent = parent;
        return u;
      }),
    ];
    const table = fftTable(units, { percentDecimals: 1 });
    if (table.ok) {
      const order = [...table.value.rows].sort((a, b) => {
        const ka = a.parent ?? a.id;
        const kb = b.parent ?? b.id;
        return ka === kb
          ? a.parent === null
            ? -1
            : b.parent === null
              ? 1
              : a.id < b.id
                ? -1
                : 1
          : ka < kb
            ? -1
            : 1;
      });
      const star = (text: string, value: number | null, why: "primary" | "secondary") =>
        text === "*" ? cell("suppressed", null, why) : cell(text === "" ? NO_DATA : text, value);
      sections.push({
        type: "table",
        id: "fft-by-unit",
        caption: `FFT results by unit, ${period.label}`,
        columns: [
          { key: "unit", label: "Unit", align: "left" },
          { key: "responses", label: "Responses", align: "right" },
          { key: "positive", label: "% positive", align: "right" },
          { key: "negative", label: "% negative", align: "right" },
        ],
        rows: order.map((r) => {
          const why = r.suppressed.reasons.includes("first-level") ? "primary" : "secondary";
          return {
            unit: cell(r.parent === null ? `${r.id} (all units)` : `${r.parent} / ${r.id}`),
            responses: star(r.published.total, r.total, why),
            positive: star(r.published.percentPositive, r.score.value, "primary"),
            negative: star(
              r.published.percentNegative,
              r.score.components.percentNegative,
              "primary",
            ),
          };
        }),
        footnote:
          "Suppressed: units with 1 to 4 responses (first level), the next-smallest unit beside one (second level), and the smallest units under a suppressed unit (cascade), as NHS England publishes FFT data (metrics.md §3.4).",
      });
    }
  }

  // ---- PEIRS-22 ----
  sections.push({ type: "heading", level: 2, text: "Contributor experience (PEIRS-22)" });
  const peirsNow = dataset.feedback.filter(
    (f): f is Peirs22Feedback =>
      f.kind === "peirs22" && forProject(f) && feedbackInPeriod(f, period),
  );
  const scoreOf = (f: Peirs22Feedback) => peirs22(f.answers as Peirs22Answer[]).value;
  if (peirsNow.length === 0) {
    sections.push({
      type: "paragraph",
      text: `No PEIRS-22 responses were recorded for ${formatPeriod(period)}.`,
    });
  } else {
    const summary = measure("peirs22", dataset, { ...measureScope, period });
    const n = summary.components.n;
    const meanShown = n >= rule.min ? summary.components.mean : null;
    const prevSummary = measure("peirs22", dataset, { ...measureScope, period: prev });
    const prevMean = prevSummary.components.n >= rule.min ? prevSummary.components.mean : null;
    sections.push({
      type: "metric",
      id: "peirs22-mean",
      label: "PEIRS-22: mean score (0 to 100)",
      value: meanShown,
      display: meanShown === null ? `${rule.label} respondents` : formatNumber(meanShown, 1),
      detail: `${plural(n, "respondent")} with a valid score of ${plural(summary.components.nTotal, "response")}; higher means more meaningful engagement.`,
      trend:
        meanShown === null || prevMean === null
          ? { direction: "none", text: "no figure for the previous period" }
          : {
              direction:
                Math.abs(meanShown - prevMean) < 0.05
                  ? "flat"
                  : meanShown > prevMean
                    ? "up"
                    : "down",
              text: `${formatChange(meanShown - prevMean, 1, " points")} since the previous period (${formatNumber(prevMean, 1)})`,
            },
    });
    sections.push({
      type: "paragraph",
      tone: "warning",
      text: "PEIRS-22 is shown as the linear pro-rated score (100 × sum of answers ÷ (4 × items answered)), not the official Rasch-based PEIRS-22 score, whose conversion table ppie does not have (metrics.md §1.4). Do not compare these figures with published PEIRS-22 scores.",
    });

    const slices = quartersOf(period);
    const qValues: (number | null)[] = [];
    const qLabels: string[] = [];
    for (const q of slices) {
      const s = peirs22Summary(
        peirsNow.filter((f) => q.months.includes(f.date.slice(0, 7))).map(scoreOf),
      );
      if (s.components.n === 0) {
        qValues.push(null);
        qLabels.push(NO_DATA);
      } else if (s.components.n < rule.min) {
        qValues.push(null);
        qLabels.push(`${rule.label} respondents`);
      } else {
        qValues.push(s.components.mean);
        qLabels.push(formatNumber(s.components.mean, 1));
      }
    }
    sections.push({
      type: "chart",
      id: "peirs22-by-quarter",
      kind: "line",
      title: "PEIRS-22 mean score by quarter",
      description: `Mean PEIRS-22 score (linear pro-rated, 0 to 100) for each three months of ${period.label}; quarters with fewer than ${rule.min} respondents are not shown.`,
      categories: slices.map((q) => q.label),
      series: [{ name: "Mean score", values: qValues }],
      unit: "points",
      labels: [qLabels],
    });

    const projects = [...new Set(peirsNow.map((f) => f.projectId ?? ""))].sort();
    const peirsByProject = new Map<string, typeof peirsNow>();
    for (const f of peirsNow) {
      const key = f.projectId ?? "";
      const list = peirsByProject.get(key);
      if (list) list.push(f);
      else peirsByProject.set(key, [f]);
    }
    sections.push({
      type: "table",
      id: "peirs22-by-project",
      caption: `PEIRS-22 by project, ${period.label}`,
      columns: [
        { key: "project", label: "Project", align: "left" },
        { key: "n", label: "Respondents", align: "right" },
        { key: "mean", label: "Mean", align: "right" },
        { key: "median", label: "Median", align: "right" },
        { key: "iqr", label: "Interquartile range", align: "right" },
      ],
      rows: projects.map((pid) => {
        const s = measure("peirs22", dataset, { period, project: pid, asOf: ctx.asOf });
        const p = facts(dataset).projects.get(pid)?.record;
        const small = s.components.n < rule.min;
        const fig = (v: number | null) =>
          small ? cell(`${rule.label} respondents`, null, "primary") : cell(formatNumber(v, 1), v);
        const range =
          small || s.components.q1 === null || s.components.q3 === null
            ? fig(null)
            : cell(
                `${formatNumber(s.components.q1, 1)} to ${formatNumber(s.components.q3, 1)}`,
                s.components.iqr,
              );
        return {
          project: cell(p ? ctx.text(p.title) : pid === "" ? "No project recorded" : pid),
          n: small
            ? cell(`${rule.label}`, null, "primary")
            : cell(formatCount(s.components.n), s.components.n),
          mean: fig(s.components.mean),
          median: fig(s.components.median),
          iqr: range,
        };
      }),
      footnote: `Projects with fewer than ${rule.min} respondents show no figures, so that no individual's answers can be read off (${rule.name}).`,
    });
  }

  // ---- PPEET ----
  const ppeetNow = dataset.feedback.filter(
    (f): f is PpeetFeedback => f.kind === "ppeet" && forProject(f) && feedbackInPeriod(f, period),
  );
  if (ppeetNow.length > 0 && dataset.ppeetItems.length > 0) {
    sections.push({ type: "heading", level: 2, text: "Participant evaluation (PPEET)" });
    const s = measure("ppeet", dataset, { ...measureScope, period });
    sections.push({
      type: "table",
      id: "ppeet-items",
      caption: `PPEET items, ${plural(s.components.respondents, "response")}, ${period.label}`,
      columns: [
        { key: "item", label: "Item", align: "left" },
        { key: "n", label: "Answers", align: "right" },
        { key: "agree", label: "% agree", align: "right" },
        { key: "neutral", label: "% neutral", align: "right" },
        { key: "disagree", label: "% disagree", align: "right" },
        { key: "dontKnow", label: "% don't know", align: "right" },
      ],
      rows: s.components.items.map((item) => {
        const small = item.nSubstantive < rule.min;
        const pct = (v: number | null) =>
          small ? cell(`${rule.label} answers`, null, "primary") : cell(formatPercent(v), v);
        return {
          item: cell(ctx.text(item.text)),
          n: small ? cell(rule.label, null, "primary") : cell(formatCount(item.n), item.n),
          agree: pct(item.percentAgree),
          neutral: pct(item.percentNeutral),
          disagree: pct(item.percentDisagree),
          dontKnow: pct(item.percentDontKnow),
        };
      }),
      footnote:
        "% agree, % neutral and % disagree are shares of answers on the agreement scale; \"don't know\" is a share of all answers (metrics.md §2.3, a design choice). The PPEET's exact response labels are UNVERIFIED (metrics.md §2.2).",
    });
  }

  // record kinds kept as listening records only
  const stories = dataset.feedback.filter(
    (f) =>
      (f.kind === "story" || f.kind === "pals") && forProject(f) && feedbackInPeriod(f, period),
  );
  if (stories.length > 0) {
    const themes = new Map<string, number>();
    for (const f of stories) {
      if (f.kind === "story" || f.kind === "pals")
        for (const t of f.themes) themes.set(t, (themes.get(t) ?? 0) + 1);
    }
    const top = [...themes.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 5)
      .map(([t]) => humanize(t).toLowerCase());
    sections.push({
      type: "paragraph",
      text: `${plural(stories.length, "story or PALS contact", "stories and PALS contacts")} were also recorded in the period${top.length > 0 ? `; the most frequent themes were ${top.join(", ")}` : ""}.`,
    });
  }

  return ok({
    kind: "feedback",
    title: `Feedback: Friends and Family Test and PEIRS-22, ${period.label}`,
    period,
    generatedAt: ctx.generatedAt,
    sections,
  });
}
