/**
 * Bundle a few lines of a browser consumer with esbuild or with rollup, from a consumer
 * project (test/dist/packed.ts), minify and gzip: the bytes a user's page would download.
 *
 * esbuild: `bundle`, `minify`, ESM, browser platform. rollup: `@rollup/plugin-node-resolve`
 * with the browser condition, default tree-shaking, then minified by esbuild (whitespace,
 * identifiers, syntax), so the two differ only in what they keep.
 */
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { build, transform } from "esbuild";
import { rollup } from "rollup";

/** The two bundlers measured. */
export type Bundler = "esbuild" | "rollup";

/** A bundle: its minified code, gzip size in bytes, and the files it took code from. */
export interface Bundle {
  code: string;
  gzip: number;
  inputs: string[];
}

async function withEsbuild(code: string, consumer: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents: code, resolveDir: consumer, loader: "js", sourcefile: "entry.js" },
    // the consumer's own tsconfig, not this repository's (whose `paths` point into src/)
    tsconfig: join(consumer, "tsconfig.json"),
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    metafile: true,
    logLevel: "silent",
  });
  const out = result.outputFiles[0];
  if (out === undefined) throw new Error("esbuild wrote nothing");
  const inputs = Object.entries(result.metafile.outputs)[0]?.[1].inputs ?? {};
  return {
    code: out.text,
    gzip: gzipSync(out.contents, { level: 9 }).length,
    inputs: Object.keys(inputs).filter((f) => (inputs[f]?.bytesInOutput ?? 0) > 0),
  };
}

async function withRollup(code: string, consumer: string): Promise<Bundle> {
  const entry = `${consumer}/entry.js`;
  const bundle = await rollup({
    input: entry,
    onwarn: () => {},
    plugins: [
      {
        name: "entry",
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? code : null),
      },
      nodeResolve({ browser: true, rootDir: consumer }),
    ],
  });
  const { output } = await bundle.generate({ format: "es" });
  await bundle.close();
  const chunk = output[0];
  const min = await transform(chunk.code, { minify: true, format: "esm", target: "es2022" });
  return {
    code: min.code,
    gzip: gzipSync(min.code, { level: 9 }).length,
    inputs: Object.entries(chunk.modules)
      .filter(([, m]) => m.renderedLength > 0)
      .map(([id]) => id),
  };
}

/**
 * Bundle a consumer's entry code.
 *
 * @param bundler - "esbuild" or "rollup"
 * @param code - the entry module, e.g. `import { fft } from "ppie/scores"; console.log(fft);`
 * @param consumer - the consumer project to resolve imports from
 * @returns the minified bundle, its gzip size and its inputs
 */
export function bundle(bundler: Bundler, code: string, consumer: string): Promise<Bundle> {
  return bundler === "esbuild" ? withEsbuild(code, consumer) : withRollup(code, consumer);
}
