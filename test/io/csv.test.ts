import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvTables } from "../../src/io/csv-columns.js";
import { datasetToCsv } from "../../src/io/csv-write.js";
import { columnLetter, suggest } from "../../src/io/suggest.js";
import { demoDataset, generateDataset } from "../../src/demo/index.js";
import type { Dataset } from "../../src/model/dataset.js";
import { jsonSchemas } from "../../src/model/json-schema.js";
import { parseDataset } from "../../src/model/parse.js";
import { tempDir } from "../cli/helpers.js";
import { readCsvFolder } from "./read-folder.js";

async function roundTrip(ds: Dataset): Promise<Dataset> {
  const dir = tempDir();
  for (const { file, lines } of datasetToCsv(ds))
    writeFileSync(join(dir, file), [...lines].map((l) => `${l}\n`).join(""));
  const read = await readCsvFolder(dir);
  expect(read.diagnostics).toEqual([]);
  const parsed = parseDataset(read.input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics.slice(0, 3)));
  return parsed.value;
}

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

describe("CSV folder format", () => {
  it("round-trips the demo dataset exactly (feedback is grouped by kind, one file each)", async () => {
    const back = await roundTrip(demoDataset);
    expect({ ...back, feedback: [...back.feedback].sort(byId) }).toEqual({
      ...demoDataset,
      feedback: [...demoDataset.feedback].sort(byId),
    });
  });

  it("round-trips a generated dataset with a semicolon and quotes in list items and text", async () => {
    const ds = generateDataset({ seed: 7, activities: 40, contributors: 20 });
    const impacts = ds.impacts.map((m, i) =>
      i === 0
        ? {
            ...m,
            evidence: ["Minutes; item 4", 'A "quoted", back\\slash note'],
            weDid: "Line one\nline two, with comma",
          }
        : m,
    );
    const input = { ...ds, impacts };
    const back = await roundTrip(input);
    expect(back.impacts[0]).toEqual(impacts[0]);
  });

  it("covers every field of the model (checked against the JSON Schema of the dataset)", () => {
    const covered = new Set<string>();
    const prefix = new Map<string, string>();
    for (const t of csvTables()) {
      let base: string;
      if (t.collection === "dataset") base = "";
      else if (t.collection) base = `${t.collection}[].`;
      else {
        const parent = prefix.get(t.parent?.file ?? "") ?? "?";
        base = t.parent?.map ? `${parent}${t.parent.into}{}` : `${parent}${t.parent?.into}[].`;
        if (t.parent?.map) covered.add(base);
      }
      prefix.set(t.file, base);
      for (const k of Object.keys(t.constants ?? {})) covered.add(`${base}${k}`);
      for (const c of t.columns) {
        if (c.path)
          covered.add(
            base +
              c.path
                .map((p) => (typeof p === "number" ? "[]" : p))
                .join(".")
                .replace(/\.\[\]/g, "[]"),
          );
      }
    }
    type S = {
      type?: string | string[];
      properties?: Record<string, S>;
      items?: S;
      anyOf?: S[];
      oneOf?: S[];
      additionalProperties?: S | boolean;
    };
    const leaves: string[] = [];
    const walk = (s: S, path: string): void => {
      const variants = s.anyOf ?? s.oneOf;
      if (variants) {
        for (const v of variants) walk(v, path);
        return;
      }
      if (s.properties) {
        for (const [k, v] of Object.entries(s.properties))
          walk(v, path === "" ? k : `${path}.${k}`);
        return;
      }
      if (s.type === "object" && typeof s.additionalProperties === "object") {
        leaves.push(`${path}{}`);
        return;
      }
      if (s.type === "array" && s.items && (s.items.properties || s.items.anyOf || s.items.oneOf)) {
        walk(s.items, `${path}[]`);
        return;
      }
      leaves.push(path);
    };
    walk(jsonSchemas().dataset as S, "");
    const normalise = (p: string): string => p.replace(/\[\]\./g, "[].");
    const missing = [...new Set(leaves.map(normalise))].filter(
      (p) => !covered.has(p) && !covered.has(`${p}[]`),
    );
    expect(missing).toEqual([]);
  });

  it("round-trips every field of engagement, listening and reach, and leaves out what was left out", async () => {
    const parsed = parseDataset({
      schemaVersion: 1,
      organisations: [
        {
          id: "org-1",
          name: "Trust",
          kind: "nhs-trust",
          seldomHeardGroups: ["young-carers", "deaf-bsl"],
          memberCounts: [{ date: "2025-03-31", count: 11842, note: "Public members" }],
        },
        { id: "org-hw", name: "Healthwatch", kind: "healthwatch" },
      ],
      groups: [
        {
          id: "g-1",
          organisationId: "org-1",
          name: "Assembly",
          kind: "assembly",
          memberCounts: [{ date: "2025-04-01", count: 45 }],
        },
        { id: "g-2", organisationId: "org-1", name: "Panel", kind: "ppi-group" },
      ],
      contributors: [
        {
          id: "c-1",
          roles: ["patient", "governor"],
          positions: [
            {
              role: "governor",
              organisationId: "org-1",
              from: "2024-07-01",
              to: "2027-06-30",
              constituency: "Public: North",
            },
            { role: "volunteer", organisationId: "org-hw" },
          ],
        },
        { id: "c-2", roles: ["ppi-champion"] },
      ],
      activities: [
        {
          id: "a-1",
          title: "Citizen science",
          mode: "engagement",
          method: "citizen-science",
          startDate: "2025-05-01",
          headcount: { people: 342, who: "Diary keepers; from the clinic" },
        },
      ],
      events: [
        {
          id: "e-1",
          organisationId: "org-1",
          title: "Campaign",
          kind: "campaign",
          date: "2025-05-01",
          endDate: "2025-05-07",
          reach: { online: 52340 },
        },
        {
          id: "e-2",
          organisationId: "org-1",
          title: "Science café",
          kind: "science-cafe",
          date: "2025-06-01",
          reach: {
            attendance: 127,
            firstTime: 81,
            returning: 46,
            seldomHeard: { "young-carers": 4, "deaf-bsl": 0 },
          },
          contributors: [{ contributorId: "c-1", role: "author" }],
          bursaryPlaces: 6,
        },
        // seldom-heard reach without any other reach column
        {
          id: "e-3",
          organisationId: "org-1",
          title: "Blog",
          kind: "blog",
          date: "2025-06-02",
          reach: { seldomHeard: { "deaf-bsl": 2 } },
        },
      ],
      feedback: [
        {
          id: "f-1",
          kind: "story",
          date: "2025-05-01",
          summary: "A story.",
          sharedAt: [{ forum: "Trust Board", date: "2025-06-05" }, { forum: "Quality Committee" }],
        },
        { id: "f-2", kind: "story", date: "2025-05-02", summary: "Another story." },
        { id: "f-3", kind: "pals", date: "2025-05-03", category: "enquiry", outcome: "signposted" },
        {
          id: "f-4",
          kind: "fft",
          date: "2025-05-01",
          unitId: "w-7",
          unitName: "Ward 7, stroke unit",
          period: { start: "2025-05-01", end: "2025-05-31" },
          counts: { veryGood: 1, good: 2, neither: 0, poor: 0, veryPoor: 0, dontKnow: 0 },
        },
      ],
      impacts: [
        {
          id: "i-1",
          eventIds: ["e-1", "e-2"],
          feedbackIds: ["f-1", "f-3"],
          date: "2025-07-01",
          type: "service",
          youSaid: "Said.",
          weDid: "Did.",
          direction: "positive",
          status: "observed",
        },
      ],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
    const back = await roundTrip(parsed.value);
    expect({ ...back, feedback: [...back.feedback].sort(byId) }).toEqual({
      ...parsed.value,
      feedback: [...parsed.value.feedback].sort(byId),
    });
    expect(back.contributors[1]).not.toHaveProperty("positions");
    expect(back.feedback.find((f) => f.id === "f-2")).not.toHaveProperty("sharedAt");
    expect(back.groups[1]).not.toHaveProperty("memberCounts");
    expect(back.events[0]?.reach).not.toHaveProperty("seldomHeard");
  });

  it("says where a seldom-heard count came from", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "events.csv"),
      "id,organisationId,title,kind,date\ne-1,org-1,Café,science-cafe,2025-06-01\n",
    );
    writeFileSync(
      join(dir, "event-seldom-heard-reach.csv"),
      "eventId,groupId,people\ne-1,young-carers,4\ne-1,deaf-bsl,many\n",
    );
    const r = await readCsvFolder(dir);
    expect(r.diagnostics).toEqual([]);
    const input = r.input as { events: Record<string, unknown>[] };
    expect(input.events[0]?.reach).toEqual({
      seldomHeard: { "young-carers": 4, "deaf-bsl": "many" },
    });
    expect(r.locate(["events", 0, "reach", "seldomHeard", "deaf-bsl"])).toEqual({
      file: "event-seldom-heard-reach.csv",
      line: 3,
      column: "people",
    });
  });

  it("reads cells by type: lists, booleans, blank answers, numbers kept as text when not numbers", async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, "contributors.csv"),
      "id,roles,seldomHeard,demographics.imdDecile\nc-1, patient ; carer ,,prefer-not-to-say\nc-2,patient,a\\;b,3\n",
    );
    const r = await readCsvFolder(dir);
    const input = r.input as { contributors: Record<string, unknown>[]; schemaVersion: number };
    expect(input.schemaVersion).toBe(1);
    expect(input.contributors[0]).toMatchObject({
      id: "c-1",
      roles: ["patient", "carer"],
      demographics: { imdDecile: "prefer-not-to-say" },
    });
    expect(input.contributors[0]).not.toHaveProperty("seldomHeard");
    expect(input.contributors[1]).toMatchObject({
      seldomHeard: ["a;b"],
      demographics: { imdDecile: 3 },
    });
    expect(r.locate(["contributors", 1, "demographics", "imdDecile"])).toEqual({
      file: "contributors.csv",
      line: 3,
      column: "demographics.imdDecile",
    });
  });

  it("stops on header problems: unknown, duplicate, missing and empty column names", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "activities.csv"), "id,title,title,,mode,methd\n");
    const r = await readCsvFolder(dir);
    expect(r.input).toBeUndefined();
    const codes = r.diagnostics.map((d) => `${d.code} ${d.location?.column ?? ""}`);
    expect(codes).toEqual([
      "csv/duplicate-column C",
      "csv/empty-column-name D",
      "csv/unknown-column F",
      "csv/missing-column method",
      "csv/missing-column startDate",
    ]);
    expect(r.diagnostics[2]?.hint).toBe('Did you mean "method"? Column names are case-sensitive.');
  });

  it("warns about files it does not read and short rows; errors on long rows and bad quoting", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "contributor.csv"), "id\n");
    writeFileSync(join(dir, "contributors.csv"), "id,roles\nc-1\nc-2,patient,extra\n");
    const r = await readCsvFolder(dir);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.location?.line])).toEqual([
      ["csv/unknown-file", "warning", undefined],
      ["csv/too-few-cells", "warning", 2],
      ["csv/too-many-cells", "error", 3],
    ]);
    expect(r.diagnostics[0]?.hint).toContain("Did you mean contributors.csv?");
    writeFileSync(join(dir, "contributors.csv"), 'id,roles\n"c-1,patient\n');
    const bad = await readCsvFolder(dir);
    expect(bad.input).toBeUndefined();
    expect(bad.diagnostics.at(-1)?.code).toBe("csv/unreadable");
  });

  it("reports a folder with no ppie files", async () => {
    const r = await readCsvFolder(tempDir());
    expect(r.diagnostics.map((d) => d.code)).toEqual(["csv/no-files"]);
  });

  it("helpers: column letters, suggestions", () => {
    expect([columnLetter(0), columnLetter(25), columnLetter(26), columnLetter(701)]).toEqual([
      "A",
      "Z",
      "AA",
      "ZZ",
    ]);
    expect(suggest("startdate", ["startDate", "endDate"])).toBe("startDate");
    expect(suggest("zzzz", ["startDate"])).toBeUndefined();
  });
});

describe("CSV keys named like Object.prototype's properties", () => {
  it("round-trips a PPEET item and a co-production principle with the id __proto__", async () => {
    const input: unknown = JSON.parse(`{
      "schemaVersion": 1,
      "ppeetItems": [{ "id": "__proto__", "text": "Was it worth it?" }],
      "feedback": [
        { "id": "f1", "kind": "ppeet", "date": "2025-05-01", "questionnaire": "participant",
          "responses": { "__proto__": "agree" } },
        { "id": "f2", "kind": "coproduction", "date": "2025-05-01", "respondent": "public",
          "ratings": { "__proto__": 4 } }
      ]
    }`);
    const parsed = parseDataset(input);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
    const back = await roundTrip(parsed.value);
    expect(JSON.stringify(back.feedback)).toBe(JSON.stringify(parsed.value.feedback));
    expect(Object.keys((back.feedback[0] as { responses: object }).responses)).toEqual([
      "__proto__",
    ]);
    expect(Object.keys((back.feedback[1] as { ratings: object }).ratings)).toEqual(["__proto__"]);
  });
});
