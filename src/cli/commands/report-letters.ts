/**
 * The `contributor-feedback` options of `ppie report`: the letter's own options, the caller's
 * pictures read from a file, and one document per contributor (of a group, or of everyone who
 * took part in the period) written into a folder.
 *
 * @module
 */
import { readFile, stat } from "node:fs/promises";
import { dirname, extname, join, resolve } from "node:path";
import type { Dataset } from "../../model/dataset.js";
import type { RenderFormat } from "../../render/index.js";
import { fileSafeName } from "../../render/escape.js";
import type { ReportOptions } from "../../reports/index.js";
import type { Report } from "../../reports/report.js";
import { buildReport } from "../../reports/index.js";
import { activityInPeriod } from "../../derive/period.js";
import { resolveReportOptions } from "../../reports/options.js";
import type { CliDiagnostic } from "../diagnostics.js";
import type { Context, OptionSpec, ParsedArgs } from "../context.js";
import { stringOption } from "../context.js";
import { UsageError } from "../errors.js";
import { printNotes } from "../source.js";
import type { OutputFile, WritePolicy } from "../write.js";
import { writeOutputs } from "../write.js";

/** The options `ppie report` takes for `contributor-feedback`. */
export const LETTER_CLI_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  contributor: {
    type: "string",
    value: "<id>",
    description: "contributor-feedback: the contributor a letter is for (else the public page).",
  },
  group: {
    type: "string",
    value: "<id>",
    description: "contributor-feedback: one letter per member of this group into --out <folder>.",
  },
  "every-contributor": {
    type: "boolean",
    description:
      "contributor-feedback: one letter per contributor of the period into --out <folder>.",
  },
  activity: {
    type: "string",
    value: "<id>",
    description: "contributor-feedback: narrow to one activity.",
  },
  style: {
    type: "string",
    value: "<plain|easy-read>",
    description: "contributor-feedback: the style (default: from the reader's access needs).",
  },
  contact: {
    type: "string",
    value: "<text>",
    description: 'contributor-feedback: who to contact, e.g. "Sam Jones on 01632 960000".',
  },
  "point-size": {
    type: "string",
    value: "<points>",
    description: "contributor-feedback: body text size (default 14 Easy Read, 16 large print, 12).",
  },
  "max-sentence-words": {
    type: "string",
    value: "<n>",
    description: "contributor-feedback in Easy Read: the longest sentence, in words (default 15).",
  },
  pictures: {
    type: "string",
    value: "<file.json>",
    description: "contributor-feedback: your own pictures (see docs/cli.md).",
  },
};

/** A number option, or a usage error. */
function numberOption(args: ParsedArgs, name: string): number | undefined {
  const raw = stringOption(args, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n))
    throw new UsageError(`--${name} must be a number, not "${raw}".`);
  return n;
}

/**
 * The `contributor-feedback` report options given on the command line (all but the pictures).
 *
 * @param args - parsed arguments
 * @returns the options given
 * @example
 * ```ts
 * letterOptionsFrom({ values: { contributor: "c-0001", style: "easy-read" }, positionals: [] }).style; // "easy-read"
 * ```
 */
export function letterOptionsFrom(args: ParsedArgs): Partial<ReportOptions> {
  const style = stringOption(args, "style");
  if (style !== undefined && style !== "plain" && style !== "easy-read")
    throw new UsageError(`--style must be plain or easy-read, not "${style}".`);
  const out: Partial<ReportOptions> = {};
  const contributor = stringOption(args, "contributor");
  const activity = stringOption(args, "activity");
  const contact = stringOption(args, "contact");
  const pointSize = numberOption(args, "point-size");
  const maxSentenceWords = numberOption(args, "max-sentence-words");
  if (contributor !== undefined) out.contributor = contributor;
  if (activity !== undefined) out.activity = activity;
  if (style !== undefined) out.style = style;
  if (contact !== undefined) out.contact = contact;
  if (pointSize !== undefined) out.pointSize = pointSize;
  if (maxSentenceWords !== undefined) out.maxSentenceWords = maxSentenceWords;
  return out;
}

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".svg": "image/svg+xml",
};

/** The largest picture file ppie reads, in bytes. */
const MAX_PICTURE_BYTES = 1_000_000;

/**
 * Read the caller's pictures: a JSON file of `{ "<picture id>": { "alt": "...", "file": "..." } }`
 * (a PNG, JPEG, GIF, WebP or SVG file, relative to the JSON file), each made a base64 `data:`
 * address; an entry may give `"src"` (a `data:` address) instead of `"file"`. The report
 * options check the ids, text alternatives and addresses.
 *
 * @param ctx - run context
 * @param path - the JSON file, as given
 * @returns the pictures, by id
 */
export async function readPictures(
  ctx: Context,
  path: string,
): Promise<Record<string, { alt: string; src: string }>> {
  const file = ctx.resolve(path);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    throw new UsageError(
      `--pictures ${path} could not be read as JSON: ${(err as Error).message}.`,
      'Give a JSON file such as { "meeting": { "alt": "Picture of our panel", "file": "panel.png" } }.',
    );
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new UsageError(`--pictures ${path} must hold a JSON object of pictures by id.`);
  const out: Record<string, { alt: string; src: string }> = {};
  for (const [id, entry] of Object.entries(raw as Record<string, unknown>)) {
    const e = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
    const alt = typeof e.alt === "string" ? e.alt : "";
    let src = typeof e.src === "string" ? e.src : "";
    if (typeof e.file === "string") {
      const type = MEDIA_TYPES[extname(e.file).toLowerCase()];
      if (type === undefined)
        throw new UsageError(
          `Picture "${id}": ${e.file} is not a PNG, JPEG, GIF, WebP or SVG file.`,
        );
      const where = resolve(dirname(file), e.file);
      const size = await stat(where).then(
        (s) => s.size,
        () => -1,
      );
      if (size < 0) throw new UsageError(`Picture "${id}": ${e.file} does not exist.`);
      if (size > MAX_PICTURE_BYTES)
        throw new UsageError(`Picture "${id}": ${e.file} is larger than 1 MB.`);
      src = `data:${type};base64,${(await readFile(where)).toString("base64")}`;
    }
    Object.defineProperty(out, id, { value: { alt, src }, enumerable: true });
  }
  return out;
}

/**
 * Who gets a letter with `--group` or `--every-contributor`: the contributors who took part in an
 * activity in the report's period (and project or activity, when given), and for a group, those
 * who were its members during the period; by id.
 */
function readers(dataset: Dataset, opts: ReportOptions, group: string | undefined): string[] {
  const r = resolveReportOptions("contributor-feedback", dataset, {
    ...opts,
    contributor: undefined,
  });
  if (!r.ok || r.value.period === undefined) return [];
  const { period, project } = r.value;
  const activity = r.value.letter.activity;
  const g = group === undefined ? undefined : dataset.groups.find((x) => x.id === group);
  const ids = new Set<string>();
  for (const a of dataset.activities) {
    if (!activityInPeriod(a, period)) continue;
    if (project !== undefined && a.projectId !== project.id) continue;
    if (activity !== undefined && a.id !== activity.id) continue;
    for (const p of a.contributors) ids.add(p.contributorId);
  }
  const members =
    g === undefined
      ? undefined
      : new Set(
          g.memberships
            .filter((m) => m.from <= period.end && (m.to === undefined || m.to >= period.start))
            .map((m) => m.contributorId),
        );
  return dataset.contributors
    .map((c) => c.id)
    .filter((id) => ids.has(id) && (members === undefined || members.has(id)));
}

/**
 * `ppie report contributor-feedback --group <id>` or `--every-contributor`: one document per
 * contributor, each in the style its reader's access needs ask for (unless `--style`), into the
 * `--out` folder as `<contributor id>.<ext>`; nothing is written over without `--force`.
 *
 * @param ctx - run context
 * @param dataset - the dataset
 * @param opts - the report options (without a contributor)
 * @param target - the format, the folder, and how the CLI writes a report as text
 * @param policy - inputs and `--force`
 * @param group - the group id, for `--group`
 * @returns the exit code
 */
export async function writeLetters(
  ctx: Context,
  dataset: Dataset,
  opts: ReportOptions,
  target: { format: RenderFormat; out: string; text: (r: Report, f: RenderFormat) => string },
  policy: WritePolicy,
  group: string | undefined,
): Promise<number> {
  const { format, out } = target;
  if (group !== undefined && !dataset.groups.some((g) => g.id === group)) {
    const ids = dataset.groups.map((g) => g.id);
    throw new UsageError(
      `There is no group "${group}" in the dataset.`,
      ids.length === 0 ? "The dataset has no groups." : `Groups: ${ids.slice(0, 12).join(", ")}.`,
    );
  }
  const folder = ctx.resolve(out);
  const files: OutputFile[] = [];
  const notes: CliDiagnostic[] = [];
  for (const id of readers(dataset, opts, group)) {
    const built = buildReport("contributor-feedback", dataset, { ...opts, contributor: id });
    if (!built.ok) {
      ctx.io.stderr(`ppie: the letter for ${id} could not be built.\n`);
      printNotes({ ...ctx, quiet: false }, built.diagnostics);
      return built.diagnostics.every((d) => d.path[0] === "opts") ? 2 : 1;
    }
    notes.push(...built.diagnostics);
    const ext = format === "markdown" ? "md" : format;
    files.push({
      path: join(folder, `${fileSafeName(id)}.${ext}`),
      content: target.text(built.value, format),
    });
  }
  printNotes(ctx, notes);
  if (files.length === 0) {
    ctx.note("No contributor took part in an activity in the period, so no letter was written.");
    return 0;
  }
  await writeOutputs(ctx, files, policy, folder);
  return 0;
}
