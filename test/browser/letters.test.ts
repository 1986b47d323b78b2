/**
 * Letters to contributors (`contributor-feedback`) in a real browser (Debian Chromium through
 * playwright-core): for every demo contributor, in both styles, and for the public page, no
 * WCAG 2.1 AA violation found by axe-core, every image with a text alternative, nothing wider
 * than a phone, and an Easy Read letter of a few A4 pages when printed. Screenshots (desktop,
 * phone and A4 print) go to test-output/screenshots/ for a person to look at; with
 * PPIE_UPDATE_DOC_IMAGES=1 the two desktop ones also refresh docs/images/.
 *
 * Skipped when /usr/bin/chromium is missing, unless PPIE_REQUIRE_BROWSER=1 (then it fails).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { renderHtml } from "../../src/render/html.js";
import type { ReportOptions } from "../../src/reports/index.js";
import { buildReport } from "../../src/reports/index.js";
import type { Report } from "../../src/reports/report.js";

const CHROMIUM = "/usr/bin/chromium";
const REQUIRED = process.env.PPIE_REQUIRE_BROWSER === "1";
const AVAILABLE = existsSync(CHROMIUM);
const SCREENSHOTS = join(process.cwd(), "test-output", "screenshots");
const DOC_IMAGES = join(process.cwd(), "docs", "images");
const UPDATE_DOC_IMAGES = process.env.PPIE_UPDATE_DOC_IMAGES === "1";
const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/** The most A4 pages an Easy Read letter may print to ("a few pages at most"), sources included. */
const MAX_EASY_READ_PAGES = 8;

function letter(opts: Partial<ReportOptions>): Report {
  const r = buildReport("contributor-feedback", demoDataset, {
    generatedAt: "2026-04-01T09:00:00Z",
    ...opts,
  });
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

/** The demo's reader who needs Easy Read (their letter is Easy Read by default). */
const EASY_READER =
  demoDataset.contributors.find((c) => c.accessNeeds.includes("easy-read"))?.id ?? "c-0001";

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
        `${v.id} (${v.impact ?? "?"}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`,
    )
    .join("\n");
}

describe("browser requirement", () => {
  it("has Chromium when PPIE_REQUIRE_BROWSER=1", () => {
    if (REQUIRED) expect(AVAILABLE, `${CHROMIUM} is required (PPIE_REQUIRE_BROWSER=1)`).toBe(true);
    else expect(typeof AVAILABLE).toBe("boolean");
  });
});

describe.skipIf(!AVAILABLE)("letters to contributors in Chromium", () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const axeSource = readFileSync(
    createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
    "utf8",
  );

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
    // bypassCSP lets the test inject axe-core; the page itself forbids every script
    const context = await browser.newContext({
      bypassCSP: true,
      viewport: { width: 1100, height: 900 },
    });
    page = await context.newPage();
    await page.route("**/*", async (route) => {
      requests.push(route.request().url());
      await route.abort();
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function audit(html: string, tags = WCAG_AA): Promise<AxeViolation[]> {
    await page.setContent(html, { waitUntil: "load" });
    await page.addScriptTag({ content: axeSource });
    return (await page.evaluate(async (values) => {
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
  }

  it("every demo contributor's letter, in both styles: no WCAG 2.1 AA violation, every image described", async () => {
    for (const c of demoDataset.contributors) {
      for (const style of ["plain", "easy-read"] as const) {
        const violations = await audit(renderHtml(letter({ contributor: c.id, style })));
        expect(violations.length, `${c.id} ${style}: ${describeViolations(violations)}`).toBe(0);
        const images = await page.$$eval("img", (imgs) =>
          imgs.map((i) => ({ alt: i.getAttribute("alt") ?? "", loaded: i.naturalWidth > 0 })),
        );
        for (const img of images) {
          expect(img.alt.trim(), `${c.id} ${style}`).not.toBe("");
          expect(img.loaded, `${c.id} ${style}: an image did not load`).toBe(true);
        }
      }
    }
    expect(requests).toEqual([]);
  }, 900_000);

  it("the public page in both styles, and the letters, pass axe's best practices too", async () => {
    const docs = [
      letter({ style: "plain" }),
      letter({ style: "easy-read" }),
      letter({ contributor: EASY_READER }),
      letter({ contributor: "c-0001", style: "plain" }),
    ];
    for (const r of docs) {
      const violations = await audit(renderHtml(r), [...WCAG_AA, "best-practice"]);
      expect(violations.length, describeViolations(violations)).toBe(0);
    }
  });

  it("fits a phone's width, and prints an Easy Read letter on a few A4 pages", async () => {
    for (const c of demoDataset.contributors) {
      const html = renderHtml(letter({ contributor: c.id, style: "easy-read" }));
      await page.setViewportSize({ width: 390, height: 844 });
      await page.setContent(html, { waitUntil: "load" });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, c.id).toBeLessThanOrEqual(0);
      const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
      const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, c.id).toBeGreaterThan(0);
      expect(pages, c.id).toBeLessThanOrEqual(MAX_EASY_READ_PAGES);
    }
    await page.setViewportSize({ width: 1100, height: 900 });
  }, 900_000);

  it("takes screenshots of both styles: desktop, phone and A4 print", async () => {
    const shots: [string, Report][] = [
      ["contributor-feedback-easy-read", letter({ contributor: EASY_READER })],
      ["contributor-feedback-plain", letter({ contributor: "c-0001", style: "plain" })],
      ["contributor-feedback-public-easy-read", letter({ project: "p-004", style: "easy-read" })],
    ];
    for (const [name, r] of shots) {
      const html = renderHtml(r);
      await page.setViewportSize({ width: 1100, height: 900 });
      await page.setContent(html, { waitUntil: "load" });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
      if (UPDATE_DOC_IMAGES && !name.includes("public")) {
        mkdirSync(DOC_IMAGES, { recursive: true });
        await page.screenshot({ path: join(DOC_IMAGES, `${name}.png`) });
      }
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`) });
      // A4 at 96 dpi (794 × 1123 px), in print media: the first printed page
      await page.emulateMedia({ media: "print" });
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-print.png`) });
      writeFileSync(
        join(SCREENSHOTS, `${name}.pdf`),
        await page.pdf({ format: "A4", preferCSSPageSize: true }),
      );
      await page.emulateMedia({ media: "screen" });
    }
    expect(existsSync(join(SCREENSHOTS, "contributor-feedback-easy-read.png"))).toBe(true);
  });
});
