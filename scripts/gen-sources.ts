/**
 * Write docs/sources.md, ppie's bibliography, from the data: every publication, what in ppie
 * relies on it, the design choices and what is still unverified (scripts/sources-document.ts).
 * Run: `npm run docs:sources`. A unit test (test/docs/sources.test.ts) fails when the file on
 * disk differs from what this writes. It refuses to write while any source is still text.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sourcesDocument } from "./sources-document.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(root, "docs", "sources.md");
writeFileSync(target, sourcesDocument());
process.stdout.write(`Wrote ${target}\n`);
