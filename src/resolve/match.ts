// Whether two reports state the same act: compatible dates, values, items and instrument, as a score.
import type { Figure, MoneyValue } from "../core/ledger.js";
import { toEur } from "../fx/rates.js";
import type { LedgerEntry, StatedEvent } from "./types.js";

/** Figures within this share of each other are one figure told twice (rounding, conversions). */
const TOLERANCE = 0.03;
/** A report joins an entry at this score; below it, it starts an entry of its own. */
export const MATCH_THRESHOLD = 0.5;

/**
 * Day ranges of the dates seen so far. A ledger names a few thousand distinct dates, and fulfilment links
 * compare a delivery with every pledge of its pair: parsing "2024-02-23" anew each time was the resolver's
 * largest cost (a third of resolving 10,000 generated documents).
 */
const ranges = new Map<string, readonly [number, number]>();

/** "2024-02-23" → its day number; "2024-02" → the month's first and last day. */
export function dateRange(date: string): readonly [number, number] {
  let range = ranges.get(date);
  if (!range) {
    const [year = 1970, month, day] = date.split("-").map(Number);
    const from = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
    const to = day ? from : month ? Date.UTC(year, month, 0) : Date.UTC(year, 11, 31);
    range = [from / 86_400_000, to / 86_400_000];
    ranges.set(date, range);
  }
  return range;
}

/** Days between two partial dates: 0 when one contains the other ("2024-02" and "2024-02-23"). */
export function daysApart(a: string, b: string): number {
  const [a0, a1] = dateRange(a);
  const [b0, b1] = dateRange(b);
  return Math.max(0, a0 - b1, b0 - a1);
}

/** {min: 40e6, max: 50e6} → [40e6, 50e6]; {amount: 7e9} → [7e9, 7e9]; null when no number is given. */
function bounds(f: Figure): [number, number] | null {
  const low = f.amount ?? f.min ?? f.max;
  const high = f.amount ?? f.max ?? f.min;
  return low == null || high == null ? null : [low, high];
}

/** The one number a figure stands for in a sum: its amount, or the middle of its range ("40-50 million" → 45e6). */
export function pointOf(f: Figure): number | null {
  const b = bounds(f);
  return b ? (b[0] + b[1]) / 2 : null;
}

/** Overlapping figures, allowing for rounding: "SEK 7.1 billion" and "7,1 miljarder kronor". */
export function figuresAgree(a: Figure, b: Figure): boolean {
  const x = bounds(a);
  const y = bounds(b);
  if (!x || !y) return true;
  return x[0] <= y[1] * (1 + TOLERANCE) && y[0] <= x[1] * (1 + TOLERANCE);
}

/** The same money: in one currency by figure; across currencies in euros at the rate of `date`. */
export function valuesAgree(a: MoneyValue, b: MoneyValue, date: string | null): boolean {
  if (a.currency === b.currency) return figuresAgree(a, b);
  if (!date) return false;
  const euros = (v: MoneyValue): Figure | null => {
    const scale = (n: number | undefined): number | undefined => {
      if (n == null) return undefined;
      const converted = toEur(n, v.currency, date);
      return converted.eur ?? undefined;
    };
    const out = { amount: scale(v.amount), min: scale(v.min), max: scale(v.max) };
    return bounds(out) ? out : null;
  };
  const x = euros(a);
  const y = euros(b);
  // Rates move a few per cent between the dates outlets convert at.
  return x !== null && y !== null && figuresAgree(x, y);
}

/** When a report places the act: its stated date, or for its own news the day it was written. */
export function actDate(event: StatedEvent, reported: string | null): string | null {
  return event.date ?? (event.retrospective ? null : reported);
}

/**
 * How well `event` (reported on `reported`) fits `entry`: + for agreeing fields, − for contradicting ones,
 * 0 for a field either leaves open. "Sweden pledges SEK 7.1 billion" published a day after the government's
 * "7,1 miljarder kronor" scores +1 (date) +3 (value).
 */
export function matchScore(event: StatedEvent, reported: string | null, entry: LedgerEntry): number {
  let score = 0;
  const when = actDate(event, reported);
  const entryDates = entry.sources
    .map((s) => actDate(s.stated, s.published))
    .filter((d): d is string => d !== null);
  if (when && entryDates.length) {
    const gap = Math.min(...entryDates.map((d) => daysApart(when, d)));
    // "2024-05" contains every day of May: sharing a month is weaker evidence than sharing a day.
    const exact = when.length === 10 && entryDates.some((d) => d.length === 10 && daysApart(when, d) === gap);
    // Nearer is better within a band, so of two candidates the closer one wins: 1, 0.95, 0.9, 0.85 for 0-3 days.
    score += gap <= 3 ? (exact ? 1 - gap / 20 : 0.25) : gap <= 14 ? 0.5 - gap / 100 : gap <= 45 ? 0 : -1;
  }
  if (event.value && entry.value) {
    score += valuesAgree(event.value, entry.value, when ?? entry.earliest) ? 3 : -2;
  }
  score += itemsScore(event, entry);
  if (event.aid_type && entry.aid_type) score += event.aid_type === entry.aid_type ? 0.5 : -1;
  if (event.deadline && entry.deadline) score += daysApart(event.deadline, entry.deadline) === 0 ? 0.5 : -0.5;
  if (event.instrument && entry.instrument) score += event.instrument === entry.instrument ? 1 : -1;
  if (event.parties && entry.parties) score += event.parties.join() === entry.parties.join() ? 1 : 0;
  return score;
}

/** Shared categories count for, disjoint ones against; agreeing counts of a shared category count more. */
function itemsScore(event: StatedEvent, entry: StatedEvent): number {
  const mine = new Map((event.items ?? []).map((i) => [i.category, i.quantity]));
  const theirs = new Map((entry.items ?? []).map((i) => [i.category, i.quantity]));
  if (!mine.size || !theirs.size) return 0;
  const shared = [...mine.keys()].filter((c) => theirs.has(c));
  const union = new Set([...mine.keys(), ...theirs.keys()]).size;
  if (!shared.length) return -1;
  let score = shared.length / union >= 0.5 ? 1.5 : 0.5;
  // Agreeing counts ("50 CV90" twice) add up to 2; a contradicting count subtracts.
  let agreeing = 0;
  for (const category of shared) {
    const a = mine.get(category);
    const b = theirs.get(category);
    if (!a || !b) continue;
    if (figuresAgree(a, b)) agreeing++;
    else score -= 1;
  }
  return score + Math.min(2, agreeing);
}

/**
 * How well `delivery` fulfils `pledge`: the pledge came first, and they share items or the delivered value
 * fits within the pledged one. "Sweden has delivered the CV90s" after "Sweden pledges 50 CV90" scores 1.5.
 */
export function fulfilScore(pledge: LedgerEntry, delivery: LedgerEntry): number {
  const pledged = pledge.date ?? pledge.earliest;
  const delivered = delivery.date ?? delivery.earliest;
  if (pledged && delivered && dateRange(delivered)[1] < dateRange(pledged)[0]) return -Infinity;
  let score = Math.max(0, itemsScore(delivery, pledge));
  if (pledge.value && delivery.value) {
    const within = valuesAgree(delivery.value, pledge.value, delivered) ? 2 : 0;
    score +=
      within ||
      (delivery.value.currency === pledge.value.currency && fitsWithin(delivery.value, pledge.value)
        ? 1
        : -1);
  }
  if (pledge.aid_type && delivery.aid_type && pledge.aid_type !== delivery.aid_type) score -= 1;
  return score;
}

function fitsWithin(part: Figure, whole: Figure): boolean {
  const p = bounds(part);
  const w = bounds(whole);
  return p !== null && w !== null && p[1] <= w[1] * (1 + TOLERANCE);
}
