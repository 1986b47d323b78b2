import { describe, expect, it } from "vitest";
import { generateDataset } from "../../src/demo/index.js";
import type { Dataset } from "../../src/model/dataset.js";
import { parseDataset } from "../../src/model/parse.js";
import type { RenderFormat } from "../../src/render/index.js";
import { render, RENDER_FORMATS } from "../../src/render/index.js";
import type { ReportOptions } from "../../src/reports/index.js";
import { buildReport } from "../../src/reports/index.js";
import type { ReportKind } from "../../src/reports/report.js";

/**
 * Contributors' identifiers that reach a report through fields other than the free text the
 * builders used to filter: ids, theme labels, unit ids (red-team cases of issue 17).
 */

const generatedAt = "2026-04-01T09:00:00Z";
/** c-0004 of this small generated dataset is "Priya Example". */
const NAME = "Priya Example";
const EMAIL = "priya.example3@example.org";
const PHONE = "01632 960003";

/** Every way the three identifiers could show in rendered output. */
function leaks(out: string): string[] {
  const found: string[] = [];
  if (/priya/i.test(out)) found.push("name");
  if (/priya\.example3|example3@/i.test(out)) found.push("email");
  if (/01632[\s()./_-]*960003|1632[\s()./_-]*960003/.test(out)) found.push("phone");
  return found;
}

function small(): Dataset {
  return generateDataset({ seed: 7, activities: 80, contributors: 40 });
}

function parsed(input: unknown): Dataset {
  const r = parseDataset(input);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics.slice(0, 3)));
  return r.value;
}

function renderAll(kind: ReportKind, ds: Dataset, opts: Partial<ReportOptions> = {}) {
  const r = buildReport(kind, ds, { generatedAt, ...opts });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics.slice(0, 3)));
  return RENDER_FORMATS.map((f) => [f, render(r.value, f)] as [RenderFormat, string]);
}

describe("identifiers in ids and theme labels (red team, issue 17 item 1)", () => {
  it("removes a name, email or phone used as a story's or a PALS contact's theme", () => {
    const ds = small();
    const input = {
      ...ds,
      feedback: ds.feedback.map((f) =>
        f.kind === "story" || f.kind === "pals"
          ? { ...f, themes: [NAME, EMAIL, PHONE, ...f.themes] }
          : f,
      ),
    };
    for (const [format, out] of renderAll("feedback", parsed(input))) {
      expect([format, leaks(out)]).toEqual([format, []]);
    }
  });

  it("removes a name, email or phone used as an FFT unit id or parent unit id", () => {
    const ds = small();
    let i = 0;
    const swaps = [
      { unitId: NAME },
      { parentUnitId: EMAIL },
      { parentUnitId: PHONE },
      { unitId: `${NAME} ward` },
    ];
    const input = {
      ...ds,
      feedback: ds.feedback.map((f) => (f.kind === "fft" ? { ...f, ...swaps[i++ % 4] } : f)),
    };
    for (const [format, out] of renderAll("feedback", parsed(input))) {
      expect([format, leaks(out)]).toEqual([format, []]);
    }
  });

  it("removes a name used as a project id from the project and feedback reports", () => {
    const json = JSON.stringify(small()).replaceAll('"p-001"', JSON.stringify(NAME));
    const ds = parsed(JSON.parse(json));
    for (const [format, out] of [
      ...renderAll("project", ds, { project: NAME }),
      ...renderAll("feedback", ds, { project: NAME }),
      ...renderAll("impact", ds),
    ]) {
      expect([format, leaks(out)]).toEqual([format, []]);
    }
  });

  it("still shows them when identifiers are opted in", () => {
    const json = JSON.stringify(small()).replaceAll('"p-001"', JSON.stringify(NAME));
    const ds = parsed(JSON.parse(json));
    const md = renderAll("project", ds, { project: NAME, includeIdentifiers: true })[0]?.[1];
    expect(md).toContain(NAME);
  });
});
