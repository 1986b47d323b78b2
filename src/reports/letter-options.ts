/**
 * The options of the `contributor-feedback` report kind (a letter to one contributor, or the
 * public "you said, we did"), checked against the dataset: the contributor and activity ids,
 * the style, the contact line, the text size, the Easy Read sentence length and the caller's
 * own pictures. `resolveReportOptions` calls it; the diagnostics it raises are declared here.
 *
 * @module
 */
import { describeValue } from "../format.js";
import type { Activity } from "../model/activity.js";
import type { Contributor } from "../model/contributor.js";
import type { Dataset } from "../model/dataset.js";
import type { Diagnostic } from "../result.js";
import { declareCodes, diagnostic } from "../result.js";
import { LETTER_PICTURE_IDS } from "./letter-pictures.js";

/**
 * The diagnostic codes of `contributor-feedback` documents, each with an example:
 * `DiagnosticCode` (in `result.ts`) is built from this table and docs/diagnostics.md lists it.
 */
export const LETTER_CODES = /* @__PURE__ */ declareCodes([
  {
    code: "report/unknown-contributor",
    severity: "error",
    title: "A contributor id that is not in the dataset",
    example: {
      path: ["opts", "contributor"],
      message: 'There is no contributor with id "c-9999" in the dataset.',
      hint: "Contributor ids in the dataset: c-0001, c-0002, c-0003, …",
    },
  },
  {
    code: "report/unknown-activity",
    severity: "error",
    title: "An activity id that is not in the dataset",
    example: {
      path: ["opts", "activity"],
      message: 'There is no activity with id "a-999" in the dataset.',
      hint: "Activity ids in the dataset: a-001, a-002, a-003, …",
    },
  },
  {
    code: "letter/style-does-not-meet-needs",
    severity: "warning",
    title: "A letter in a style that does not meet its reader's recorded access needs",
    example: {
      path: ["opts", "style"],
      message:
        "Contributor c-0004's access needs include Easy Read, but the letter was asked for in the plain style.",
      hint: "Leave out style to write the letter in the style their needs ask for.",
    },
  },
  {
    code: "letter/format-not-written",
    severity: "warning",
    title:
      "A reader needs a format ppie cannot write (braille, audio, British Sign Language video)",
    example: {
      path: ["contributors", 11, "accessNeeds"],
      message:
        "Contributor c-0012 needs braille, which ppie cannot write: this letter is for print and screen.",
      hint: "Have the letter transcribed into braille before it is sent, and record the format you used.",
    },
  },
  {
    code: "letter/sentence-too-long",
    severity: "warning",
    title: "An Easy Read letter quotes a sentence from the data that is longer than its limit",
    example: {
      path: ["impacts", 3, "weDid"],
      message:
        "This Easy Read letter quotes a sentence of 22 words from impact record i-004 (what was done); Easy Read sentences here are at most 15 words.",
      hint: "Write a shorter summary in the record, one idea per sentence, in everyday words.",
    },
  },
  {
    code: "letter/harder-than-limit",
    severity: "warning",
    title: "A letter whose words score below the reading ease its style is held to",
    example: {
      path: [],
      message:
        "This Easy Read letter scores 71.2 on the Flesch Reading Ease, below the 80 its style is held to.",
      hint: "The words that come from the data are the likely cause: write shorter sentences with everyday words in the records.",
    },
  },
]);

/** A picture of the caller's own, replacing one of ppie's by id. */
export interface OwnPicture {
  /** Its text alternative. */
  readonly alt: string;
  /** The image as a base64 `data:` address (PNG, JPEG, GIF, WebP or SVG). */
  readonly src: string;
}

/**
 * The `contributor-feedback` options after checking: the reader and activity looked up, the rest
 * as given (defaults are chosen by the builder, which knows the reader's access needs).
 *
 * @category Reports
 */
export interface LetterContext {
  /** The reader; `undefined` for the public "you said, we did" version. */
  readonly contributor: Contributor | undefined;
  /** The activity the document is narrowed to, if any. */
  readonly activity: Activity | undefined;
  /** The style asked for, if any. */
  readonly style: "plain" | "easy-read" | undefined;
  /** Who to contact, as written in the letter. */
  readonly contact: string | undefined;
  /** Body text size in points, if given. */
  readonly pointSize: number | undefined;
  /** The longest Easy Read sentence in words, if given. */
  readonly maxSentenceWords: number | undefined;
  /** The caller's own pictures, by id. */
  readonly pictures: Readonly<Record<string, OwnPicture>>;
}

function lookUp<T extends { id: string }>(
  list: readonly T[],
  id: unknown,
  what: "contributor" | "activity",
  diags: Diagnostic[],
): T | undefined {
  if (typeof id !== "string") return undefined;
  const found = list.find((x) => x.id === id);
  if (found === undefined) {
    const ids = list.map((x) => x.id);
    diags.push(
      diagnostic(
        what === "contributor" ? "report/unknown-contributor" : "report/unknown-activity",
        "error",
        ["opts", what],
        `There is no ${what} with id ${describeValue(id)} in the dataset.`,
        ids.length === 0
          ? `The dataset has no ${what === "contributor" ? "contributors" : "activities"}.`
          : `${what === "contributor" ? "Contributor" : "Activity"} ids in the dataset: ${ids.slice(0, 12).join(", ")}${ids.length > 12 ? ", …" : ""}.`,
      ),
    );
  }
  return found;
}

/** The caller's pictures, with a diagnostic for an id that is not one of ppie's pictures. */
function ownPictures(raw: unknown, diags: Diagnostic[]): Record<string, OwnPicture> {
  const out: Record<string, OwnPicture> = {};
  if (typeof raw !== "object" || raw === null) return out;
  for (const id of Object.keys(raw)) {
    const p = (raw as Record<string, unknown>)[id] as OwnPicture;
    if (!(LETTER_PICTURE_IDS as readonly string[]).includes(id)) {
      diags.push(
        diagnostic(
          "report/invalid-option",
          "error",
          ["opts", "pictures", id],
          `There is no picture ${describeValue(id)} to replace.`,
          `Pictures are: ${LETTER_PICTURE_IDS.join(", ")}.`,
        ),
      );
      continue;
    }
    Object.defineProperty(out, id, { value: { alt: p.alt, src: p.src }, enumerable: true });
  }
  return out;
}

/**
 * Check the `contributor-feedback` options of a report's options object (already checked
 * against `ReportOptionsSchema`) against the dataset.
 *
 * @param dataset - the dataset
 * @param o - the report options, own properties only
 * @param diags - where to add diagnostics
 * @returns the letter's context
 */
export function resolveLetterOptions(
  dataset: Dataset,
  o: Readonly<Record<string, unknown>>,
  diags: Diagnostic[],
): LetterContext {
  const style = o.style === "plain" || o.style === "easy-read" ? o.style : undefined;
  return {
    contributor: lookUp(dataset.contributors, o.contributor, "contributor", diags),
    activity: lookUp(dataset.activities, o.activity, "activity", diags),
    style,
    contact: typeof o.contact === "string" ? o.contact : undefined,
    pointSize: typeof o.pointSize === "number" ? o.pointSize : undefined,
    maxSentenceWords: typeof o.maxSentenceWords === "number" ? o.maxSentenceWords : undefined,
    pictures: ownPictures(o.pictures, diags),
  };
}
