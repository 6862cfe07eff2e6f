// Runs the command line in-process with captured streams, for the command tests.
import { PassThrough, Readable } from "node:stream";
import { main } from "../src/cli/main.js";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** `runCli(["fx", "update", "--out", f])` → its exit status, stdout and stderr; stdin is empty. */
export async function runCli(argv: string[]): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on("data", (c: Buffer) => out.push(c));
  stderr.on("data", (c: Buffer) => err.push(c));
  const code = await main(argv, { stdin: Readable.from([]), stdout, stderr });
  return { code, out: Buffer.concat(out).toString(), err: Buffer.concat(err).toString() };
}
