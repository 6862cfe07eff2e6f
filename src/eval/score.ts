// The LEDGER §5 scorer, a line-for-line port of ../shared/tools/score.py: both must give the same figures to the digit.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PledgewireError } from "../core/errors.js";
import {
  compare,
  dumps,
  equal,
  fixed,
  float,
  get,
  isDict,
  round,
  str,
  strip,
  sum,
  truthy,
} from "./python.js";

/** A gold file (LEDGER §5) as read: `id`, `source`, `published`, `events` with `quote`s. */
export type Gold = Record<string, unknown>;
/** Gold files by `id`, in the order score.py reads them (directories in turn, file names sorted). */
export type GoldSet = Map<unknown, Gold>;
/** Predicted events by document id (Python's str(id)). */
export type PredSet = Map<string, unknown[]>;

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface FieldScore {
  accuracy: number;
  n: number;
}

export interface DocCounts {
  id: unknown;
  gold: number;
  pred: number;
  matched: number;
}

/** score.py's result object, keys in its order; `seconds` only when eval-extract ran the extractor. */
export interface ScoreResult {
  documents: number;
  gold_events: number;
  predicted_events: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  by_type: Record<string, Prf>;
  fields: Record<string, FieldScore>;
  docs?: DocCounts[];
  score: number;
  seconds?: number;
}

/** A field check: true/false, an F1 or share in [0, 1], or null (not scored). */
type FieldResult = boolean | number | null;
/** The stated low and high figure; a single amount is both. */
type Figures = readonly [min: unknown, max: unknown];
type Pair = readonly [gold: number, pred: number];

const EVENT_TYPES = ["agreement", "pledge", "delivery"] as const;
const EXACT = ["retrospective", "cumulative", "aid_type", "instrument", "status"] as const;
/** Up to this many candidates on each side of a key, every pairing is tried; beyond it, greedy. */
const EXHAUSTIVE = 6;

function readJson(path: string, what: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === "ENOENT";
    throw new PledgewireError(
      missing ? "input_not_found" : "input_unreadable",
      `${what} ${missing ? "not found" : "not readable"}: ${path}`,
    );
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new PledgewireError("input_malformed", `${what} is not JSON: ${path}: ${(e as Error).message}`);
  }
}

/** The `.json` file names of a gold directory, sorted as Python sorts them. */
export function goldFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new PledgewireError("input_not_found", `gold directory not found: ${dir}`);
  }
  return names.filter((n) => n.endsWith(".json")).sort(compare);
}

/** One gold file; it must be an object with an `id`. */
export function readGold(path: string): Gold {
  const g = readJson(path, "gold file");
  if (!isDict(g) || !("id" in g))
    throw new PledgewireError("input_malformed", `gold file has no id: ${path}`);
  return g;
}

/** score.py's load_gold: a later file with the same id replaces the earlier one in its place. */
export function loadGold(dirs: readonly string[]): GoldSet {
  const gold: GoldSet = new Map();
  for (const dir of dirs) {
    for (const name of goldFiles(dir)) {
      const g = readGold(join(dir, name));
      gold.set(g.id, g);
    }
  }
  return gold;
}

/** score.py's load_pred: one {"id", "events"} object a line; blank lines skipped; `id` read as str(). */
export function loadPred(path: string): PredSet {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch {
    throw new PledgewireError("input_not_found", `prediction file not found: ${path}`);
  }
  const pred: PredSet = new Map();
  raw.split(/\r\n|\r|\n/).forEach((line, i) => {
    const trimmed = strip(line);
    if (!trimmed) return;
    let o: unknown;
    try {
      o = JSON.parse(trimmed);
    } catch (e) {
      throw new PledgewireError("input_malformed", `${path}:${i + 1}: not JSON: ${(e as Error).message}`);
    }
    addPrediction(pred, o);
  });
  return pred;
}

/** Adds one extracted document ({"id", "events"}) to a prediction set, as load_pred reads a line. */
export function addPrediction(pred: PredSet, o: unknown): void {
  const events = get(o, "events");
  pred.set(str(get(o, "id")), Array.isArray(events) ? events : []);
}

/** The pairing key: ("agreement", sorted parties) or (type, donor, recipient). */
function key(e: unknown): string {
  if (get(e, "type") === "agreement") {
    const parties = get(e, "parties");
    const list = Array.isArray(parties)
      ? [...parties]
      : typeof parties === "string"
        ? Array.from(parties)
        : [];
    return JSON.stringify(["agreement", list.sort((a, b) => compare(str(a), str(b)))]);
  }
  return JSON.stringify([get(e, "type"), get(e, "donor"), get(e, "recipient")]);
}

/** Within 1 % of the larger figure: close(40e6, 40.3e6) is true. */
function close(a: unknown, b: unknown): boolean {
  if (a === null || b === null) return false;
  const x = float(a);
  const y = float(b);
  if (x === null || y === null) return false;
  return Math.abs(x - y) <= 0.01 * Math.max(Math.abs(x), Math.abs(y), 1e-9);
}

/** The stated numbers of a value or quantity: {amount: 5} → 5..5, {min: 40, max: 50} → 40..50, {min: 5} → 5..None. */
function figures(v: unknown): Figures | null {
  if (!isDict(v)) return null;
  const amount = get(v, "amount");
  if (amount !== null) return [amount, amount];
  const min = get(v, "min");
  const max = get(v, "max");
  if (min !== null || max !== null) return [min, max];
  return null;
}

function sameFigures(g: unknown, p: unknown): boolean | null {
  const fg = figures(g);
  if (fg === null) return null;
  const fp = figures(p);
  if (fp === null) return false;
  let ok = true;
  if (fg[0] !== null) ok = close(fg[0], fp[0]) && ok;
  if (fg[1] !== null) ok = close(fg[1], fp[1]) && ok;
  return ok;
}

function valueOk(g: unknown, p: unknown): boolean | null {
  const gv = get(g, "value");
  if (!truthy(gv)) return null;
  const pv = get(p, "value");
  const currency = (v: unknown): string => {
    const c = get(v, "currency");
    return truthy(c) ? str(c).toUpperCase() : "";
  };
  if (currency(gv) !== currency(pv)) return false;
  return sameFigures(gv, pv) === true;
}

/** A date right at the gold's precision: gold "2024-05", predicted "2024-05-10" is right; the reverse is not. */
function dateOk(gd: unknown, pd: unknown): boolean | null {
  if (!truthy(gd)) return null;
  if (!truthy(pd)) return false;
  const want = Array.from(str(gd));
  return Array.from(str(pd)).slice(0, want.length).join("") === want.join("");
}

/** F1 of two category sets; null when both are empty. */
function setF1(gl: readonly unknown[], pl: readonly unknown[]): number | null {
  const gs = new Set(gl);
  const ps = new Set(pl);
  if (gs.size === 0 && ps.size === 0) return null;
  if (gs.size === 0 || ps.size === 0) return 0;
  let tp = 0;
  for (const x of gs) if (ps.has(x)) tp++;
  if (tp === 0) return 0;
  const pr = tp / ps.size;
  const rc = tp / gs.size;
  return (2 * pr * rc) / (pr + rc);
}

/** Python's `v or []` for a list field. */
function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function cats(e: unknown, field: "items" | "scope"): unknown[] {
  if (field === "scope") return list(get(e, "scope"));
  return list(get(e, "items"))
    .map((i) => get(i, "category"))
    .filter(truthy);
}

/** For each gold item with a quantity: is there a predicted item of the same category with it. */
function quantityChecks(g: unknown, p: unknown): boolean[] {
  const out: boolean[] = [];
  for (const gi of list(get(g, "items"))) {
    if (figures(get(gi, "quantity")) === null) continue;
    out.push(
      list(get(p, "items")).some(
        (pi) =>
          equal(get(pi, "category"), get(gi, "category")) &&
          sameFigures(get(gi, "quantity"), get(pi, "quantity")) === true,
      ),
    );
  }
  return out;
}

/** The checks of one pair, in score.py's order (which its float sums depend on). */
function fieldResults(g: unknown, p: unknown): Map<string, FieldResult> {
  const r = new Map<string, FieldResult>();
  r.set("value", valueOk(g, p));
  r.set("date", dateOk(get(g, "date"), get(p, "date")));
  r.set("deadline", dateOk(get(g, "deadline"), get(p, "deadline")));
  for (const f of EXACT) {
    const gv = get(g, f);
    if (gv === null) continue;
    let pv = get(p, f);
    if ((f === "retrospective" || f === "cumulative") && pv === null) pv = false;
    r.set(f, equal(pv, gv));
  }
  for (const f of ["items", "scope"] as const) {
    const f1 = truthy(get(g, f)) ? setF1(cats(g, f), cats(p, f)) : null;
    if (f1 !== null) r.set(f, f1);
  }
  const q = quantityChecks(g, p);
  if (q.length > 0) r.set("quantity", q.filter(Boolean).length / q.length);
  return r;
}

function agreement(g: unknown, p: unknown): number {
  const values: number[] = [];
  for (const v of fieldResults(g, p).values()) if (v !== null) values.push(Number(v));
  return sum(values);
}

/** Index permutations of r out of n, in itertools.permutations order. */
function* permutations(n: number, r: number): Generator<number[]> {
  const chosen: number[] = [];
  const used = new Array<boolean>(n).fill(false);
  function* grow(): Generator<number[]> {
    if (chosen.length === r) {
      yield chosen;
      return;
    }
    for (let i = 0; i < n; i++) {
      if (used[i]) continue;
      used[i] = true;
      chosen.push(i);
      yield* grow();
      chosen.pop();
      used[i] = false;
    }
  }
  yield* grow();
}

/** Pairs one key's candidates, trying every pairing and keeping the FIRST with the highest agreement. */
function pairExhaustive(gi: number[], pj: number[], agree: (a: number, b: number) => number): Pair[] {
  let best: Pair[] = [];
  let bestScore = -1;
  const goldSmall = gi.length <= pj.length;
  const [small, large] = goldSmall ? [gi, pj] : [pj, gi];
  for (const perm of permutations(large.length, small.length)) {
    const cand: Pair[] = small.map((s, k) => {
      const l = large[perm[k] as number] as number;
      return goldSmall ? [s, l] : [l, s];
    });
    const s = sum(cand.map(([a, b]) => agree(a, b)));
    if (s > bestScore) {
      best = cand;
      bestScore = s;
    }
  }
  return best;
}

/** Pairs many candidates greedily: highest agreement first, ties to the higher gold then pred index. */
function pairGreedy(gi: number[], pj: number[], agree: (a: number, b: number) => number): Pair[] {
  const scored: [number, number, number][] = [];
  for (const a of gi) for (const b of pj) scored.push([agree(a, b), a, b]);
  scored.sort((x, y) => y[0] - x[0] || y[1] - x[1] || y[2] - x[2]);
  const ug = new Set<number>();
  const up = new Set<number>();
  const pairs: Pair[] = [];
  for (const [, a, b] of scored) {
    if (ug.has(a) || up.has(b)) continue;
    ug.add(a);
    up.add(b);
    pairs.push([a, b]);
  }
  return pairs;
}

/** Pairs gold and predicted events with equal keys, most agreeing fields first. */
export function pair(golds: readonly unknown[], preds: readonly unknown[]): Pair[] {
  const byKey = new Map<string, [number[], number[]]>();
  const slot = (k: string): [number[], number[]] => {
    let s = byKey.get(k);
    if (!s) byKey.set(k, (s = [[], []]));
    return s;
  };
  golds.forEach((g, i) => slot(key(g))[0].push(i));
  preds.forEach((p, j) => slot(key(p))[1].push(j));
  // score.py recomputes agreement per permutation; the figures are the same, so compute each once.
  const memo = new Map<number, number>();
  const agree = (a: number, b: number): number => {
    const k = a * preds.length + b;
    let v = memo.get(k);
    if (v === undefined) memo.set(k, (v = agreement(golds[a], preds[b])));
    return v;
  };
  const pairs: Pair[] = [];
  for (const [gi, pj] of byKey.values()) {
    if (gi.length === 0 || pj.length === 0) continue;
    const exhaustive = gi.length <= EXHAUSTIVE && pj.length <= EXHAUSTIVE;
    pairs.push(...(exhaustive ? pairExhaustive(gi, pj, agree) : pairGreedy(gi, pj, agree)));
  }
  return pairs;
}

/** Precision, recall and F1 from true positives, false positives and false negatives. */
function prf(t: number, f: number, n: number): [number, number, number] {
  return [t + f ? t / (t + f) : 0, t + n ? t / (t + n) : 0, t ? (2 * t) / (2 * t + f + n) : 0];
}

/** Scores predictions against gold, as score.py's score(); `docs` is always filled. */
export function score(gold: GoldSet, pred: PredSet): ScoreResult & { docs: DocCounts[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const fields = new Map<string, number[]>();
  const byType = new Map<string, [number, number, number]>();
  const docs: DocCounts[] = [];
  for (const [did, g] of gold) {
    const ge = list(g.events);
    const pe = pred.get(did as string) ?? [];
    const pairs = pair(ge, pe);
    tp += pairs.length;
    fp += pe.length - pairs.length;
    fn += ge.length - pairs.length;
    for (const t of EVENT_TYPES) {
      let bt = byType.get(t);
      if (!bt) byType.set(t, (bt = [0, 0, 0]));
      const m = pairs.filter(([a]) => get(ge[a], "type") === t).length;
      bt[0] += m;
      bt[1] += pe.filter((e) => get(e, "type") === t).length - m;
      bt[2] += ge.filter((e) => get(e, "type") === t).length - m;
    }
    for (const [a, b] of pairs) {
      for (const [f, v] of fieldResults(ge[a], pe[b])) {
        if (v === null) continue;
        let acc = fields.get(f);
        if (!acc) fields.set(f, (acc = []));
        acc.push(Number(v));
      }
    }
    docs.push({ id: did, gold: ge.length, pred: pe.length, matched: pairs.length });
  }
  const [p, r, f1] = prf(tp, fp, fn);
  const byTypeOut: Record<string, Prf> = {};
  for (const [t, v] of byType) {
    const [tp_, rc, f] = prf(...v).map((x) => round(x, 4)) as [number, number, number];
    byTypeOut[t] = { precision: tp_, recall: rc, f1: f };
  }
  const fieldsOut: Record<string, FieldScore> = {};
  for (const f of [...fields.keys()].sort(compare)) {
    const v = fields.get(f) as number[];
    fieldsOut[f] = { accuracy: round(sum(v) / v.length, 4), n: v.length };
  }
  // one figure that weighs finding events and getting them right
  const fa = Object.values(fieldsOut).map((x) => x.accuracy);
  return {
    documents: gold.size,
    gold_events: tp + fn,
    predicted_events: tp + fp,
    matched: tp,
    precision: round(p, 4),
    recall: round(r, 4),
    f1: round(f1, 4),
    by_type: byTypeOut,
    fields: fieldsOut,
    docs,
    score: round(f1 * (fa.length ? sum(fa) / fa.length : 0), 4),
  };
}

/** The float fields of a result, which Python prints with a decimal point. */
const FLOAT_KEYS = ["precision", "recall", "f1", "accuracy", "score", "seconds"] as const;

/** The result as score.py --json prints it (without `docs` unless byDoc), byte for byte. */
export function formatJson(res: ScoreResult, byDoc: boolean): string {
  const out: ScoreResult = { ...res };
  if (!byDoc) delete out.docs;
  return dumps(out, FLOAT_KEYS);
}

/**
 * The result as score.py prints its table, or as eval-extract does when `seconds` is set:
 *   documents 4  gold events 12  predicted 11  matched 9
 *   events   P 0.818  R 0.750  F1 0.783
 */
export function formatTable(res: ScoreResult, byDoc: boolean): string {
  const f3 = (x: number): string => fixed(x, 3);
  const lines = [
    res.seconds === undefined
      ? `documents ${res.documents}  gold events ${res.gold_events}  predicted ${res.predicted_events}  matched ${res.matched}`
      : `documents ${res.documents}  gold ${res.gold_events}  predicted ${res.predicted_events}  matched ${res.matched}  (${fixed(res.seconds, 1)} s)`,
    `events   P ${f3(res.precision)}  R ${f3(res.recall)}  F1 ${f3(res.f1)}`,
  ];
  for (const [t, v] of Object.entries(res.by_type)) {
    lines.push(`  ${t.padEnd(10)} P ${f3(v.precision)}  R ${f3(v.recall)}  F1 ${f3(v.f1)}`);
  }
  for (const [f, v] of Object.entries(res.fields)) {
    lines.push(`  field ${f.padEnd(13)} ${f3(v.accuracy)}  (n=${v.n})`);
  }
  if (byDoc) {
    for (const d of res.docs ?? []) {
      if (d.gold !== d.matched || d.pred !== d.matched) {
        lines.push(`  doc ${str(d.id)}: gold ${d.gold} pred ${d.pred} matched ${d.matched}`);
      }
    }
  }
  lines.push(`score ${fixed(res.score, 4)}`);
  return lines.join("\n") + "\n";
}
