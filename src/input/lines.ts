// Splits a byte stream into lines without holding more than one line, so huge JSONL feeds keep memory flat.

export interface Line {
  /** 1-based line number. */
  number: number;
  /** Byte offset of the line's start in the stream. */
  offset: number;
  /** The line's bytes without its "\n"; null when it ran over the limit and was dropped. */
  bytes: Buffer | null;
  /** The line's length in bytes, also for a dropped one. */
  length: number;
}

/**
 * Yields each line of `stream`. A line longer than `maxBytes` is not kept: its bytes are dropped as they
 * arrive and it is yielded with `bytes: null`, so one 50 MB line costs no more memory than a short one.
 * (readline would buffer the whole line and cannot name the byte where UTF-8 goes wrong.)
 */
export async function* splitLines(
  stream: AsyncIterable<Buffer | string>,
  maxBytes: number,
): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let number = 1;
  let offset = 0;
  const take = (): Line => {
    const line: Line = {
      number,
      offset,
      bytes: length > maxBytes ? null : Buffer.concat(parts, length),
      length,
    };
    offset += length + 1;
    number++;
    parts = [];
    length = 0;
    return line;
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
      append(buf.subarray(from, nl));
      yield take();
      from = nl + 1;
    }
    append(buf.subarray(from));
  }
  if (length > 0) yield take();

  function append(piece: Buffer): void {
    if (piece.length === 0) return;
    length += piece.length;
    if (length <= maxBytes) parts.push(piece);
    else parts = [];
  }
}
