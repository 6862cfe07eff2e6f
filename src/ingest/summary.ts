// The tally of one ingest run: what was read, stored, recognised as a copy, skipped or failed, and why.
import type { ErrorCode } from "../core/errors.js";
import type { Outcome } from "../store/schema.js";

/** Bad inputs that are not articles (skipped) against inputs that could not be read or processed (failed). */
const SKIPPED: readonly string[] = [
  "input_empty",
  "input_binary",
  "input_encoding",
  "input_too_large",
  "input_malformed",
] satisfies ErrorCode[];

export function problemOutcome(code: string): "skipped" | "failed" {
  return SKIPPED.includes(code) ? "skipped" : "failed";
}

/** Inputs listed by name in the summary; the rest are only counted. */
const LISTED = 50;

export interface Summary {
  run: string;
  store: string;
  read: number;
  new: number;
  duplicate: number;
  near_duplicate: number;
  skipped: number;
  failed: number;
  /** Events stored with the new documents. */
  events: number;
  seconds: number;
  per_second: number;
  /** Counts by reason code: {skipped: {input_binary: 2}, failed: {input_not_found: 1}}. */
  reasons: { skipped: Record<string, number>; failed: Record<string, number> };
  /** The first skipped and failed inputs: {input: "feed.jsonl:7", outcome: "skipped", reason: "input_malformed: bad JSON …"}. */
  problems: { input: string; outcome: "skipped" | "failed"; reason: string }[];
}

export class Tally {
  private readonly started = performance.now();
  readonly summary: Summary;

  constructor(run: string, store: string) {
    this.summary = {
      run,
      store,
      read: 0,
      new: 0,
      duplicate: 0,
      near_duplicate: 0,
      skipped: 0,
      failed: 0,
      events: 0,
      seconds: 0,
      per_second: 0,
      reasons: { skipped: {}, failed: {} },
      problems: [],
    };
  }

  /** Counts one input's outcome; `code` and `reason` for skipped and failed ones. */
  add(input: string, outcome: Outcome, reason?: { code: string; message: string }): void {
    const s = this.summary;
    s[outcome]++;
    if ((outcome === "skipped" || outcome === "failed") && reason) {
      s.reasons[outcome][reason.code] = (s.reasons[outcome][reason.code] ?? 0) + 1;
      if (s.problems.length < LISTED)
        s.problems.push({ input, outcome, reason: `${reason.code}: ${reason.message}` });
    }
  }

  get done(): number {
    const s = this.summary;
    return s.new + s.duplicate + s.near_duplicate + s.skipped + s.failed;
  }

  finish(): Summary {
    const s = this.summary;
    // Every input read ends with one outcome, so once all are written the two counts agree.
    s.read = this.done;
    s.seconds = Math.round(performance.now() - this.started) / 1000;
    s.per_second = s.seconds > 0 ? Math.round((this.done / s.seconds) * 10) / 10 : 0;
    return s;
  }
}

/**
 * The summary for people:
 *   read 1,204: 1,150 new (3,882 events), 40 duplicate, 9 near-duplicate, 4 skipped, 1 failed in 2.3 s (523.5/s)
 *   skipped: input_binary 2, input_empty 2
 *     photos/cover.txt: input_binary: file looks binary
 */
export function formatSummary(s: Summary): string {
  const n = (x: number): string => x.toLocaleString("en-US");
  const lines = [
    `read ${n(s.read)}: ${n(s.new)} new (${n(s.events)} events), ${n(s.duplicate)} duplicate, ` +
      `${n(s.near_duplicate)} near-duplicate, ${n(s.skipped)} skipped, ${n(s.failed)} failed ` +
      `in ${s.seconds} s (${s.per_second}/s) into ${s.store}`,
  ];
  for (const outcome of ["skipped", "failed"] as const) {
    const reasons = Object.entries(s.reasons[outcome]);
    if (reasons.length === 0) continue;
    lines.push(`${outcome}: ${reasons.map(([code, count]) => `${code} ${n(count)}`).join(", ")}`);
    for (const p of s.problems.filter((x) => x.outcome === outcome)) lines.push(`  ${p.input}: ${p.reason}`);
  }
  const listed = s.problems.length;
  if (s.skipped + s.failed > listed) lines.push(`  (${n(s.skipped + s.failed - listed)} more not listed)`);
  return lines.join("\n") + "\n";
}
