// Euro values for the in-memory ledger until src/fx (issue 5) is merged: ECB annual average rates for 2024.
import type { MoneyValue } from "../core/ledger.js";

/** Units of each currency per euro, ECB reference rates averaged over 2024 ("USD": 1.0824 = $1.0824 per €1). */
const PER_EURO: Record<string, number> = {
  EUR: 1,
  USD: 1.0824,
  GBP: 0.8466,
  SEK: 11.4325,
  NOK: 11.629,
  DKK: 7.4589,
  PLN: 4.3058,
  CZK: 25.12,
  CHF: 0.9526,
  CAD: 1.4821,
  AUD: 1.6397,
  JPY: 163.85,
  UAH: 43.45,
};

/**
 * The euros a value stands for: the single amount, else the stated lower bound, so "40-50 million euros"
 * counts 40 million and "up to €2 million" counts 2 million. Null without a figure or a known rate.
 */
export function toEuro(value: MoneyValue | null | undefined): number | null {
  if (!value) return null;
  const figure = value.amount ?? value.min ?? value.max;
  const rate = PER_EURO[value.currency];
  return figure === undefined || rate === undefined ? null : Math.round(figure / rate);
}
