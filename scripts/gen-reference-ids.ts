/**
 * Write docs/reference-ids.md from the frameworks data and the model's lists: every strategy
 * metric kind, involvement scale item, co-production principle, contributor role, event kind and
 * role, PALS category and outcome, and organisation and group kind (scripts/reference-ids-document.ts).
 * Run: `npm run docs:ids`. A unit test (test/docs/reference-ids.test.ts) fails when the file on
 * disk differs from what this writes.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { referenceIdsDocument } from "./reference-ids-document.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(root, "docs", "reference-ids.md");
writeFileSync(target, referenceIdsDocument());
process.stdout.write(`Wrote ${target}\n`);
