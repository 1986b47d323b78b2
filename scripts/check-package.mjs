#!/usr/bin/env node
// Package gate: pack the build, lint the package (publint --strict), check its types under
// every resolution mode (@arethetypeswrong/cli), then type-check and run small consumer
// projects against the packed tarball under moduleResolution node16 (ESM and CJS),
// nodenext and bundler. Run after `npm run build`.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const work = join(root, ".tmp", "package-check");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const run = (cmd, args, opts = {}) => {
  process.stdout.write(`$ ${cmd} ${args.join(" ")}\n`);
  return execFileSync(cmd, args, {
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    ...opts,
  });
};

const packed = JSON.parse(
  run("npm", ["pack", "--json", "--pack-destination", work], { cwd: root }),
);
const tarball = join(work, packed[0].filename);
process.stdout.write(
  `packed ${packed[0].filename}: ${packed[0].entryCount} files, ${packed[0].size} bytes\n`,
);

process.stdout.write(
  run(join(root, "node_modules/.bin/publint"), ["--strict", "--pack", "npm"], { cwd: root }),
);
process.stdout.write(
  run(join(root, "node_modules/.bin/attw"), [tarball, "--format", "table-flipped", "--no-color"], {
    cwd: root,
  }),
);

// Consumers: each gets the tarball unpacked as node_modules/ppie and the runtime deps linked.
const pkgDir = join(work, "unpacked");
mkdirSync(pkgDir, { recursive: true });
run("tar", ["-xzf", tarball, "-C", pkgDir]);
const consumers = ["esm-node16", "cjs-node16", "nodenext", "bundler"];
for (const name of consumers) {
  const dir = join(work, name);
  cpSync(join(root, "test/fixtures/consumers", name), dir, { recursive: true });
  // The ESM consumers share one source; each gets it under the file name its tsconfig lists.
  if (name !== "cjs-node16") {
    const file = name === "bundler" ? "index.ts" : "index.mts";
    cpSync(join(root, "test/fixtures/consumers/esm-consumer.ts"), join(dir, file));
  }
  const nm = join(dir, "node_modules");
  mkdirSync(nm, { recursive: true });
  cpSync(join(pkgDir, "package"), join(nm, "ppie"), { recursive: true });
  for (const dep of ["zod", "date-fns", "ts-pattern", "yaml", "fflate"]) {
    symlinkSync(join(root, "node_modules", dep), join(nm, dep), "dir");
  }
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({ name: `consumer-${name}`, private: true, type: "commonjs" }),
  );
  run(join(root, "node_modules/.bin/tsc"), ["-p", join(dir, "tsconfig.json")]);
  process.stdout.write(`types ok: ${name}\n`);
}

// Runtime: the ESM and CJS builds load and agree.
const esm = join(work, "esm-node16");
const esmOut = run(
  "node",
  [
    "--input-type=module",
    "-e",
    `import { scores, parseDataset } from "ppie"; import { demoDataset } from "ppie/demo"; import { fft } from "ppie/scores"; const r = parseDataset(demoDataset); console.log(JSON.stringify([r.ok, fft({ veryGood: 15, good: 5, neither: 1, poor: 1, veryPoor: 0, dontKnow: 2 }).value, scores.fft === fft]));`,
  ],
  { cwd: esm },
);
const cjsOut = run(
  "node",
  [
    "-e",
    `const { parseDataset } = require("ppie"); const { demoDataset } = require("ppie/demo"); const { fft } = require("ppie/scores"); const r = parseDataset(demoDataset); console.log(JSON.stringify([r.ok, fft({ veryGood: 15, good: 5, neither: 1, poor: 1, veryPoor: 0, dontKnow: 2 }).value, true]));`,
  ],
  { cwd: esm },
);
if (esmOut.trim() !== cjsOut.trim() || !esmOut.startsWith("[true,")) {
  throw new Error(`ESM and CJS builds disagree: ${esmOut} vs ${cjsOut}`);
}
process.stdout.write(`runtime ok: ESM ${esmOut.trim()} = CJS ${cjsOut.trim()}\n`);
process.stdout.write("package checks passed\n");
