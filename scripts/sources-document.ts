/**
 * The text of docs/sources.md, ppie's bibliography: every publication in `publications`, grouped
 * as in src/frameworks/publications.ts, with what in ppie relies on it; every design choice with
 * what relies on it; and every fact still flagged as not verified. Written from the data by
 * `npm run docs:sources` (scripts/gen-sources.ts); test/docs/sources.test.ts fails when the file
 * on disk differs from what this writes.
 */
import { readFileSync } from "node:fs";
import { designChoices } from "../src/frameworks/design-choices.js";
import { publications } from "../src/frameworks/publications.js";
import type { DesignChoiceSource, PublicationSource, Source } from "../src/source.js";
import { formatSource, isDesignChoice, shortCitation, sourceLink } from "../src/source.js";
import type { Citation, CollectedSources, Dependent, Flag, FlagGroup } from "./sources-data.js";
import { collectCitations } from "./sources-data.js";

/** Everything the page is written from (the live data, or a test's own). */
export interface SourcesInput {
  readonly publications: readonly PublicationSource[];
  readonly designChoices: readonly DesignChoiceSource[];
  /** The heading each publication is listed under, by publication id. */
  readonly groups: ReadonlyMap<string, string>;
  readonly collected: CollectedSources;
}

/** Escape the characters Markdown would read as formatting. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}

/** A full reference with its link as a Markdown autolink. */
function reference(p: PublicationSource): string {
  const text = formatSource(p);
  const link = sourceLink(p);
  if (link === undefined || !text.includes(link)) return md(text);
  const [before, after] = [
    text.slice(0, text.indexOf(link)),
    text.slice(text.indexOf(link) + link.length),
  ];
  return `${md(before)}<${link}>${md(after)}`;
}

const KIND_ORDER: readonly Dependent["kind"][] = [
  "framework",
  "reference data",
  "rule",
  "measure",
  "scorer",
  "report",
  "payment rate",
  "payment rate range",
  "reference table",
  "disclosure preset",
];

/** "`a`, `b` and `c`", or the first few "and 4 more". */
function list(names: readonly string[], max = 8): string {
  const shown = names.slice(0, max).map((n) => `\`${n}\``);
  if (names.length > max) return `${shown.join(", ")} and ${names.length - max} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}

/** What one dependent cites: sections of the whole, and its items grouped by section. */
interface Cited {
  by: Dependent;
  whole: string[];
  items: Map<string, string[]>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function citedBy(citations: readonly Citation[]): Cited[] {
  const out = new Map<string, Cited>();
  for (const c of citations) {
    const key = `${c.by.kind}\u0000${c.by.id}\u0000${c.by.label ?? ""}`;
    const entry = out.get(key) ?? { by: c.by, whole: [], items: new Map<string, string[]>() };
    out.set(key, entry);
    const section = isDesignChoice(c.source) ? undefined : c.source.section;
    if (c.part === undefined) {
      if (section !== undefined && !entry.whole.includes(section)) entry.whole.push(section);
      continue;
    }
    // "Table 2, item 1a", cited by item 1a, is listed as "Table 2: items 1a, ..."
    const name = c.part.replace(/^item /u, "");
    const own = new RegExp(`(^|, )item ${escapeRegExp(name)}$`, "u");
    const base = (section ?? "").replace(own, "");
    entry.items.set(base, [...(entry.items.get(base) ?? []), name]);
  }
  return [...out.values()].sort(
    (a, b) => KIND_ORDER.indexOf(a.by.kind) - KIND_ORDER.indexOf(b.by.kind),
  );
}

/** One line per dependent: "rule `payment/off-rate` (Fee differs ...): section 242". */
function dependents(citations: readonly Citation[]): string[] {
  return citedBy(citations).map(({ by, whole, items }) => {
    const parts = whole.map(md);
    for (const [section, names] of items) {
      const which = `${names.length === 1 ? "item" : "items"} ${list(names)}`;
      parts.push(section === "" ? which : `${md(section)}: ${which}`);
    }
    const label = by.label === undefined ? "" : ` (${md(by.label)})`;
    return `${by.kind} \`${by.id}\`${label}${parts.length === 0 ? "" : `: ${parts.join("; ")}`}`;
  });
}

/** A nested list of what relies on a source, or a line saying that nothing does. */
function reliedOn(lines: readonly string[]): string[] {
  if (lines.length === 0)
    return ["  - Not cited by anything in ppie's data; listed for reference."];
  return ["  - Relied on by:", ...lines.map((l) => `    - ${l}`)];
}

function citing(input: SourcesInput, id: string): Citation[] {
  return input.collected.citations.filter((c) => c.source.id === id);
}

function publicationEntry(input: SourcesInput, p: PublicationSource): string {
  const choices = input.designChoices
    .filter((c) => c.buildsOn?.includes(p.id))
    .map((c) => `design choice "${md(c.title)}"`);
  const lines = [`- ${reference(p)}`];
  if (p.note !== undefined) lines.push(`  - Note: ${md(p.note)}`);
  lines.push(...reliedOn([...dependents(citing(input, p.id)), ...choices]));
  return lines.join("\n");
}

function publicationSections(input: SourcesInput): string[] {
  const order: string[] = [];
  for (const p of input.publications) {
    const g = input.groups.get(p.id) as string;
    if (!order.includes(g)) order.push(g);
  }
  return order.map((g) => {
    const entries = input.publications.filter((p) => input.groups.get(p.id) === g);
    return `## ${g}\n\n${entries.map((p) => publicationEntry(input, p)).join("\n")}\n`;
  });
}

function anchorLink(c: DesignChoiceSource): string {
  return c.explained.replace(/^docs\//u, "./");
}

function designChoiceSection(input: SourcesInput): string {
  const byId = new Map(input.publications.map((p) => [p.id, p]));
  const entries = input.designChoices.map((c) => {
    const pubs = (c.buildsOn ?? []).map((id) => byId.get(id));
    const short = pubs.map((p) => (p === undefined ? undefined : shortCitation(p)));
    const builds = pubs.map((p, i) => {
      if (p === undefined) return md(c.buildsOn?.[i] ?? "");
      // two with the same short form are told apart by their titles
      const twin = short.filter((x) => x === short[i]).length > 1;
      return twin ? `${md(short[i] as string)} (*${md(p.title)}*)` : md(short[i] as string);
    });
    return [
      `- **${md(c.title)}** ([explained](${anchorLink(c)})).`,
      `  - Builds on: ${builds.length === 0 ? "no publication" : builds.join("; ")}.`,
      ...reliedOn(dependents(citing(input, c.id))),
    ].join("\n");
  });
  return `## Design choices\n\nWhere no publication gives an answer, ppie made a choice of its own; [Design choices](./design-choices.md) explains each one and how to change it.\n\n${entries.join("\n")}\n`;
}

function flagLines(flags: readonly Flag[]): string[] {
  return flags.map((f) => {
    const parts = f.parts.length === 0 ? "" : ` ${list(f.parts, 40)}`;
    return `- ${f.where}${parts}: ${md(f.note)}`;
  });
}

/** Citations not verified that say more than their publication's own entry does. */
function unverifiedCitations(input: SourcesInput): string[] {
  const pubs = new Map(input.publications.map((p) => [p.id, p]));
  const groups = new Map<string, { source: PublicationSource; citations: Citation[] }>();
  for (const c of input.collected.citations) {
    const s: Source = c.source;
    if (isDesignChoice(s) || s.verified) continue;
    const pub = pubs.get(s.id);
    // listed with its publication, under "Publications", already
    if (pub !== undefined && !pub.verified && s.note === pub.note) continue;
    const key = `${s.id}\u0000${s.note ?? ""}`;
    const g = groups.get(key) ?? { source: s, citations: [] };
    g.citations.push(c);
    groups.set(key, g);
  }
  return [...groups.values()].map(({ source, citations }) => {
    const { section: _s, ...whole } = source;
    const note = source.note === undefined ? "" : ` ${md(source.note)}`;
    return `- **${md(shortCitation(whole))}**:${note}\n  - Cited by ${dependents(citations).join("; ")}.`;
  });
}

const FLAG_HEADINGS: Readonly<Record<FlagGroup, string>> = {
  frameworks: "Framework data",
  "payment rates": "Payment rates",
  "reference tables": "Reference population tables",
  "disclosure presets": "Disclosure presets",
};

function unverifiedSection(input: SourcesInput): string {
  const out = [
    "## Still unverified",
    "",
    "These facts could not yet be checked against the publication itself. ppie keeps them as data, flagged with `verified: false` and a note saying what is unconfirmed, and never presents them as official. Check them before you rely on them.",
    "",
    "### Publications",
    "",
    ...input.publications
      .filter((p) => !p.verified)
      .map((p) => `- **${md(shortCitation(p))}**, ${md(p.title)}: ${md(p.note ?? "")}`),
    "",
  ];
  const cited = unverifiedCitations(input);
  if (cited.length > 0) out.push("### Citations", "", ...cited, "");
  for (const group of Object.keys(FLAG_HEADINGS) as FlagGroup[]) {
    const flags = input.collected.flags[group];
    if (flags.length > 0) out.push(`### ${FLAG_HEADINGS[group]}`, "", ...flagLines(flags), "");
  }
  return out.join("\n");
}

const HEADER = `---
title: Sources
---

# Sources

<!-- Generated by scripts/gen-sources.ts from ppie's data: do not edit by hand. Run \`npm run docs:sources\`. -->

Every publication ppie relies on, grouped by kind, with a link to open it and what in ppie relies on it: the reference frameworks (and their items), the rules of \`checkDataset\`, the measures and scorers, the report kinds, the payment rates, the reference population tables and the disclosure presets. Then ppie's own design choices, and every fact not yet verified. The page is written from the same data that ppie's code reads (each one's \`source\`, see "Verified and unverified facts" in [Concepts](./concepts.md)), so it cannot disagree with it. In code, \`publications\` and \`designChoices\` in \`ppie/frameworks\` list the same entries.

A reference marked "(not yet verified)" names a publication that ppie could not check in full; its note says what is unconfirmed.
`;

/**
 * Write the page from the given data.
 *
 * @param input - the publications, design choices, groups and collected citations
 * @returns the Markdown of docs/sources.md
 * @throws when the data has problems (a string source, a publication in no group, ...)
 */
export function renderSources(input: SourcesInput): string {
  const problems = [...input.collected.problems];
  for (const p of input.publications)
    if (!input.groups.has(p.id))
      problems.push(`publication ${p.id}: in no group of publications.ts`);
  if (problems.length > 0) {
    throw new Error(
      `docs/sources.md cannot be written until every source is a Source (${problems.length} problems):\n- ${problems.join("\n- ")}`,
    );
  }
  return [
    HEADER,
    ...publicationSections(input),
    designChoiceSection(input),
    unverifiedSection(input),
  ]
    .join("\n")
    .replace(/\n+$/u, "\n");
}

/**
 * The heading of each publication, read from the `// --- Heading ---` comments that divide
 * src/frameworks/publications.ts: each publication's `id:` line falls under the last heading.
 *
 * @param text - the text of publications.ts
 * @returns the heading of each publication id
 */
export function publicationGroups(text: string): Map<string, string> {
  const groups = new Map<string, string>();
  let current: string | undefined;
  for (const line of text.split("\n")) {
    const heading = /^\/\/ --- (.+?) -+$/u.exec(line);
    if (heading) current = heading[1];
    const id = /^ {2}id: "([^"]+)",$/u.exec(line);
    if (id && current !== undefined) groups.set(id[1] as string, current);
  }
  return groups;
}

/**
 * docs/sources.md as it should be, from ppie's own data.
 *
 * @returns the page's Markdown
 * @throws when a source is still text or otherwise cannot be listed
 */
export function sourcesDocument(): string {
  const file = new URL("../src/frameworks/publications.ts", import.meta.url);
  return renderSources({
    publications,
    designChoices,
    groups: publicationGroups(readFileSync(file, "utf8")),
    collected: collectCitations(),
  });
}
