import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { demoDataset } from "../../src/demo/index.js";
import { letterPictures } from "../../src/reports/letter-pictures.js";
import { runBin, tempDir } from "./helpers.js";

const AT = ["--generated-at", "2026-04-01T09:00:00Z"];

describe("ppie report contributor-feedback", () => {
  it("writes a letter to one contributor, in the style their access needs ask for", () => {
    const needsEasy = demoDataset.contributors.find((c) => c.accessNeeds.includes("easy-read"));
    expect(needsEasy).toBeDefined();
    const r = runBin([
      "report",
      "contributor-feedback",
      "--contributor",
      needsEasy?.id ?? "",
      ...AT,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("# What changed because of you\n")).toBe(true);
    expect(r.stdout).toContain("![Picture of a letter in an envelope](data:image/svg+xml;base64,");
    expect(r.stdout).toContain(
      "It is in Easy Read because the contributor's recorded access needs",
    );
  });

  it("takes --style, --contact, --point-size and --max-sentence-words", () => {
    const r = runBin([
      "report",
      "contributor-feedback",
      "--contributor",
      "c-0001",
      "--style",
      "easy-read",
      "--contact",
      "Sam on 01632 960999",
      "--point-size",
      "18",
      "--max-sentence-words",
      "12",
      "--format",
      "json",
      ...AT,
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.presentation).toEqual({ style: "easy-read", pointSize: 18 });
    expect(r.stdout).toContain("Sam on 01632 960999");
    expect(r.stdout).toContain("sentences of at most 12 words");
  });

  it("refuses a style it does not know, and a size that is not a number (exit 2)", () => {
    expect(runBin(["report", "contributor-feedback", "--style", "tiny", ...AT]).code).toBe(2);
    const r = runBin(["report", "contributor-feedback", "--point-size", "big", ...AT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--point-size must be a number, not "big".');
  });

  it("refuses a contributor that is not in the dataset (exit 2)", () => {
    const r = runBin(["report", "contributor-feedback", "--contributor", "c-9999", ...AT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('There is no contributor with id "c-9999" in the dataset.');
  });

  it("writes one letter per member of a group into a folder, and never writes over without --force", () => {
    const dir = tempDir();
    const args = [
      "report",
      "contributor-feedback",
      "--group",
      "g-trust-panel",
      "--format",
      "html",
      "--out",
      "letters/",
      ...AT,
    ];
    const first = runBin(args, { cwd: dir });
    expect(first.code).toBe(0);
    const files = readdirSync(join(dir, "letters")).sort();
    expect(files.length).toBeGreaterThan(5);
    expect(files.every((f) => /^c-\d{4}\.html$/.test(f))).toBe(true);
    const page = readFileSync(join(dir, "letters", files[0] ?? ""), "utf8");
    expect(page).toContain('<body class="presentation');
    const again = runBin(args, { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("Pass --force to replace existing files");
    expect(runBin([...args, "--force"], { cwd: dir }).code).toBe(0);
  });

  it("writes one letter per contributor of the period with --every-contributor", () => {
    const dir = tempDir();
    const r = runBin(
      [
        "report",
        "contributor-feedback",
        "--every-contributor",
        "--period",
        "2025-26",
        "--out",
        "all",
        ...AT,
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    const files = readdirSync(join(dir, "all"));
    expect(files.length).toBeGreaterThan(50);
    expect(files.every((f) => f.endsWith(".md"))).toBe(true);
  });

  it("needs --out for one letter per contributor, and refuses an unknown group", () => {
    expect(
      runBin(["report", "contributor-feedback", "--every-contributor", ...AT]).stderr,
    ).toContain("give --out <folder>");
    const r = runBin([
      "report",
      "contributor-feedback",
      "--group",
      "g-x",
      "--out",
      tempDir(),
      ...AT,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('There is no group "g-x" in the dataset.');
  });

  it("reads your own pictures from a JSON file (files beside it made data: addresses)", () => {
    const dir = tempDir();
    const svg = Buffer.from(letterPictures().tick.src.split(",")[1] ?? "", "base64");
    writeFileSync(join(dir, "panel.svg"), svg);
    writeFileSync(
      join(dir, "pictures.json"),
      JSON.stringify({ "thank-you": { alt: "Photo of our panel waving", file: "panel.svg" } }),
    );
    const r = runBin(
      [
        "report",
        "contributor-feedback",
        "--contributor",
        "c-0001",
        "--style",
        "easy-read",
        "--pictures",
        "pictures.json",
        ...AT,
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `![Photo of our panel waving](data:image/svg+xml;base64,${svg.toString("base64")}) **Thank you**`,
    );
    const bad = runBin(["report", "contributor-feedback", "--pictures", "missing.json", ...AT], {
      cwd: dir,
    });
    expect(bad.code).toBe(2);
  });
});
