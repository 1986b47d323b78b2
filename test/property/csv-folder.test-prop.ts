import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { csvFolderFiles } from "../../src/cli/csv-folder-files.js";
import { readCsvFolder } from "../io/read-folder.js";
import { generateDataset } from "../../src/demo/index.js";
import type { Dataset } from "../../src/model/dataset.js";
import { parseDataset } from "../../src/model/parse.js";

const byId = (a: { id: string }, b: { id: string }): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The folder format keeps one file per kind of feedback, so feedback comes back by kind. */
const comparable = (ds: Dataset): Dataset => ({ ...ds, feedback: [...ds.feedback].sort(byId) });

const sizes = fc.record({
  seed: fc.nat({ max: 2 ** 32 - 1 }),
  activities: fc.nat({ max: 80 }),
  contributors: fc.integer({ min: 1, max: 25 }),
  projects: fc.integer({ min: 1, max: 5 }),
  gaps: fc.boolean(),
});

let n = 0;

test.prop([sizes], { numRuns: 6 })(
  "a generated dataset written as a CSV folder reads back as the same dataset",
  async (opts) => {
    const dataset = generateDataset(opts);
    const dir = join(tmpdir(), `ppie-csv-prop-${process.pid}-${n++}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    try {
      for (const { path, content } of await csvFolderFiles(dir, dataset)) {
        writeFileSync(path, typeof content === "string" ? content : [...content].join(""));
      }
      const read = await readCsvFolder(dir);
      expect(read.diagnostics).toEqual([]);
      const back = parseDataset(read.input);
      expect(back.ok).toBe(true);
      if (back.ok) expect(comparable(back.value)).toEqual(comparable(dataset));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
