import { describe, expect, it } from "vitest";
import {
  RENDER_FORMATS,
  render,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
} from "../../src/render/index.js";
import { sampleReport, sampleReports } from "./fixtures.js";

describe("render", () => {
  it("lists the four formats", () => {
    expect(RENDER_FORMATS).toEqual(["markdown", "html", "csv", "json"]);
  });

  it("dispatches to each renderer", () => {
    const r = sampleReport("feedback");
    expect(render(r, "markdown")).toBe(renderMarkdown(r));
    expect(render(r, "html")).toBe(renderHtml(r));
    expect(render(r, "csv")).toBe(renderCsv(r));
    expect(render(r, "json")).toBe(renderJson(r));
  });

  it("gives byte-identical output for the same report, in every format", () => {
    for (const { report } of sampleReports) {
      for (const format of RENDER_FORMATS) {
        expect(render(structuredClone(report), format)).toBe(render(report, format));
      }
    }
  });

  it("does not change the report", () => {
    const r = sampleReport("impact");
    const before = structuredClone(r);
    for (const format of RENDER_FORMATS) render(r, format);
    expect(r).toEqual(before);
  });

  it("shows the same figures in every format (renderers compute nothing)", () => {
    const r = sampleReport("strategy");
    for (const format of RENDER_FORMATS) {
      const out = render(r, format);
      for (const figure of ["83.3%", "£12,500.00", "fewer than 5", "no data", "88.2%"]) {
        expect(out, `${format} ${figure}`).toContain(figure);
      }
    }
  });
});
