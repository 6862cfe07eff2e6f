// Unicode property classes cut down to the characters a text holds, for texts in Latin and Cyrillic script only.
import { OPTIMISED_LENGTH } from "./span.js";

/**
 * Characters of the texts that a narrowed pattern may run on: Latin, Greek and Cyrillic letters, digits and
 * punctuation, general punctuation ("–", "’", "…"), currency signs ("€"). A text with anything else (Arabic,
 * emoji, letters outside the BMP) keeps the full patterns.
 */
const WINDOW: readonly (readonly [number, number])[] = [
  [0x0000, 0x052f],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
];
const OUTSIDE = new RegExp(`[^${WINDOW.map(([from, to]) => `\\u${hex4(from)}-\\u${hex4(to)}`).join("")}]`);

/** Whether every character of `text` lies in the window the narrowed patterns are exact for. */
export function narrowable(text: string): boolean {
  return !OUTSIDE.test(text);
}

function hex4(c: number): string {
  return c.toString(16).padStart(4, "0");
}

const ranges = new Map<string, string>();

/**
 * The window's characters that `\p{name}` matches under `flags` (case-insensitively where they say so), as
 * class ranges: "\\u0041-\\u005a\\u0061-\\u007a...". A character of the window matches the cut class exactly
 * where it matches the property, as each one was tested against it.
 */
function cut(name: string, flags: string): string {
  const key = `${name}/${flags}`;
  let out = ranges.get(key);
  if (out === undefined) {
    const full = new RegExp(`^\\p{${name}}$`, flags.includes("i") ? "iu" : "u");
    const hex = (c: number) => `\\u${hex4(c)}`;
    const parts: string[] = [];
    for (const [from, to] of WINDOW) {
      let start = -1;
      for (let c = from; c <= to + 1; c++) {
        const hit = c <= to && full.test(String.fromCharCode(c));
        if (hit && start < 0) start = c;
        if (!hit && start >= 0) {
          parts.push(start === c - 1 ? hex(start) : `${hex(start)}-${hex(c - 1)}`);
          start = -1;
        }
      }
    }
    out = parts.join("");
    ranges.set(key, out);
  }
  return out;
}

const narrowedPatterns = new WeakMap<RegExp, RegExp>();

/**
 * `re` with each `\p{L}`, `\p{Lu}`, `\p{N}` ... replaced by the window's characters of that class, same flags:
 * on a text that is `narrowable`, it matches exactly where `re` does. V8 runs a class of twenty ranges several
 * times faster than the whole Unicode property ("(?<![\\p{L}\\p{N}])(?:przekaże|...)": 7x on Polish
 * sentences). `re` itself where it has no property class, or one this cannot cut (`\P{L}`).
 */
export function narrowed(re: RegExp): RegExp {
  let out = narrowedPatterns.get(re);
  if (out) return out;
  out = re;
  if (re.flags.includes("u") && /\\[pP]\{/.test(re.source)) {
    const source = narrowSource(re.source, re.flags);
    // Twenty ranges in place of each "\\p{L}" may make a large pattern too long for V8 to optimise: then it
    // would run slower, not faster (German pledge cues: 12 KB with the properties, over 20 KB cut).
    if (source !== null && (source.length <= OPTIMISED_LENGTH || re.source.length > OPTIMISED_LENGTH))
      out = new RegExp(source, re.flags);
  }
  narrowedPatterns.set(re, out);
  return out;
}

function narrowSource(source: string, flags: string): string | null {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const property = /^\\([pP])\{([A-Za-z_]+)\}/.exec(source.slice(i));
      if (property) {
        const [all, kind, name = ""] = property;
        // "\\P{L}" is left alone: what a complement matches case-insensitively is not worth working out here.
        if (kind === "P") return null;
        const set = cut(name, flags);
        out += inClass ? set : `[${set}]`;
        i += all.length - 1;
        continue;
      }
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === "[" && !inClass) inClass = true;
    else if (c === "]" && inClass) inClass = false;
    out += c;
  }
  return out;
}
