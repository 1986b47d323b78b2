/**
 * Write docs/diagnostics.md from the declarations: the rule registry, the parse and check codes,
 * and the table of codes each other module keeps beside the code that raises them (gathered in
 * src/diagnostics-catalogue.ts). Run: `npm run docs:diagnostics`.
 * A unit test (test/rules/docs.test.ts) fails when the file on disk differs from what this writes.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { diagnosticsDocument } from "../src/diagnostics-catalogue.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(root, "docs", "diagnostics.md");
writeFileSync(target, diagnosticsDocument());
process.stdout.write(`Wrote ${target}\n`);
