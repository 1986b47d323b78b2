/**
 * Reading input files with the built CLI: nothing the user gave is lost without a word, no
 * encoding is guessed silently, and no file is too large to get an answer (issue 17).
 */
import {
  chmodSync,
  closeSync,
  cpSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { datasetToCsv } from "../../src/io/csv-write.js";
import { LIMIT_ENV, readLimitsFromEnv } from "../../src/cli/load.js";
import { demoDataset } from "../../src/demo/index.js";
import { formatCount } from "../../src/format.js";
import { DEFAULT_READ_LIMITS, formatBytes } from "../../src/io/limits.js";
import type { Run } from "./helpers.js";
import { FIXTURES, ROOT, runBin, tempDir } from "./helpers.js";

const FAULT = join(import.meta.dirname, "fs-fault.cjs");
const isRoot = process.getuid?.() === 0;

/** `ppie validate <path> --format json`: the exit code and the diagnostics' codes and messages. */
function validate(
  path: string,
  env: Record<string, string> = {},
): Run & { codes: string[]; messages: string[] } {
  const run = runBin(["validate", path, "--format", "json"], { env });
  let diagnostics: { code: string; message: string }[] = [];
  if (run.stdout.startsWith("{")) {
    const json = JSON.parse(run.stdout) as { files: { diagnostics: typeof diagnostics }[] };
    diagnostics = json.files.flatMap((f) => f.diagnostics);
  }
  return {
    ...run,
    codes: diagnostics.map((d) => d.code),
    messages: diagnostics.map((d) => d.message),
  };
}

/** The number of impact records `ppie score impact` counts in a dataset. */
function impactRecords(path: string): number {
  const run = runBin(["score", "impact", path, "--format", "json"]);
  expect(run.code, run.stderr).toBe(0);
  return (JSON.parse(run.stdout) as { components: { records: number } }).components.records;
}

let csvFolder: string;
let demoJson: string;

beforeAll(async () => {
  const dir = tempDir();
  csvFolder = join(dir, "demo-csv");
  mkdirSync(csvFolder);
  for (const { file, lines } of datasetToCsv(demoDataset))
    writeFileSync(join(csvFolder, file), [...lines].map((l) => `${l}\n`).join(""));
  demoJson = JSON.stringify(demoDataset, null, 2);
});

/** A copy of the demo CSV folder to change. */
function csvCopy(): string {
  const dir = join(tempDir(), "data");
  cpSync(csvFolder, dir, { recursive: true });
  return dir;
}

describe("duplicate keys are an error in JSON and in YAML, at any depth", () => {
  it("a second impacts key in JSON no longer empties the impacts without a word", () => {
    const dir = tempDir();
    const file = join(dir, "dup.json");
    writeFileSync(file, demoJson.replace(/\n}$/, ',\n  "impacts": []\n}'));
    const r = validate(file);
    expect(r.code).toBe(1);
    expect(r.codes).toEqual(["input/duplicate-key"]);
    const lines = demoJson.split("\n");
    const first = lines.findIndex((l) => l.startsWith('  "impacts"')) + 1;
    expect(r.messages[0]).toContain(
      `dup.json line ${lines.length.toLocaleString("en-GB")}, column 3: the key "impacts"`,
    );
    expect(r.messages[0]).toContain(`the first is on line ${first.toLocaleString("en-GB")}`);
  });

  it("a key twice inside a record, in JSON and the same text as YAML, names the path and line", () => {
    const dir = tempDir();
    const text =
      '{\n  "schemaVersion": 1,\n  "contributors": [\n    {"id": "c-1", "id": "c-2"}\n  ]\n}\n';
    for (const name of ["dup.json", "dup.yaml"]) {
      writeFileSync(join(dir, name), text);
      const r = validate(join(dir, name));
      expect(r.code, name).toBe(1);
      expect(r.codes, name).toEqual(["input/duplicate-key"]);
      expect(r.messages[0], name).toMatch(
        /line 4, column \d+: the key "id" appears a second time in the same object \(at contributors\[0\]\.id; the first is on line 4\)/,
      );
    }
  });
});

describe("a CSV folder: every name ppie reads is read or reported", () => {
  it("follows a link to a regular file (the impacts are counted as from the file itself)", () => {
    const real = impactRecords(csvFolder);
    expect(real).toBeGreaterThan(0);
    const dir = csvCopy();
    const moved = join(tempDir(), "impacts-elsewhere.csv");
    renameSync(join(dir, "impacts.csv"), moved);
    symlinkSync(moved, join(dir, "impacts.csv"));
    expect(impactRecords(dir)).toBe(real);
  });

  it("reports a folder named impacts.csv, a broken link, a link loop, and a link to a folder", () => {
    const dir = csvCopy();
    rmSync(join(dir, "impacts.csv"));
    mkdirSync(join(dir, "impacts.csv"));
    symlinkSync(join(dir, "no-such-file.csv"), join(dir, "payments.csv.new"));
    rmSync(join(dir, "payments.csv"));
    renameSync(join(dir, "payments.csv.new"), join(dir, "payments.csv"));
    rmSync(join(dir, "training.csv"));
    symlinkSync("training.csv", join(dir, "training.csv"));
    rmSync(join(dir, "budgets.csv"));
    symlinkSync(tempDir(), join(dir, "budgets.csv"));
    const r = validate(dir);
    expect(r.code).toBe(1);
    expect(r.codes).toEqual(Array(4).fill("csv/not-a-file"));
    expect(r.messages.sort()).toEqual([
      expect.stringMatching(
        /^budgets\.csv is a link to a folder \(.+\), not to a file, so it was not read\.$/,
      ),
      "impacts.csv is a folder, not a file, so it was not read.",
      expect.stringMatching(
        /^payments\.csv is a link to .*no-such-file\.csv, which does not exist, so it was not read\.$/,
      ),
      "training.csv is a link that leads back to itself, so it was not read.",
    ]);
  });

  it("reports a file it may not open (EACCES) instead of crashing on an unhandled error event", () => {
    const r = validate(csvCopy(), {
      NODE_OPTIONS: `--require ${FAULT}`,
      PPIE_TEST_EACCES: "impacts.csv",
    });
    expect(r.stderr).not.toContain("Unhandled");
    expect(r.code).toBe(1);
    expect(r.codes).toEqual(["csv/cannot-open"]);
    expect(r.messages[0]).toBe(
      "impacts.csv could not be opened (permission denied), so it was not read.",
    );
  });

  // chmod does not stop root: as root, the test above (fault injection) covers this case.
  it.skipIf(isRoot)("reports a file made unreadable with chmod 000", () => {
    const dir = csvCopy();
    chmodSync(join(dir, "impacts.csv"), 0);
    const r = validate(dir);
    expect(r.code).toBe(1);
    expect(r.codes).toEqual(["csv/cannot-open"]);
  });
});

describe("encodings: nothing is replaced without a word", () => {
  const latin1 = Buffer.from("Caf\xe9 Zo\xeb", "latin1");

  it("a Windows-1252 / Latin-1 JSON file is an error naming the line, column, byte and encoding", () => {
    const dir = tempDir();
    const file = join(dir, "latin1.json");
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('{\n  "schemaVersion": 1,\n  "title": "'),
        latin1,
        Buffer.from('"\n}\n'),
      ]),
    );
    const r = validate(file);
    expect(r.code).toBe(1);
    expect(r.codes).toEqual(["input/invalid-utf8"]);
    expect(r.messages[0]).toBe(
      'latin1.json is not UTF-8 text: line 3, column 16 (byte 40 of the file) holds the byte 0xE9, which UTF-8 does not allow there. It is probably Windows-1252 text (what Excel saves as "CSV") or Latin-1, in which 0xE9 is "é".',
    );
    expect(r.stdout).toContain("Save the file as UTF-8");
  });

  it("a Windows-1252 CSV file is an error too, naming its line", () => {
    const dir = csvCopy();
    writeFileSync(
      join(dir, "organisations.csv"),
      Buffer.concat([Buffer.from("id,name,kind\norg-1,"), latin1, Buffer.from(",nhs-trust\n")]),
    );
    const r = validate(dir);
    expect(r.code).toBe(1);
    expect(r.codes).toEqual(["input/invalid-utf8"]);
    expect(r.messages[0]).toMatch(
      /^organisations\.csv is not UTF-8 text: line 2, column 10 \(byte 23 of the file\) holds the byte 0xE9.* in which 0xE9 is "é"\.$/,
    );
  });

  it("--encoding windows-1252 decodes a CSV folder saved by Excel as CSV exactly; an unknown name is a usage error", () => {
    const dir = csvCopy();
    // “Café” £ in Windows-1252: curly quotes (0x93, 0x94), é (0xE9), £ (0xA3)
    const name = Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0xa3]);
    const file = join(dir, "organisations.csv");
    const original = readFileSync(file, "utf8");
    const at = original.indexOf("Northgate Valley");
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(original.slice(0, at)), name, Buffer.from(original.slice(at))]),
    );
    const refused = validate(dir);
    expect(refused.code).toBe(1);
    expect(refused.messages[0]).toContain(
      'It is probably Windows-1252 text (what Excel saves as "CSV"), in which 0x93 is "“".',
    );
    const run = runBin(["validate", dir, "--encoding", "windows-1252"]);
    expect(run.code, run.stderr).toBe(0);
    const score = runBin(["score", "impact", dir, "--encoding", "cp1252"]);
    expect(score.code, score.stderr).toBe(0);
    // The same bytes as an organisation kind that is not allowed: the message quotes it as read.
    const kind = original.indexOf(",nhs-trust,") + 1;
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from(original.slice(0, kind)),
        name,
        Buffer.from(original.slice(kind + 9)),
      ]),
    );
    const wrongKind = runBin(["validate", dir, "--encoding", "windows-1252", "--format", "json"]);
    expect(wrongKind.code).toBe(1);
    expect(wrongKind.stdout).toContain("“Café” £");
    const bad = runBin(["validate", dir, "--encoding", "ebcdic"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--encoding must be one of utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1 (latin1), not "ebcdic".',
    );
  });

  it("reads UTF-8 with a byte-order mark, and UTF-16 (either byte order) with one, as UTF-8", () => {
    // An organisation kind that is not allowed: the message quotes the text as it was read.
    const csv = "id,name,kind\norg-1,Example,Café Zoë\n";
    const json =
      '{"schemaVersion": 1, "organisations": [{"id": "org-1", "name": "Example", "kind": "Café Zoë"}]}';
    const encode = (text: string, encoding: string): Buffer => {
      if (encoding === "utf-8-bom") return Buffer.from(`\ufeff${text}`);
      const le = Buffer.from(`\ufeff${text}`, "utf16le");
      return encoding === "utf-16le" ? le : le.swap16();
    };
    const plain = tempDir();
    writeFileSync(join(plain, "organisations.csv"), csv);
    writeFileSync(join(plain, "data.json"), json);
    const message = 'is the text "Café Zoë", which is not one of the allowed values.';
    for (const path of [plain, join(plain, "data.json")]) {
      const r = validate(path);
      expect(r.code).toBe(1);
      expect(r.messages).toEqual([`"organisations[0].kind" ${message}`]);
    }
    for (const encoding of ["utf-8-bom", "utf-16le", "utf-16be"]) {
      const dir = tempDir();
      writeFileSync(join(dir, "organisations.csv"), encode(csv, encoding));
      writeFileSync(join(dir, "data.json"), encode(json, encoding));
      for (const path of [dir, join(dir, "data.json")]) {
        const r = validate(path);
        expect(r.code, `${encoding} ${path}`).toBe(1);
        expect(r.messages, `${encoding} ${path}`).toEqual([`"organisations[0].kind" ${message}`]);
      }
    }
  });

  it("names UTF-16 without a byte-order mark, and UTF-32, instead of blaming the header", () => {
    const csv = "id,name,kind\norg-1,Example,nhs-trust\n";
    const cases: [string, Buffer, string][] = [
      ["UTF-16LE text without a byte-order mark", Buffer.from(csv, "utf16le"), "csv"],
      ["UTF-16BE text without a byte-order mark", Buffer.from(csv, "utf16le").swap16(), "csv"],
      ["UTF-32LE text", utf32le(`\ufeff${csv}`), "csv"],
      [
        "UTF-16BE text without a byte-order mark",
        Buffer.from('{"a": 1}', "utf16le").swap16(),
        "json",
      ],
    ];
    for (const [what, bytes, kind] of cases) {
      const dir = tempDir();
      const path = kind === "csv" ? dir : join(dir, "data.json");
      writeFileSync(kind === "csv" ? join(dir, "organisations.csv") : path, bytes);
      const r = validate(path);
      expect(r.code, what).toBe(1);
      expect(r.codes, what).toEqual(["input/unsupported-encoding"]);
      expect(r.messages[0], what).toContain(`looks like ${what}; ppie reads UTF-8`);
    }
  });
});

function utf32le(text: string): Buffer {
  const out = Buffer.alloc(text.length * 4);
  let at = 0;
  for (const ch of text) {
    out.writeUInt32LE(ch.codePointAt(0) ?? 0, at);
    at += 4;
  }
  return out.subarray(0, at);
}

describe("limits: a diagnostic within seconds and bounded memory, never a crash", () => {
  it("10^7 nulls in activities (50 MB) is answered at the record limit in 256 MB of heap", () => {
    const dir = tempDir();
    const file = join(dir, "nulls.json");
    writeFileSync(file, `{"schemaVersion": 1, "activities": [${"null,".repeat(9_999_999)}null]}`);
    const r = validate(file, { NODE_OPTIONS: "--max-old-space-size=256" });
    expect(r.code).toBe(1);
    expect(r.codes).toEqual(["input/too-many-records"]);
    expect(r.messages[0]).toContain(
      "holds more than 1,000,000 records and list items, the most ppie reads in one dataset: reading stopped at activities[1000000]",
    );
  });

  it("a JSON file over the size limit is refused before it is read, naming the format to use", () => {
    const dir = tempDir();
    const file = join(dir, "huge.json");
    const fd = openSync(file, "w");
    ftruncateSync(fd, 2_200_000_000); // sparse: no data is written or read
    closeSync(fd);
    const r = validate(file);
    expect(r.code).toBe(1);
    expect(r.codes).toEqual(["input/too-large"]);
    expect(r.messages[0]).toBe(
      "huge.json is 2.2 GB, more than the 250 MB ppie reads in one JSON file.",
    );
    expect(r.stdout).toContain("Save a dataset this large as a folder of CSV files");
    const small = validate(join(FIXTURES, "wrong-types.json"), { PPIE_MAX_INPUT_BYTES: "100" });
    expect(small.codes).toEqual(["input/too-large"]);
  });

  it("a YAML file over its smaller limit, and a CSV folder over the size limit", () => {
    const yaml = validate(join(FIXTURES, "valid.yaml"), { PPIE_MAX_YAML_BYTES: "100" });
    expect(yaml.code).toBe(1);
    expect(yaml.messages[0]).toMatch(
      /^valid\.yaml is \d+ bytes, more than the 100 bytes ppie reads in one YAML file/,
    );
    const csv = validate(csvFolder, { PPIE_MAX_INPUT_BYTES: "100000" });
    expect(csv.code).toBe(1);
    expect(csv.codes).toEqual(["input/too-large"]);
    expect(csv.messages[0]).toMatch(
      /^The CSV files in .+ add up to [\d.]+ kB, more than the 100 kB ppie reads for one dataset\.$/,
    );
  });

  it("a CSV row longer than the limit (an unclosed quote) stops with its line, not a crash", () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "organisations.csv"),
      `id,name,kind\norg-1,"${"x".repeat(3_000_000)}\n`,
    );
    const r = validate(dir);
    expect(r.code).toBe(1);
    expect(r.codes).toEqual(["input/line-too-long"]);
    expect(r.messages[0]).toBe(
      "organisations.csv line 2 holds a row of more than 1 MB (with any text in quotes over several lines), the most ppie reads in one row.",
    );
    expect(validate(dir, { PPIE_MAX_LINE_BYTES: "10" }).codes).toEqual(["input/line-too-long"]);
  });

  it("counts CSV rows over all files against the record limit", () => {
    const r = validate(csvFolder, { PPIE_MAX_RECORDS: "100" });
    expect(r.code).toBe(1);
    expect(r.codes).toEqual(["input/too-many-records"]);
    expect(r.messages[0]).toMatch(
      /^\S+\.csv holds more than 100 data rows in all \(with the files read before it\), the most ppie reads in one dataset: reading stopped at line \d+\.$/,
    );
  });

  it("nesting deeper than the limit, in JSON and YAML", () => {
    const dir = tempDir();
    const deep = `{"activities": [${"[".repeat(40)}${"]".repeat(40)}]}`;
    for (const name of ["deep.json", "deep.yaml"]) {
      writeFileSync(join(dir, name), deep);
      const r = validate(join(dir, name));
      expect(r.code, name).toBe(1);
      expect(r.codes, name).toEqual(["input/too-deep"]);
      expect(r.messages[0], name).toContain(`${name} nests lists and objects more than 32 deep`);
    }
  });

  it("a limit set to something other than a positive whole number is a usage error", () => {
    const r = runBin(["validate", csvFolder], { env: { PPIE_MAX_RECORDS: "lots" } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('PPIE_MAX_RECORDS must be a positive whole number, not "lots".');
  });
});

describe("docs/cli.md", () => {
  it("lists each reading limit with its default, diagnostic and environment variable", () => {
    const doc = readFileSync(join(ROOT, "docs/cli.md"), "utf8");
    const table = doc.slice(
      doc.indexOf("<!-- read-limits:start -->"),
      doc.indexOf("<!-- read-limits:end -->"),
    );
    const rows = table
      .split("\n")
      .filter((l) => l.startsWith("| ") && !l.startsWith("| Limit") && !l.startsWith("| ---"))
      .map((l) => l.split("|").map((c) => c.trim()));
    const listed = Object.fromEntries(rows.map((r) => [(r[4] ?? "").replaceAll("`", ""), r[2]]));
    const expected = Object.fromEntries(
      Object.entries(LIMIT_ENV).map(([key, name]) => {
        const value = DEFAULT_READ_LIMITS[key as keyof typeof LIMIT_ENV];
        return [name, /Bytes$/.test(key) ? formatBytes(value) : formatCount(value)];
      }),
    );
    expect(listed).toEqual(expected);
    expect(readLimitsFromEnv({})).toEqual(DEFAULT_READ_LIMITS);
    expect(readLimitsFromEnv({ PPIE_MAX_DEPTH: "8" }).maxDepth).toBe(8);
  });
});
