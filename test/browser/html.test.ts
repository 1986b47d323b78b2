/**
 * The HTML report in a real browser (Debian Chromium through playwright-core): no WCAG 2.1 AA
 * violations found by axe-core, no request leaves the page, and a full-page screenshot per
 * report in test-output/screenshots/ for a person to look at.
 *
 * Skipped when /usr/bin/chromium is missing, unless PPIE_REQUIRE_BROWSER=1 (then it fails).
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { renderHtml } from "../../src/render/html.js";
import { buildReport } from "../../src/reports/index.js";
import type { ReportOptions } from "../../src/reports/options.js";
import type { ReportKind } from "../../src/reports/report.js";
import type { NamedReport } from "../render/fixtures.js";
import { HOSTILE_STRINGS, hostileReport, sampleReports } from "../render/fixtures.js";

const CHROMIUM = "/usr/bin/chromium";
const REQUIRED = process.env.PPIE_REQUIRE_BROWSER === "1";
const AVAILABLE = existsSync(CHROMIUM);
const SCREENSHOTS = join(process.cwd(), "test-output", "screenshots");
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

// docs/images/ is refreshed by test/browser/layout.test.ts (PPIE_UPDATE_DOC_IMAGES=1), at a
// desktop's width and a phone's.

/** Every report kind built from the demo dataset, as users get them. */
function demoReports(): NamedReport[] {
  const generatedAt = "2026-04-01T09:00:00Z";
  const kinds: [ReportKind, Partial<ReportOptions>][] = [
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
  return kinds.map(([kind, opts]) => {
    const r = buildReport(kind, demoDataset, { generatedAt, ...opts });
    if (!r.ok) throw new Error(`${kind}: ${JSON.stringify(r.diagnostics)}`);
    return { name: kind, report: r.value };
  });
}

/** The reports to check: the real demo reports, then hand-made samples of every block type. */
const reports: NamedReport[] = [
  ...demoReports(),
  ...sampleReports.map((r) => ({ ...r, name: `sample-${r.name}` })),
];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? "?"}): ${v.help}\n` +
        v.nodes
          .map((n) => `  at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ""}`)
          .join("\n"),
    )
    .join("\n");
}

describe("browser requirement", () => {
  it("has Chromium when PPIE_REQUIRE_BROWSER=1", () => {
    if (REQUIRED) expect(AVAILABLE, `${CHROMIUM} is required (PPIE_REQUIRE_BROWSER=1)`).toBe(true);
    else expect(typeof AVAILABLE).toBe("boolean");
  });
});

describe.skipIf(!AVAILABLE)("HTML report in Chromium", () => {
  let browser: Browser;
  const axeSource = readFileSync(
    createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
    "utf8",
  );

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Open the HTML in a fresh page, run axe-core and collect every request the page tried. */
  async function audit(html: string, screenshot?: string, tags = WCAG_AA) {
    // bypassCSP lets the test inject axe-core; the page itself forbids every script.
    const context = await browser.newContext({
      bypassCSP: true,
      viewport: { width: 1100, height: 900 },
    });
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      await page.route("**/*", async (route) => {
        requests.push(route.request().url());
        await route.abort();
      });
      await page.setContent(html, { waitUntil: "load" });
      const scripts = await page.locator("script").count();
      await page.addScriptTag({ content: axeSource });
      const violations = (await page.evaluate(async (values) => {
        const axe = (
          window as unknown as {
            axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> };
          }
        ).axe;
        const result = await axe.run(document, {
          runOnly: { type: "tag", values },
          resultTypes: ["violations"],
        });
        return result.violations;
      }, tags)) as AxeViolation[];
      if (screenshot !== undefined) {
        await page.screenshot({ path: join(SCREENSHOTS, `${screenshot}.png`), fullPage: true });
      }
      return { violations, requests, scripts };
    } finally {
      await context.close();
    }
  }

  for (const { name, report } of reports) {
    it(`${name}: no WCAG 2.1 AA violations, no request, no script, screenshot saved`, async () => {
      const { violations, requests, scripts } = await audit(renderHtml(report), name);
      expect(violations.length, describeViolations(violations)).toBe(0);
      expect(requests, `requests left the page: ${requests.join(", ")}`).toEqual([]);
      expect(scripts).toBe(0);
    });

    it(`${name}: no axe best-practice violations either`, async () => {
      const { violations } = await audit(renderHtml(report), undefined, ["best-practice"]);
      expect(violations.length, describeViolations(violations)).toBe(0);
    });
  }

  it("hostile strings stay text: no script, frame, dialog or request, no image but the report's picture (CSP on)", async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      const dialogs: string[] = [];
      page.on("dialog", async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      await page.route("**/*", async (route) => {
        requests.push(route.request().url());
        await route.abort();
      });
      for (const s of HOSTILE_STRINGS) {
        await page.setContent(renderHtml(hostileReport(s)), { waitUntil: "load" });
        const counts = await page.evaluate(() =>
          ["script", "img", "iframe", "[onerror]", "[onmouseover]"].map(
            (q) => document.querySelectorAll(q).length,
          ),
        );
        // the one image is the picture the report gives (a data: address), never one of the string
        expect(counts, s).toEqual([0, 1, 0, 0, 0]);
        const src = await page.evaluate(() => document.querySelector("img")?.getAttribute("src"));
        expect(src?.startsWith("data:image/svg+xml;base64,"), s).toBe(true);
        const shown = s.replace(/[\t\n\f\r ]+/g, " ").replace(/^ | $/g, "");
        expect(await page.title()).toBe(shown === "" ? "Report" : shown);
      }
      expect(dialogs).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("sources: every reference fits a phone's width (long addresses wrap) and links out", async () => {
    for (const { name, report } of demoReports()) {
      const cited = report.sections.flatMap((b) => (b.type === "sources" ? b.items : []));
      for (const width of [390, 1280]) {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        try {
          const page = await context.newPage();
          await page.route("**/*", (route) => route.abort());
          await page.setContent(renderHtml(report), { waitUntil: "load" });
          const found = await page.evaluate(() => {
            const items = Array.from(document.querySelectorAll("ol.sources li"));
            return {
              items: items.length,
              overflowing: items.filter((li) => li.scrollWidth > li.clientWidth + 1).length,
              pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
              links: Array.from(document.querySelectorAll("ol.sources a")).map(
                (a) => (a as HTMLAnchorElement).href,
              ),
            };
          });
          expect(found.items, `${name} at ${width}px`).toBe(cited.length);
          expect(found.overflowing, `${name} at ${width}px`).toBe(0);
          expect(found.pageOverflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
          expect(found.links.every((h) => /^https?:\/\//.test(h))).toBe(true);
          expect(found.links.length).toBeGreaterThan(0);
        } finally {
          await context.close();
        }
      }
    }
  });

  it("the checks can fail: a broken page reports violations and requests", async () => {
    const html = renderHtml(reports[0]?.report ?? sampleReports[0]!.report)
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "")
      .replace("<main>", `<main><button></button><img src="https://example.invalid/x.png">`);
    const { violations, requests } = await audit(html);
    expect(violations.map((v) => v.id)).toEqual(
      expect.arrayContaining(["button-name", "image-alt"]),
    );
    expect(requests).toEqual(["https://example.invalid/x.png"]);
  });
});
