/**
 * The one check every renderer makes before it starts: that it was given a report. Renderers
 * take a `Report` as typed; a value that is not one is a programming error (a `TypeError`),
 * not bad data. A report read from JSON or built by hand should be checked with `ReportSchema`
 * first: every report it accepts renders in every format. This module imports nothing but
 * types, so renderers stay free of zod.
 */
import type { Block, Report } from "../reports/report.js";

/** The block types a report may hold: every `Block["type"]` (a missing one is a type error). */
const BLOCK_TYPE_LIST: Readonly<Record<Block["type"], true>> = {
  heading: true,
  paragraph: true,
  metric: true,
  table: true,
  checklist: true,
  chart: true,
  sources: true,
  idea: true,
};
const BLOCK_TYPES: ReadonlySet<unknown> = new Set(Object.keys(BLOCK_TYPE_LIST));

/** How a value is named in an error message (never calls the value's own code). */
function what(v: unknown): string {
  if (v === null) return "null";
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v !== "object") return `a ${typeof v}`;
  try {
    return Array.isArray(v) ? "a list" : "an object";
  } catch {
    return "an object";
  }
}

function own(o: object, key: string): unknown {
  return Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

/**
 * Throw a `TypeError` unless the value has the outline of a {@link Report}: an object with a
 * text `title` and `generatedAt`, an optional `period` object, and a list of `sections`, each an
 * object whose `type` is a block type. (The blocks' own fields are checked by `ReportSchema`.)
 *
 * @param report - the value given to a renderer
 * @param where - the renderer's name, for the message
 * @throws TypeError when the value is not a report
 * @example
 * ```ts
 * assertReport({ kind: "project", title: "T", generatedAt: "2026-04-01T09:00:00Z", sections: [] }, "render");
 * ```
 */
export function assertReport(report: unknown, where: string): asserts report is Report {
  const problem = reportProblem(report);
  if (problem !== undefined) {
    throw new TypeError(
      `${where}: the value is not a report (${problem}). Check a report read from JSON or built by hand with ReportSchema.safeParse before rendering it.`,
    );
  }
}

function reportProblem(report: unknown): string | undefined {
  if (typeof report !== "object" || report === null) return `it is ${what(report)}`;
  try {
    if (Array.isArray(report)) return "it is a list";
    const title = own(report, "title");
    if (typeof title !== "string") return `its title is ${what(title)}, not text`;
    const at = own(report, "generatedAt");
    if (typeof at !== "string") return `its generatedAt is ${what(at)}, not text`;
    const period = own(report, "period");
    if (period !== undefined && (typeof period !== "object" || period === null)) {
      return `its period is ${what(period)}, not an object`;
    }
    const sections = own(report, "sections");
    if (!Array.isArray(sections)) return `its sections are ${what(sections)}, not a list`;
    for (let i = 0; i < sections.length; i++) {
      const block: unknown = sections[i];
      if (typeof block !== "object" || block === null) return `sections[${i}] is ${what(block)}`;
      const type = own(block, "type");
      if (!BLOCK_TYPES.has(type)) return `sections[${i}] has the unknown block type ${what(type)}`;
    }
    return undefined;
  } catch {
    return "reading it threw";
  }
}
