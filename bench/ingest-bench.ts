// Benchmark: `pledgewire ingest` end to end (read, fingerprint, extract, write) into SQLite and PostgreSQL, with memory.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { Summary } from "../src/ingest/summary.js";
import { machineInfo, mb, median, memoryOf, num, writeArticles } from "./measure.js";
import { TEMPLATES } from "./templates/index.js";

const USAGE = `usage: node dist/bench/ingest-bench.js [--quick] [--articles N] [--compare-articles N]
       [--repeats N] [--lang en] [--postgres URL|none] [--max-seconds S]

  --quick                5,000 articles a store, 500 for the comparison
  --articles N           articles ingested into each store (default 100,000)
  --compare-articles N   articles of each comparison run (default 3,000)
  --repeats N            comparison runs of each kind, for medians (default 3)
  --postgres URL         PostgreSQL to measure (default postgres://postgres@127.0.0.1:5432/test;
                         "none" skips it); the bench writes into a schema of its own and drops it
  --max-seconds S        stop a run after S seconds and report how far it got (default 1200)
`;

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SEED = 90210;

interface Options {
  lang: string;
  articles: number;
  compareArticles: number;
  repeats: number;
  postgres: string | null;
  maxSeconds: number;
}

interface Run {
  label: string;
  articles: number;
  seconds: number;
  perSecond: number;
  stopped: boolean;
  summary: Summary | null;
  peakRssMb: number | null;
  /** RSS at a tenth, half and nine tenths of the run's time: flat memory shows as three close figures. */
  rssAt: { share: number; rssMb: number | null }[];
  error: string | null;
}

function parseOptions(args: readonly string[]): Options | null {
  if (args.includes("--help") || args.includes("-h")) return null;
  const quick = args.includes("--quick");
  const value = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? (args[i + 1] ?? "") : undefined;
  };
  const count = (name: string, fallback: number): number => {
    const v = value(name);
    if (v === undefined) return fallback;
    const n = Number(v.replace(/[,_]/g, ""));
    if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} needs a positive whole number, not "${v}"`);
    return n;
  };
  const postgres = value("--postgres") ?? "postgres://postgres@127.0.0.1:5432/test";
  return {
    lang: value("--lang") ?? "en",
    articles: count("--articles", quick ? 5000 : 100_000),
    compareArticles: count("--compare-articles", quick ? 500 : 3000),
    repeats: count("--repeats", 3),
    postgres: postgres === "none" ? null : postgres,
    maxSeconds: count("--max-seconds", 1200),
  };
}

/** Runs the CLI with `args`, reading its memory every 200 ms; stops it after `maxSeconds`. */
function measure(label: string, args: readonly string[], articles: number, maxSeconds: number): Promise<Run> {
  const child = spawn(process.execPath, [join(ROOT, "bin", "pledgewire"), ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const pid = child.pid as number;
  const samples: { t: number; rss: number | null }[] = [];
  let peak: number | null = null;
  let stdout = "";
  let stderr = "";
  let stopped = false;
  const t0 = performance.now();
  const sample = (): void => {
    const { rss, hwm } = memoryOf(pid);
    if (hwm !== null) peak = Math.max(peak ?? 0, hwm);
    samples.push({ t: performance.now() - t0, rss });
  };
  const poll = setInterval(sample, 200);
  const limit = setTimeout(() => {
    stopped = true;
    child.kill();
  }, maxSeconds * 1000);
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr = (stderr + c.toString()).slice(-2000)));
  return new Promise((resolve) => {
    child.on("close", (code) => {
      clearInterval(poll);
      clearTimeout(limit);
      const seconds = (performance.now() - t0) / 1000;
      let summary: Summary | null;
      try {
        summary = JSON.parse(stdout) as Summary;
      } catch {
        summary = null;
      }
      const at = (share: number): number | null =>
        samples.find((s) => s.t >= share * seconds * 1000)?.rss ?? samples.at(-1)?.rss ?? null;
      resolve({
        label,
        articles,
        seconds,
        perSecond: (summary?.read ?? 0) / seconds,
        stopped,
        summary,
        peakRssMb: peak,
        rssAt: [0.1, 0.5, 0.9].map((share) => ({ share, rssMb: at(share) })),
        error: code === 0 || stopped ? null : `exit ${code}: ${stderr.trim()}`,
      });
    });
  });
}

function ingestArgs(db: string, file: string, workers: number): string[] {
  return ["ingest", "--db", db, "--json", "--no-progress", "--workers", String(workers), file];
}

async function withSchema<T>(url: string, body: (target: string) => Promise<T>): Promise<T | null> {
  const schema = `pw_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    process.stderr.write(`PostgreSQL at ${url} unreachable (${(error as Error).message}): skipped\n`);
    return null;
  }
  try {
    return await body(`${url}?schema=${schema}`);
  } finally {
    await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  }
}

function runRow(r: Run): string {
  const s = r.summary;
  const rss = r.rssAt.map((x) => mb(x.rssMb)).join(" / ");
  const counts = s ? `${num(s.new)} new, ${num(s.duplicate)} dup, ${num(s.near_duplicate)} near` : "n/a";
  const note = r.stopped ? " (stopped)" : r.error ? ` (failed: ${r.error.slice(0, 200)})` : "";
  return `| ${r.label}${note} | ${num(s?.read ?? 0)} | ${counts} | ${num(r.seconds, 1)} s | **${num(r.perSecond, 1)}** | ${mb(r.peakRssMb)} | ${rss} |`;
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  if (o === null) {
    process.stdout.write(USAGE);
    return;
  }
  const templates = TEMPLATES[o.lang];
  if (!templates) throw new Error(`no benchmark templates for "${o.lang}" (have ${Object.keys(TEMPLATES)})`);
  const machine = machineInfo();
  const workers = Math.min(4, availableParallelism());
  const work = mkdtempSync(join(tmpdir(), "pledgewire-ingest-bench-"));
  const runs: Run[] = [];
  const comparison: { label: string; perSecond: number[] }[] = [];
  try {
    const big = join(work, "articles.jsonl");
    const small = join(work, "compare.jsonl");
    process.stderr.write(`generating ${num(o.articles)} + ${num(o.compareArticles)} ${o.lang} articles\n`);
    writeArticles(big, templates, o.articles, SEED);
    writeArticles(small, templates, o.compareArticles, SEED + 1);

    // Same-run comparison on the small file: ingest with workers, ingest in one thread, extraction alone.
    const kinds: { label: string; args: (i: number) => string[] }[] = [
      {
        label: `ingest, ${workers} workers`,
        args: (i) => ingestArgs(join(work, `w${i}.db`), small, workers),
      },
      {
        label: "ingest, extraction in the main thread",
        args: (i) => ingestArgs(join(work, `m${i}.db`), small, 0),
      },
      { label: "extract --format jsonl (no store)", args: () => ["extract", "--format", "jsonl", small] },
    ];
    for (const kind of kinds) comparison.push({ label: kind.label, perSecond: [] });
    for (let i = 0; i < o.repeats; i++) {
      for (const [k, kind] of kinds.entries()) {
        process.stderr.write(`compare ${i + 1}/${o.repeats}: ${kind.label}\n`);
        const r = await measure(kind.label, kind.args(i), o.compareArticles, o.maxSeconds);
        // extract prints one line per document, not a summary: its rate is articles over time.
        const rate = r.summary ? r.perSecond : o.compareArticles / r.seconds;
        comparison[k]?.perSecond.push(rate);
      }
    }

    const db = join(work, "bench.db");
    process.stderr.write(`SQLite: ${num(o.articles)} articles\n`);
    runs.push(await measure("SQLite", ingestArgs(db, big, workers), o.articles, o.maxSeconds));
    process.stderr.write(`SQLite again (every article a duplicate)\n`);
    runs.push(
      await measure("SQLite, same file again", ingestArgs(db, big, workers), o.articles, o.maxSeconds),
    );
    if (o.postgres) {
      const url = o.postgres;
      await withSchema(url, async (target) => {
        process.stderr.write(`PostgreSQL: ${num(o.articles)} articles\n`);
        runs.push(await measure("PostgreSQL", ingestArgs(target, big, workers), o.articles, o.maxSeconds));
      });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const lines = [
    `machine: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, ${machine.platform}; ${workers} extraction workers`,
    "",
    `| ${num(o.compareArticles)} articles, ${o.repeats} runs each | median articles/s | runs |`,
    "| --- | --- | --- |",
    ...comparison.map(
      (c) =>
        `| ${c.label} | **${num(median(c.perSecond), 1)}** | ${c.perSecond.map((x) => num(x, 1)).join(", ")} |`,
    ),
    "",
    "| run | read | outcome | time | articles/s | peak RSS | RSS at 10% / 50% / 90% of the time |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...runs.map(runRow),
  ];
  process.stdout.write(lines.join("\n") + "\n");
  const dir = join(tmpdir(), "pledgewire-bench");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "ingest-latest.json");
  writeFileSync(
    path,
    JSON.stringify({ date: new Date().toISOString(), machine, options: o, comparison, runs }, null, 2) + "\n",
  );
  process.stdout.write(`\nresults: ${path}\n`);
}

await main();
