/**
 * Workbooks in a browser (headless Chromium): the workbook reader and writer, bundled for the
 * browser with no Node built-ins, read a workbook saved by LibreOffice and one they wrote;
 * `loadDatasetAsync` of `ppie/io` loads a dataset from a workbook's bytes there.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const CHROMIUM = "/usr/bin/chromium";
const required = process.env.PPIE_REQUIRE_BROWSER === "1";
const available = existsSync(CHROMIUM);
if (required && !available) throw new Error(`PPIE_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing.`);

describe.skipIf(!available)("workbooks in headless Chromium", () => {
  let browser: Browser;
  let script = "";

  beforeAll(async () => {
    const out = await build({
      stdin: {
        contents: `import { readWorkbook, writeWorkbook } from "./src/io/workbook/index.ts";
          import { renderWorkbook } from "./src/render/xlsx.ts";
          import { loadDatasetAsync } from "./src/io/load-async.ts";
          globalThis.ppieWorkbook = { readWorkbook, writeWorkbook, renderWorkbook, loadDatasetAsync };`,
        resolveDir: ROOT,
        loader: "ts",
      },
      bundle: true,
      format: "iife",
      platform: "browser",
      target: "es2022",
      minify: true,
      write: false,
      logLevel: "silent",
    });
    script = out.outputFiles[0]?.text ?? "";
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("bundles without Node built-ins", () => {
    expect(script).not.toMatch(/require\("(node:)?(fs|stream|buffer|zlib|path)"\)/);
  });

  it("reads a LibreOffice workbook and its own, from bytes as a file input gives them", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.setContent("<!doctype html><title>workbooks</title>");
    await page.addScriptTag({ content: script });
    const ods = [...readFileSync(join(ROOT, "test/fixtures/workbook/hand-edited.ods"))];
    const result = await page.evaluate((bytes) => {
      const w = (
        globalThis as unknown as { ppieWorkbook: typeof import("../../src/io/workbook/index.js") }
      ).ppieWorkbook;
      const fromLibreOffice = w.readWorkbook(new Uint8Array(bytes), "hand-edited.ods", {
        entities: ["contributors", "activities", "activity-contributors"],
      });
      const own = w.writeWorkbook([
        {
          name: "contributors",
          rows: [
            ["id", "n"],
            ["c-1", 0.1 + 0.2],
          ],
        },
      ]);
      return {
        sheets: fromLibreOffice.tables.map((t) => t.sheet),
        name: fromLibreOffice.tables[0]?.rows[2]?.cells[6],
        warnings: fromLibreOffice.diagnostics.map((d) => d.code),
        own: w.readWorkbook(own, "own.xlsx").tables[0]?.rows,
      };
    }, ods);
    expect(errors).toEqual([]);
    expect(result).toEqual({
      sheets: ["contributors", "activities", "activity-contributors"],
      name: "Line one\nLine two",
      warnings: ["workbook/unknown-sheet"],
      own: [{ row: 2, cells: ["c-1", "0.3"] }],
    });
  });

  it("loadDatasetAsync loads the demo dataset from a LibreOffice .ods in the page", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.setContent("<!doctype html><title>workbooks</title>");
    await page.addScriptTag({ content: script });
    const ods = [...readFileSync(join(ROOT, "test/fixtures/workbook/demo-libreoffice.ods"))];
    const result = await page.evaluate(async (bytes) => {
      const w = (
        globalThis as unknown as {
          ppieWorkbook: typeof import("../../src/io/load-async.js");
        }
      ).ppieWorkbook;
      const r = await w.loadDatasetAsync({ name: "demo.ods", data: new Uint8Array(bytes) });
      return { ok: r.ok, format: r.format, activities: r.ok ? r.value.activities.length : 0 };
    }, ods);
    expect(errors).toEqual([]);
    const { demoDataset } = await import("../../src/demo/index.js");
    expect(result).toEqual({ ok: true, format: "ods", activities: demoDataset.activities.length });
  });
});
