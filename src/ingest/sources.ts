// Sends each ingest argument to its reader: URLs and feeds to the web reader, Telegram exports, files and folders.
import { open, readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import type { InputResult, ReadOptions } from "../input/read-inputs.js";
import { problem, readInputs } from "../input/read-inputs.js";
import { readTelegramExport, readUrl } from "./web/index.js";

const URL_ARG = /^https?:\/\//i;

/**
 * Every article in the arguments, in order: "https://…" (a page or an RSS/Atom feed), a Telegram Desktop
 * export ("…/result.json" holding "messages"), anything else as `extract` reads it (files, folders, JSONL).
 * A reader that throws becomes a problem naming the argument; the next argument is still read.
 */
export async function* readSources(
  args: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<InputResult> {
  for (const arg of args) {
    try {
      if (URL_ARG.test(arg)) yield* readUrl(arg);
      else if (await isTelegramExport(arg)) yield* readTelegramExport(arg);
      else yield* readInputs([arg], options);
    } catch (error) {
      yield problem(arg, error);
    }
  }
}

/** Telegram Desktop writes a channel as result.json: {"name": …, "type": …, "id": …, "messages": [ … */
async function isTelegramExport(path: string): Promise<boolean> {
  if (basename(path) !== "result.json") return false;
  let file;
  try {
    file = await open(path);
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return /"messages"\s*:/.test(head.toString("utf8", 0, bytesRead));
  } finally {
    await file.close();
  }
}

/**
 * About how many inputs the arguments hold, for the progress bar's ETA: lines of JSONL files, files in
 * folders, one for anything else; null when a URL makes it unknowable.
 */
export async function estimateInputs(args: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const arg of args) {
    if (URL_ARG.test(arg)) return null;
    total += await countPath(arg);
  }
  return total;
}

async function countPath(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      let n = 0;
      for (const entry of await readdir(path))
        if (!entry.startsWith(".")) n += await countPath(join(path, entry));
      return n;
    }
    return /\.(jsonl|ndjson)$/i.test(path) ? await countLines(path) : 1;
  } catch {
    return 1;
  }
}

async function countLines(path: string): Promise<number> {
  const file = await open(path);
  try {
    let lines = 0;
    for await (const chunk of file.createReadStream() as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    }
    return lines;
  } finally {
    await file.close();
  }
}
