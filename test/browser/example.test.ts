import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";

const ROOT = resolve(import.meta.dirname, "../..");
const EXAMPLE = join(ROOT, "examples/browser");
const CHROMIUM = "/usr/bin/chromium";
const required = process.env.PPIE_REQUIRE_BROWSER === "1";
const available = existsSync(CHROMIUM);
if (required && !available) throw new Error(`PPIE_REQUIRE_BROWSER=1 but ${CHROMIUM} is missing.`);

describe.skipIf(!available)("browser example (headless Chromium)", () => {
  let browser: Browser;

  beforeAll(async () => {
    // Bundle the example as a user would: it imports "ppie", this package (resolved to its build).
    await build({
      entryPoints: [join(EXAMPLE, "main.ts")],
      outfile: join(EXAMPLE, "dist/main.js"),
      bundle: true,
      format: "iife",
      platform: "browser",
      target: "es2022",
      minify: true,
      logLevel: "silent",
    });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
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

  it("bundles without Node built-ins", () => {
    const js = readFileSync(join(EXAMPLE, "dist/main.js"), "utf8");
    expect(js).not.toMatch(/require\("node:/);
  });

  it("validates a pasted broken dataset and lists the diagnostics", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(pathToFileURL(join(EXAMPLE, "index.html")).href);
    const broken = {
      schemaVersion: 1,
      activities: [
        {
          id: "a-1",
          title: "Workshop",
          mode: "involvement",
          method: "workshop",
          startDate: "2025-02-30",
        },
      ],
    };
    await page.fill("#dataset", JSON.stringify(broken));
    await page.click("#validate");
    await expect
      .poll(() => page.textContent("#summary"))
      .toBe("Not a valid dataset: 1 errors, 0 warnings.");
    const items = await page.$$eval("#diagnostics li", (lis) =>
      lis.map((li) => `${li.className} ${li.textContent}`),
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/^error schema\/invalid-date activities\.0\.startDate: /);

    await page.fill("#dataset", "{ not json");
    await page.click("#validate");
    await expect
      .poll(() => page.textContent("#summary"))
      .toBe("Not checked: 1 errors, 0 warnings.");

    await page.click("#load-demo");
    await page.click("#validate");
    await expect
      .poll(() => page.textContent("#summary"))
      .toMatch(/^Valid dataset: 0 errors, \d+ warnings\.$/);
    expect(await page.$$eval("#diagnostics li.warning", (lis) => lis.length)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("loads the user's files with ppie/io from the file input: JSON, CSV files, a Windows-1252 CSV and a workbook", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(pathToFileURL(join(EXAMPLE, "index.html")).href);
    const file = (name: string, text: string | Buffer) => ({
      name,
      mimeType: name.endsWith(".json") ? "application/json" : "text/csv",
      buffer: typeof text === "string" ? Buffer.from(text) : text,
    });

    await page.setInputFiles("#files", [file("demo.json", JSON.stringify(demoDataset))]);
    await expect
      .poll(() => page.textContent("#summary"))
      .toMatch(/^demo\.json: valid dataset: 0 errors, \d+ warnings\.$/);

    // Two CSV files; a contributor's role that is not allowed, found at its file, line and column.
    const contributors = "id,roles\nc-1,patient\nc-2,astronaut\n";
    const activities =
      "id,title,mode,method,startDate\na-1,Panel,involvement,workshop,2025-05-01\n";
    await page.setInputFiles("#files", [
      file("contributors.csv", contributors),
      file("activities.csv", activities),
    ]);
    await expect
      .poll(() => page.textContent("#summary"))
      .toBe("contributors.csv, activities.csv: not a valid dataset: 1 errors, 0 warnings.");
    expect(await page.textContent("#diagnostics li.error")).toContain(
      "(contributors.csv line 3, column roles)",
    );

    // Saved by Excel as "CSV": refused, naming the byte and the likely encoding ...
    const cp1252 = Buffer.concat([
      Buffer.from("id,roles,seldomHeard\nc-1,patient,"),
      Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]),
      Buffer.from("\n"),
    ]);
    await page.setInputFiles("#files", [file("contributors.csv", cp1252)]);
    await expect
      .poll(() => page.textContent("#diagnostics li.error"))
      .toContain("It is probably Windows-1252 text");
    // ... and read exactly when the user says so.
    await page.check("#windows-1252");
    await page.setInputFiles("#files", []);
    await page.setInputFiles("#files", [file("contributors.csv", cp1252)]);
    await expect
      .poll(() => page.textContent("#summary"))
      .toMatch(/^contributors\.csv: valid dataset: 0 errors, \d+ warnings\.$/);

    // A workbook saved by LibreOffice: read with loadDatasetAsync, as the same data in CSV files.
    await page.uncheck("#windows-1252");
    await page.setInputFiles("#files", [
      {
        name: "demo.ods",
        mimeType: "application/vnd.oasis.opendocument.spreadsheet",
        buffer: readFileSync(join(ROOT, "test/fixtures/workbook/demo-libreoffice.ods")),
      },
    ]);
    await expect
      .poll(() => page.textContent("#summary"))
      .toMatch(/^demo\.ods: valid dataset: 0 errors, \d+ warnings\.$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
