/**
 * Every TSDoc `@example` in `src/` runs, and what its claim comments say is checked
 * (`expr; // <literal>`; see `tsdoc-examples.ts` for the rules).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/context.js";
import * as zod from "zod";
import * as demo from "../../src/demo/index.js";
import * as frameworks from "../../src/frameworks/index.js";
import * as ppie from "../../src/index.js";
import * as scores from "../../src/scores/index.js";
import type { DocExample } from "./tsdoc-examples.js";
import { collectExamples, runSnippet } from "./tsdoc-examples.js";

const root = resolve(import.meta.dirname, "../..");

/** What `import ... from "<specifier>"` gives a snippet. */
const PACKAGES: Readonly<Record<string, unknown>> = {
  ppie,
  "ppie/scores": scores,
  "ppie/frameworks": frameworks,
  "ppie/demo": demo,
  zod,
};

const nodeRequire = createRequire(import.meta.url);

/**
 * Values the examples may use without building them: `io`, the CLI's injected world with
 * its output kept and its clock at 2026-04-01T09:00:00Z (what `bin.ts` passes as `io` is the
 * process's streams, working directory, environment and clock).
 */
function fixtures(): Record<string, unknown> {
  const io: CliIo = {
    stdout: () => {},
    stderr: () => {},
    cwd: process.cwd(),
    env: {},
    isTTY: { stdout: false, stderr: false },
    now: () => new Date("2026-04-01T09:00:00Z"),
  };
  return { io };
}

/** The public API, the documented module's own exports (internal helpers), and the fixtures. */
async function scopeFor(file: string): Promise<Record<string, unknown>> {
  const own: Record<string, unknown> = await import(resolve(root, file));
  return { ...ppie, ...scores, ...frameworks, ...demo, ...own, ...fixtures() };
}

const loaded = new Map<string, unknown>();
async function preload(code: string, file: string): Promise<void> {
  for (const m of code.matchAll(/from\s+["'](\.[^"']+)["']/g)) {
    const path = resolve(root, file, "..", m[1] as string).replace(/\.js$/, ".ts");
    if (!loaded.has(path)) loaded.set(path, await import(path));
  }
}

function moduleFor(specifier: string): unknown {
  if (specifier.startsWith("node:")) return nodeRequire(specifier);
  return PACKAGES[specifier] ?? loaded.get(specifier);
}

/** Runs an example in a fresh, empty working directory, so files it writes land there. */
async function run(example: DocExample) {
  await preload(example.code, example.file);
  const home = process.cwd();
  const dir = mkdtempSync(join(tmpdir(), "ppie-example-"));
  process.chdir(dir);
  try {
    const scope = await scopeFor(example.file);
    return await runSnippet(example.code, scope, moduleFor, resolve(root, example.file));
  } finally {
    process.chdir(home);
    rmSync(dir, { recursive: true, force: true });
  }
}

const examples = collectExamples(root);

/** Test names: `<file> <symbol>`, numbered when a symbol has several examples. */
function named(list: readonly DocExample[]): [string, DocExample][] {
  const counts = new Map<string, number>();
  for (const e of list)
    counts.set(`${e.file} ${e.symbol}`, (counts.get(`${e.file} ${e.symbol}`) ?? 0) + 1);
  const seen = new Map<string, number>();
  return list.map((e) => {
    const base = `${e.file} ${e.symbol}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return [(counts.get(base) ?? 0) > 1 ? `${base} #${n}` : base, e];
  });
}

describe("TSDoc examples", () => {
  it("finds the examples", () => {
    expect(examples.length).toBeGreaterThan(400);
  });

  it("cite public publications, never the internal domain notes", () => {
    const citing = examples.filter((e) => /\b(metrics|frameworks)\.md\b|domain\//.test(e.code));
    expect(citing.map((e) => `${e.file} ${e.symbol}`)).toEqual([]);
  });

  for (const [name, example] of named(examples)) {
    it(name, async () => {
      const outcome = await run(example);
      const where = `${example.file}:${example.line}\n${example.code}\n`;
      expect(outcome.failures, `${where}${outcome.failures.join("\n")}`).toEqual([]);
    });
  }
});

describe("the examples harness", () => {
  it("reports a false claim, a throwing line and a false guard", async () => {
    const outcome = await runSnippet(
      [
        "const x = 1 + 1;",
        "x; // 3",
        "x * 10.1; // 20.1",
        "if (x > 5) x; // 2",
        "[x, 'a']; // [2, \"a\"]",
      ].join("\n"),
      {},
      moduleFor,
    );
    expect(outcome.checked).toBe(4);
    expect(outcome.failures).toEqual([
      "line 2: `x;` // 3: value is 2, not 3",
      "line 3: `x * 10.1;` // 20.1: value is 20.2, not 20.1",
      "line 4: the guard of `if (x > 5) x;` is false",
    ]);
  });

  it("checks numbers to the precision written, and truncated numbers by their digits", async () => {
    const outcome = await runSnippet(
      [
        "2 / 3; // 0.667",
        "2 / 3; // 0.6666...",
        "2 / 3; // 0.67...",
        "({ a: 1 / 8 }); // { a: 0.13 }",
      ].join("\n"),
      {},
      moduleFor,
    );
    expect(outcome.failures).toEqual([
      "line 3: `2 / 3;` // 0.67...: value is 0.6666666666666666, not 0.67...",
    ]);
    expect(outcome.checked).toBe(4);
  });

  it("treats prose comments as no claim, and reports a throwing snippet", async () => {
    const prose = await runSnippet(
      ["1; // e.g. 2", "1; // about 2", "1; // ≈ 2", "1; // the number one"].join("\n"),
      {},
      moduleFor,
    );
    expect(prose).toMatchObject({ checked: 0, failures: [] });
    const thrown = await runSnippet("JSON.parse('{');", {}, moduleFor);
    expect(thrown.failures).toHaveLength(1);
    expect(thrown.failures[0]).toMatch(/^throws SyntaxError/);
  });
});
