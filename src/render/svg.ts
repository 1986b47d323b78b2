/**
 * Inline SVG charts for the HTML renderer: bar, stacked bar, line and heat map. Each SVG has
 * `role="img"`, a `<title>` and a `<desc>` (the chart's description) named by
 * `aria-labelledby`. Colour is never the only carrier: bar series also differ by fill pattern,
 * line series by dash pattern and marker shape, heat-map cells carry their value as text, and
 * a legend names every series. The chart's data table always follows in the HTML.
 *
 * Geometry (scales, ticks) is computed here; figures shown as text come from the chart's
 * `labels`. All numbers are written with fixed decimals, so output is byte-identical
 * everywhere.
 */
import type { ChartBlock } from "../reports/report.js";
import { formatNumber } from "../format.js";
import { escapeControls, escapeHtml } from "./escape.js";

/**
 * Series colours, in order. Each has a contrast ratio of at least 4.5:1 against white (so the
 * shapes and any white text on them are clear), and they differ in hue and lightness.
 *
 * @returns the colours as `#rrggbb`
 * @example
 * ```ts
 * seriesColours()[0]; // "#1f5fa6"
 * ```
 * @category Render
 */
export function seriesColours(): readonly string[] {
  return ["#1f5fa6", "#a34700", "#1b7332", "#6a2c91", "#b2182b", "#00665e", "#4d4d4d", "#7a4a06"];
}

/**
 * The heat-map scale from lowest to highest, each step with the text colour used on it; every
 * pair has a contrast ratio of at least 4.5:1.
 *
 * @returns the steps of the scale
 * @example
 * ```ts
 * heatmapScale()[0]; // { fill: "#f1f6fc", text: "#1a1a1a" }
 * ```
 * @category Render
 */
export function heatmapScale(): readonly { fill: string; text: string }[] {
  return [
    { fill: "#f1f6fc", text: "#1a1a1a" },
    { fill: "#c6dbef", text: "#1a1a1a" },
    { fill: "#7fb0d9", text: "#1a1a1a" },
    { fill: "#2f74b5", text: "#ffffff" },
    { fill: "#0b3d75", text: "#ffffff" },
  ];
}

const WIDTH = 720;
const INK = "#1a1a1a";
const GRID = "#d0d0d0";
const FONT = 12;
const DASHES = ["", "8 4", "2 3", "10 3 2 3", "4 4", "12 3", "1 2", "6 2 2 2"];

/** A number for an SVG attribute: at most 2 decimals, no `-0`. */
function n(x: number): string {
  if (!Number.isFinite(x)) return "0";
  const r = Math.round(x * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

/**
 * Advance widths in thousandths of an em, a little wider than DejaVu Sans (the widest common
 * default sans-serif, the one Chromium uses on Linux) and so than Arial or Helvetica, so
 * that a label measured with them fits in any of those fonts. Characters not listed count
 * as the widest lower-case letter but `m` and `w`.
 */
const ADVANCE: Readonly<Record<string, number>> = /* @__PURE__ */ (() => {
  const table: Record<string, number> = {};
  const set = (chars: string, w: number) => {
    for (const c of chars) table[c] = w;
  };
  set(" ", 320);
  set(".,:;'|!", 340);
  set("iIjlJ", 300);
  set("ft()[]/-", 420);
  set("r", 430);
  set("sz", 540);
  set("c", 560);
  set("kvxyL", 610);
  set("abdeghnopqu", 640);
  set("0123456789£$€#?", 640);
  set("FTZPESBKXY", 680);
  set("ACRV", 720);
  set("DGHNOQU&", 790);
  set("%", 970);
  set("mMW", 1000);
  set("w", 840);
  set("…", 1000);
  return table;
})();

/** The width of text at a font size, from {@link ADVANCE}: an upper estimate, never a guess low. */
function textWidth(text: string, size = FONT): number {
  let em = 0;
  for (const c of text) em += ADVANCE[c] ?? 660;
  return (em / 1000) * size;
}

function truncate(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max - 1).join("")}…`;
}

function colour(i: number): string {
  const c = seriesColours();
  return c[i % c.length] ?? INK;
}

/** A fill pattern per series: solid, stripes, dots, cross-hatch, ... over the series colour. */
function patternDef(id: string, i: number): string {
  const fill = colour(i);
  const kind = i % 8;
  const base = `<rect width="8" height="8" fill="${fill}"/>`;
  const marks = [
    "",
    `<rect width="2.5" height="8" fill="#ffffff"/>`,
    `<circle cx="4" cy="4" r="1.6" fill="#ffffff"/>`,
    `<path d="M0 4H8M4 0V8" stroke="#ffffff" stroke-width="1.5"/>`,
    `<rect width="8" height="2.5" fill="#ffffff"/>`,
    `<rect x="3" width="2" height="8" fill="#ffffff"/>`,
    `<rect width="2.5" height="8" fill="#ffffff"/>`,
    `<path d="M0 0L8 8M8 0L0 8" stroke="#ffffff" stroke-width="1.2"/>`,
  ][kind];
  const rotate =
    kind === 1
      ? ` patternTransform="rotate(45)"`
      : kind === 6
        ? ` patternTransform="rotate(-45)"`
        : "";
  return `<pattern id="${id}-p${i}" patternUnits="userSpaceOnUse" width="8" height="8"${rotate}>${base}${marks ?? ""}</pattern>`;
}

function marker(i: number, x: number, y: number): string {
  const c = colour(i);
  const shapes = [
    `<circle cx="${n(x)}" cy="${n(y)}" r="4" fill="${c}"/>`,
    `<rect x="${n(x - 4)}" y="${n(y - 4)}" width="8" height="8" fill="${c}"/>`,
    `<path d="M${n(x)} ${n(y - 5)}L${n(x + 5)} ${n(y + 4)}L${n(x - 5)} ${n(y + 4)}Z" fill="${c}"/>`,
    `<path d="M${n(x)} ${n(y - 5)}L${n(x + 5)} ${n(y)}L${n(x)} ${n(y + 5)}L${n(x - 5)} ${n(y)}Z" fill="${c}"/>`,
    `<circle cx="${n(x)}" cy="${n(y)}" r="4" fill="#ffffff" stroke="${c}" stroke-width="2"/>`,
    `<rect x="${n(x - 4)}" y="${n(y - 4)}" width="8" height="8" fill="#ffffff" stroke="${c}" stroke-width="2"/>`,
    `<path d="M${n(x - 4)} ${n(y - 4)}L${n(x + 4)} ${n(y + 4)}M${n(x + 4)} ${n(y - 4)}L${n(x - 4)} ${n(y + 4)}" stroke="${c}" stroke-width="2.5"/>`,
    `<path d="M${n(x)} ${n(y - 5)}V${n(y + 5)}M${n(x - 5)} ${n(y)}H${n(x + 5)}" stroke="${c}" stroke-width="2.5"/>`,
  ];
  return shapes[i % shapes.length] ?? "";
}

interface Scale {
  lo: number;
  hi: number;
  ticks: number[];
  decimals: number;
}

/** A y scale from `lo` to `hi` (0 always included) with round tick values. */
function niceScale(values: number[]): Scale {
  let lo = Math.min(0, ...values);
  let hi = Math.max(0, ...values);
  if (hi === lo) hi = lo + 1;
  const raw = (hi - lo) / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  if (!Number.isFinite(step) || step <= 0 || !Number.isFinite(hi - lo)) {
    // Values at the edge of floating point: two ticks, no rounding.
    return { lo, hi, ticks: [lo, hi], decimals: 0 };
  }
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let i = 0; i <= 20 && lo + i * step <= hi + step / 2; i++)
    ticks.push(Math.round(lo / step + i) * step);
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9) + (step / mag === 2.5 ? 1 : 0));
  return { lo, hi, ticks, decimals };
}

function tickText(t: number, decimals: number): string {
  // the same formatter as every other number a person reads: "2,500", never "2500" or "-0"
  return formatNumber(t, Math.min(decimals, 6));
}

/** The left edge of a plot: room for the widest tick label and its gap. */
function plotLeft(scale: Scale): number {
  const widest = Math.max(0, ...scale.ticks.map((t) => textWidth(tickText(t, scale.decimals))));
  return Math.max(64, Math.ceil(widest + 16));
}

interface Frame {
  id: string;
  height: number;
  body: string[];
  defs: string[];
}

function open(chart: ChartBlock, frame: Frame): string {
  const title = escapeHtml(chart.title);
  const desc = escapeHtml(chart.description);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${WIDTH} ${n(frame.height)}" width="${WIDTH}" height="${n(frame.height)}" role="img" aria-labelledby="${frame.id}-title ${frame.id}-desc" font-size="${FONT}">`,
    `<title id="${frame.id}-title">${title}</title>`,
    `<desc id="${frame.id}-desc">${desc}</desc>`,
    frame.defs.length > 0 ? `<defs>${frame.defs.join("")}</defs>` : "",
    `<rect width="${WIDTH}" height="${n(frame.height)}" fill="#ffffff"/>`,
    ...frame.body,
    "</svg>",
  ].join("");
}

/** Legend rows at the top: a swatch (pattern or line with marker) and the series name. */
function legend(
  chart: ChartBlock,
  id: string,
  top: number,
  line: boolean,
): { svg: string; height: number } {
  const items: string[] = [];
  let x = 0;
  let y = top;
  chart.series.forEach((series, i) => {
    const label = truncate(series.name, 40);
    const w = 22 + textWidth(label) + 18;
    if (x > 0 && x + w > WIDTH - 16) {
      x = 0;
      y += 20;
    }
    const sx = 16 + x;
    const swatch = line
      ? `<path d="M${n(sx)} ${n(y + 7)}H${n(sx + 18)}" stroke="${colour(i)}" stroke-width="2.5" fill="none"${DASHES[i % 8] ? ` stroke-dasharray="${DASHES[i % 8]}"` : ""}/>${marker(i, sx + 9, y + 7)}`
      : `<rect x="${n(sx)}" y="${n(y)}" width="14" height="14" fill="url(#${id}-p${i})" stroke="${colour(i)}"/>`;
    items.push(
      `${swatch}<text x="${n(sx + 22)}" y="${n(y + 11)}" fill="${INK}">${escapeHtml(label)}</text>`,
    );
    x += w;
  });
  const height = chart.series.length === 0 ? 0 : y - top + 24;
  return { svg: `<g class="legend">${items.join("")}</g>`, height };
}

/** cos and sin of the 40° that x-axis labels are turned by when they do not fit side by side. */
const COS40 = 0.766;
const SIN40 = 0.643;
/** Line height of wrapped labels. */
const LINE = 14;

/** Words of a label on lines at most `max` wide; `undefined` when a word alone is wider. */
function wrapLabel(label: string, max: number): string[] | undefined {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(" ")) {
    if (textWidth(word) > max) return undefined;
    const next = line === "" ? word : `${line} ${word}`;
    if (textWidth(next) <= max) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Where the plot sits and how its category labels are drawn, so that every label fits. */
interface XLabels {
  /** The x of the plot's left edge. */
  left: number;
  /** The width of one category's slot. */
  slot: number;
  /** The height the labels take below the plot. */
  height: number;
  /** The labels, drawn under a plot whose bottom is at `top`. */
  draw(top: number): string;
}

/**
 * Category labels along the x axis: side by side and wrapped onto up to three lines when every
 * word fits its slot, otherwise turned by 40° with the plot moved right far enough that the
 * first label starts inside the chart. Labels longer than 40 characters are shortened with "…"
 * (the chart's data table, which follows it, has them in full).
 */
function xLabels(categories: readonly string[], minLeft: number): XLabels {
  const nc = Math.max(1, categories.length);
  const labels = categories.map((c) => c.replace(/\s+/g, " ").trim());
  const slot0 = (WIDTH - minLeft - 16) / nc;
  const wrapped = labels.map((l) => wrapLabel(l, slot0 - 6));
  if (wrapped.every((w) => w !== undefined && w.length <= 3)) {
    const lines = wrapped as string[][];
    const most = Math.max(1, ...lines.map((l) => l.length));
    return {
      left: minLeft,
      slot: slot0,
      height: most * LINE + 12,
      draw: (top) =>
        lines
          .map((ls, i) => {
            const x = minLeft + slot0 * (i + 0.5);
            const spans = ls
              .map(
                (l, k) =>
                  `<tspan x="${n(x)}" y="${n(top + 16 + k * LINE)}">${escapeHtml(l)}</tspan>`,
              )
              .join("");
            return `<text text-anchor="middle" fill="${INK}">${spans}</text>`;
          })
          .join(""),
    };
  }
  const short = labels.map((l) => truncate(l, 40));
  const widths = short.map((l) => textWidth(l));
  let left = minLeft;
  for (let round = 0; round < 8; round++) {
    const slot = (WIDTH - left - 16) / nc;
    const need = Math.max(
      minLeft,
      ...widths.map((w, i) => Math.ceil(w * COS40 + 12 - slot * (i + 0.5))),
    );
    if (need <= left) break;
    left = need;
  }
  const slot = (WIDTH - left - 16) / nc;
  const widest = Math.max(0, ...widths);
  return {
    left,
    slot,
    height: widest * SIN40 + 30,
    draw: (top) =>
      short
        .map((label, i) => {
          const x = left + slot * (i + 0.5);
          return `<text x="${n(x)}" y="${n(top + 14)}" text-anchor="end" transform="rotate(-40 ${n(x)} ${n(top + 14)})" fill="${INK}">${escapeHtml(label)}</text>`;
        })
        .join(""),
  };
}

function yAxis(
  scale: Scale,
  unit: string,
  left: number,
  top: number,
  plotH: number,
  plotW: number,
): string {
  const y = (v: number) => top + plotH - ((v - scale.lo) / (scale.hi - scale.lo)) * plotH;
  const parts = scale.ticks.map(
    (t) =>
      `<path d="M${n(left)} ${n(y(t))}H${n(left + plotW)}" stroke="${t === 0 ? INK : GRID}" stroke-width="1"/>` +
      `<text x="${n(left - 6)}" y="${n(y(t) + 4)}" text-anchor="end" fill="${INK}">${tickText(t, scale.decimals)}</text>`,
  );
  if (unit.trim() !== "") {
    parts.push(
      `<text x="8" y="${n(top - 8)}" fill="${INK}">${escapeHtml(truncate(unit, 40))}</text>`,
    );
  }
  return parts.join("");
}

function emptyChart(chart: ChartBlock, id: string): string {
  return open(chart, {
    id,
    height: 60,
    defs: [],
    body: [`<text x="16" y="34" fill="${INK}">No data to draw.</text>`],
  });
}

function barLike(chart: ChartBlock, id: string, stacked: boolean): string {
  const defs = chart.series.map((_, i) => patternDef(id, i));
  const lg = legend(chart, id, 12, false);
  const top = 12 + lg.height + 24;
  const plotH = 240;
  const values: number[] = [];
  if (stacked) {
    chart.categories.forEach((_, c) => {
      let pos = 0;
      let neg = 0;
      for (const s of chart.series) {
        const v = s.values[c];
        if (typeof v !== "number" || !Number.isFinite(v)) continue;
        if (v >= 0) pos += v;
        else neg += v;
      }
      values.push(pos, neg);
    });
  } else {
    for (const s of chart.series)
      for (const v of s.values) if (typeof v === "number" && Number.isFinite(v)) values.push(v);
  }
  const scale = niceScale(values);
  const xl = xLabels(chart.categories, plotLeft(scale));
  const { left, slot } = xl;
  const plotW = WIDTH - left - 16;
  const y = (v: number) => top + plotH - ((v - scale.lo) / (scale.hi - scale.lo)) * plotH;
  const body: string[] = [lg.svg, yAxis(scale, chart.unit, left, top, plotH, plotW)];
  const gap = Math.min(16, slot * 0.2);
  const ns = Math.max(1, chart.series.length);
  const barW = stacked ? slot - gap * 2 : (slot - gap * 2) / ns;
  chart.categories.forEach((_, c) => {
    let pos = 0;
    let neg = 0;
    chart.series.forEach((s, i) => {
      const v = s.values[c];
      if (typeof v !== "number" || !Number.isFinite(v)) return;
      let from = 0;
      let to = v;
      if (stacked) {
        from = v >= 0 ? pos : neg;
        to = from + v;
        if (v >= 0) pos = to;
        else neg = to;
      }
      const x = left + slot * c + gap + (stacked ? 0 : barW * i);
      const y0 = y(Math.max(from, to));
      const h = Math.abs(y(from) - y(to));
      body.push(
        `<rect x="${n(x)}" y="${n(y0)}" width="${n(Math.max(1, barW - 1))}" height="${n(h)}" fill="url(#${id}-p${i})" stroke="${colour(i)}"/>`,
      );
      const label = chart.labels[i]?.[c] ?? "";
      if (!stacked && label !== "" && textWidth(label, 11) <= barW + 4) {
        const ly = v >= 0 ? y0 - 4 : y0 + h + 12;
        body.push(
          `<text x="${n(x + barW / 2)}" y="${n(ly)}" text-anchor="middle" font-size="11" fill="${INK}">${escapeHtml(label)}</text>`,
        );
      }
    });
  });
  body.push(xl.draw(top + plotH));
  return open(chart, { id, defs, body, height: top + plotH + xl.height + 8 });
}

function lineChart(chart: ChartBlock, id: string): string {
  const lg = legend(chart, id, 12, true);
  const top = 12 + lg.height + 24;
  const plotH = 240;
  const values = chart.series.flatMap((s) =>
    s.values.filter((v): v is number => typeof v === "number" && Number.isFinite(v)),
  );
  const scale = niceScale(values);
  const xl = xLabels(chart.categories, plotLeft(scale));
  const { left, slot } = xl;
  const plotW = WIDTH - left - 16;
  const y = (v: number) => top + plotH - ((v - scale.lo) / (scale.hi - scale.lo)) * plotH;
  const body: string[] = [lg.svg, yAxis(scale, chart.unit, left, top, plotH, plotW)];
  chart.series.forEach((s, i) => {
    const segments: string[] = [];
    let pen = "M";
    const markers: string[] = [];
    chart.categories.forEach((_, c) => {
      const v = s.values[c];
      if (typeof v !== "number" || !Number.isFinite(v)) {
        pen = "M";
        return;
      }
      const x = left + slot * (c + 0.5);
      segments.push(`${pen}${n(x)} ${n(y(v))}`);
      pen = "L";
      markers.push(marker(i, x, y(v)));
    });
    const dash = DASHES[i % 8] ? ` stroke-dasharray="${DASHES[i % 8]}"` : "";
    if (segments.length > 0)
      body.push(
        `<path d="${segments.join("")}" fill="none" stroke="${colour(i)}" stroke-width="2.5"${dash}/>`,
      );
    body.push(...markers);
  });
  body.push(xl.draw(top + plotH));
  return open(chart, { id, defs: [], body, height: top + plotH + xl.height + 8 });
}

function heatmap(chart: ChartBlock, id: string): string {
  const steps = heatmapScale();
  const rowLabels = chart.series.map((s) => truncate(s.name, 32));
  const left = 16 + Math.max(40, ...rowLabels.map((l) => textWidth(l))) + 8;
  const nc = chart.categories.length;
  const labels = chart.categories.map((c) => truncate(c, 28));
  const widths = labels.map((l) => textWidth(l));
  const widest = Math.max(0, ...widths);
  const rotate = widest > (WIDTH - left - 16) / nc - 4;
  // a turned column label runs up and to the right from its column: leave room on the right
  // for the last ones to end inside the chart
  let right = 16;
  for (let round = 0; rotate && round < 8; round++) {
    const slot = (WIDTH - left - right) / nc;
    const over = Math.max(
      ...widths.map((w, i) => Math.ceil(left + slot * (i + 0.5) + w * COS40 + 14 - WIDTH)),
    );
    if (over <= 0) break;
    right += over;
  }
  const plotW = WIDTH - left - right;
  const slot = plotW / nc;
  const top = 12 + (rotate ? widest * SIN40 + 18 : 24);
  const rowH = 32;
  const values = chart.series.flatMap((s) =>
    s.values.filter((v): v is number => typeof v === "number" && Number.isFinite(v)),
  );
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const stepOf = (v: number) =>
    hi === lo
      ? steps.length - 1
      : Math.min(steps.length - 1, Math.floor(((v - lo) / (hi - lo)) * steps.length));
  const defs = [
    `<pattern id="${id}-none" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)"><rect width="8" height="8" fill="#ffffff"/><rect width="1.5" height="8" fill="#8a8a8a"/></pattern>`,
  ];
  const body: string[] = [];
  labels.forEach((label, c) => {
    const x = left + slot * (c + 0.5);
    body.push(
      rotate
        ? `<text x="${n(x)}" y="${n(top - 6)}" text-anchor="start" transform="rotate(-40 ${n(x)} ${n(top - 6)})" fill="${INK}">${escapeHtml(label)}</text>`
        : `<text x="${n(x)}" y="${n(top - 8)}" text-anchor="middle" fill="${INK}">${escapeHtml(label)}</text>`,
    );
  });
  chart.series.forEach((s, r) => {
    const ry = top + r * rowH;
    body.push(
      `<text x="${n(left - 8)}" y="${n(ry + rowH / 2 + 4)}" text-anchor="end" fill="${INK}">${escapeHtml(rowLabels[r] ?? "")}</text>`,
    );
    chart.categories.forEach((_, c) => {
      const v = s.values[c];
      const x = left + slot * c;
      const missing = typeof v !== "number" || !Number.isFinite(v);
      const step = missing ? undefined : steps[stepOf(v)];
      const fill = step === undefined ? `url(#${id}-none)` : step.fill;
      body.push(
        `<rect x="${n(x)}" y="${n(ry)}" width="${n(slot)}" height="${rowH}" fill="${fill}" stroke="#ffffff" stroke-width="2"/>`,
      );
      const label = chart.labels[r]?.[c] ?? "";
      if (label !== "" && textWidth(label, 11) <= slot - 4) {
        const ink = step === undefined ? INK : step.text;
        const bg =
          step === undefined
            ? `<rect x="${n(x + slot / 2 - textWidth(label, 11) / 2 - 2)}" y="${n(ry + rowH / 2 - 8)}" width="${n(textWidth(label, 11) + 4)}" height="15" fill="#ffffff"/>`
            : "";
        body.push(
          `${bg}<text x="${n(x + slot / 2)}" y="${n(ry + rowH / 2 + 4)}" text-anchor="middle" font-size="11" fill="${ink}">${escapeHtml(label)}</text>`,
        );
      }
    });
  });
  const ky = top + chart.series.length * rowH + 16;
  const noData = left + 60 + steps.length * 22 + 6 + textWidth("Higher") + 24;
  const key = steps
    .map(
      (s, i) =>
        `<rect x="${n(left + 60 + i * 22)}" y="${n(ky)}" width="20" height="14" fill="${s.fill}" stroke="${INK}" stroke-width="0.5"/>`,
    )
    .join("");
  body.push(
    `<text x="${n(left + 54)}" y="${n(ky + 11)}" text-anchor="end" fill="${INK}">Lower</text>${key}<text x="${n(left + 60 + steps.length * 22 + 6)}" y="${n(ky + 11)}" fill="${INK}">Higher</text>`,
    `<rect x="${n(noData)}" y="${n(ky)}" width="20" height="14" fill="url(#${id}-none)" stroke="${INK}" stroke-width="0.5"/><text x="${n(noData + 26)}" y="${n(ky + 11)}" fill="${INK}">No data</text>`,
  );
  return open(chart, { id, defs, body, height: ky + 30 });
}

/**
 * Draw a chart as an inline SVG element (for HTML). Bar and line charts have a y axis with
 * gridlines and the unit, category labels along the x axis (rotated when long), and a legend;
 * a heat map has row and column labels, each cell's label inside it, and a lower-to-higher
 * key. A chart with no categories or series says "No data to draw."
 *
 * @param chart - the chart block
 * @param id - a prefix for element ids inside the SVG, unique in the page (letters, digits, `-`)
 * @returns the `<svg>` element as text
 * @example
 * ```ts
 * const chart: ChartBlock = {
 *   type: "chart", id: "by-quarter", kind: "bar", title: "Activities by quarter",
 *   description: "3 activities in Q1.", categories: ["Q1"], unit: "activities",
 *   series: [{ name: "Activities", values: [3] }], labels: [["3"]],
 * };
 * renderChartSvg(chart, "b3").startsWith("<svg"); // true
 * ```
 * @category Render
 */
export function renderChartSvg(chart: ChartBlock, id: string): string {
  return escapeControls(chartSvg(chart, id));
}

/** {@link renderChartSvg} before control characters are escaped. */
function chartSvg(chart: ChartBlock, id: string): string {
  const hasData = chart.categories.length > 0 && chart.series.length > 0;
  const finite = chart.series.some((s) =>
    s.values.some((v) => typeof v === "number" && Number.isFinite(v)),
  );
  if (!hasData || (!finite && chart.kind !== "heatmap")) return emptyChart(chart, id);
  switch (chart.kind) {
    case "bar":
      return barLike(chart, id, false);
    case "stacked-bar":
      return barLike(chart, id, true);
    case "line":
      return lineChart(chart, id);
    case "heatmap":
      return finite ? heatmap(chart, id) : emptyChart(chart, id);
    default: {
      const unhandled: never = chart.kind;
      throw new TypeError(
        `renderChartSvg: ${typeof unhandled === "string" ? JSON.stringify(unhandled) : "a value"} is not a chart kind; use bar, stacked-bar, line or heatmap. Check a report read from JSON with ReportSchema.safeParse before rendering it.`,
      );
    }
  }
}
