/**
 * The harness behind `examples.test.ts`: it finds every TSDoc `@example` code block in `src/`,
 * turns its claim comments (`expr; // <literal>`) into checks, and runs it.
 *
 * A claim is a statement whose comment, on the same line as the statement's end, is a literal:
 * a number, string, boolean, `null`, `undefined`, or an array or object literal of those.
 * Numbers are compared to the precision written (`// 93.9` is 93.9 to one decimal place);
 * `0.5104...` means the value starts 0.5104 (truncated, not rounded). Comments that start
 * with `e.g.`, `about`, `~` or `≈`, or that are prose, are not claims: the line only runs.
 * `if (guard) expr; // v` claims that the guard holds and `expr` is `v`; `const x = e; // v`
 * claims that `x` is `v`; `console.log(e); // v` claims that `e` is `v`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

/** One `@example` code block and the exported symbol whose doc comment holds it. */
export interface DocExample {
  /** Path relative to the repository root, with forward slashes. */
  readonly file: string;
  /** The documented symbol (`Interface.member` for a member; `(module)` for a file comment). */
  readonly symbol: string;
  /** The code inside the fence. */
  readonly code: string;
  /** 1-based line of the fence's first code line in `file`. */
  readonly line: number;
}

/** What a claim comment expects, with each number's written precision. */
export type Expected =
  | {
      readonly kind: "number";
      readonly value: number;
      readonly decimals: number;
      readonly truncated: boolean;
      readonly significant?: number;
    }
  | { readonly kind: "value"; readonly value: string | boolean | null | undefined }
  | { readonly kind: "array"; readonly items: readonly Expected[] }
  | { readonly kind: "object"; readonly entries: ReadonlyMap<string, Expected> };

/** A claim found in a snippet. */
export interface Claim {
  /** 1-based line in the snippet. */
  readonly line: number;
  /** The statement's source text. */
  readonly code: string;
  /** The comment's text. */
  readonly comment: string;
  readonly expected: Expected;
}

/** The outcome of running one snippet. */
export interface RunOutcome {
  /** Every claim, in order. */
  readonly claims: readonly Claim[];
  /** How many claims were evaluated (a claim after a thrown error is not). */
  readonly checked: number;
  /** One sentence per problem: a transpile error, a thrown error, or a false claim. */
  readonly failures: readonly string[];
}

const NOT_A_CLAIM = /^(e\.g\.|about\b|~|≈|approx)/i;

/** The `.ts` files under `dir`, recursively, sorted. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(path);
  }
  return out.sort();
}

/** Every `@example` block of every `.ts` file under `root/src`. */
export function collectExamples(root: string): DocExample[] {
  return sourceFiles(join(root, "src")).flatMap((path) =>
    extractExamples(relative(root, path).split("\\").join("/"), readFileSync(path, "utf8")),
  );
}

function declarationName(node: ts.Node, sf: ts.SourceFile): string | undefined {
  if (ts.isVariableStatement(node)) {
    const first = node.declarationList.declarations[0];
    return first ? first.name.getText(sf) : undefined;
  }
  const name = (node as { name?: ts.Node }).name;
  return name ? name.getText(sf) : undefined;
}

/** The `@example` blocks of one file, each with the symbol its doc comment documents. */
export function extractExamples(file: string, text: string): DocExample[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const seen = new Set<number>();
  const out: DocExample[] = [];
  const visit = (node: ts.Node, owner: string | undefined): void => {
    const name = declarationName(node, sf);
    const symbol = name ? (owner ? `${owner}.${name}` : name) : owner;
    for (const range of ts.getLeadingCommentRanges(text, node.pos) ?? []) {
      const comment = text.slice(range.pos, range.end);
      if (seen.has(range.pos) || !comment.startsWith("/**")) continue;
      seen.add(range.pos);
      const isModule = comment.includes("@packageDocumentation") || !symbol;
      out.push(...examplesIn(file, comment, range.pos, text, isModule ? "(module)" : symbol!));
    }
    const childOwner =
      ts.isInterfaceDeclaration(node) ||
      ts.isClassDeclaration(node) ||
      ts.isTypeAliasDeclaration(node) ||
      ts.isVariableStatement(node) ||
      ts.isFunctionDeclaration(node) ||
      ts.isModuleDeclaration(node) ||
      ts.isEnumDeclaration(node)
        ? symbol
        : owner;
    ts.forEachChild(node, (child) => visit(child, childOwner));
  };
  for (const s of sf.statements) visit(s, undefined);
  return out;
}

function examplesIn(
  file: string,
  comment: string,
  offset: number,
  text: string,
  symbol: string,
): DocExample[] {
  const out: DocExample[] = [];
  const lines = comment.split("\n").map((l) => l.replace(/^\s*\/?\*\*?\/?\s?/, ""));
  const firstLine = text.slice(0, offset).split("\n").length;
  let inExample = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as string;
    if (/^@\w+/.test(l)) inExample = l.startsWith("@example");
    if (!inExample || !/^```(ts|typescript)\s*$/.test(l.trim())) continue;
    const code: string[] = [];
    let j = i + 1;
    while (j < lines.length && !(lines[j] as string).trim().startsWith("```")) {
      code.push(lines[j] as string);
      j++;
    }
    out.push({ file, symbol, code: code.join("\n"), line: firstLine + i + 1 });
    i = j;
  }
  return out;
}

/** Parses a claim comment; `undefined` when it is prose rather than a literal. */
export function parseExpected(comment: string): Expected | undefined {
  const text = comment.trim();
  if (text === "" || NOT_A_CLAIM.test(text)) return undefined;
  // `0.5104...` (a truncated number) becomes a marker call the literal walker understands.
  const marked = text.replace(/(\d+\.\d+)\.\.\.(?![.\w])/g, "__truncated($1)");
  const sf = ts.createSourceFile("claim.ts", `(${marked});`, ts.ScriptTarget.ES2022, true);
  const diagnostics = (sf as unknown as { parseDiagnostics?: readonly unknown[] }).parseDiagnostics;
  if (sf.statements.length !== 1 || (diagnostics && diagnostics.length > 0)) return undefined;
  const stmt = sf.statements[0];
  if (!stmt || !ts.isExpressionStatement(stmt)) return undefined;
  return literal(stmt.expression, sf);
}

function literal(node: ts.Expression, sf: ts.SourceFile): Expected | undefined {
  if (ts.isParenthesizedExpression(node)) return literal(node.expression, sf);
  if (ts.isNumericLiteral(node)) return numberLiteral(node.getText(sf), 1, false);
  if (
    ts.isPrefixUnaryExpression(node) &&
    (node.operator === ts.SyntaxKind.MinusToken || node.operator === ts.SyntaxKind.PlusToken) &&
    ts.isNumericLiteral(node.operand)
  ) {
    const sign = node.operator === ts.SyntaxKind.MinusToken ? -1 : 1;
    return numberLiteral(node.operand.getText(sf), sign, false);
  }
  if (
    ts.isCallExpression(node) &&
    node.expression.getText(sf) === "__truncated" &&
    node.arguments.length === 1 &&
    node.arguments[0] &&
    ts.isNumericLiteral(node.arguments[0])
  )
    return numberLiteral(node.arguments[0].getText(sf), 1, true);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
    return { kind: "value", value: node.text };
  if (node.kind === ts.SyntaxKind.TrueKeyword) return { kind: "value", value: true };
  if (node.kind === ts.SyntaxKind.FalseKeyword) return { kind: "value", value: false };
  if (node.kind === ts.SyntaxKind.NullKeyword) return { kind: "value", value: null };
  if (ts.isIdentifier(node)) {
    if (node.text === "undefined") return { kind: "value", value: undefined };
    if (node.text === "NaN")
      return { kind: "number", value: Number.NaN, decimals: 0, truncated: false };
    return undefined;
  }
  if (ts.isArrayLiteralExpression(node)) {
    const items: Expected[] = [];
    for (const el of node.elements) {
      const item = literal(el, sf);
      if (!item) return undefined;
      items.push(item);
    }
    return { kind: "array", items };
  }
  if (ts.isObjectLiteralExpression(node)) {
    const entries = new Map<string, Expected>();
    for (const p of node.properties) {
      if (!ts.isPropertyAssignment(p)) return undefined;
      const key =
        ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name)
          ? p.name.text
          : undefined;
      const value = literal(p.initializer, sf);
      if (key === undefined || !value) return undefined;
      entries.set(key, value);
    }
    return { kind: "object", entries };
  }
  return undefined;
}

function numberLiteral(written: string, sign: number, truncated: boolean): Expected {
  const value = sign * Number(written.replaceAll("_", ""));
  const [mantissa = "", exponent] = written.toLowerCase().split("e");
  const decimals = mantissa.includes(".") ? (mantissa.split(".")[1] ?? "").length : 0;
  if (exponent !== undefined) {
    const significant = mantissa.replace(".", "").replace(/^0+/, "").length || 1;
    return { kind: "number", value, decimals, truncated, significant };
  }
  return { kind: "number", value, decimals, truncated };
}

/** Why `actual` does not match `expected`, one sentence per difference; empty when it does. */
export function compare(actual: unknown, expected: Expected, at = "value"): string[] {
  switch (expected.kind) {
    case "number": {
      if (typeof actual !== "number") return [`${at} is ${show(actual)}, not a number`];
      const e = expected.value;
      if (Number.isNaN(e)) return Number.isNaN(actual) ? [] : [`${at} is ${actual}, not NaN`];
      const ok =
        expected.significant !== undefined
          ? Math.abs(actual - e) <=
            0.5 * 10 ** (Math.floor(Math.log10(Math.abs(e))) - expected.significant + 1)
          : expected.truncated
            ? Math.abs(actual) >= Math.abs(e) - 1e-12 &&
              Math.abs(actual) < Math.abs(e) + 10 ** -expected.decimals &&
              Math.sign(actual) === Math.sign(e)
            : Math.abs(actual - e) <=
              0.5 * 10 ** -expected.decimals + 1e-12 * Math.max(1, Math.abs(e));
      return ok ? [] : [`${at} is ${actual}, not ${e}${expected.truncated ? "..." : ""}`];
    }
    case "value":
      return Object.is(actual, expected.value)
        ? []
        : [`${at} is ${show(actual)}, not ${show(expected.value)}`];
    case "array": {
      if (!Array.isArray(actual)) return [`${at} is ${show(actual)}, not an array`];
      if (actual.length !== expected.items.length)
        return [`${at} has ${actual.length} items, not ${expected.items.length}: ${show(actual)}`];
      return expected.items.flatMap((item, i) => compare(actual[i], item, `${at}[${i}]`));
    }
    case "object": {
      if (typeof actual !== "object" || actual === null || Array.isArray(actual))
        return [`${at} is ${show(actual)}, not an object`];
      const record = actual as Record<string, unknown>;
      const extra = Object.keys(record).filter(
        (k) => !expected.entries.has(k) && record[k] !== undefined,
      );
      return [
        ...[...expected.entries].flatMap(([k, v]) => compare(record[k], v, `${at}.${k}`)),
        ...extra.map((k) => `${at} has ${k}: ${show(record[k])}, not in the claim`),
      ];
    }
  }
}

function show(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  try {
    const s = JSON.stringify(value);
    return s === undefined ? String(value) : s.length > 300 ? `${s.slice(0, 300)}...` : s;
  } catch {
    return String(value);
  }
}

/** The snippet with each claim statement rewritten into a call of `__claim`, and the claims. */
export function instrument(code: string): { source: string; claims: Claim[] } {
  const sf = ts.createSourceFile(
    "snippet.ts",
    code,
    ts.ScriptTarget.ES2022,
    true,
    ts.ScriptKind.TS,
  );
  const claims: Claim[] = [];
  const edits: { start: number; end: number; text: string }[] = [];
  for (const stmt of sf.statements) {
    const endLine = sf.getLineAndCharacterOfPosition(stmt.end).line;
    const range = (ts.getTrailingCommentRanges(code, stmt.end) ?? []).find(
      (r) =>
        r.kind === ts.SyntaxKind.SingleLineCommentTrivia &&
        sf.getLineAndCharacterOfPosition(r.pos).line === endLine,
    );
    if (!range) continue;
    const comment = code.slice(range.pos + 2, range.end).trim();
    const expected = parseExpected(comment);
    if (!expected) continue;
    const i = claims.length;
    const claim: Claim = {
      line: sf.getLineAndCharacterOfPosition(stmt.getStart(sf)).line + 1,
      code: stmt.getText(sf),
      comment,
      expected,
    };
    const text = claimText(stmt, sf, i);
    if (text === undefined)
      throw new Error(`line ${claim.line}: a claim comment on a statement that is not checkable`);
    claims.push(claim);
    edits.push({ start: stmt.getStart(sf), end: stmt.end, text });
  }
  let source = code;
  for (const e of edits.reverse()) source = source.slice(0, e.start) + e.text + source.slice(e.end);
  return { source, claims };
}

function claimText(stmt: ts.Statement, sf: ts.SourceFile, i: number): string | undefined {
  const expression = (e: ts.Expression): string => {
    if (
      ts.isCallExpression(e) &&
      e.expression.getText(sf) === "console.log" &&
      e.arguments.length === 1 &&
      e.arguments[0]
    )
      return e.arguments[0].getText(sf);
    return e.getText(sf);
  };
  // A claim on an awaited value awaits inside its thunk.
  const call = (body: string): string =>
    /\bawait\b/.test(body)
      ? `await __claim(${i}, async () => ${body});`
      : `__claim(${i}, () => ${body});`;
  if (ts.isExpressionStatement(stmt)) return call(`(${expression(stmt.expression)})`);
  if (ts.isIfStatement(stmt) && !stmt.elseStatement && ts.isExpressionStatement(stmt.thenStatement))
    return call(
      `((${stmt.expression.getText(sf)}) ? (${expression(stmt.thenStatement.expression)}) : __guardFailed)`,
    );
  if (ts.isVariableStatement(stmt)) {
    const [decl, ...rest] = stmt.declarationList.declarations;
    if (decl && rest.length === 0 && ts.isIdentifier(decl.name))
      return `${stmt.getText(sf)}\n${call(decl.name.text)}`;
  }
  return undefined;
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<unknown>;

const RESERVED = new Set(["require", "exports", "module", "__claim", "__guardFailed", "console"]);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Runs a snippet with `scope`'s names in scope and `modules` answering its imports (keys are
 * module specifiers: `"ppie"`, `"ppie/scores"`, `"zod"`, or absolute paths for relative ones,
 * resolved from `file`). Never throws: problems come back as failures.
 */
export async function runSnippet(
  code: string,
  scope: Readonly<Record<string, unknown>>,
  modules: (specifier: string) => unknown,
  file = "snippet.ts",
): Promise<RunOutcome> {
  let claims: Claim[] = [];
  let source: string;
  try {
    ({ source, claims } = instrument(code));
  } catch (e) {
    return { claims, checked: 0, failures: [String(e instanceof Error ? e.message : e)] };
  }
  const out = ts.transpileModule(source, {
    fileName: "snippet.ts",
    reportDiagnostics: true,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      strict: true,
    },
  });
  const syntax = (out.diagnostics ?? []).map(
    (d) => `does not transpile: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`,
  );
  if (syntax.length > 0) return { claims, checked: 0, failures: syntax };

  const failures: string[] = [];
  let checked = 0;
  const guardFailed = Symbol("guard failed");
  const stopped = Symbol("stopped");
  const claim = (i: number, thunk: () => unknown): undefined | Promise<void> => {
    let actual: unknown;
    try {
      actual = thunk();
    } catch (e) {
      return fail(i, e);
    }
    if (actual instanceof Promise && /\bawait\b/.test((claims[i] as Claim).code))
      return actual.then(
        (value) => check(i, value),
        (e: unknown) => fail(i, e),
      );
    check(i, actual);
    return undefined;
  };
  const fail = (i: number, e: unknown): never => {
    const c = claims[i] as Claim;
    checked++;
    failures.push(`line ${c.line}: \`${c.code}\` throws ${describeError(e)}`);
    throw stopped;
  };
  const check = (i: number, actual: unknown): void => {
    const c = claims[i] as Claim;
    checked++;
    if (actual === guardFailed) {
      failures.push(`line ${c.line}: the guard of \`${c.code}\` is false`);
      return;
    }
    for (const f of compare(actual, c.expected))
      failures.push(`line ${c.line}: \`${c.code}\` // ${c.comment}: ${f}`);
  };
  const require = (specifier: string): unknown => {
    const key = specifier.startsWith(".")
      ? resolve(dirname(file), specifier).replace(/\.js$/, ".ts")
      : specifier;
    const m = modules(key);
    if (m === undefined) throw new Error(`cannot import "${specifier}" in an example`);
    return m;
  };
  const quiet = { log() {}, info() {}, warn() {}, error() {}, debug() {} };
  const names = Object.keys(scope).filter((n) => IDENTIFIER.test(n) && !RESERVED.has(n));
  try {
    const fn = new AsyncFunction(
      ...names,
      "require",
      "exports",
      "module",
      "__claim",
      "__guardFailed",
      "console",
      `"use strict";\n{\n${out.outputText}\n}`,
    );
    const exports = {};
    await fn(
      ...names.map((n) => scope[n]),
      require,
      exports,
      { exports },
      claim,
      guardFailed,
      quiet,
    );
  } catch (e) {
    if (e !== stopped) failures.push(`throws ${describeError(e)}`);
  }
  return { claims, checked, failures };
}

function describeError(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
