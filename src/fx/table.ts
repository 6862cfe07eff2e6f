// The ECB euro reference rates as a compact text table: built from eurofxref-hist.csv, read back for lookups.
import { PledgewireError } from "../core/errors.js";

/**
 * Rates of one currency: units per euro, by index into the table's business days (`NaN` where the ECB
 * published none that day). `decimals` is how many the ECB gives, so rates are stored as exact integers.
 */
export interface Series {
  decimals: number;
  start: number;
  rates: number[];
}

export interface FxTable {
  /** ECB business days in ascending order, as days since 1970-01-01. */
  days: number[];
  series: Map<string, Series>;
}

const DAY_MS = 86_400_000;
/** A value is written as 5-bit groups of its zigzag code, low first: every group but the last from CONTINUE. */
const CONTINUE = "0123456789abcdefghijklmnopqrstuv";
const FINAL = "ABCDEFGHIJKLMNOPQRSTUVWXYZwxyz+/";
const MISSING = "~";
const HEADER =
  "# generated from the ECB euro reference rates (eurofxref-hist.csv) by scripts/gen-fx.ts or `pledgewire fx update`; do not edit";

export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Reads the ECB CSV (newest day first, one column per currency, "N/A" where there is no rate):
 * "Date,USD,JPY,\n2025-05-09,1.1252,163.36,\n" → a table with days ascending.
 */
export function parseEcbCsv(csv: string): FxTable {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== "");
  const header = lines.shift()?.split(",") ?? [];
  if (header[0] !== "Date")
    throw new PledgewireError("input_malformed", 'ECB CSV: first column is not "Date"');
  const rows = lines.map((line) => line.split(",")).sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
  const days = rows.map((row, i) => {
    const day = dayNumber(row[0] ?? "");
    if (Number.isNaN(day)) throw new PledgewireError("input_malformed", `ECB CSV: bad date on row ${i + 2}`);
    return day;
  });
  const series = new Map<string, Series>();
  header.forEach((code, column) => {
    if (column === 0 || !/^[A-Z]{3}$/.test(code)) return;
    const cells = rows.map((row) => row[column]?.trim() ?? "");
    const present = cells.map((cell) => /^\d+(\.\d+)?$/.test(cell));
    const start = present.indexOf(true);
    if (start < 0) return;
    const end = present.lastIndexOf(true) + 1;
    const decimals = Math.max(...cells.map((cell) => cell.split(".")[1]?.length ?? 0));
    const rates = cells.slice(start, end).map((cell, i) => (present[start + i] ? Number(cell) : NaN));
    series.set(code, { decimals, start, rates });
  });
  return { days, series };
}

/**
 * The compact text: a header line, then `days 1999-01-04 3111…` (the first day, then each next day's gap in
 * base 36, one character each; braces around a longer one), then one line per currency: `USD 4 0 <values>`, decimals, index of its first
 * day, then each rate's change from the one before as an integer of that many decimals, zigzag-coded in
 * 5-bit groups ("~" where the ECB has no rate). 1.1252 after 1.1297 is -45 → zigzag 89 → "p" "C".
 */
export function encodeTable(table: FxTable): string {
  const first = table.days[0];
  if (first === undefined) throw new PledgewireError("input_empty", "ECB CSV: no rates");
  // A longer gap than 35 days (only in a test's sample) is written in braces: "{1ks}".
  const gaps = table.days.slice(1).map((day, i) => {
    const gap = (day - (table.days[i] ?? day)).toString(36);
    return gap.length === 1 ? gap : `{${gap}}`;
  });
  const lines = [HEADER, `days ${isoDay(first)} ${gaps.join("")}`];
  for (const [code, s] of [...table.series].sort(([a], [b]) => a.localeCompare(b))) {
    const scale = 10 ** s.decimals;
    let previous = 0;
    let text = "";
    for (const rate of s.rates) {
      if (Number.isNaN(rate)) {
        text += MISSING;
        continue;
      }
      const scaled = Math.round(rate * scale);
      text += encodeInteger(scaled - previous);
      previous = scaled;
    }
    lines.push(`${code} ${s.decimals} ${s.start} ${text}`);
  }
  return lines.join("\n") + "\n";
}

function encodeInteger(value: number): string {
  let zigzag = value < 0 ? -2 * value - 1 : 2 * value;
  let out = "";
  while (zigzag >= 32) {
    out += CONTINUE[zigzag % 32];
    zigzag = Math.floor(zigzag / 32);
  }
  return out + FINAL[zigzag];
}

/** Reads the text `encodeTable` writes; `source` names it in messages. */
export function decodeTable(text: string, source: string): FxTable {
  const bad = (why: string): PledgewireError => new PledgewireError("input_malformed", `${source}: ${why}`);
  const lines = text.split("\n").filter((line) => line !== "" && !line.startsWith("#"));
  const [tag, firstDay, gaps = ""] = (lines.shift() ?? "").split(" ");
  if (tag !== "days" || firstDay === undefined) throw bad('no "days" line');
  const days = [dayNumber(firstDay)];
  for (const gap of gaps.match(/\{[0-9a-z]+\}|[0-9a-z]/g) ?? []) {
    days.push((days[days.length - 1] ?? 0) + parseInt(gap.replace(/[{}]/g, ""), 36));
  }
  const series = new Map<string, Series>();
  for (const line of lines) {
    const [code, decimals, start, values = ""] = line.split(" ");
    if (code === undefined || decimals === undefined || start === undefined) throw bad(`bad line "${line}"`);
    const scale = 10 ** Number(decimals);
    const rates: number[] = [];
    let previous = 0;
    let zigzag = 0;
    let shift = 1;
    for (const char of values) {
      if (char === MISSING) {
        rates.push(NaN);
        continue;
      }
      const low = CONTINUE.indexOf(char);
      if (low >= 0) {
        zigzag += low * shift;
        shift *= 32;
        continue;
      }
      zigzag += FINAL.indexOf(char) * shift;
      previous += zigzag % 2 ? -(zigzag + 1) / 2 : zigzag / 2;
      rates.push(Number((previous / scale).toFixed(Number(decimals))));
      zigzag = 0;
      shift = 1;
    }
    series.set(code, { decimals: Number(decimals), start: Number(start), rates });
  }
  return { days, series };
}
