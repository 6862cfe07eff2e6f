// Converts an amount to euros at the ECB reference rate of its date, from the table shipped in data/fx/.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FxTable } from "./table.js";
import { dayNumber, decodeTable, isoDay } from "./table.js";

/** data/fx/ecb-rates.txt at the project root (this file runs as dist/src/fx/rates.js). */
export const DEFAULT_TABLE_PATH = fileURLToPath(new URL("../../../data/fx/ecb-rates.txt", import.meta.url));

/** A rate older than this many days before the asked date means the ECB stopped the series (LTL in 2015). */
const MAX_STALE_DAYS = 10;

export interface EurAmount {
  eur: number;
  /** Units of the currency per euro, as the ECB publishes it. */
  rate: number;
  /** The business day whose rate was used: the asked date or the nearest before it. */
  rateDate: string;
}

/** Why an amount stays in its own currency: "UAH: no ECB reference rate". */
export interface NoRate {
  eur: null;
  reason: string;
}

let shipped: FxTable | null = null;

export function loadTable(path: string = DEFAULT_TABLE_PATH): FxTable {
  return decodeTable(readFileSync(path, "utf8"), path);
}

/**
 * `toEur(1000, "SEK", "2024-02-23")` → {eur: 88.9…, rate: 11.2…, rateDate: "2024-02-23"}; a weekend or a
 * holiday takes the business day before; a partial date ("2024-02") its first day.
 * `toEur(1000, "UAH", "2024-02-23")` → {eur: null, reason: "UAH: no ECB reference rate"}.
 */
export function toEur(amount: number, currency: string, date: string, table?: FxTable): EurAmount | NoRate {
  const code = currency.toUpperCase();
  const asked = dayNumber(fullDate(date));
  if (Number.isNaN(asked)) return { eur: null, reason: `${code}: no date to take a rate from` };
  if (code === "EUR") return { eur: amount, rate: 1, rateDate: isoDay(asked) };
  const fx = table ?? (shipped ??= loadTable());
  const series = fx.series.get(code);
  if (!series) return { eur: null, reason: `${code}: no ECB reference rate` };
  // The last business day on or before the asked date.
  let lo = 0;
  let hi = fx.days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((fx.days[mid] ?? Infinity) <= asked) lo = mid + 1;
    else hi = mid;
  }
  const lastSeries = series.start + series.rates.length - 1;
  for (let index = Math.min(lo - 1, lastSeries); index >= series.start; index--) {
    const rate = series.rates[index - series.start] ?? NaN;
    if (Number.isNaN(rate)) continue;
    const day = fx.days[index] ?? 0;
    // A series that ended while the table goes on (HRK from 2023) has no rate for later dates.
    if (asked - day > MAX_STALE_DAYS && lastSeries < fx.days.length - 1) break;
    return { eur: amount / rate, rate, rateDate: isoDay(day) };
  }
  return { eur: null, reason: `${code}: no ECB reference rate on ${date}` };
}

/** "2024" → "2024-01-01", "2024-02" → "2024-02-01". */
function fullDate(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10);
}
