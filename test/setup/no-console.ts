import { afterEach, beforeEach, vi } from "vitest";

/**
 * Fail any test that writes to the console unexpectedly: library code must report
 * through Diagnostics, never by logging. A test that expects output spies on it itself.
 */
const methods = ["log", "info", "warn", "error", "debug"] as const;
let calls: string[] = [];

beforeEach(() => {
  calls = [];
  for (const m of methods) {
    vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${m}: ${args.map(String).join(" ")}`);
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length > 0) {
    const seen = calls.join("\n");
    calls = [];
    throw new Error(`Unexpected console output during test:\n${seen}`);
  }
});
