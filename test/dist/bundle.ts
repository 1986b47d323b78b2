/**
 * Bundle a few lines of a browser consumer with esbuild or with rollup, from a consumer
 * project (test/dist/packed.ts), minify and gzip: the bytes a user's page would download.
 *
 * esbuild: `bundle`, `splitting`, `minify`, ESM, browser platform. rollup: `@rollup/plugin-node-resolve`
 * with the browser condition, default tree-shaking, then minified by esbuild (whitespace,
 * identifiers, syntax), so the two differ only in what they keep.
 */
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { build, transform } from "esbuild";
import { rollup } from "rollup";

/** The two bundlers measured. */
export type Bundler = "esbuild" | "rollup";

/**
 * A bundle: its entry chunk's minified code, gzip size in bytes, and the files it took code
 * from; and the files of the chunks it loads with `import()` only when needed (code split off).
 */
export interface Bundle {
  code: string;
  gzip: number;
  inputs: string[];
  lazyInputs: string[];
}

async function withEsbuild(code: string, consumer: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents: code, resolveDir: consumer, loader: "js", sourcefile: "entry.js" },
    // the consumer's own tsconfig, not this repository's (whose `paths` point into src/)
    tsconfig: join(consumer, "tsconfig.json"),
    bundle: true,
    // as a page's bundler does: what is loaded with import() is a chunk of its own
    splitting: true,
    outdir: join(consumer, "out"),
    write: false,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    metafile: true,
    logLevel: "silent",
  });
  const outputs = Object.entries(result.metafile.outputs);
  const entry = outputs.find(([, o]) => o.entryPoint !== undefined);
  const out = result.outputFiles.find((f) => entry !== undefined && f.path === resolve(entry[0]));
  if (entry === undefined || out === undefined) throw new Error("esbuild wrote no entry");
  const used = (inputs: Record<string, { bytesInOutput: number }>): string[] =>
    Object.keys(inputs).filter((f) => (inputs[f]?.bytesInOutput ?? 0) > 0);
  return {
    code: out.text,
    gzip: gzipSync(out.contents, { level: 9 }).length,
    inputs: used(entry[1].inputs),
    lazyInputs: outputs.filter((o) => o !== entry).flatMap(([, o]) => used(o.inputs)),
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
  const [chunk, ...lazy] = output;
  const min = await transform(chunk.code, { minify: true, format: "esm", target: "es2022" });
  const used = (modules: Record<string, { renderedLength: number }>): string[] =>
    Object.entries(modules)
      .filter(([, m]) => m.renderedLength > 0)
      .map(([id]) => id);
  return {
    code: min.code,
    gzip: gzipSync(min.code, { level: 9 }).length,
    inputs: used(chunk.modules),
    lazyInputs: lazy.flatMap((c) => (c.type === "chunk" ? used(c.modules) : [])),
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
