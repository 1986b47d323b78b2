/**
 * Text that is safe to show on a terminal. A dataset, a file name or an argument may hold
 * control characters: an escape sequence (ESC, U+001B) can recolour, clear or retitle the
 * terminal, a lone carriage return can overwrite the start of a line, and the bidirectional
 * overrides and isolates can make text read differently from what it is. The CLI writes
 * every such character as a visible `\uXXXX` escape, both in what it prints and in the reports
 * it writes to files; only its own colour codes pass (see {@link guardStream}).
 *
 * @module
 */

import { escapeChar, UNSAFE_CONTROLS as UNSAFE } from "../render/escape.js";

export { escapeControls } from "../render/escape.js";

/** ppie's own colour codes (see `styles` and `formatDiagnostics`), and its progress-line reset. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are ppie's own escape sequences
const OWN = /(\r\u001b\[2K)|(\u001b\[(?:0|1|2|22|31|32|33|36|39)m)/y;

/**
 * Wrap a stream's writer so that nothing written through it can drive the terminal: every
 * control character is escaped as by {@link escapeControls}, except ppie's own colour codes
 * when colour is on for that stream and its progress-line reset when progress is shown there.
 * The CLI wraps both standard streams with it, so a text that reaches a terminal by a path no
 * one thought of is still safe.
 *
 * @param write - the stream's writer
 * @param allow - which of ppie's own sequences may pass
 * @returns the guarded writer
 * @example
 * ```ts
 * let seen = "";
 * const out = guardStream((t) => { seen += t; }, { colour: false, progress: false });
 * out("\u001b[31mred\u001b[39m");
 * seen; // "\\u001b[31mred\\u001b[39m"
 * ```
 * @category CLI
 */
export function guardStream(
  write: (text: string) => void,
  allow: { colour: boolean; progress: boolean },
): (text: string) => void {
  return (text) => {
    let out = "";
    let last = 0;
    UNSAFE.lastIndex = 0;
    for (let m = UNSAFE.exec(text); m !== null; m = UNSAFE.exec(text)) {
      OWN.lastIndex = m.index;
      const own = OWN.exec(text);
      if (
        own !== null &&
        ((own[1] !== undefined && allow.progress) || (own[2] !== undefined && allow.colour))
      ) {
        UNSAFE.lastIndex = m.index + own[0].length;
        continue;
      }
      out += text.slice(last, m.index) + escapeChar(m[0]);
      last = m.index + m[0].length;
    }
    write(last === 0 ? text : out + text.slice(last));
  };
}
