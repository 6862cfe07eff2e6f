// Turns an input's bytes into text, refusing empty, binary and wrongly encoded inputs with a clear message.
import { PledgewireError } from "../core/errors.js";

/** How many leading bytes decide whether an input is binary. */
const SNIFF_BYTES = 8192;
/** More control characters than this share of the sniffed bytes means binary (a PDF, an image, a zip). */
const CONTROL_RATIO = 0.1;
const REPLACEMENT = "\ufffd";
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** A charset the input itself declares, tried when it is not UTF-8: `<meta charset="windows-1251">`. */
export type DeclaredCharset = (head: string) => string | null;

/**
 * Decodes UTF-8 (or UTF-16 with a byte-order mark). When the bytes are not valid UTF-8 and `declared`
 * names another charset in the head of the input, decodes with that one instead.
 */
export function decode(bytes: Uint8Array, declared?: DeclaredCharset): string {
  if (bytes.length === 0) throw new PledgewireError("input_empty", "file is empty");
  const text = decodeBytes(bytes, declared);
  if (text.trim() === "") throw new PledgewireError("input_empty", "file holds only white space");
  return text;
}

function decodeBytes(bytes: Uint8Array, declared?: DeclaredCharset): string {
  const bom = utf16Bom(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  assertText(bytes);
  try {
    return utf8.decode(bytes);
  } catch {
    const charset = declared?.(latin1(bytes.subarray(0, SNIFF_BYTES)));
    if (charset && !/^utf-?8$/i.test(charset)) return decodeAs(bytes, charset);
    throw invalidUtf8(bytes);
  }
}

/** Throws when the leading bytes look binary: a NUL byte, or many control characters. */
export function assertText(bytes: Uint8Array): void {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) throw new PledgewireError("input_binary", `binary data (a NUL byte at byte ${i}), not text`);
    // Tab, line feed, vertical tab, form feed, carriage return and escape occur in real text files.
    if (b < 0x20 && (b < 0x09 || b > 0x0d) && b !== 0x1b) control++;
  }
  if (n > 0 && control / n > CONTROL_RATIO) {
    throw new PledgewireError(
      "input_binary",
      `binary data (${control} control bytes in the first ${n}), not text`,
    );
  }
}

/** Decodes one UTF-8 record, naming the byte (counted from `base`) where it goes wrong. */
export function decodeUtf8(bytes: Uint8Array, base = 0): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw invalidUtf8(bytes, base);
  }
}

function invalidUtf8(bytes: Uint8Array, base = 0): PledgewireError {
  return new PledgewireError(
    "input_encoding",
    `invalid UTF-8 at byte ${base + firstInvalidUtf8(bytes)} (convert the input to UTF-8)`,
  );
}

/**
 * The byte offset of the first invalid UTF-8 sequence. The lenient decoder marks it with U+FFFD; a U+FFFD
 * that was really in the input (bytes EF BF BD) is skipped. Only called once decoding has failed.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const text = new TextDecoder("utf-8").decode(bytes);
  let offset = 0;
  let from = 0;
  for (let at = text.indexOf(REPLACEMENT); at >= 0; at = text.indexOf(REPLACEMENT, at + 1)) {
    offset += Buffer.byteLength(text.slice(from, at));
    from = at;
    if (bytes[offset] !== 0xef || bytes[offset + 1] !== 0xbf || bytes[offset + 2] !== 0xbd) return offset;
  }
  return offset;
}

function decodeAs(bytes: Uint8Array, charset: string): string {
  try {
    // Without `fatal` a known charset decodes any bytes, so only an unknown label throws here.
    return new TextDecoder(charset).decode(bytes);
  } catch {
    throw new PledgewireError(
      "input_encoding",
      `not UTF-8, and the declared charset "${charset}" is unknown`,
    );
  }
}

function utf16Bom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** Bytes as Latin-1, so ASCII markup in the head can be searched whatever the charset. */
function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}
