/**
 * Browser example: validate a pasted dataset with ppie and list the diagnostics.
 * Bundle with esbuild (the test does this): main.ts → dist/main.js, then open index.html.
 */
import type { Diagnostic, DiagnosticCode } from "ppie";
import { checkDataset, parseDataset } from "ppie";
import { demoDataset } from "ppie/demo";

/** ppie's own diagnostics, and the one this page adds when the text is not JSON. */
type PageDiagnostic = Diagnostic<DiagnosticCode | "input/invalid-json">;

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
      li.append(code, ` ${d.path.join(".")}: ${d.message}${d.hint ? ` ${d.hint}` : ""}`);
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

document.querySelector("#validate")?.addEventListener("click", validate);
document.querySelector("#load-demo")?.addEventListener("click", () => {
  if (textarea) textarea.value = JSON.stringify(demoDataset, null, 2);
});
