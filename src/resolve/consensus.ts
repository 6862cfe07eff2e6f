// An entry's fields from its reports: one vote per independent outlet, disagreements kept as conflicts.
import type { AgreementStatus, Item, MoneyValue } from "../core/ledger.js";
import { toEur } from "../fx/rates.js";
import { figuresAgree, pointOf, valuesAgree } from "./match.js";
import type { Conflict, LedgerEntry, SourceRef } from "./types.js";

const STATUS_ORDER: readonly AgreementStatus[] = ["planned", "announced", "signed"];
/** Evidence shorter than this ("Sweden supports Ukraine.") is too common to mark a copy. */
const MIN_COPY_EVIDENCE = 40;

/**
 * Groups sources that are not independent: the same outlet (or web host), a declared `duplicateOf`, or the same
 * evidence sentence word for word (a republished agency item). Returns each source's group number.
 */
export function outletGroups(sources: readonly SourceRef[]): number[] {
  const parent = sources.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const firstWithKey = new Map<string, number>();
  sources.forEach((source, i) => {
    const keys = [`doc:${source.duplicateOf ?? source.document}`];
    if (source.duplicateOf) keys.push(`doc:${source.document}`);
    if (source.outlet) keys.push(`outlet:${source.outlet.toLowerCase().replace(/^www\./, "")}`);
    const text = source.evidence.toLowerCase().replace(/\s+/g, " ").trim();
    if (text.length >= MIN_COPY_EVIDENCE) keys.push(`text:${text}`);
    for (const key of keys) {
      const other = firstWithKey.get(key);
      if (other === undefined) firstWithKey.set(key, i);
      else parent[find(i)] = find(other);
    }
  });
  return sources.map((_, i) => find(i));
}

interface Vote<T> {
  winner: T | null;
  clusters: { value: T; weight: number; sources: string[] }[];
}

/**
 * The value most outlets give: values that `same` deems equal form one cluster; each outlet group's weight
 * is split among its sources, and a retrospective mention weighs half. Ties go to the earlier report.
 */
function vote<T>(
  sources: readonly SourceRef[],
  weights: readonly number[],
  read: (s: SourceRef) => T | null | undefined,
  same: (a: T, b: T) => boolean,
): Vote<T> {
  const clusters: Vote<T>["clusters"] = [];
  sources.forEach((source, i) => {
    const value = read(source);
    if (value == null) return;
    const cluster = clusters.find((c) => same(c.value, value));
    if (cluster) {
      cluster.weight += weights[i] ?? 0;
      cluster.sources.push(source.document);
    } else clusters.push({ value, weight: weights[i] ?? 0, sources: [source.document] });
  });
  const best = clusters.reduce<Vote<T>["clusters"][number] | null>(
    (top, c) => (top === null || c.weight > top.weight + 1e-9 ? c : top),
    null,
  );
  return { winner: best?.value ?? null, clusters };
}

const equalJson = <T>(a: T, b: T): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Recomputes every consensus field of `entry` from its sources (sorted by publication first). */
export function recompute(entry: LedgerEntry): void {
  const sources = entry.sources.sort(
    (a, b) =>
      (a.published ?? "9999").localeCompare(b.published ?? "9999") || a.document.localeCompare(b.document),
  );
  const groups = outletGroups(sources);
  const groupSize = new Map<number, number>();
  for (const g of groups) groupSize.set(g, (groupSize.get(g) ?? 0) + 1);
  const weights = sources.map((s, i) => (s.retrospective ? 0.5 : 1) / (groupSize.get(groups[i] ?? 0) ?? 1));
  entry.outlets = groupSize.size;
  entry.earliest = sources.find((s) => s.published)?.published ?? null;
  entry.retrospective = sources.every((s) => s.retrospective);
  const conflicts: Conflict[] = [];
  const field = <T>(
    name: string,
    read: (s: SourceRef) => T | null | undefined,
    same: (a: T, b: T) => boolean = equalJson,
  ): T | null => {
    const result = vote(sources, weights, read, same);
    if (result.clusters.length > 1) {
      conflicts.push({
        field: name,
        values: result.clusters.map(({ value, sources: s }) => ({ value, sources: s })),
      });
    }
    return result.winner;
  };
  // Stated dates only: the day a report was written is not the act's date.
  entry.date = vote(sources, weights, (s) => s.stated.date, equalJson).winner;
  const when = entry.date ?? entry.earliest;
  if (entry.type === "agreement") {
    entry.parties = field("parties", (s) => s.stated.parties) ?? [];
    entry.instrument = field("instrument", (s) => s.stated.instrument);
    entry.status = maxStatus(sources);
    entry.scope = [...new Set(sources.flatMap((s) => s.stated.scope ?? []))].sort();
  } else {
    entry.aid_type = field("aid_type", (s) => s.stated.aid_type);
    entry.value = field<MoneyValue>(
      "value",
      (s) => s.stated.value,
      (a, b) => valuesAgree(a, b, when),
    );
    entry.deadline = field("deadline", (s) => s.stated.deadline);
    entry.items = consensusItems(sources, weights, conflicts);
  }
  entry.conflicts = conflicts;
  setEur(entry);
}

function maxStatus(sources: readonly SourceRef[]): AgreementStatus | null {
  const ranks = sources.map((s) => (s.stated.status ? STATUS_ORDER.indexOf(s.stated.status) : -1));
  return STATUS_ORDER[Math.max(...ranks)] ?? null;
}

/** Every category any report names; per category the count most outlets give ("items.tank" on conflict). */
function consensusItems(
  sources: readonly SourceRef[],
  weights: readonly number[],
  conflicts: Conflict[],
): Item[] {
  const categories = [...new Set(sources.flatMap((s) => (s.stated.items ?? []).map((i) => i.category)))];
  return categories.map((category) => {
    const itemOf = (s: SourceRef): Item | undefined => s.stated.items?.find((i) => i.category === category);
    const counts = vote(sources, weights, (s) => itemOf(s)?.quantity, figuresAgree);
    if (counts.clusters.length > 1) {
      conflicts.push({
        field: `items.${category}`,
        values: counts.clusters.map(({ value, sources: s }) => ({ value, sources: s })),
      });
    }
    const text = sources
      .map(itemOf)
      .find((i) => i && (counts.winner === null || i.quantity === counts.winner))?.text;
    return { category, quantity: counts.winner, text: text ?? category };
  });
}

/** The value in euros at the rate of the act's date (or of its first report when the date is not stated). */
function setEur(entry: LedgerEntry): void {
  entry.valueEur = null;
  entry.fxNote = null;
  const value = entry.value;
  if (!value) return;
  const point = pointOf(value);
  const date = rateDate(entry.date, entry.earliest);
  if (point == null) return;
  if (!date) {
    entry.fxNote = `${value.currency}: no date to take a rate from`;
    return;
  }
  const converted = toEur(point, value.currency, date);
  if (converted.eur === null) entry.fxNote = converted.reason;
  else entry.valueEur = converted;
}

/** The act's date when it names a day; else the first report's day when it falls in the act's period. */
function rateDate(date: string | null | undefined, earliest: string | null): string | null {
  if (date && date.length === 10) return date;
  if (earliest && (!date || earliest.startsWith(date))) return earliest;
  return date ?? null;
}
