/**
 * Every report kind laid out in a real browser (Debian Chromium through playwright-core) at a
 * desktop width (1280 px) and a phone's (390 px): every text of every chart lies inside its
 * chart (measured with getBBox and the text's transform), no table cell's text overflows it,
 * a column of running text is never squeezed to a few words a line, no table of running text is
 * wider than the page (so none hides columns behind a sideways scroll; a table of figures may
 * scroll in its own region), and the page never scrolls
 * sideways. A screenshot of each goes to test-output/screenshots/; with
 * PPIE_UPDATE_DOC_IMAGES=1 the top of each page (two screens tall) also refreshes docs/images/,
 * as `<kind>.png` (1280 px) and `<kind>-phone.png` (390 px).
 *
 * Skipped when /usr/bin/chromium is missing, unless PPIE_REQUIRE_BROWSER=1 (then it fails).
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { renderHtml } from "../../src/render/html.js";
import { buildReport } from "../../src/reports/index.js";
import type { ReportOptions } from "../../src/reports/options.js";
import type { ReportKind } from "../../src/reports/report.js";

const CHROMIUM = "/usr/bin/chromium";
const REQUIRED = process.env.PPIE_REQUIRE_BROWSER === "1";
const AVAILABLE = existsSync(CHROMIUM);
const SCREENSHOTS = join(process.cwd(), "test-output", "screenshots");
const DOC_IMAGES = join(process.cwd(), "docs", "images");
const UPDATE_DOC_IMAGES = process.env.PPIE_UPDATE_DOC_IMAGES === "1";

/** The widths looked at: a desktop browser and a phone. */
const WIDTHS = [
  { width: 1280, height: 900, suffix: "" },
  { width: 390, height: 844, suffix: "-phone" },
] as const;

/** Every report kind, from the demo dataset, as users get them. */
const KINDS: [ReportKind, Partial<ReportOptions>][] = [
  ["gripp2", { project: "p-002", form: "long" }],
  ["strategy", { period: "2025-26" }],
  ["impact", { period: "2025-26" }],
  ["representation", { period: "2025-26" }],
  ["project", { project: "p-002" }],
  ["feedback", { period: "2025-26" }],
  ["service-change", {}],
  ["contributor-feedback", { period: "2025-26" }],
  ["engagement", { period: "2025-26" }],
  ["listening", { period: "2025-26" }],
];

function demoHtml(kind: ReportKind, opts: Partial<ReportOptions>): string {
  const r = buildReport(kind, demoDataset, { generatedAt: "2026-04-01T09:00:00Z", ...opts });
  if (!r.ok) throw new Error(`${kind}: ${JSON.stringify(r.diagnostics)}`);
  return renderHtml(r.value);
}

/** What the page measures: labels outside their chart, overflowing cells, squeezed text. */
interface Layout {
  charts: number;
  texts: number;
  outside: string[];
  overflowing: string[];
  squeezed: string[];
  pageOverflow: number;
  hiddenColumns: string[];
}

describe("browser requirement", () => {
  it("has Chromium when PPIE_REQUIRE_BROWSER=1", () => {
    if (REQUIRED) expect(AVAILABLE, `${CHROMIUM} is required (PPIE_REQUIRE_BROWSER=1)`).toBe(true);
    else expect(typeof AVAILABLE).toBe("boolean");
  });
});

describe.skipIf(!AVAILABLE)("report layout in Chromium at 1280 px and 390 px", () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    if (UPDATE_DOC_IMAGES) mkdirSync(DOC_IMAGES, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const [kind, opts] of KINDS) {
    for (const { width, height, suffix } of WIDTHS) {
      it(`${kind} at ${width} px: every chart label inside its chart, no cell overflows, no squeezed text`, async () => {
        const context = await browser.newContext({ viewport: { width, height } });
        try {
          const page = await context.newPage();
          await page.route("**/*", (route) => route.abort());
          await page.setContent(demoHtml(kind, opts), { waitUntil: "load" });
          // on a phone a table of running text is one card a row, its text the card's width;
          // one that stays a table (two columns) keeps 10em for running text
          const least = width < 640 ? { prose: 9.5, prose2: 5.5 } : { prose: 12.5, prose2: 7.5 };
          const layout = (await page.evaluate((least) => {
            const outside: string[] = [];
            const charts = Array.from(document.querySelectorAll("svg.chart"));
            let texts = 0;
            for (const svg of charts) {
              const box = (svg as SVGSVGElement).viewBox.baseVal;
              for (const t of Array.from(svg.querySelectorAll("text"))) {
                texts++;
                const b = t.getBBox();
                // the text's own transform (a turned axis label) applied to its box's corners
                const m = (t as SVGGraphicsElement).transform.baseVal.consolidate()?.matrix;
                const corners = [
                  [b.x, b.y],
                  [b.x + b.width, b.y],
                  [b.x, b.y + b.height],
                  [b.x + b.width, b.y + b.height],
                ].map(([x, y]) =>
                  m === undefined || m === null
                    ? [x as number, y as number]
                    : [
                        m.a * (x as number) + m.c * (y as number) + m.e,
                        m.b * (x as number) + m.d * (y as number) + m.f,
                      ],
                );
                const xs = corners.map((c) => c[0] as number);
                const ys = corners.map((c) => c[1] as number);
                if (
                  Math.min(...xs) < box.x - 0.5 ||
                  Math.max(...xs) > box.x + box.width + 0.5 ||
                  Math.min(...ys) < box.y - 0.5 ||
                  Math.max(...ys) > box.y + box.height + 0.5
                ) {
                  outside.push(
                    `"${t.textContent}" at x ${Math.min(...xs).toFixed(1)} to ${Math.max(...xs).toFixed(1)}, y ${Math.min(...ys).toFixed(1)} to ${Math.max(...ys).toFixed(1)} in ${box.width} × ${box.height}`,
                  );
                }
              }
            }
            const overflowing: string[] = [];
            const squeezed: string[] = [];
            const em = Number.parseFloat(getComputedStyle(document.body).fontSize);
            for (const c of Array.from(document.querySelectorAll("td, th"))) {
              const el = c as HTMLElement;
              // a stacked table's header row is there for screen readers only, 1 px wide
              const head = el.closest("thead");
              if (head !== null && head.getBoundingClientRect().width <= 1) continue;
              if (el.scrollWidth > el.clientWidth + 1)
                overflowing.push(
                  `${el.textContent?.slice(0, 60)} (${el.scrollWidth} > ${el.clientWidth})`,
                );
              // running text needs room: 12.5 em a line for the main columns of it, 7.5 for others
              // (a cell of more than 40 characters is running text, whatever its class)
              const min = el.classList.contains("prose")
                ? least.prose
                : el.classList.contains("prose-2") || (el.textContent ?? "").length > 40
                  ? least.prose2
                  : 0;
              if (el.clientWidth < min * em)
                squeezed.push(`${el.textContent?.slice(0, 60)} (${el.clientWidth} px wide)`);
            }
            return {
              charts: charts.length,
              texts,
              outside,
              overflowing,
              squeezed,
              pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
              // a table of figures may scroll sideways in its region; one of running text may not
              hiddenColumns: Array.from(document.querySelectorAll(".table-wrap"))
                .filter((w) => w.querySelector(".prose, .prose-2") !== null)
                .filter((w) => w.scrollWidth > w.clientWidth + 1)
                .map(
                  (w) =>
                    `${w.querySelector("caption")?.textContent?.slice(0, 60)} (${w.scrollWidth} > ${w.clientWidth})`,
                ),
            };
          }, least)) as Layout;
          await page.screenshot({
            path: join(SCREENSHOTS, `${kind}${suffix}.png`),
            fullPage: true,
          });
          if (UPDATE_DOC_IMAGES) {
            // the top of the page, two screens tall: the title, the method note, the headline
            // figures and (at desktop width) the first chart or table
            const tall = await page.evaluate(() => document.documentElement.scrollHeight);
            await page.screenshot({
              path: join(DOC_IMAGES, `${kind}${suffix}.png`),
              clip: { x: 0, y: 0, width, height: Math.min(tall, 2 * height) },
              fullPage: true,
            });
          }
          expect.soft(layout.outside, "chart texts outside their chart").toEqual([]);
          expect.soft(layout.overflowing, "table cells whose text overflows").toEqual([]);
          expect.soft(layout.squeezed, "columns of running text squeezed").toEqual([]);
          expect.soft(layout.pageOverflow, "the page scrolls sideways").toBeLessThanOrEqual(0);
          expect
            .soft(layout.hiddenColumns, "tables of running text wider than the page")
            .toEqual([]);
          if (kind !== "gripp2" && kind !== "contributor-feedback")
            expect.soft(layout.texts).toBeGreaterThan(0);
        } finally {
          await context.close();
        }
      });
    }
  }
});
