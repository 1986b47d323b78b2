/**
 * Workbooks (.xlsx, .ods) with the built CLI (issue 14): a workbook validates exactly like the
 * same data as CSV files, whoever saved it; the round trip workbook -> dataset -> workbook
 * loses nothing; `ppie init --format xlsx` and `ppie report --format xlsx` write workbooks.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { datasetToCsv } from "../../src/io/csv-write.js";
import { loadDataset } from "../../src/cli/load.js";
import { templateSheets } from "../../src/cli/workbook-template.js";
import { demoDataset } from "../../src/demo/index.js";
import { readInput } from "../../src/io/load.js";
import { readWorkbook } from "../../src/io/workbook/read.js";
import { writeWorkbook } from "../../src/io/workbook/xlsx-write.js";
import { ROOT, runBin, tempDir } from "./helpers.js";
import { PPEET_OPTIONS } from "../../src/frameworks/ppeet-response-options.js";

const FIX = join(ROOT, "test/fixtures/workbook");

interface Located {
  code: string;
  severity: string;
  path: (string | number)[];
  message: string;
  location?: { file: string; sheet?: string; line?: number; column?: string | number };
}

/** `ppie validate <path> --format json`: exit code and diagnostics. */
function validate(path: string): { code: number; diagnostics: Located[] } {
  const run = runBin(["validate", path, "--format", "json", "--as-of", "2026-03-31"]);
  const json = JSON.parse(run.stdout) as { files: { diagnostics: Located[] }[] };
  return { code: run.code, diagnostics: json.files.flatMap((f) => f.diagnostics) };
}

/**
 * A CSV folder's diagnostics as the same data in a workbook reports them: the same codes,
 * severities, dataset paths, lines (rows) and columns, in the workbook and the sheet named
 * after the CSV file.
 */
function asWorkbook(d: Located, file: string): Located {
  if (d.location === undefined) return d;
  const { file: csv, ...rest } = d.location;
  return { ...d, location: { file, sheet: csv.replace(/\.csv$/, ""), ...rest } };
}

function writeCsvFolder(dir: string, dataset = demoDataset): void {
  mkdirSync(dir, { recursive: true });
  for (const { file, lines } of datasetToCsv(dataset)) {
    writeFileSync(join(dir, file), `${[...lines].join("\n")}\n`);
  }
}

describe("a workbook validates exactly like the same data as CSV files", () => {
  let dir: string;
  let csv: { code: number; diagnostics: Located[] };
  beforeAll(() => {
    dir = tempDir();
    writeCsvFolder(join(dir, "demo-csv"));
    writeFileSync(join(dir, "demo.xlsx"), writeWorkbook(templateSheets(demoDataset)));
    csv = validate(join(dir, "demo-csv"));
  });

  it.each([
    ["written by ppie", "demo.xlsx"],
    ["saved by LibreOffice as .xlsx", "demo-libreoffice.xlsx"],
    ["saved by LibreOffice as .ods", "demo-libreoffice.ods"],
  ])("the demo dataset, %s", (_, name) => {
    const path = name === "demo.xlsx" ? join(dir, name) : join(FIX, name);
    const book = validate(path);
    expect(csv.diagnostics.length).toBeGreaterThan(0);
    expect(book.code).toBe(csv.code);
    expect(book.diagnostics).toEqual(csv.diagnostics.map((d) => asWorkbook(d, name)));
  });

  it.each([
    "hand-edited.src.ods",
    "hand-edited.ods",
    "hand-edited.xlsx",
  ])("a workbook typed by hand: %s", (name) => {
    const folder = validate(join(FIX, "hand-edited-csv"));
    const book = validate(join(FIX, name));
    expect(book.code).toBe(1);
    expect(book.code).toBe(folder.code);
    const [unknown, ...rest] = book.diagnostics;
    expect(unknown?.code).toBe("workbook/unknown-sheet");
    expect(unknown?.message).toBe(
      `${name} sheet "Notes" is not a sheet ppie reads, so it was ignored.`,
    );
    expect(rest).toEqual(folder.diagnostics.map((d) => asWorkbook(d, name)));
  });

  it("gives the same dataset as the CSV files", async () => {
    const folder = join(FIX, "hand-edited-csv");
    const fromCsv = readInput(
      readdirSync(folder).map((f) => ({ name: f, data: readFileSync(join(folder, f)) })),
    );
    expect(fromCsv.input).toBeDefined();
    for (const name of ["hand-edited.src.ods", "hand-edited.ods", "hand-edited.xlsx"]) {
      const data = readFileSync(join(FIX, name));
      const fromBook = readInput({ name, data }, {}, readWorkbook);
      expect(fromBook.input).toEqual(fromCsv.input);
      expect(fromBook.locate(["contributors", 0, "id"])).toMatchObject({
        file: name,
        sheet: "contributors",
      });
    }
    const demo = await loadDataset(join(dir, "demo-csv"));
    expect(demo.dataset).toBeDefined();
    for (const path of [
      join(dir, "demo.xlsx"),
      join(FIX, "demo-libreoffice.xlsx"),
      join(FIX, "demo-libreoffice.ods"),
    ]) {
      expect((await loadDataset(path)).dataset).toEqual(demo.dataset);
    }
  });
});

describe("round trip workbook -> dataset -> workbook", () => {
  it("loses nothing: the second workbook has the same bytes as the first", async () => {
    const dir = tempDir();
    const first = writeWorkbook(templateSheets(demoDataset));
    writeFileSync(join(dir, "one.xlsx"), first);
    const loaded = await loadDataset(join(dir, "one.xlsx"));
    expect(loaded.dataset).toBeDefined();
    if (loaded.dataset === undefined) return;
    const second = writeWorkbook(templateSheets(loaded.dataset));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    // and every sheet of a LibreOffice save reads back to the same cells
    const lo = readWorkbook(readFileSync(join(FIX, "demo-libreoffice.xlsx")), "lo.xlsx");
    const ours = readWorkbook(first, "one.xlsx");
    expect(lo.tables.map((t) => [t.sheet, t.header, t.rows])).toEqual(
      ours.tables.map((t) => [t.sheet, t.header, t.rows]),
    );
  });
});

describe("ppie validate of a workbook", () => {
  it("never reads a workbook as YAML, whatever its name", () => {
    const dir = tempDir();
    const bytes = writeWorkbook([{ name: "Sheet1", rows: [["id"]] }]);
    for (const name of ["book.xlsx", "book.yaml", "book"]) {
      writeFileSync(join(dir, name), bytes);
      const run = validate(join(dir, name));
      expect(run.code).toBe(1);
      expect(run.diagnostics.map((d) => d.code)).toEqual([
        "workbook/unknown-sheet",
        "workbook/no-sheets",
      ]);
    }
  });

  it("names the file, sheet, row and column of a problem in words", () => {
    const dir = tempDir();
    const sheets = templateSheets(demoDataset).map((s) =>
      s.name === "activity-contributors"
        ? {
            ...s,
            rows: s.rows.map((r, i) => (i === 3 ? r.map((c, j) => (j === 2 ? "ninety" : c)) : r)),
          }
        : s,
    );
    writeFileSync(join(dir, "book.xlsx"), writeWorkbook(sheets));
    const run = runBin(["validate", join(dir, "book.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '(book.xlsx sheet "activity-contributors" row 4, column "minutes")',
    );
  });

  it("names the workbook and sheet in the CSV folder's own problems", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "book.xlsx"),
      writeWorkbook([
        {
          name: "activity-contributors",
          rows: [
            ["activityId", "contributorId", "minutes", "payment.status"],
            ["a-9", "c-1", 5, "offered"],
          ],
        },
      ]),
    );
    const run = validate(join(dir, "book.xlsx"));
    expect(run.diagnostics.map((d) => [d.code, d.message, d.location])).toEqual([
      [
        "csv/unknown-parent",
        'book.xlsx (sheet activity-contributors) row 2 refers to activityId "a-9", which is not in the sheet activities (that sheet is missing).',
        { file: "book.xlsx", sheet: "activity-contributors", line: 2, column: "activityId" },
      ],
    ]);
  });
});

describe("the template workbook", () => {
  it("has the sheets, columns and drop-down lists of engagement, listening and reach", () => {
    const sheets = new Map(templateSheets().map((s) => [s.name, s]));
    const header = (name: string) => sheets.get(name)?.rows[0] ?? [];
    const lists = (name: string) =>
      Object.fromEntries(
        (sheets.get(name)?.validations ?? []).map((v) => [header(name)[v.column], v.values]),
      );
    expect(header("events")).toEqual(
      expect.arrayContaining(["endDate", "reach.firstTime", "reach.returning", "bursaryPlaces"]),
    );
    expect(lists("events").kind).toEqual(expect.arrayContaining(["publication", "blog"]));
    expect(lists("event-contributors").role).toContain("author");
    expect(header("event-seldom-heard-reach")).toEqual(["eventId", "groupId", "people"]);
    expect(header("activities")).toEqual(
      expect.arrayContaining(["headcount.people", "headcount.who"]),
    );
    expect(header("impacts")).toEqual(expect.arrayContaining(["eventIds", "feedbackIds"]));
    expect(header("feedback-fft")).toContain("unitName");
    expect(lists("feedback-pals").outcome).toEqual([
      "resolved",
      "information-given",
      "signposted",
      "referred-to-complaints",
      "open",
      "other",
    ]);
    expect(header("feedback-story-forums")).toEqual(["feedbackId", "forum", "date"]);
    expect(lists("contributor-positions").role).toEqual([
      "member",
      "volunteer",
      "governor",
      "ppi-champion",
    ]);
    expect(lists("contributors").roles).toContain("ppi-champion");
    expect(lists("organisations").kind).toEqual(
      expect.arrayContaining([
        "healthwatch",
        "patient-participation-group",
        "health-innovation-network",
      ]),
    );
    expect(lists("groups").kind).toContain("assembly");
    // the value column of a keyed map has its vocabulary too
    expect(lists("feedback-ppeet-responses").response).toEqual([...PPEET_OPTIONS]);
    expect(lists("activities")["level.scale"]).toContain("ppie-influence-level");
    for (const name of ["organisation-member-counts", "group-member-counts"])
      expect(header(name).slice(1)).toEqual(["date", "count", "note"]);
  });
});

describe("ppie init --format xlsx", () => {
  it("writes a template to fill in and the demo as a workbook, both valid", () => {
    const dir = tempDir();
    const run = runBin(["init", dir, "--format", "xlsx"]);
    expect(run.code).toBe(0);
    const template = readFileSync(join(dir, "ppie-dataset.xlsx"));
    const read = readWorkbook(template, "ppie-dataset.xlsx");
    expect(read.tables.length).toBeGreaterThan(25);
    expect(validate(join(dir, "ppie-dataset.xlsx")).code).toBe(0);
    expect(
      validate(join(dir, "demo-dataset.xlsx")).diagnostics.every((d) => d.severity !== "error"),
    ).toBe(true);
    expect(runBin(["init", dir, "--yaml", "--format", "xlsx"]).code).toBe(2);
    expect(runBin(["init", dir, "--format", "xls"]).code).toBe(2);
  });
});

describe("ppie report --format xlsx", () => {
  it("writes a workbook to --out, and asks for --out without one", () => {
    const dir = tempDir();
    const out = join(dir, "strategy.xlsx");
    const args = [
      "report",
      "strategy",
      "--format",
      "xlsx",
      "--generated-at",
      "2026-04-01T09:00:00Z",
    ];
    expect(runBin([...args, "--out", out]).code).toBe(0);
    const read = readWorkbook(readFileSync(out), "strategy.xlsx");
    expect(read.tables[0]?.sheet).toBe("Cover");
    expect(read.tables[0]?.header).toEqual(["PPIE strategy scorecard, 2025-26"]);
    const again = join(dir, "again.xlsx");
    runBin([...args, "--out", again]);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
    const none = runBin(args);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("give --out <file>.xlsx");
  });
});
