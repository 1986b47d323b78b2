/**
 * A mistake in how the CLI was called (an unknown command or option, a missing argument, a
 * path that does not exist). The CLI prints it in plain English with the command's usage and
 * exits with code 2.
 *
 * @example
 * ```ts
 * const e = new UsageError('Unknown report kind "gripp3".', "Report kinds are: gripp2, strategy.");
 * e.hint; // "Report kinds are: gripp2, strategy."
 * ```
 * @category CLI
 */
export class UsageError extends Error {
  /** What to do about it. */
  readonly hint: string | undefined;

  /**
   * @param message - one plain-English sentence
   * @param hint - what to do about it
   */
  constructor(message: string, hint?: string) {
    super(message);
    this.name = "UsageError";
    this.hint = hint;
  }
}
