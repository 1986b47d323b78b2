/**
 * Browser example: validate a user's files (with `ppie/io`), or a pasted dataset, with ppie
 * and list the diagnostics, each with the file, line and column it is about.
 * Bundle with esbuild (the test does this): main.ts → dist/main.js, then open index.html.
 */
import type { Diagnostic, DiagnosticCode } from "ppie";
import type { InputCode } from "ppie/io";
import { checkDataset, parseDataset } from "ppie";
import { demoDataset } from "ppie/demo";
import { loadDatasetAsync } from "ppie/io";

/** ppie's own diagnostics, and those of reading files (which include invalid JSON). */
type PageDiagnostic = Diagnostic<DiagnosticCode | InputCode>;

const textarea = document.querySelector<HTMLTextAreaElement>("#dataset");
const summary = document.querySelector<HTMLParagraphElement>("#summary");
const list = document.querySelector<HTMLUListElement>("#diagnostics");

function show(diagnostics: readonly PageDiagnostic[], intro: string): void {
  if (!summary || !list) return;
  const count = (s: PageDiagnostic["severity"]) =>
    diagnostics.filter((d) => d.severity === s).length;
  summary.textContent = `${intro}: ${count("error")} errors, ${count("warning")} warnings.`;
  list.replaceChildren(
    ...diagnostics.map((d) => {
      const li = document.createElement("li");
      li.className = d.severity;
      const code = document.createElement("code");
      code.textContent = d.code;
      const where = d.source
        ? ` (${d.source.file}${d.source.sheet ? `, sheet ${d.source.sheet}` : ""}${d.source.line === undefined ? "" : ` line ${d.source.line}`}${d.source.column === undefined ? "" : `, column ${d.source.column}`})`
        : "";
      li.append(code, ` ${d.path.join(".")}: ${d.message}${where}${d.hint ? ` ${d.hint}` : ""}`);
      return li;
    }),
  );
}

function validate(): void {
  let input: unknown;
  try {
    input = JSON.parse(textarea?.value ?? "");
  } catch (err) {
    show(
      [
        {
          code: "input/invalid-json",
          severity: "error",
          path: [],
          message: `This is not valid JSON (${String(err)}).`,
        },
      ],
      "Not checked",
    );
    return;
  }
  const parsed = parseDataset(input);
  if (parsed.ok) show(checkDataset(parsed.value), "Valid dataset");
  else show(parsed.diagnostics, "Not a valid dataset");
}

/**
 * Load the files chosen with the file input: their bytes go to `loadDatasetAsync` as they are
 * (it reads a workbook too, loading the workbook reader only then).
 */
async function openFiles(input: HTMLInputElement): Promise<void> {
  const files = await Promise.all(
    Array.from(input.files ?? [], async (f) => ({
      name: f.name,
      data: new Uint8Array(await f.arrayBuffer()),
    })),
  );
  if (files.length === 0) return;
  const cp1252 = document.querySelector<HTMLInputElement>("#windows-1252")?.checked === true;
  const result = await loadDatasetAsync(files, cp1252 ? { encoding: "windows-1252" } : {});
  const names = files.map((f) => f.name).join(", ");
  if (result.ok) {
    const checked = checkDataset(result.value).map((d) => {
      const source = result.locate(d.path);
      return source ? { ...d, source } : d;
    });
    show([...result.diagnostics, ...checked], `${names}: valid dataset`);
  } else show(result.diagnostics, `${names}: not a valid dataset`);
}

document.querySelector("#validate")?.addEventListener("click", validate);
document.querySelector<HTMLInputElement>("#files")?.addEventListener("change", (e) => {
  void openFiles(e.target as HTMLInputElement);
});
document.querySelector("#load-demo")?.addEventListener("click", () => {
  if (textarea) textarea.value = JSON.stringify(demoDataset, null, 2);
});
