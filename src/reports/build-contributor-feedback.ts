/**
 * The `contributor-feedback` report kind: a letter telling one contributor what changed because
 * of them, or (without a contributor) the public "you said, we did" for a period, a project or
 * an activity, in plain English or Easy Read.
 *
 * @module
 */
import type { AccessibleFormat } from "../frameworks/accessible-formats.js";
import { formatNeeds } from "../frameworks/accessible-formats.js";
import {
  CHOICE_ACCESSIBLE_FORMATS,
  CHOICE_CONTRIBUTOR_FEEDBACK,
} from "../frameworks/design-choices.js";
import {
  DH_EASY_READ_2010,
  FLESCH_1948,
  GOVUK_ACCESSIBLE_FORMATS,
  MENCAP_CLEAR_2000,
  NHSE_ACCESSIBLE_INFORMATION_2017,
  PIRIT_2023,
} from "../frameworks/publications.js";
import { facts } from "../derive/facts.js";
import type { LabelledPeriod } from "../derive/period.js";
import type { Activity } from "../model/activity.js";
import type { Contributor } from "../model/contributor.js";
import type { Dataset } from "../model/dataset.js";
import type { Diagnostic, Result } from "../result.js";
import { diagnostic, ok } from "../result.js";
import type { Source } from "../source.js";
import { formatDecimal } from "../format.js";
import { formatPeriod } from "./format.js";
import type { LetterFacts, LetterScope } from "./letter-facts.js";
import { letterFacts } from "./letter-facts.js";
import { writeEasyRead } from "./letter-easy-read.js";
import type { LetterInput } from "./letter-input.js";
import type { LetterPictureId } from "./letter-pictures.js";
import { LETTER_PICTURE_IDS, letterPictures } from "./letter-pictures.js";
import { writePlain } from "./letter-plain.js";
import type { Line, Plainness } from "./letter-words.js";
import { b, ideaBlock, line, lineText, plainness, quote, sentenceLengths } from "./letter-words.js";
import type { ReportContext } from "./options.js";
import type { Block, ParagraphBlock, Picture, Report } from "./report.js";
import { publishedCount, smallNumberRule, smallNumberSources } from "./small-numbers.js";
import { citing, withSourcesSection } from "./sources-section.js";

/**
 * The plainness each style is held to: the longest sentence in words, and the lowest Flesch
 * Reading Ease of the document's words (ppie's own limits, a design choice; Easy Read's
 * sentence length is the `maxSentenceWords` option).
 *
 * @example
 * ```ts
 * LETTER_LIMITS["easy-read"].minReadingEase; // 80
 * ```
 */
export const LETTER_LIMITS = {
  plain: { maxSentenceWords: 25, minReadingEase: 60, pointSize: 12 },
  "easy-read": { maxSentenceWords: 15, minReadingEase: 80, pointSize: 14 },
} as const;

/** Body text size, in points, when the reader's access needs include large print. */
export const LARGE_PRINT_POINTS = 16;

/** Who to contact, when the caller does not say: the people who send the document. */
const DEFAULT_CONTACT = {
  letter: "the team who sent you this letter",
  page: "the team who made this page",
};

/** The style, the text size and why: the option, else what the reader's access needs ask for. */
interface Layout {
  readonly style: "plain" | "easy-read";
  readonly pointSize: number;
  readonly maxSentenceWords: number;
  readonly minReadingEase: number;
  /** The accessible formats the reader needs. */
  readonly needs: readonly AccessibleFormat[];
  /** Whether the reader's needs chose the style or size (rather than the options). */
  readonly fromNeeds: boolean;
}

function layoutOf(ctx: ReportContext, reader: Contributor | undefined): Layout {
  const L = ctx.letter;
  const needs = reader === undefined ? [] : formatNeeds(reader.accessNeeds);
  const easyNeed = needs.some((f) => f.writes === "easy-read");
  const largeNeed = needs.some((f) => f.writes === "large-print");
  const style = L.style ?? (easyNeed ? "easy-read" : "plain");
  const limits = LETTER_LIMITS[style];
  const base = largeNeed ? Math.max(LARGE_PRINT_POINTS, limits.pointSize) : limits.pointSize;
  return {
    style,
    pointSize: L.pointSize ?? base,
    maxSentenceWords:
      style === "easy-read"
        ? (L.maxSentenceWords ?? limits.maxSentenceWords)
        : limits.maxSentenceWords,
    minReadingEase: limits.minReadingEase,
    needs,
    fromNeeds: (L.style === undefined && easyNeed) || (L.pointSize === undefined && largeNeed),
  };
}

/** The warnings about a reader's needs: a style that does not meet them, a format ppie cannot write. */
function needsDiagnostics(
  dataset: Dataset,
  ctx: ReportContext,
  reader: Contributor,
  layout: Layout,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (layout.style === "plain" && layout.needs.some((f) => f.writes === "easy-read")) {
    out.push(
      diagnostic(
        "letter/style-does-not-meet-needs",
        "warning",
        ["opts", "style"],
        `Contributor ${reader.id}'s access needs include Easy Read, but the letter was asked for in the plain style.`,
        "Leave out style to write the letter in the style their needs ask for.",
      ),
    );
  }
  if (
    ctx.letter.pointSize !== undefined &&
    ctx.letter.pointSize < LARGE_PRINT_POINTS &&
    layout.needs.some((f) => f.writes === "large-print")
  ) {
    out.push(
      diagnostic(
        "letter/style-does-not-meet-needs",
        "warning",
        ["opts", "pointSize"],
        `Contributor ${reader.id}'s access needs include large print, but the letter was asked for in ${formatDecimal(ctx.letter.pointSize, 1)} point text.`,
        `Leave out pointSize to write it in ${LARGE_PRINT_POINTS} point text, or give a larger size.`,
      ),
    );
  }
  const index = facts(dataset).contributors.get(reader.id)?.index ?? -1;
  for (const f of layout.needs.filter((n) => n.writes === null)) {
    out.push(
      diagnostic(
        "letter/format-not-written",
        "warning",
        ["contributors", index, "accessNeeds"],
        `Contributor ${reader.id} needs ${f.label}, which ppie cannot write: this letter is for print and screen.`,
        `Have the letter made into ${f.label} before it is sent, and record the format you used.`,
      ),
    );
  }
  return out;
}

/** The period: the one given, else (for one activity) the activity's own dates, else the default. */
function periodOf(ctx: ReportContext): LabelledPeriod {
  const a = ctx.letter.activity;
  if (a !== undefined && !ctx.periodGiven) {
    const end = a.endDate ?? a.startDate;
    return { start: a.startDate, end, label: `${a.startDate}..${end}` };
  }
  return ctx.period as LabelledPeriod;
}

/** ppie's pictures, with the caller's own in their place. */
function picturesOf(ctx: ReportContext): Record<LetterPictureId, Picture> {
  const builtin = letterPictures();
  const out = { ...builtin };
  for (const id of LETTER_PICTURE_IDS) {
    const own = Object.hasOwn(ctx.letter.pictures, id) ? ctx.letter.pictures[id] : undefined;
    if (own !== undefined) out[id] = { id, alt: own.alt, src: own.src };
  }
  return out;
}

/** The input of the writers. */
function inputOf(
  dataset: Dataset,
  ctx: ReportContext,
  scope: LetterScope,
  f: LetterFacts,
): LetterInput {
  const index = facts(dataset);
  return {
    facts: f,
    scope,
    pictures: picturesOf(ctx),
    people: publishedCount(f.people, ctx.disclosure).value,
    contact:
      ctx.letter.contact ?? DEFAULT_CONTACT[scope.contributor === undefined ? "page" : "letter"],
    title: (a: Activity) =>
      quote(
        a.title,
        ["activities", index.activities.get(a.id)?.index ?? -1, "title"],
        `the title of activity ${a.id}`,
        false,
      ),
    projectTitle: (p) =>
      quote(
        p.title,
        ["projects", index.projects.get(p.id)?.index ?? -1, "title"],
        `the title of project ${p.id}`,
        false,
      ),
  };
}

/** A warning for each piece of quoted data in a sentence longer than the style's limit (once per place). */
function lengthDiagnostics(lines: readonly Line[], layout: Layout): Diagnostic[] {
  const out = new Map<string, Diagnostic>();
  const styleName = layout.style === "easy-read" ? "Easy Read" : "plain English";
  for (const l of lines) {
    if (l.quotes.length === 0) continue;
    const longest = Math.max(0, ...sentenceLengths(lineText(l)));
    if (longest <= layout.maxSentenceWords) continue;
    for (const q of l.quotes) {
      const key = JSON.stringify(q.path);
      if (out.has(key)) continue;
      out.set(
        key,
        diagnostic(
          "letter/sentence-too-long",
          "warning",
          [...q.path],
          `This ${styleName} letter quotes ${q.what} in a sentence of ${longest} words; its sentences here are at most ${layout.maxSentenceWords} words.`,
          "Write a shorter summary in the record, one idea per sentence, in everyday words.",
        ),
      );
    }
  }
  return [...out.values()];
}

/** The sources the method note cites. */
function sourcesOf(ctx: ReportContext, layout: Layout): Source[] {
  const easy: Source[] =
    layout.style === "easy-read" ? [DH_EASY_READ_2010, GOVUK_ACCESSIBLE_FORMATS] : [];
  return [
    CHOICE_CONTRIBUTOR_FEEDBACK,
    ...easy,
    MENCAP_CLEAR_2000,
    NHSE_ACCESSIBLE_INFORMATION_2017,
    CHOICE_ACCESSIBLE_FORMATS,
    FLESCH_1948,
    PIRIT_2023,
    ...smallNumberSources(ctx.disclosure),
  ];
}

/** The method note: what the document was made from, its style and why, privacy, and its measured plainness. */
function methodNote(
  ctx: ReportContext,
  scope: LetterScope,
  layout: Layout,
  m: Plainness,
): ParagraphBlock {
  const reader = scope.contributor;
  const what = reader === undefined ? "this page" : "this letter";
  const on =
    scope.activity !== undefined
      ? ` at activity ${scope.activity.id}`
      : scope.project !== undefined
        ? ` in project ${scope.project.id}`
        : "";
  const made =
    reader === undefined
      ? `ppie wrote ${what} from the records of the activities from ${formatPeriod(scope.period)}${on}, what they led to (impact records and outcomes, with how sure each is) and what comes next, following the tracking of impact in Cardiff University's PIRIT toolkit (2023); what it says is a ppie design choice (see docs/design-choices.md).`
      : `ppie wrote ${what} for contributor ${reader.id} from the records of the activities they took part in from ${formatPeriod(scope.period)}${on}, what those led to (impact records and outcomes, with how sure each is), what comes next and the payments made for them, following the tracking of impact in Cardiff University's PIRIT toolkit (2023); what it says is a ppie design choice (see docs/design-choices.md).`;
  const why = layout.fromNeeds
    ? ` because the contributor's recorded access needs (${layout.needs.map((f) => f.label).join(", ")}) ask for it, as NHS England's Accessible Information Standard (2017) asks services to meet recorded information needs`
    : "";
  const style =
    layout.style === "easy-read"
      ? `It is in Easy Read${why}: one idea per sentence, sentences of at most ${layout.maxSentenceWords} words in everyday words, a picture on the left of each idea, numbers as digits, a few key words in bold and ${formatDecimal(layout.pointSize, 1)} point text, following the Department of Health's Easy Read guidance (2010), GOV.UK's advice on accessible formats and Mencap's guidelines for accessible writing (2000). The 14 point and 15 word figures are options: they were not confirmed in the 2010 guidance itself.`
      : `It is in plain English, in ${formatDecimal(layout.pointSize, 1)} point text${why}, with short sentences and no jargon, as Mencap's guidelines for accessible writing (2000) advise.`;
  const rule = smallNumberRule(ctx.disclosure);
  const privacy =
    reader === undefined
      ? `It has no personal details: the number of people is shown under the small-number rule (${rule.name}), and no one is named.`
      : `Other contributors appear only as a number, under the small-number rule (${rule.name}); no one else's name or contact details are in it${ctx.includeIdentifiers ? ", and the reader is named only because the sender chose to include it" : ""}.`;
  const measured =
    m.readingEase === null
      ? "ppie found no words to measure."
      : `ppie measured its words (the headings, the method note and the tables aside) with its own readability scorer: ${m.sentences} sentences, the longest ${m.longest} words, Flesch Reading Ease ${formatDecimal(m.readingEase, 1)} (${m.band}, Flesch 1948); this style is held to sentences of at most ${layout.maxSentenceWords} words and a reading ease of at least ${layout.minReadingEase}.`;
  return citing(
    {
      type: "paragraph",
      tone: "note",
      text: `Method and sources: ${made} ${style} ${privacy} ${measured}`,
    },
    sourcesOf(ctx, layout),
  );
}

/**
 * Build a `contributor-feedback` document. With `contributor`, a letter to that contributor:
 * the activities they took part in during the period (narrowed by `project` or `activity`),
 * their time, what each led to (impact records and outcomes, with their status; changes that did
 * not go well, and activities with no change yet, told as they are), what happens next, how they
 * were paid or thanked, and who to contact. Without it, the public "you said, we did" for the
 * period, project or activity, with no personal details. The style is `style`, else Easy Read
 * when the contributor's access needs include `easy-read`, else plain English; the text size is
 * `pointSize`, else 14 point for Easy Read, 16 for a reader who needs large print, 12
 * otherwise. Other contributors appear only as a count under the small-number rule. The words are
 * measured with ppie's `readability`; the method note states the result, and a warning says when
 * data quoted in a sentence makes it longer than the style allows or the document harder.
 *
 * @param dataset - the dataset
 * @param ctx - the checked options (see `resolveReportOptions`)
 * @returns the document
 * @example
 * ```ts
 * const r = buildReport("contributor-feedback", demoDataset, { contributor: "c-0001", generatedAt: "2026-04-01T09:00:00Z" });
 * if (r.ok) r.value.title; // "What changed because of you"
 * ```
 * @category Reports
 */
export function buildContributorFeedbackReport(
  dataset: Dataset,
  ctx: ReportContext,
): Result<Report> {
  const reader = ctx.letter.contributor;
  const layout = layoutOf(ctx, reader);
  const period = periodOf(ctx);
  const scope: LetterScope = {
    period,
    project: ctx.project,
    activity: ctx.letter.activity,
    contributor: reader,
    asOf: ctx.asOf,
  };
  const f = letterFacts(dataset, scope);
  const input = inputOf(dataset, ctx, scope, f);
  const draft = layout.style === "easy-read" ? writeEasyRead(input) : writePlain(input);
  const measured = plainness(draft.lines);
  const diags: Diagnostic[] =
    reader === undefined ? [] : needsDiagnostics(dataset, ctx, reader, layout);
  if (reader === undefined && ctx.includeIdentifiers) {
    diags.push(
      diagnostic(
        "report/ignored-option",
        "info",
        ["opts", "includeIdentifiers"],
        "The includeIdentifiers option only lets a letter name its own reader; the public version names no one, so it was ignored.",
      ),
    );
  }
  diags.push(...lengthDiagnostics(draft.lines, layout));
  if (measured.readingEase !== null && measured.readingEase < layout.minReadingEase) {
    diags.push(
      diagnostic(
        "letter/harder-than-limit",
        "warning",
        [],
        `This ${layout.style === "easy-read" ? "Easy Read" : "plain English"} ${reader === undefined ? "page" : "letter"} scores ${formatDecimal(measured.readingEase, 1)} on the Flesch Reading Ease, below the ${layout.minReadingEase} its style is held to.`,
        "The words that come from the data are the likely cause: write shorter sentences with everyday words in the records.",
      ),
    );
  }
  const about: Block[] = [
    {
      type: "heading",
      level: 2,
      text: reader === undefined ? "About this page" : "About this letter",
    },
    methodNote(ctx, scope, layout, measured),
  ];
  const title =
    reader === undefined
      ? `You said, we did${scope.activity !== undefined ? `: ${scope.activity.title}` : scope.project !== undefined ? `: ${scope.project.title}` : ""}`
      : "What changed because of you";
  return ok(
    {
      kind: "contributor-feedback",
      title,
      period,
      generatedAt: ctx.generatedAt,
      presentation: { style: layout.style, pointSize: layout.pointSize },
      sections: withSourcesSection([...draft.blocks, ...about]),
    },
    diags,
  );
}

/**
 * Name a letter's reader to themselves, after every string of the letter has been through the
 * privacy filter: only when the caller opted in (`includeIdentifiers`) and the reader has a
 * name recorded. A plain letter starts "Dear <name>,"; an Easy Read letter gets a first idea,
 * "Hello <name>.". The public version, and a letter without the option, are returned unchanged.
 *
 * @param report - the built and filtered letter
 * @param ctx - the report context
 * @returns the letter, addressed
 */
export function addressLetter(report: Report, ctx: ReportContext): Report {
  const reader = ctx.letter.contributor;
  const name = reader?.identifiers?.name?.trim();
  if (!ctx.includeIdentifiers || name === undefined || name === "") return report;
  const sections = [...report.sections];
  if (report.presentation?.style === "easy-read") {
    const greeting = ideaBlock(letterPictures().letter, [line("Hello ", b(name), ".")]);
    const first = sections.findIndex((s) => s.type === "heading");
    sections.splice(first + 1, 0, { ...greeting, picture: greetingPicture(report) });
  } else {
    sections.unshift({ type: "paragraph", text: `Dear ${name},` });
  }
  return { ...report, sections };
}

/** The letter picture the document already uses (the caller's own, if they gave one). */
function greetingPicture(report: Report): Picture {
  for (const s of report.sections)
    if (s.type === "idea" && s.picture.id === "letter") return s.picture;
  return letterPictures().letter;
}
