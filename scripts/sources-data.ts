/**
 * What in ppie cites what: every framework (and its items), rule, measure, report kind,
 * payment-rate row, reference population table and disclosure preset, read from the data
 * itself, with the source each one cites. `docs/sources.md` is written from this
 * (scripts/sources-document.ts).
 *
 * Nothing is skipped silently: a source that is still a string, a citation of a publication
 * that is not in the bibliography, or a report kind that cites nothing is a problem, and
 * `collectCitations` returns every problem it found so that the generator can refuse to write.
 */
import { demoDataset } from "../src/demo/index.js";
import * as frameworksApi from "../src/frameworks/index.js";
import { NIHR_PAYMENT_RATES, NIHR_RATE_RANGES } from "../src/frameworks/payment-rates.js";
import { REFERENCE_TABLES } from "../src/frameworks/census.js";
import { designChoices } from "../src/frameworks/design-choices.js";
import { disclosurePresets } from "../src/frameworks/disclosure-presets.js";
import { itemSource } from "../src/frameworks/item-source.js";
import { publications } from "../src/frameworks/publications.js";
import { builtinFrameworks } from "../src/frameworks/registry.js";
import type { Framework, FrameworkItem } from "../src/frameworks/types.js";
import { buildReport, REPORT_KINDS } from "../src/reports/index.js";
import type { Block, ReportKind } from "../src/reports/report.js";
import { builtinRules } from "../src/rules/registry.js";
import { agreement } from "../src/scores/agreement.js";
import { fftLegacy } from "../src/scores/fft.js";
import { peirs22 } from "../src/scores/peirs22.js";
import { readabilityFromCounts } from "../src/scores/readability.js";
import type { MeasureId } from "../src/scores/registry.js";
import { MEASURE_IDS, measureSource, measureSummary } from "../src/scores/registry.js";
import { representation } from "../src/scores/representation.js";
import type { Source } from "../src/source.js";

/** What kind of thing in ppie relies on a source. */
export type DependentKind =
  | "framework"
  | "rule"
  | "measure"
  | "scorer"
  | "report"
  | "payment rate"
  | "payment rate range"
  | "reference table"
  | "disclosure preset"
  | "reference data";

/** One thing in ppie that relies on a source. */
export interface Dependent {
  readonly kind: DependentKind;
  /** Its id, code or key, e.g. `"gripp2-sf"` or `"payment/off-rate"`. */
  readonly id: string;
  /** What it is, in a few words, e.g. `"GRIPP2 short form"`. */
  readonly label?: string;
}

/** One citation: something in ppie and the source it cites. */
export interface Citation {
  readonly by: Dependent;
  /** The part of the dependent that cites it, e.g. `"item 4c"`; absent for the whole. */
  readonly part?: string;
  readonly source: Source;
}

/** A fact that is not yet verified but is not a citation (an item, a row, a table). */
export interface Flag {
  /** Where the fact lives, e.g. `framework \`gripp2-lf\``. */
  readonly where: string;
  /** Which parts of it, e.g. item ids; empty for the whole. */
  readonly parts: readonly string[];
  /** What is unconfirmed. */
  readonly note: string;
}

/** Everything the bibliography is written from. */
export interface CollectedSources {
  readonly citations: readonly Citation[];
  /** Flags by section of "Still unverified": framework data, payment rates, tables, presets. */
  readonly flags: Readonly<Record<FlagGroup, readonly Flag[]>>;
  /** Everything that stops the bibliography from being complete. */
  readonly problems: readonly string[];
}

/** The groups of flagged data in "Still unverified". */
export type FlagGroup = "frameworks" | "payment rates" | "reference tables" | "disclosure presets";

const PUBLICATION_IDS = new Set(publications.map((p) => p.id));
const CHOICE_IDS = new Set(designChoices.map((c) => c.id));

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Read a value that should be a `Source`: a string, or an object that is neither a publication
 * of the bibliography nor one of ppie's design choices, is a problem (and gives `undefined`).
 */
export function readSource(value: unknown, where: string, problems: string[]): Source | undefined {
  if (typeof value === "string") {
    problems.push(`${where}: the source is still text ("${value.slice(0, 80)}"), not a Source`);
    return undefined;
  }
  if (!isRecord(value)) {
    problems.push(`${where}: no source (found ${value === undefined ? "nothing" : typeof value})`);
    return undefined;
  }
  if (value.designChoice === true) {
    if (typeof value.id === "string" && CHOICE_IDS.has(value.id)) return value as unknown as Source;
    problems.push(`${where}: cites a design choice "${String(value.id)}" not in designChoices`);
    return undefined;
  }
  const ok =
    typeof value.id === "string" &&
    typeof value.title === "string" &&
    typeof value.publisher === "string" &&
    typeof value.verified === "boolean";
  if (!ok) {
    problems.push(`${where}: the source is not a Source (it needs id, title, publisher, verified)`);
    return undefined;
  }
  if (!PUBLICATION_IDS.has(value.id as string)) {
    problems.push(`${where}: cites "${String(value.id)}", which is not in the bibliography`);
    return undefined;
  }
  return value as unknown as Source;
}

/** Read a `Source` or a non-empty list of them. */
export function readSources(value: unknown, where: string, problems: string[]): Source[] {
  if (!Array.isArray(value)) {
    const one = readSource(value, where, problems);
    return one === undefined ? [] : [one];
  }
  if (value.length === 0) problems.push(`${where}: an empty list of sources`);
  const out: Source[] = [];
  value.forEach((v, i) => {
    const s = readSource(v, `${where} [${i}]`, problems);
    if (s !== undefined) out.push(s);
  });
  return out;
}

/** Builds the list of citations and flags, recording problems instead of throwing. */
class Collector {
  readonly citations: Citation[] = [];
  readonly problems: string[] = [];
  readonly flags: Record<FlagGroup, Flag[]> = {
    frameworks: [],
    "payment rates": [],
    "reference tables": [],
    "disclosure presets": [],
  };

  cite(by: Dependent, value: unknown, where: string, part?: string): Source[] {
    const sources = readSources(value, where, this.problems);
    for (const source of sources)
      this.citations.push(part === undefined ? { by, source } : { by, part, source });
    return sources;
  }

  flag(group: FlagGroup, where: string, parts: readonly string[], note: unknown): void {
    const text = typeof note === "string" && note.trim() !== "" ? note : undefined;
    if (text === undefined) {
      this.problems.push(
        `${where}${parts.length > 0 ? ` (${parts.join(", ")})` : ""}: not verified, and no note says why`,
      );
      return;
    }
    this.flags[group].push({ where, parts, note: text });
  }
}

function collectFrameworks(c: Collector): void {
  const frameworks: readonly Framework[] = builtinFrameworks;
  for (const fw of frameworks) {
    const by: Dependent = { kind: "framework", id: fw.id, label: fw.name };
    const where = `framework ${fw.id}`;
    c.cite(by, fw.source, where);
    if (!fw.verified) c.flag("frameworks", `framework \`${fw.id}\``, [], fw.note);
    for (const group of fw.groups ?? [])
      if (!group.verified)
        c.flag("frameworks", `framework \`${fw.id}\`, group`, [group.id], group.note);
    for (const list of fw.lists ?? [])
      if (!list.verified)
        c.flag("frameworks", `framework \`${fw.id}\`, list`, [list.id], list.note);
    collectItems(c, fw, by);
  }
}

/** Items: their own citations (through itemSource), and those not verified, grouped by note. */
function collectItems(c: Collector, fw: Framework, by: Dependent): void {
  const byNote = new Map<string, string[]>();
  for (const item of fw.items as readonly FrameworkItem[]) {
    const name = item.code ?? item.id;
    // An item without a source of its own cites the framework's source (itemSource adds its
    // number as the section), already counted above.
    if (item.source !== undefined)
      c.cite(by, itemSource(fw, item), `framework ${fw.id}, item ${item.id}`, `item ${name}`);
    if (!item.verified) {
      const note = item.note ?? "";
      byNote.set(note, [...(byNote.get(note) ?? []), name]);
    }
  }
  for (const [note, names] of byNote)
    c.flag("frameworks", `framework \`${fw.id}\`, items`, names, note);
}

function collectRules(c: Collector): void {
  for (const rule of builtinRules) {
    c.cite({ kind: "rule", id: rule.code, label: rule.title }, rule.source, `rule ${rule.code}`);
  }
}

/** A measure's summary up to its first colon, comma or bracket, e.g. "Friends and Family Test". */
function measureSummaryLabel(id: MeasureId): string {
  // The summary up to its first colon or bracket outside quotation marks.
  const summary = measureSummary(id);
  let quoted = false;
  for (let i = 0; i < summary.length; i++) {
    const ch = summary[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ":" || ch === "(")) return summary.slice(0, i).trim() || id;
  }
  return summary.trim() || id;
}

function collectMeasures(c: Collector): void {
  // the registry's own record of each measure's sources (every source its Score can cite)
  for (const id of MEASURE_IDS) {
    c.cite(
      { kind: "measure", id, label: measureSummaryLabel(id) },
      measureSource(id),
      `measure ${id}`,
    );
  }
  // Scorers that are not dataset-level measures, each on a small example.
  const scorers: readonly [string, () => { source: unknown }][] = [
    [
      "agreement",
      () =>
        agreement([
          [10, 2],
          [2, 6],
        ]),
    ],
    [
      "fftLegacy",
      () =>
        fftLegacy({
          question: "pre-2020",
          extremelyLikely: 9,
          likely: 3,
          neither: 0,
          unlikely: 0,
          extremelyUnlikely: 0,
          dontKnow: 0,
        }),
    ],
    ["peirs22", () => peirs22(Array(22).fill(3))],
    [
      "readabilityFromCounts",
      () => readabilityFromCounts({ words: 100, sentences: 5, syllables: 150 }),
    ],
    ["representation", () => representation({ a: 6, b: 4 }, { a: 0.5, b: 0.5 })],
  ];
  for (const [id, run] of scorers) c.cite({ kind: "scorer", id }, run().source, `scorer ${id}`);
}

/** Every source a report's blocks cite: method paragraphs and the list of sources. */
function blockSources(blocks: readonly Block[]): unknown[] {
  const out: unknown[] = [];
  for (const b of blocks) {
    if (b.type === "paragraph" && b.sources !== undefined) out.push(...b.sources);
    if (b.type === "sources") out.push(...b.items);
  }
  return out;
}

function collectReports(c: Collector): void {
  for (const kind of REPORT_KINDS as readonly ReportKind[]) {
    const project = kind === "gripp2" || kind === "project" ? { project: "p-001" } : {};
    const r = buildReport(kind, demoDataset, { generatedAt: "2026-04-01T09:00:00Z", ...project });
    if (!r.ok) {
      c.problems.push(`report ${kind}: could not be built from the demo dataset`);
      continue;
    }
    const cited = blockSources(r.value.sections);
    if (cited.length === 0) {
      c.problems.push(
        `report ${kind}: cites no source (no paragraph sources and no sources block)`,
      );
      continue;
    }
    const by: Dependent = { kind: "report", id: kind, label: r.value.title };
    cited.forEach((s, i) => {
      c.cite(by, s, `report ${kind}, source ${i}`);
    });
  }
}

function collectTables(c: Collector): void {
  for (const row of NIHR_PAYMENT_RATES as readonly Record<string, unknown>[]) {
    const id = `${String(row.activityCode)} from ${String(row.effectiveFrom)}`;
    c.cite(
      { kind: "payment rate", id, label: String(row.scheme) },
      row.source,
      `payment rate ${id}`,
    );
    if (row.verified !== true) c.flag("payment rates", `payment rate \`${id}\``, [], row.note);
  }
  for (const row of NIHR_RATE_RANGES as readonly Record<string, unknown>[]) {
    const id = `${String(row.scheme)} from ${String(row.effectiveFrom)}`;
    c.cite({ kind: "payment rate range", id }, row.source, `payment rate range ${id}`);
    if (row.verified !== true)
      c.flag("payment rates", `payment rate range \`${id}\``, [], row.note);
  }
  for (const table of REFERENCE_TABLES as readonly Record<string, unknown>[]) {
    const id = String(table.id);
    c.cite({ kind: "reference table", id }, table.source, `reference table ${id}`);
    if (table.verified !== true)
      c.flag("reference tables", `reference table \`${id}\``, [], table.note);
  }
  for (const [id, preset] of Object.entries(disclosurePresets)) {
    c.cite(
      { kind: "disclosure preset", id, label: preset.name },
      (preset as Record<string, unknown>).source,
      `disclosure preset ${id}`,
    );
    for (const part of preset.unverified)
      c.flag("disclosure presets", `disclosure preset \`${id}\``, [], part);
  }
}

/** Exports of ppie/frameworks that are listed above, or are the bibliography itself. */
function handledData(): Set<unknown> {
  const handled = new Set<unknown>([publications, designChoices, builtinFrameworks]);
  const lists: readonly (readonly unknown[])[] = [
    builtinFrameworks,
    NIHR_PAYMENT_RATES,
    NIHR_RATE_RANGES,
    REFERENCE_TABLES,
    Object.values(disclosurePresets),
    publications,
    designChoices,
  ];
  for (const list of lists) {
    handled.add(list);
    for (const x of list) handled.add(x);
  }
  handled.add(disclosurePresets);
  return handled;
}

/**
 * Every other `source` in the public reference data (ppie/frameworks): a `*_SOURCE` constant,
 * or a `source` field anywhere inside an exported table (demographic dimensions, FFT questions,
 * the PEIRS-22 validation facts, the rate uplift, ...), so that none is left out.
 */
function collectReferenceData(c: Collector): void {
  const handled = handledData();
  const visit = (value: unknown, name: string, path: string, depth: number): void => {
    if (handled.has(value) || depth > 4 || typeof value !== "object" || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        visit(v, name, `${path}[${i}]`, depth + 1);
      });
      return;
    }
    if (isFramework(value)) return; // an alias of a built-in framework: listed above
    for (const [key, v] of Object.entries(value)) {
      if (key !== "source") {
        visit(v, name, `${path}.${key}`, depth + 1);
        continue;
      }
      // named by the entry's own id or key where it has one (a question, a dimension), else its path
      const entry = value as Record<string, unknown>;
      const own = entry.id ?? entry.key;
      const label = typeof own === "string" || typeof own === "number" ? String(own) : path;
      const by: Dependent =
        label === ""
          ? { kind: "reference data", id: name }
          : { kind: "reference data", id: name, label };
      c.cite(by, v, `${name}${path}.source`);
    }
  };
  for (const [name, value] of Object.entries(frameworksApi)) {
    if (handled.has(value)) continue;
    if (name.endsWith("_SOURCE")) c.cite({ kind: "reference data", id: name }, value, name);
    else visit(value, name, "", 0);
  }
}

function isFramework(value: object): boolean {
  return (builtinFrameworks as readonly unknown[]).includes(value);
}

/**
 * Gather every citation in ppie, every fact flagged as not yet verified, and every problem
 * that keeps the bibliography from being complete.
 *
 * @returns the citations, flags and problems
 */
export function collectCitations(): CollectedSources {
  const c = new Collector();
  collectFrameworks(c);
  collectRules(c);
  collectMeasures(c);
  collectReports(c);
  collectTables(c);
  collectReferenceData(c);
  return { citations: c.citations, flags: c.flags, problems: c.problems };
}
