import { main } from "./main.js";
import { readStream } from "./stdin.js";
import { escapeControls } from "./terminal.js";

// A reader that stops early (`ppie report strategy | head`) closes the pipe: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw err;
  });
}

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
  readStdin: (limit) => {
    if (process.stdin.isTTY === true)
      process.stderr.write(
        "ppie: reading the dataset from standard input; end it with Ctrl-D (Ctrl-Z, Enter on Windows).\n",
      );
    return readStream(process.stdin, limit);
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  // main() reports every error itself; this is the last resort if that reporting failed
  (err: unknown) => {
    process.stderr.write(
      `ppie: an unexpected error stopped the command (${escapeControls(err instanceof Error ? (err.stack ?? err.message) : String(err))}).\nPlease report this as a bug in ppie.\n`,
    );
    process.exitCode = 70;
  },
);
