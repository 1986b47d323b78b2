import { describe, expect, it } from "vitest";
import { heatmapScale, renderChartSvg, seriesColours } from "../../src/render/svg.js";
import type { ChartBlock } from "../../src/reports/report.js";
import { sampleReport } from "./fixtures.js";
import { disallowed, scanTags } from "./html-scan.js";

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const charts = sampleReport("gripp2").sections.filter((b): b is ChartBlock => b.type === "chart");

describe("colours", () => {
  it("checks contrast the WCAG way", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  it("series colours have at least 4.5:1 contrast with white", () => {
    for (const c of seriesColours()) expect(contrast(c, "#ffffff"), c).toBeGreaterThanOrEqual(4.5);
  });

  it("heat-map text has at least 4.5:1 contrast with its cell, and the steps get darker", () => {
    const steps = heatmapScale();
    for (const s of steps) expect(contrast(s.fill, s.text), s.fill).toBeGreaterThanOrEqual(4.5);
    for (let i = 1; i < steps.length; i++) {
      expect(luminance(steps[i]?.fill ?? "")).toBeLessThan(luminance(steps[i - 1]?.fill ?? ""));
    }
  });
});

describe("renderChartSvg", () => {
  it.each(
    charts.map((c) => [c.kind, c] as const),
  )("%s: role img, title, desc, allowed tags only", (_kind, chart) => {
    const svg = renderChartSvg(chart, "b1");
    expect(
      svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 720 '),
    ).toBe(true);
    expect(svg).toContain('role="img" aria-labelledby="b1-title b1-desc"');
    expect(svg).toContain(`<title id="b1-title">${chart.title}</title>`);
    expect(svg).toContain(`<desc id="b1-desc">${chart.description}</desc>`);
    expect(svg.endsWith("</svg>")).toBe(true);
    expect(disallowed(svg)).toEqual([]);
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
  });

  it("names every series in a legend and gives bar series distinct patterns", () => {
    const bar = charts[0]!;
    const svg = renderChartSvg(bar, "b1");
    for (const s of bar.series) expect(svg).toContain(`>${s.name}</text>`);
    expect(svg).toContain('<pattern id="b1-p0"');
    expect(svg).toContain('<pattern id="b1-p1"');
    expect(svg).toContain('fill="url(#b1-p1)"');
    expect(svg).toContain(">14</text>");
  });

  it("gives line series distinct dash patterns and markers", () => {
    const svg = renderChartSvg(charts[2]!, "b1");
    expect(svg).toContain('stroke-dasharray="8 4"');
    expect(svg).toContain("<circle");
    expect(svg).toContain("<rect x=");
  });

  it("writes each heat-map cell's label, and marks missing cells with a hatch", () => {
    const svg = renderChartSvg(charts[3]!, "b1");
    expect(svg).toContain(">9</text>");
    expect(svg).toContain('fill="url(#b1-none)"');
    expect(svg).toContain(">no data</text>");
    expect(svg).toContain(">Lower</text>");
  });

  it("stacks stacked bars (the tallest stack sets the axis)", () => {
    const svg = renderChartSvg(charts[1]!, "b1");
    // stacks reach 16 (15 + 1 + 0), so the axis goes to 20 in steps of 5
    expect(svg).toMatch(/>20<\/text>/);
    expect(svg).not.toMatch(/>25<\/text>/);
  });

  it("says there is no data when there is nothing to draw", () => {
    const empty: ChartBlock = { ...charts[0]!, categories: [], series: [], labels: [] };
    expect(renderChartSvg(empty, "b1")).toContain("No data to draw.");
    const allNull: ChartBlock = {
      ...charts[3]!,
      series: [{ name: "a", values: [null, null, null, null] }],
      labels: [["", "", "", ""]],
    };
    expect(renderChartSvg(allNull, "b1")).toContain("No data to draw.");
  });

  it("handles negative values and values at the edge of floating point", () => {
    const base = charts[0]!;
    for (const values of [
      [-5, 3, 0, 2],
      [1e-320, 0, 0, 0],
      [1.7e308, -1.7e308, 0, 0],
      [5, 5, 5, 5],
    ]) {
      const chart: ChartBlock = {
        ...base,
        series: [{ name: "s", values }],
        labels: [["a", "b", "c", "d"]],
      };
      for (const kind of ["bar", "stacked-bar", "line", "heatmap"] as const) {
        const svg = renderChartSvg({ ...chart, kind }, "b1");
        expect(svg, `${kind} ${values}`).not.toMatch(/NaN|Infinity/);
        expect(scanTags(svg).length).toBeGreaterThan(5);
      }
    }
  });

  it("is deterministic", () => {
    for (const c of charts)
      expect(renderChartSvg(c, "x")).toBe(renderChartSvg(structuredClone(c), "x"));
  });
});
