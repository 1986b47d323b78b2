import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const readme = readFileSync(join(root, "README.md"), "utf8");

/** The fenced code blocks of a language, in order. */
function blocks(lang: string): string[] {
  const re = new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, "g");
  return [...readme.matchAll(re)].map((m) => m[1] as string);
}

describe("README", () => {
  it("names the two set-up commands", () => {
    expect(readme).toContain("npm install && npm run demo");
    expect(readme).toContain("npm test");
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(pkg.scripts.demo).toBeDefined();
    expect(pkg.scripts.test).toBeDefined();
  });

  it("has a usage example of at most 15 lines of code", () => {
    const ts = blocks("ts");
    expect(ts.length).toBeGreaterThan(0);
    const code = (ts[0] as string).split("\n").filter((l) => l.trim() !== "");
    expect(code.length).toBeLessThanOrEqual(15);
  });

  it("runs every TypeScript snippet against the built package", () => {
    expect(existsSync(join(root, "dist/index.js")), "run `npm run build` first").toBe(true);
    const dir = join(root, ".tmp", "readme");
    mkdirSync(dir, { recursive: true });
    blocks("ts").forEach((code, i) => {
      // Written inside the package so that `import ... from "ppie"` resolves to the build
      // through the package's own name, exactly as in a user's project.
      const file = join(dir, `snippet-${i}.mts`);
      writeFileSync(file, code);
      const out = execFileSync(join(root, "node_modules/.bin/tsx"), [file], {
        cwd: root,
        encoding: "utf8",
      });
      expect(out).toMatch(/findings, e\.g\. [a-z-]+\/[a-z-]+/);
      expect(out).toContain("93.9 percent");
      expect(out).toMatch(/^# /m);
    });
  });
});
