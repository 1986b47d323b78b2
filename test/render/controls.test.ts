import { describe, expect, it } from "vitest";
import { escapeControls } from "../../src/render/escape.js";
import { RENDER_FORMATS, render, renderChartSvg, renderCsvTables } from "../../src/render/index.js";
import type { ChartBlock } from "../../src/reports/report.js";
import { hostileReport } from "./fixtures.js";

/** What a terminal, a browser or a spreadsheet would act on (docs/rendering.md, promise 3). */
const RAW =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is its purpose
  /\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const CONTROLS = "a\u001b[2Jb\u0007c\u009bd\u202ee\u2066f\u007fg\rh";

describe("renderers write control characters as visible \\uXXXX escapes", () => {
  it.each(RENDER_FORMATS)("%s: none is left raw, and each is shown escaped", (format) => {
    const out = render(hostileReport(CONTROLS), format);
    expect(RAW.exec(out)?.[0]).toBeUndefined();
    expect(out).toContain("\\u001b");
  });

  it("JSON keeps the text: parsing it gives back the original characters", () => {
    const doc = JSON.parse(render(hostileReport(CONTROLS), "json")) as { title: string };
    expect(doc.title).toBe(CONTROLS);
  });

  it("one CSV per table and a chart's SVG are escaped too; CSV's CRLF line breaks are kept", () => {
    for (const t of renderCsvTables(hostileReport(CONTROLS))) {
      expect(RAW.exec(t.csv)?.[0]).toBeUndefined();
      expect(t.csv).toContain("\r\n");
    }
    const chart = hostileReport(CONTROLS).sections.find((b): b is ChartBlock => b.type === "chart");
    expect(chart).toBeDefined();
    expect(RAW.exec(renderChartSvg(chart!, "c"))?.[0]).toBeUndefined();
  });

  it("escapeControls keeps tab, line feed and CRLF", () => {
    expect(escapeControls("line\r\nnext\tcell\n")).toBe("line\r\nnext\tcell\n");
    expect(escapeControls("a\rb")).toBe("a\\u000db");
  });
});
