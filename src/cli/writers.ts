// The output formats of `extract`: each takes documents one at a time and writes them as they come.
import type { LedgerDocument } from "../core/ledger.js";
import type { Output } from "./io.js";
import { renderTable } from "./table.js";

export interface Writer<T> {
  write(item: T): Promise<void>;
  /** Called once after the last item. */
  end(): Promise<void>;
}

/** What `extract --text` prints per document: the cleaned text its evidence offsets index. */
export interface DocumentText {
  id: string;
  text: string;
}

/** One compact JSON object per line, written as soon as the document is done. */
export function jsonLines<T>(out: Output): Writer<T> {
  return { write: (item) => out.write(JSON.stringify(item) + "\n"), end: async () => {} };
}

/** A pretty JSON object for a single document, a pretty array for several (streamed from the second on). */
export function prettyJson<T>(out: Output): Writer<T> {
  const pretty = (item: T): string => JSON.stringify(item, null, 2);
  return oneOrMany(out, {
    one: (item) => pretty(item) + "\n",
    open: "[\n",
    // JSON.stringify escapes line breaks inside strings, so every real line break here is indentation.
    item: (item, index) => (index ? ",\n" : "") + pretty(item).replace(/^/gm, "  "),
    close: "\n]\n",
  });
}

/** For one document exactly its text, nothing added (a test slices it); for several, {id, text} lines. */
export function plainText(out: Output): Writer<DocumentText> {
  return oneOrMany(out, {
    one: (doc) => doc.text,
    open: "",
    item: (doc) => JSON.stringify(doc) + "\n",
    close: "",
  });
}

export function table(out: Output): Writer<LedgerDocument> {
  return { write: (doc) => out.write(renderTable(doc)), end: async () => {} };
}

interface Shape<T> {
  one(item: T): string;
  open: string;
  item(item: T, index: number): string;
  close: string;
}

/**
 * Holds back the first item until a second arrives, since a single document is written differently;
 * from then on every item is written at once.
 */
function oneOrMany<T>(out: Output, shape: Shape<T>): Writer<T> {
  let first: { item: T } | null = null;
  let count = 0;
  return {
    async write(item) {
      count++;
      if (count === 1) {
        first = { item };
        return;
      }
      if (first) {
        await out.write(shape.open + shape.item(first.item, 0));
        first = null;
      }
      await out.write(shape.item(item, count - 1));
    },
    async end() {
      if (first) await out.write(shape.one(first.item));
      else if (count > 1) await out.write(shape.close);
    },
  };
}
