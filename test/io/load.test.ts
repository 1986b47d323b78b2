import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { demoDataset } from "../../src/demo/index.js";
import { datasetToCsv } from "../../src/io/csv-write.js";
import { decodeText } from "../../src/io/decode.js";
import { loadDataset, tablesToDataset } from "../../src/io/index.js";
import { formatOf } from "../../src/io/load.js";
import { parseDataset } from "../../src/model/parse.js";
import { csvToTable } from "../../src/io/tables.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
/** One byte per character (the characters must be below U+0100). */
const bytes1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** Windows-1252, bytes 0x80-0x9F, as published (unicode.org MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT). */
const CP1252_PUBLISHED: Record<number, number | undefined> = {
  128: 0x20ac,
  129: undefined,
  130: 0x201a,
  131: 0x0192,
  132: 0x201e,
  133: 0x2026,
  134: 0x2020,
  135: 0x2021,
  136: 0x02c6,
  137: 0x2030,
  138: 0x0160,
  139: 0x2039,
  140: 0x0152,
  141: undefined,
  142: 0x017d,
  143: undefined,
  144: undefined,
  145: 0x2018,
  146: 0x2019,
  147: 0x201c,
  148: 0x201d,
  149: 0x2022,
  150: 0x2013,
  151: 0x2014,
  152: 0x02dc,
  153: 0x2122,
  154: 0x0161,
  155: 0x203a,
  156: 0x0153,
  157: undefined,
  158: 0x017e,
  159: 0x0178,
};

describe("loadDataset (ppie/io)", () => {
  it("reads JSON text and bytes, and every diagnostic carries its source", () => {
    const text = '{"schemaVersion": 1, "contributors": [{"id": 7}]}';
    for (const data of [text, utf8(text)]) {
      const r = loadDataset({ name: "data.json", data });
      expect(r.ok).toBe(false);
      expect(r.format).toBe("json");
      expect(r.diagnostics[0]?.source).toEqual({ file: "data.json", line: 1, column: 46 });
    }
  });

  it("reads YAML, and a set of CSV files, one per entity", () => {
    const y = loadDataset({
      name: "d.yaml",
      data: "schemaVersion: 1\ncontributors:\n  - id: c-1\n    roles: [patient]\n",
    });
    expect(y.ok && y.value.contributors[0]?.id).toBe("c-1");
    const files = datasetToCsv(demoDataset).map(({ file, lines }) => ({
      name: file,
      data: utf8([...lines].map((l) => `${l}\r\n`).join("")),
    }));
    const r = loadDataset(files);
    expect(r.format).toBe("csv");
    expect(r.diagnostics).toEqual([]);
    expect(r.ok && r.value.activities.length).toBe(demoDataset.activities.length);
  });

  it("locates a schema problem in a CSV file by file, line and column name", () => {
    const r = loadDataset([
      { name: "contributors.csv", data: "id,roles\nc-1,patient\nc-2,astronaut\n" },
    ]);
    expect(r.ok).toBe(false);
    const d = r.diagnostics.find((x) => x.severity === "error");
    expect(d?.source).toEqual({ file: "contributors.csv", line: 3, column: "roles" });
    expect(r.locate(["contributors", 0])).toEqual({ file: "contributors.csv", line: 2 });
  });

  it("locates every path into the parsed dataset as it located the data read (records replaced by their parsed copies keep their lines)", () => {
    const csv = datasetToCsv(demoDataset).map(({ file, lines }) => ({
      name: file,
      text: [...lines].map((l) => `${l}\n`).join(""),
    }));
    const r = loadDataset(csv.map(({ name, text }) => ({ name, data: text })));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const before = tablesToDataset(
      csv.flatMap(({ name, text }) => {
        const t = csvToTable(text, { entity: name.slice(0, -4), file: name });
        return "header" in t ? [t] : [];
      }),
    );
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]): void => {
      if (path.length > 0) paths.push(path);
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) walk(v[i], [...path, i]);
      } else if (v !== null && typeof v === "object")
        for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(r.value, []);
    let located = 0;
    for (const path of paths) {
      const want = before.locate(path);
      expect(r.locate(path), path.join(".")).toEqual(want);
      if (want?.line !== undefined && path.length > 2) located++;
    }
    // inside records: child rows (activity-contributors.csv), keyed maps (PPEET responses)
    expect(located).toBeGreaterThan(1000);
    const ppeet = r.value.feedback.findIndex((f) => f.kind === "ppeet");
    const item = Object.keys(
      (r.value.feedback[ppeet] as { responses: Record<string, unknown> }).responses,
    )[0] as string;
    expect(r.locate(["feedback", ppeet, "responses", item])?.file).toBe(
      "feedback-ppeet-responses.csv",
    );
    expect(r.locate(["activities", 0, "contributors", 0, "minutes"])?.file).toBe(
      "activity-contributors.csv",
    );
  });

  it("gives parseDataset's diagnostics for YAML whose alias puts a list in a record too (no default reported as written)", () => {
    const text = [
      "schemaVersion: 1",
      "organisations: [{ id: org-1, name: Trust, kind: nhs-trust }]",
      'projects: [{ id: p-1, organisationId: org-1, title: P, kind: research, startDate: "2024-04-01" }]',
      "contributors: &people",
      "  - { id: c-1, roles: [patient] }",
      "activities:",
      '  - { id: a-1, projectId: p-1, title: Panel, startDate: "2024-05-01", mode: involvement, method: advisory-group, contributors: *people }',
      "",
    ].join("\n");
    const r = loadDataset({ name: "alias.yaml", data: text });
    const plain = parseDataset(parseYaml(text));
    expect(r.diagnostics.map((d) => [d.code, d.path])).toEqual(
      plain.diagnostics.map((d) => [d.code, d.path]),
    );
    expect(r.diagnostics.some((d) => d.path.includes("accessNeeds"))).toBe(false);
  });

  it("locates a field of dataset.csv by its file, line and column", () => {
    const r = loadDataset([
      { name: "dataset.csv", data: "schemaVersion,title,fictional\n1,Ours,maybe\n" },
    ]);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.find((d) => d.path[0] === "fictional")?.source).toEqual({
      file: "dataset.csv",
      line: 2,
      column: "fictional",
    });
    // a path that is not a field of dataset.csv is not put there
    expect(r.locate(["activities"])).toBeUndefined();
  });

  it("tells the format from the name, else from the bytes; a workbook is a diagnostic, not YAML", () => {
    expect(formatOf({ name: "x", data: " [1]" })).toBe("json");
    expect(formatOf({ name: "x", data: "a: 1" })).toBe("yaml");
    expect(formatOf({ name: "x.YML", data: "" })).toBe("yaml");
    // text that starts with "PK" is not a zip archive
    expect(formatOf({ name: "x", data: utf8("PK: 1\nschemaVersion: 1\n") })).toBe("yaml");
    const zip = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]);
    expect(formatOf({ name: "upload", data: zip })).toBe("xlsx");
    const r = loadDataset({ name: "data.xlsx", data: zip });
    expect(r.diagnostics.map((d) => d.code)).toEqual(["input/unsupported-format"]);
    const mixed = loadDataset([
      { name: "activities.csv", data: "id\n" },
      { name: "data.json", data: "{}" },
    ]);
    expect(mixed.diagnostics.map((d) => d.code)).toEqual(["input/mixed-formats"]);
  });

  it("refuses a Windows-1252 CSV file (saved by Excel as CSV) with the line, column and likely encoding", () => {
    const data = bytes1("id,roles,notes\nc-1,patient,\x93Caf\xe9\x94 \xa3\n");
    const r = loadDataset([{ name: "contributors.csv", data }]);
    expect(r.ok).toBe(false);
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0];
    expect(d?.code).toBe("input/invalid-utf8");
    expect(d?.source).toEqual({ file: "contributors.csv", line: 2, column: 13 });
    expect(d?.message).toContain(
      'It is probably Windows-1252 text (what Excel saves as "CSV"), in which 0x93 is "“".',
    );
    expect(d?.hint).toContain("--encoding windows-1252");
  });

  it("decodes it exactly when the encoding is named", () => {
    const data = bytes1("id,roles,seldomHeard\nc-1,patient,\x93Caf\xe9\x94 \xa3\x80\n");
    const r = loadDataset([{ name: "contributors.csv", data }], { encoding: "windows-1252" });
    expect(r.diagnostics).toEqual([]);
    expect(r.ok && r.value.contributors[0]?.seldomHeard).toEqual(["“Café” £€"]);
  });

  it("decodes every byte 0x80-0x9F as the published Windows-1252 table; its five undefined bytes are errors", () => {
    for (let b = 0x80; b <= 0x9f; b++) {
      const r = decodeText(new Uint8Array([0x61, 0x0a, 0x62, b]), "a.csv", "windows-1252");
      const want = CP1252_PUBLISHED[b];
      if (want === undefined) {
        expect(r.ok, `0x${b.toString(16)}`).toBe(false);
        expect(r.diagnostics[0]?.code).toBe("input/not-in-encoding");
        expect(r.diagnostics[0]?.message).toBe(
          `a.csv is not Windows-1252 text: line 2, column 2 (byte 4 of the file) holds the byte 0x${b.toString(16).toUpperCase()}, which Windows-1252 leaves undefined.`,
        );
      } else {
        expect(r.ok && r.value.text, `0x${b.toString(16)}`).toBe(
          `a\nb${String.fromCodePoint(want)}`,
        );
      }
    }
    // 0xA0-0xFF are Latin-1 in both encodings.
    const high = Uint8Array.from({ length: 96 }, (_, i) => 0xa0 + i);
    const r = decodeText(high, "a.csv", "windows-1252");
    expect(r.ok && r.value.text).toBe(String.fromCharCode(...high));
  });

  it("ISO-8859-1 (latin1) is exact too: its C1 control bytes are an error, not silently kept", () => {
    const ok = decodeText(bytes1("Caf\xe9"), "a.csv", "iso-8859-1");
    expect(ok.ok && ok.value.text).toBe("Café");
    const bad = decodeText(bytes1("\x93x"), "a.csv", "iso-8859-1");
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics[0]?.hint).toBe(
      "Name the encoding windows-1252 instead, or save the file again as UTF-8.",
    );
  });

  it("reads UTF-16 LE and BE with a byte-order mark, and UTF-16 named without one", () => {
    const text = "id,roles\nc-1,patient\n";
    const le = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = new Uint8Array([0xfe, 0xff, ...[...text].flatMap((c) => [0, c.charCodeAt(0)])]);
    for (const data of [le, be]) {
      const r = loadDataset([{ name: "contributors.csv", data }]);
      expect(r.ok && r.value.contributors[0]?.roles).toEqual(["patient"]);
    }
    const bare = be.subarray(2);
    expect(loadDataset([{ name: "contributors.csv", data: bare }]).ok).toBe(false);
    expect(
      loadDataset([{ name: "contributors.csv", data: bare }], { encoding: "utf-16be" }).ok,
    ).toBe(true);
    // A byte-order mark that contradicts the encoding named is an error, not mojibake.
    const r = loadDataset([{ name: "contributors.csv", data: utf8(`\ufeff${text}`) }], {
      encoding: "windows-1252",
    });
    expect(r.diagnostics.map((d) => d.code)).toEqual(["input/not-in-encoding"]);
  });
});

describe("csvToTable", () => {
  it("splits RFC 4180 text: quotes, doubled quotes, line breaks in cells, CRLF and CR; rows keep their first line", () => {
    const t = csvToTable('a,b\r\n"x, y","say ""hi"""\r\n\r\n"two\nlines",z\rlast,\n', {
      entity: "e",
      file: "e.csv",
    });
    expect(t).toEqual({
      entity: "e",
      file: "e.csv",
      header: ["a", "b"],
      headerRow: 1,
      rows: [
        { row: 2, cells: ["x, y", 'say "hi"'] },
        { row: 4, cells: ["two\nlines", "z"] },
        { row: 6, cells: ["last", ""] },
      ],
    });
  });

  it("stops on a quote out of place, naming the line and column", () => {
    expect(csvToTable('a\n"open\n', { entity: "e", file: "e.csv" })).toEqual({
      kind: "syntax",
      line: 2,
      reason: "the double quote that opens the cell in column A is never closed",
    });
    expect(csvToTable('a,b\nx,y"z\n', { entity: "e", file: "e.csv" })).toMatchObject({
      kind: "syntax",
      line: 2,
    });
    expect(csvToTable('a,b\n"x"y,z\n', { entity: "e", file: "e.csv" })).toMatchObject({
      kind: "syntax",
      reason:
        'after the closing quote of the cell in column A comes "y" instead of a comma or the end of the line',
    });
  });
});

describe("tablesToDataset", () => {
  it("reads tables from sheets, and locates diagnostics by file, sheet, line and column", () => {
    const tables = [
      {
        entity: "contributors",
        file: "data.xlsx",
        sheet: "contributors",
        header: ["id", "roles", "rolez"],
        headerRow: 1,
        rows: [],
      },
    ];
    const r = tablesToDataset(tables);
    expect(r.input).toBeUndefined();
    expect(r.diagnostics[0]?.location).toEqual({
      file: "data.xlsx",
      sheet: "contributors",
      line: 1,
      column: "C",
    });
    expect(r.diagnostics[0]?.message).toBe(
      'data.xlsx (sheet contributors) row 1, column C: "rolez" is not a column ppie reads in this file.',
    );
  });
});
