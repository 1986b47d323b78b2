import { CHOICE_SERVICE_CHANGE } from "../frameworks/design-choices.js";
import {
  gunningSources,
  involvementDuties,
  scrutinySources,
  statutoryGuidanceSource,
} from "../frameworks/service-change-law.js";
import { serviceChangeImpacts } from "../derive/service-change.js";
import type { Dataset } from "../model/dataset.js";
import type { ServiceChange } from "../model/service-change.js";
import type { Diagnostic, Result } from "../result.js";
import { ok } from "../result.js";
import { formatDate, plural } from "./format.js";
import type { ReportContext } from "./options.js";
import { ruleFindings } from "./rule-findings.js";
import type { Block, ParagraphBlock, Report } from "./report.js";
import { gunningChecklist } from "./service-change-checklist.js";
import {
  activitiesSection,
  gapsSection,
  recordTable,
  timelineChart,
  youSaidWeDidSection,
} from "./service-change-sections.js";
import { smallNumberRule, smallNumberSources } from "./small-numbers.js";
import { withSourcesSection } from "./sources-section.js";

/** The method note: what the report reads, what it does not judge, and the small-number rule. */
function methodNote(ctx: ReportContext, count: number): ParagraphBlock {
  const rule = smallNumberRule(ctx.disclosure);
  const which =
    ctx.serviceChange === undefined
      ? `each of the dataset's ${plural(count, "proposal")} to change a service`
      : `service change ${ctx.serviceChange.id}`;
  return {
    type: "paragraph",
    tone: "note",
    text:
      `Method and sources: the record of ${which}, read against the legal duty to involve the public. ` +
      "ppie reports what the record holds; it does not decide whether the duty applies to a proposal, nor whether a consultation was fair or lawful, which are for the organisation and, in the end, the courts. " +
      "Each Gunning principle is marked reported when the record holds what it asks for, partial when it holds some of it or the dates conflict, and missing when it holds none; this reading of the record is a ppie design choice (see docs/design-choices.md). " +
      `The gaps are the findings of ppie's checks of service changes on the as-of date, ${formatDate(ctx.asOf)}, ${ctx.rules === undefined ? "with their default settings" : "with the rule settings given (as ppie validate uses them)"}: ppie applies no national minimum consultation period, so a consultation is compared with a minimum period only when an organisation gives its own to the checks. ` +
      `Contributors are not named; the people taking part and the responses received are counts under the small-number rule (${rule.name}).`,
    sources: [CHOICE_SERVICE_CHANGE, ...smallNumberSources(ctx.disclosure)],
  };
}

/** The legal duty, in plain words, every statement cited. */
function lawParagraph(): ParagraphBlock {
  const duties = involvementDuties();
  const [regulation, section244] = scrutinySources();
  const [gunning, moseley] = gunningSources();
  return {
    type: "paragraph",
    text:
      "The legal duty to involve. NHS trusts and NHS foundation trusts must make arrangements for the people who use their services to be involved, whether by being consulted, by being given information or in other ways, in planning those services, in developing and considering proposals to change them, and in decisions affecting how they operate (section 242 of the National Health Service Act 2006). " +
      "Integrated care boards have the same duty for the services they commission (section 14Z45), and NHS England for its own commissioning (section 13Q). " +
      "NHS England's statutory guidance, Working in partnership with people and communities (2022), expects each organisation to decide and record whether the duty applies to a proposal and how people's views were considered. " +
      "When a substantial development or variation of the health service in a local authority's area is under consideration, the local authority must also be consulted, usually through its health overview and scrutiny committee (regulation 23 of the Local Authority (Public Health, Health and Wellbeing Boards and Health Scrutiny) Regulations 2013, made under section 244 of the Act). " +
      "Courts judge a consultation by the Gunning principles: the proposal is still at a formative stage, people are given enough reasons and information to consider it and respond, they have adequate time, and their responses are conscientiously taken into account (R v Brent London Borough Council, ex parte Gunning, 1985, endorsed by the Supreme Court in R (Moseley) v Haringey London Borough Council, 2014). " +
      "This is a summary, not legal advice.",
    sources: [
      duties["nhs-act-2006-s242"].source,
      duties["nhs-act-2006-s14z45"].source,
      duties["nhs-act-2006-s13q"].source,
      statutoryGuidanceSource(),
      regulation,
      section244,
      gunning,
      moseley,
    ],
  };
}

/**
 * One service change's part of the report: the proposal, the record, the Gunning checklist, the
 * timeline, the involvement activities, "you said, we did", and the gaps the rules found.
 */
function changeSection(
  dataset: Dataset,
  ctx: ReportContext,
  change: ServiceChange,
  index: number,
  findings: readonly Diagnostic[],
  level: 2 | 3,
): Block[] {
  const impacts = serviceChangeImpacts(dataset, change);
  const key = change.id;
  const sub = (text: string): Block => ({ type: "heading", level, text });
  const blocks: Block[] = [];
  if (level === 3) blocks.push({ type: "heading", level: 2, text: ctx.text(change.title) });
  blocks.push(
    { type: "paragraph", text: `Proposal (${change.id}): ${ctx.text(change.proposal)}` },
    sub("The proposal and its assessment"),
    recordTable(dataset, ctx, change, `service-change-record-${key}`),
    sub("The Gunning principles"),
    gunningChecklist(dataset, change, impacts, `service-change-gunning-${key}`),
    sub("Timeline"),
    timelineChart(dataset, change, `service-change-timeline-${key}`),
    sub("Involvement and consultation activities"),
    ...activitiesSection(dataset, ctx, change, `service-change-activities-${key}`),
    sub("You said, we did"),
    ...youSaidWeDidSection(ctx, change, impacts, `service-change-impacts-${key}`),
    sub("Gaps in the record"),
    ...gapsSection(
      ctx,
      change,
      findings.filter((d) => d.path[1] === index),
      `service-change-gaps-${key}`,
    ),
  );
  return blocks;
}

/**
 * Build the `service-change` report: the record of how the public were involved in one
 * proposal to change a service (`serviceChange`), or in each of the dataset's proposals. For
 * each: the proposal and the organisation's assessment of the legal duty to involve; a Gunning
 * principles checklist read from the record; a timeline chart of its dates; the involvement and
 * consultation activities (people taking part under the small-number rule); the "you said, we
 * did" records; and the gaps `checkDataset`'s `service-change/` rules find. Every legal
 * statement cites the section of the NHS Act 2006, the regulation or the judgment it rests on,
 * and the report ends with the "Sources" section listing each of them.
 *
 * @param dataset - the dataset
 * @param ctx - the checked options; `ctx.serviceChange` narrows the report to one proposal
 * @returns the report
 * @example
 * ```ts
 * const r = buildReport("service-change", demoDataset, { serviceChange: "sc-001", generatedAt: "2026-04-01T09:00:00Z" });
 * if (r.ok) r.value.title; // "Service change: Bringing two outpatient rehabilitation units onto one site (fictional)"
 * ```
 * @category Reports
 */
export function buildServiceChangeReport(dataset: Dataset, ctx: ReportContext): Result<Report> {
  const one = ctx.serviceChange;
  const changes = one === undefined ? dataset.serviceChanges : [one];
  const rules = ruleFindings(dataset, ctx);
  const findings = rules.findings.filter(
    (d) => d.severity !== "info" && d.path[0] === "serviceChanges",
  );
  const sections: Block[] = [methodNote(ctx, changes.length), lawParagraph()];
  if (changes.length === 0) {
    sections.push({
      type: "paragraph",
      text: "No proposals to change a service are recorded in the dataset (serviceChanges).",
    });
  }
  for (const change of changes) {
    const index = dataset.serviceChanges.indexOf(change);
    sections.push(
      ...changeSection(dataset, ctx, change, index, findings, one === undefined ? 3 : 2),
    );
  }
  return ok(
    {
      kind: "service-change",
      title:
        one === undefined
          ? "Service changes: the record of the legal duty to involve"
          : `Service change: ${ctx.text(one.title)}`,
      generatedAt: ctx.generatedAt,
      sections: withSourcesSection(sections),
    },
    rules.settings,
  );
}
