// Benchmark: extraction throughput on one core (median of repeats, time per step) and the CLI's memory over a long JSONL stream.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import type { Article } from "../src/core/doc.js";
import { analyse, extract, steps, toLedger } from "../src/extract/pipeline.js";
import { generateArticles, type LanguageTemplates } from "./generate.js";
import { machineInfo, mb, median, memoryOf, num, writeArticles } from "./measure.js";
import { Rng } from "./rng.js";
import { TEMPLATES } from "./templates/index.js";

const USAGE = `usage: node dist/bench/extract-bench.js [--quick] [--lang en] [--articles N]
       [--memory-articles N] [--max-seconds S] [--no-memory] [--language-only]

  --quick              300 articles a pass, 10,000 through the CLI, at most 60 s for it
  --articles N         articles a throughput pass (default 2,000)
  --memory-articles N  articles streamed through \`pledgewire extract\` (default 100,000)
  --max-seconds S      stop the CLI after S seconds and report how far it got (default 900)
  --language-only      print only the --lang language's articles per CPU second, as JSON (the
                       per-language table runs each language so, in a process of its own)
`;

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SEED = 52619;
const REPEATS = 5;

interface Options {
  templates: LanguageTemplates;
  /** Further languages measured after the first. */
  others: LanguageTemplates[];
  articles: number;
  /** A pass is cut down to last about this long, so a slow pipeline still finishes. */
  passSeconds: number;
  memoryArticles: number;
  memorySeconds: number;
  memory: boolean;
  quick: boolean;
  languageOnly: boolean;
}

/** One language's median articles per CPU second. */
interface LanguageRate {
  lang: string;
  median: number;
}

interface Throughput {
  /** The first call, with whatever the pipeline builds on first use. */
  firstArticleMs: number;
  articles: number;
  meanChars: number;
  eventsPerArticle: number;
  repeats: number[];
  median: number;
  /** The same passes per second of this process's CPU time: what one core does, whatever else the machine runs. */
  cpuRepeats: number[];
  cpuMedian: number;
  steps: { step: string; usPerArticle: number; share: number }[];
}

interface MemoryRun {
  /** Articles in the input file, and how many the CLI wrote out. */
  articles: number;
  written: number;
  /** True when --max-seconds ran out first. */
  stopped: boolean;
  exitCode: number | null;
  seconds: number;
  perSecond: number;
  peakRssMb: number | null;
  /** RSS when the CLI had written this many documents (a tenth, half, all; the last sample if stopped). */
  rssAt: { articles: number; rssMb: number | null }[];
  stderrTail: string;
}

function parseArgs(args: readonly string[]): Options | null {
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
  const lang = value("--lang") ?? "en";
  const templates = TEMPLATES[lang];
  if (!templates)
    throw new Error(`no benchmark templates for language "${lang}" (have ${Object.keys(TEMPLATES)})`);
  return {
    templates,
    // Without --lang, every language with templates is measured beside English.
    others: value("--lang") === undefined ? Object.values(TEMPLATES).filter((t) => t.code !== lang) : [],
    articles: count("--articles", quick ? 300 : 2000),
    passSeconds: quick ? 3 : 15,
    memoryArticles: count("--memory-articles", quick ? 10_000 : 100_000),
    memorySeconds: count("--max-seconds", quick ? 60 : 900),
    memory: !args.includes("--no-memory"),
    quick,
    languageOnly: args.includes("--language-only"),
  };
}

/** Items per second of this process's user and system CPU time since `since`. */
function perCpuSecond(items: number, since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (items * 1e6) / (used.user + used.system);
}

/** Articles per second over repeated passes, and where the time goes, step by step. */
function throughput(articles: readonly Article[], passSeconds: number): Throughput {
  // The first article pays for lazily built tables; then a warm-up that also measures the pace.
  const cold = performance.now();
  extract(articles[0] as Article);
  const firstArticleMs = performance.now() - cold;
  const t0 = performance.now();
  let seen = 0;
  while (seen < Math.min(200, articles.length) && performance.now() - t0 < (passSeconds * 1000) / 2) {
    extract(articles[seen++] as Article);
  }
  const pace = (seen * 1000) / (performance.now() - t0);
  const pass = articles.slice(0, Math.max(20, Math.min(articles.length, Math.round(pace * passSeconds))));
  if (pass.length < articles.length) {
    process.stderr.write(`  about ${pace.toFixed(1)} articles/s: passes cut to ${pass.length} articles\n`);
  }
  // One untimed pass, so the timed ones see compiled code (the cold article is reported above): the first
  // of five passes used to run at two thirds of the others' pace and pulled the median down.
  for (const a of pass) extract(a);
  let events = 0;
  const repeats: number[] = [];
  const cpuRepeats: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    events = 0;
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (const a of pass) events += extract(a).events.length;
    cpuRepeats.push(perCpuSecond(pass.length, cpu));
    repeats.push((pass.length * 1000) / (performance.now() - start));
  }
  // One more pass, timing cleaning, each step and the ledger output separately.
  const spent = new Map<string, number>([
    ["clean", 0],
    ...steps.map((s): [string, number] => [s.name, 0]),
    ["ledger", 0],
  ]);
  const add = (name: string, since: number): number => {
    const now = performance.now();
    spent.set(name, (spent.get(name) ?? 0) + now - since);
    return now;
  };
  for (const a of pass) {
    let t = performance.now();
    const doc = analyse(a, []);
    t = add("clean", t);
    for (const step of steps) {
      step.run(doc);
      t = add(step.name, t);
    }
    toLedger(doc);
    add("ledger", t);
  }
  const total = [...spent.values()].reduce((x, y) => x + y, 0);
  return {
    firstArticleMs,
    articles: pass.length,
    meanChars: Math.round(pass.reduce((n, a) => n + a.text.length, 0) / pass.length),
    eventsPerArticle: events / pass.length,
    repeats,
    median: median(repeats),
    cpuRepeats,
    cpuMedian: median(cpuRepeats),
    steps: [...spent].map(([step, ms]) => ({
      step,
      usPerArticle: (ms * 1000) / pass.length,
      share: ms / total,
    })),
  };
}

/**
 * Runs `pledgewire extract --format jsonl FILE` with its output counted and dropped, reading its
 * memory every 200 ms; stops it after `seconds`. `onStart` gets the child, so Ctrl-C can stop it too.
 */
function memoryRun(
  file: string,
  count: number,
  seconds: number,
  onStart: (stop: () => void) => void,
): Promise<MemoryRun> {
  const marks = [0.1, 0.5, 1].map((f) => Math.max(1, Math.round(count * f)));
  const child = spawn(
    process.execPath,
    [join(ROOT, "bin", "pledgewire"), "extract", "--format", "jsonl", file],
    {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const pid = child.pid as number;
  onStart(() => child.kill());
  const rssAt: MemoryRun["rssAt"] = [];
  let peak: number | null = null;
  let written = 0;
  let stderr = "";
  let polls = 0;
  let stopped = false;
  const sample = (): number | null => {
    const { rss, hwm } = memoryOf(pid);
    if (hwm !== null) peak = Math.max(peak ?? 0, hwm);
    return rss;
  };
  const poll = setInterval(() => {
    const rss = sample();
    if (++polls % 50 === 0) process.stderr.write(`  ${written} articles written, RSS ${mb(rss)}\n`);
  }, 200);
  const limit = setTimeout(() => {
    stopped = true;
    rssAt.push({ articles: written, rssMb: sample() });
    child.kill();
  }, seconds * 1000);
  const t0 = performance.now();
  child.stdout.on("data", (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) {
      written++;
      if (written === marks[rssAt.length]) rssAt.push({ articles: written, rssMb: sample() });
    }
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  return new Promise((resolve) => {
    child.on("close", (exitCode) => {
      clearInterval(poll);
      clearTimeout(limit);
      const took = (performance.now() - t0) / 1000;
      resolve({
        articles: count,
        written,
        stopped,
        exitCode,
        seconds: took,
        perSecond: written / took,
        peakRssMb: peak,
        rssAt,
        stderrTail: stderr.trim(),
      });
    });
  });
}

function throughputTable(machine: Record<string, string | number>, t: Throughput): string {
  const lines = [
    `machine: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, ${machine.platform}`,
    "",
    "| measure | value |",
    "| --- | --- |",
    `| extract() on one core, median of ${t.repeats.length} passes × ${num(t.articles)} articles | ${num(t.median, 1)} articles/s |`,
    `| passes | ${t.repeats.map((r) => num(r, 1)).join(", ")} articles/s |`,
    `| the same per CPU second of this process (median) | ${num(t.cpuMedian, 1)} articles/s |`,
    `| passes per CPU second | ${t.cpuRepeats.map((r) => num(r, 1)).join(", ")} articles/s |`,
    `| first article (cold) | ${num(t.firstArticleMs, 1)} ms |`,
    `| article size (mean) | ${num(t.meanChars)} chars |`,
    `| events per article | ${num(t.eventsPerArticle, 2)} |`,
    "",
    "| step | µs/article | share |",
    "| --- | --- | --- |",
    ...t.steps.map((s) => `| ${s.step} | ${num(s.usPerArticle, 1)} | ${num(s.share * 100, 1)} % |`),
  ];
  return lines.join("\n") + "\n";
}

function memoryTable(m: MemoryRun): string {
  const lines = [
    "| CLI `extract --format jsonl` | value |",
    "| --- | --- |",
    `| articles written / in the file | ${num(m.written)} / ${num(m.articles)}${m.stopped ? " (stopped at --max-seconds)" : ""} |`,
    `| time, rate | ${num(m.seconds, 1)} s, ${num(m.perSecond, 1)} articles/s |`,
    `| peak RSS (VmHWM) | ${mb(m.peakRssMb)} |`,
    ...m.rssAt.map((r) => `| RSS after ${num(r.articles)} articles | ${mb(r.rssMb)} |`),
  ];
  if (m.exitCode !== 0 && !m.stopped) lines.push("", `CLI failed (exit ${m.exitCode}): ${m.stderrTail}`);
  return lines.join("\n") + "\n";
}

/**
 * Each language's median beside the first (English): the goal is none below half of it. Articles per CPU
 * second for each language, in rounds of one pass per language: on a shared machine the load changes from
 * minute to minute, so wall time says more about the neighbours than about the code; CPU time and
 * interleaving give every language the same conditions.
 */
function compareLanguages(
  languages: readonly LanguageTemplates[],
  count: number,
  passSeconds: number,
): LanguageRate[] {
  const passes = languages.map((templates) => {
    const articles = [...generateArticles(templates, new Rng(SEED), count)];
    // Warm-up, which also sets the pass length: about a fifth of `passSeconds` per pass.
    const t0 = performance.now();
    let seen = 0;
    while (seen < Math.min(100, articles.length) && performance.now() - t0 < 2000) {
      extract(articles[seen++] as Article);
    }
    const pace = (seen * 1000) / (performance.now() - t0);
    const size = Math.max(20, Math.min(articles.length, Math.round((pace * passSeconds) / 5)));
    return { lang: templates.code, articles: articles.slice(0, size), rates: [] as number[] };
  });
  // An untimed round first, for the same reason as in `throughput`.
  for (const p of passes) for (const a of p.articles) extract(a);
  process.stderr.write(
    `languages: ${REPEATS} rounds of one pass each (${passes.map((p) => `${p.lang} ${p.articles.length}`).join(", ")} articles)\n`,
  );
  for (let round = 0; round < REPEATS; round++) {
    for (const p of passes) {
      const cpu = process.cpuUsage();
      for (const a of p.articles) extract(a);
      p.rates.push(perCpuSecond(p.articles.length, cpu));
    }
  }
  return passes.map((p) => ({ lang: p.lang, median: median(p.rates) }));
}

/**
 * Each language measured as `compareLanguages` does, but in a process of its own, one after another: what one
 * core does on one language's feed. In one process V8 stops optimising regular expressions compiled after
 * its regexp code passes a limit (16 MB of executable memory), so there the languages measured last pay for
 * the patterns of those before them; the one-process table shows that cost beside this one.
 */
function separateLanguages(
  languages: readonly LanguageTemplates[],
  o: Options,
): { lang: string; median: number }[] {
  return languages.map((templates) => {
    process.stderr.write(`language ${templates.code}: a process of its own\n`);
    const args = [process.argv[1] ?? "", "--lang", templates.code, "--articles", String(o.articles)];
    const child = spawnSync(process.execPath, [...args, "--language-only", ...(o.quick ? ["--quick"] : [])], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    });
    const row = child.status === 0 ? (JSON.parse(child.stdout) as LanguageRate) : null;
    if (!row) throw new Error(`the ${templates.code} benchmark process failed (exit ${child.status})`);
    return row;
  });
}

function languageTable(title: string, rows: readonly LanguageRate[]): string {
  const base = rows[0]?.median ?? 1;
  return [
    `| language (${title}) | articles per CPU second (median) | vs ${rows[0]?.lang ?? "first"} |`,
    "| --- | --- | --- |",
    ...rows.map((r) => `| ${r.lang} | ${r.median.toFixed(1)} | ${(r.median / base).toFixed(2)} |`),
  ].join("\n");
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (o === null) {
    process.stdout.write(USAGE);
    return;
  }
  if (o.languageOnly) {
    const [row] = compareLanguages([o.templates], o.articles, o.passSeconds);
    process.stdout.write(JSON.stringify(row) + "\n");
    return;
  }
  const machine = machineInfo();
  const articles = [...generateArticles(o.templates, new Rng(SEED), o.articles)];
  process.stderr.write(
    `throughput: ${num(articles.length)} ${o.templates.code} articles, ${REPEATS} passes\n`,
  );
  const t = throughput(articles, o.passSeconds);
  process.stdout.write(throughputTable(machine, t) + "\n");
  let languages: { separate: LanguageRate[]; oneProcess: LanguageRate[] } | null = null;
  if (o.others.length > 0) {
    const all = [o.templates, ...o.others];
    languages = {
      separate: separateLanguages(all, o),
      oneProcess: compareLanguages(all, o.articles, o.passSeconds),
    };
    process.stdout.write(languageTable("each in a process of its own", languages.separate) + "\n\n");
    process.stdout.write(languageTable("all in one process, interleaved", languages.oneProcess) + "\n");
  }

  let m: MemoryRun | null = null;
  if (o.memory) {
    // No more articles than the CLI can get through in the time allowed, at the pace just measured.
    const count = Math.min(o.memoryArticles, Math.max(1000, Math.ceil(t.median * o.memorySeconds * 1.5)));
    const work = mkdtempSync(join(tmpdir(), "pledgewire-bench-"));
    let stop = (): void => {};
    const interrupted = (): void => {
      stop();
      rmSync(work, { recursive: true, force: true });
      process.exit(130);
    };
    process.once("SIGINT", interrupted).once("SIGTERM", interrupted);
    try {
      const file = join(work, "articles.jsonl");
      process.stderr.write(`memory: ${num(count)} articles through the CLI, at most ${o.memorySeconds} s\n`);
      writeArticles(file, o.templates, count, SEED + 1);
      m = await memoryRun(file, count, o.memorySeconds, (s) => (stop = s));
    } finally {
      rmSync(work, { recursive: true, force: true });
      process.off("SIGINT", interrupted).off("SIGTERM", interrupted);
    }
    process.stdout.write(memoryTable(m));
  }

  const dir = join(tmpdir(), "pledgewire-bench");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "latest.json");
  const results = {
    date: new Date().toISOString(),
    lang: o.templates.code,
    machine,
    throughput: t,
    languages,
    memory: m,
  };
  writeFileSync(path, JSON.stringify(results, null, 2) + "\n");
  process.stdout.write(`\nresults: ${path}\n`);
}

await main();
