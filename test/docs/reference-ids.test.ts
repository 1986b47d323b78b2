import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { referenceIdsDocument } from "../../scripts/reference-ids-document.js";
import { involveCoproduction2018 } from "../../src/frameworks/involve-coproduction-2018.js";
import { involvementScales } from "../../src/frameworks/involvement-scales.js";
import { scieCoproductionPrinciples } from "../../src/frameworks/scie-coproduction-principles.js";
import { strategyMetricKinds } from "../../src/frameworks/strategy-pillars.js";
import { EngagementEventSchema, EVENT_ROLES } from "../../src/model/event.js";
import { PALS_OUTCOMES, PalsFeedbackSchema } from "../../src/model/feedback.js";
import { GroupSchema } from "../../src/model/group.js";
import { OrganisationSchema } from "../../src/model/organisation.js";
import { CONTRIBUTOR_ROLES } from "../../src/model/vocabulary.js";

const doc = referenceIdsDocument();

/** The section of the page under a heading, to the next heading of the same level. */
function section(heading: string): string {
  const start = doc.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const level = heading.split(" ")[0] as string;
  const next = doc.indexOf(`\n${level} `, start + heading.length + 1);
  return doc.slice(start, next < 0 ? undefined : next);
}

describe("docs/reference-ids.md", () => {
  it("is up to date with the data (run `npm run docs:ids`)", () => {
    const onDisk = readFileSync(new URL("../../docs/reference-ids.md", import.meta.url), "utf8");
    expect(onDisk).toBe(doc);
  });

  it("lists every strategy metric kind with its pillar, unit and whether ppie computes it", () => {
    const part = section("## Strategy metric kinds");
    for (const k of strategyMetricKinds) expect(part).toContain(`| \`${k.id}\` |`);
    expect(part).toContain(
      "| `contributor-hours` | Capacity | hours | computed from the records | Contributor hours: Time contributed by public members. |",
    );
    expect(part).toContain(
      "| `community-partners-count` | Community | as the metric records it | observed (you record the value) |",
    );
  });

  it("gives the unit of every computed strategy kind, the event and reach kinds included", () => {
    const part = section("## Strategy metric kinds");
    const units: [string, string][] = [
      ["agenda-share", "percent (of events)"],
      ["representation-vs-population", "percent (100 × D, lower is better)"],
      ["bursary-places", "count (places)"],
      ["event-reach", "count (people reached)"],
      ["seldom-heard-reach", "count (people)"],
      ["co-authored-outputs", "count (outputs)"],
    ];
    for (const [kind, unit] of units) {
      const row = part.split("\n").find((l) => l.startsWith(`| \`${kind}\` |`)) ?? "";
      expect(row.split(" | ")[2], kind).toBe(unit);
    }
  });

  it("describes co-authored outputs as what ppie counts: publications and blogs with a public author", () => {
    expect(section("## Strategy metric kinds")).toContain(
      "| `co-authored-outputs` | Impact | count (outputs) | computed from the records | Co-authored outputs: Publications and blogs with a public contributor listed as an author. |",
    );
  });

  it("lists every involvement scale's items with the common level each maps to", () => {
    const part = section("## Involvement scales and their items");
    for (const [id, scale] of Object.entries(involvementScales)) {
      const sub = section(`### \`${id}\`: ${scale.name}`);
      for (const i of scale.items) expect(sub).toContain(`| \`${i.id}\` | ${i.label} |`);
    }
    expect(part).toContain("| `partner` | Partner | 5 Co-producing |");
  });

  it("lists the co-production principles of INVOLVE (2018) and SCIE", () => {
    const part = section("## Co-production principles");
    for (const i of [...involveCoproduction2018.items, ...scieCoproductionPrinciples.items])
      expect(part).toContain(`| \`${i.id}\` |`);
  });

  it("lists every contributor role, event kind and role, PALS category and outcome, organisation and group kind", () => {
    const lists: [string, readonly string[]][] = [
      ["## Contributor roles", CONTRIBUTOR_ROLES],
      ["### Event kinds", EngagementEventSchema.shape.kind.options],
      ["### Event roles", EVENT_ROLES],
      ["### Categories", PalsFeedbackSchema.shape.category.options],
      ["### Outcomes", PALS_OUTCOMES],
      ["### Organisation kinds", OrganisationSchema.shape.kind.options],
      ["### Group kinds", GroupSchema.shape.kind.options],
    ];
    for (const [heading, ids] of lists) {
      const part = section(heading);
      for (const id of ids) expect(part, `${heading} ${id}`).toContain(`| \`${id}\` |`);
    }
    expect(section("### Event roles")).toContain("| `bursary` | no (a funded place) |");
  });

  it("is one of the site's guides and ppie help's topics", () => {
    const config = readFileSync(new URL("../../typedoc.config.mjs", import.meta.url), "utf8");
    expect(config).toContain('"docs/reference-ids.md"');
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    expect(readme).toContain("docs/reference-ids.md");
  });
});
