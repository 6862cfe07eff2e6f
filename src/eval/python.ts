// The few Python built-in semantics the scorer must reproduce exactly: truthiness, str(), float(), ==, round(), "%.Nf", string order.

/** Python's bool(v) for JSON values: None, False, 0, "", [] and {} are false; NaN is true. */
export function truthy(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return v.length > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "object") return Object.keys(v).length > 0;
  return true;
}

export function isDict(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Python's `o.get(k)` where a missing key, null and a non-dict all read as None (null). */
export function get(o: unknown, k: string): unknown {
  return isDict(o) ? (o[k] ?? null) : null;
}

/** Python's str() for JSON scalars: null → "None", true → "True", 2024 → "2024". */
export function str(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (typeof v === "boolean") return v ? "True" : "False";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  return JSON.stringify(v);
}

// str.isspace(): JavaScript's \s lacks \x1c-\x1f and \x85 and wrongly has \ufeff.
const SPACE = "[\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";
const STRIP = new RegExp(`^${SPACE}+|${SPACE}+$`, "g");
/** str.splitlines()'s line boundaries. */
// eslint-disable-next-line no-control-regex -- Python breaks lines at the separators \x1c-\x1e too
export const LINE_BREAKS = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;

/** Python's s.strip() or s.strip(chars): strip(` "Kyiv" `) is `"Kyiv"`, and strip(`"Kyiv"`, `'"`) is `Kyiv`. */
export function strip(s: string, chars?: string): string {
  if (chars === undefined) return s.replace(STRIP, "");
  let start = 0;
  let end = s.length;
  while (start < end && chars.includes(s[start] as string)) start++;
  while (end > start && chars.includes(s[end - 1] as string)) end--;
  return s.slice(start, end);
}

// float() accepts "1_000.5", " 12 ", "-inf", "NaN"; digits with single underscores between them.
const FLOAT_SYNTAX =
  /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)$/i;

/** Python's float(v): a number, or null where Python raises TypeError/ValueError. float(True) = 1.0. */
export function float(v: unknown): number | null {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v !== "string") return null;
  const s = strip(v);
  if (!FLOAT_SYNTAX.test(s)) return null;
  const lower = s.toLowerCase().replace(/^[+]/, "");
  if (lower.endsWith("nan")) return NaN;
  if (lower.endsWith("inf") || lower.endsWith("infinity"))
    return lower.startsWith("-") ? -Infinity : Infinity;
  return Number(s.replace(/_/g, ""));
}

/** Python's == for JSON values: True == 1, 1 == 1.0, lists and dicts by content. */
export function equal(a: unknown, b: unknown): boolean {
  const na = typeof a === "boolean" ? Number(a) : a;
  const nb = typeof b === "boolean" ? Number(b) : b;
  if (typeof na === "number" && typeof nb === "number") return na === nb;
  if (Array.isArray(na) && Array.isArray(nb)) {
    return na.length === nb.length && na.every((x, i) => equal(x, nb[i]));
  }
  if (isDict(na) && isDict(nb)) {
    const ka = Object.keys(na);
    return ka.length === Object.keys(nb).length && ka.every((k) => k in nb && equal(na[k], nb[k]));
  }
  return (na ?? null) === (nb ?? null);
}

/**
 * Python's sum() of floats up to 3.11: plain left-to-right addition from 0. (3.12 compensates for
 * rounding; the two differ in the last bit at most, which has not moved a rounded figure in the tests.)
 */
export function sum(xs: Iterable<number>): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/**
 * Python's f"{x:.{digits}f}" (and round(x, digits) read back): the exact binary value rounded,
 * exact ties to even. toFixed sends ties away from zero: (0.0625).toFixed(3) is "0.063", Python "0.062".
 */
export function fixed(x: number, digits: number): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
  const away = x.toFixed(digits);
  // 100 digits show a double's full expansion for every value this scorer rounds; a tie ends in "5000…".
  const full = x.toFixed(100);
  const cut = full.indexOf(".") + 1 + digits;
  if (!/^50*$/.test(full.slice(cut))) return away;
  const down = full.slice(0, cut);
  return Number(down.at(-1)) % 2 === 0 ? down : away;
}

/** Python's round(x, digits). */
export function round(x: number, digits: number): number {
  return Number(fixed(x, digits));
}

/** Python's string order (by code point; JS's < compares UTF-16 units and differs above U+FFFF). */
export function compare(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const ca = ia.next();
    const cb = ib.next();
    if (ca.done || cb.done) return ca.done ? (cb.done ? 0 : -1) : 1;
    const d = (ca.value.codePointAt(0) ?? 0) - (cb.value.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
}

/**
 * Python's json.dumps(value, indent=1) for the scorer's result: ensure_ascii escapes, and the
 * named float fields keep their ".0" (Python prints round(1.0, 4) as 1.0, JavaScript as 1).
 */
export function dumps(value: unknown, floatKeys: readonly string[]): string {
  const floats = new RegExp(`^(\\s*"(?:${floatKeys.join("|")})": -?\\d+)(,?)$`, "gm");
  return JSON.stringify(value, null, 1)
    .replace(floats, "$1.0$2")
    .replace(/[\u007f-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}
