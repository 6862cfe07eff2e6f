// The streams a command talks to, and an output that waits for a slow reader instead of buffering.
import { once } from "node:events";
import type { Writable } from "node:stream";

export interface Io {
  stdin: AsyncIterable<Buffer | string>;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
}

/** The process's own streams; stdin is only touched when a command reads it. */
export function processIo(): Io {
  return {
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
  };
}

/**
 * Writes to a stream, waiting for `drain` when its buffer is full, so 100,000 documents piped into a slow
 * reader keep memory flat. When the reader goes away (`| head` closes the pipe) `closed` turns true and
 * later writes are dropped.
 */
export class Output {
  private failure: Error | null = null;

  constructor(private readonly stream: Writable) {
    stream.on("error", (error: Error) => {
      this.failure = error;
    });
  }

  get closed(): boolean {
    return this.failure !== null || this.stream.destroyed;
  }

  /** The write error, unless it was only the reader closing the pipe. */
  get error(): Error | null {
    return (this.failure as NodeJS.ErrnoException | null)?.code === "EPIPE" ? null : this.failure;
  }

  async write(text: string): Promise<void> {
    if (this.closed || text === "") return;
    if (this.stream.write(text)) return;
    try {
      await once(this.stream, "drain");
    } catch (error) {
      this.failure = error as Error;
    }
  }
}

/** `pledgewire: feed.jsonl:12: missing "text"`. */
export function complain(io: Io, input: string, message: string): void {
  io.stderr.write(`pledgewire: ${input}: ${message}\n`);
}
