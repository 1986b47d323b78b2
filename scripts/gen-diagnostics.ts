/**
 * Write docs/diagnostics.md from the rule registry. Run: `npx tsx scripts/gen-diagnostics.ts`.
 * A unit test (test/rules/docs.test.ts) fails when the file on disk differs from what this writes.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { diagnosticsMarkdown } from "../src/rules/docs.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(root, "docs", "diagnostics.md");
writeFileSync(target, diagnosticsMarkdown());
process.stdout.write(`Wrote ${target}\n`);
