/**
 * Reading standard input as bytes, for the `-` argument: the bytes go through the same
 * decoding as a file's (`io/decode`: UTF-8 with or without a byte-order mark, UTF-16 with one;
 * anything else is a diagnostic, never replaced), and reading stops past the size limit.
 *
 * @module
 */

/**
 * What reading a stream gave: its bytes, or how many were read when there were more than the
 * limit (reading stops there), with the first bytes (so that what it holds can still be told).
 *
 * @category CLI
 */
export type StreamRead = { bytes: Uint8Array } | { over: number; head?: Uint8Array };

/**
 * Read a stream to its end, or until more than `limit` bytes have come.
 *
 * @param stream - the stream (standard input), yielding bytes or text
 * @param limit - the most bytes to keep
 * @returns the bytes, or how many were read when over the limit
 * @example
 * ```ts
 * import { Readable } from "node:stream";
 * const read = await readStream(Readable.from([Buffer.from("{}")]), 10);
 * "bytes" in read; // true
 * "over" in (await readStream(Readable.from([Buffer.from("{}")]), 1)); // true
 * ```
 * @category CLI
 */
export async function readStream(
  stream: AsyncIterable<Uint8Array | string>,
  limit: number,
): Promise<StreamRead> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    total += bytes.length;
    if (total > limit) return { over: total, head: (chunks[0] ?? bytes).subarray(0, 8) };
    chunks.push(bytes);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return { bytes: out };
}
