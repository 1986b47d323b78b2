import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { CliIo } from "../../src/cli/context.js";
import { main } from "../../src/cli/main.js";

/** Repository root. */
export const ROOT = resolve(import.meta.dirname, "../..");
/** The built CLI (npm test builds it first; run `npx tsup` when running a file alone). */
export const BIN = join(ROOT, "dist/cli/bin.js");
/** Fixtures for the CLI. */
export const FIXTURES = join(ROOT, "test/fixtures/cli");

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "ppie-cli-"));
}

/** Result of running the CLI. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the built CLI as a child process, without colour and without a terminal. */
export function runBin(
  args: readonly string[],
  opts: { cwd?: string; env?: Record<string, string>; input?: string | Uint8Array } = {},
): Run {
  if (!existsSync(BIN))
    throw new Error(`${BIN} is missing: run "npx tsup" (npm test builds it) first.`);
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...opts.env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    ...(opts.input === undefined ? {} : { input: opts.input }),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Run main() in-process with captured streams. */
export async function runMain(
  args: readonly string[],
  opts: { cwd?: string; env?: Record<string, string>; tty?: boolean } = {},
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    cwd: opts.cwd ?? ROOT,
    env: opts.env ?? {},
    isTTY: { stdout: opts.tty === true, stderr: opts.tty === true },
    now: () => new Date("2026-04-02T10:00:00Z"),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
