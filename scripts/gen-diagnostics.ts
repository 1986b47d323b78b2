/**
 * Write docs/diagnostics.md from the rule registry, the parse codes and the codes the measures,
 * reports and CLI emit. Run: `npx tsx scripts/gen-diagnostics.ts`.
 * A unit test (test/rules/docs.test.ts) fails when the file on disk differs from what this writes.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { diagnosticsMarkdown } from "../src/rules/docs.js";
import { otherCodesMarkdown, scanDiagnosticCodes } from "./diagnostic-codes.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(root, "docs", "diagnostics.md");
writeFileSync(target, `${diagnosticsMarkdown()}\n${otherCodesMarkdown(scanDiagnosticCodes(root))}`);
process.stdout.write(`Wrote ${target}\n`);
