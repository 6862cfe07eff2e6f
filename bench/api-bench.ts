// Benchmark: API latency (p50/p95/p99) of list and statistics routes under autocannon, on a 100,000-document ledger.
import { fork } from "node:child_process";
import type { AddressInfo } from "node:net";
import { cpus, freemem, loadavg, totalmem } from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { serve } from "@hono/node-server";
import autocannon from "autocannon";
import { createApp } from "../src/server/app.js";
import { newSecret, sha256 } from "../src/server/auth.js";
import { MemoryAccounts } from "../src/server/memory-accounts.js";
import { MemoryLedger } from "../src/server/memory-data.js";
import { generatedDocument } from "./generate-ledger.js";
import { Rng } from "./rng.js";

const USAGE = `usage: node dist/bench/api-bench.js [--documents N] [--seconds S] [--connections C]
       node dist/bench/api-bench.js --url http://host:port --token pw_...

Without --url: builds an in-memory ledger of N generated documents (default 100,000) in a child
process serving the API, and loads it from this process. With --url: loads a running \`serve\` (a real
store) with an API token. Reports p50/p95/p99 per route and the 50 ms goal; /api/health is the floor
(framework and token check, no data) to compare each route against.
`;

/** The routes the goal names (lists and statistics), plus the floor. */
const ROUTES = [
  "/api/health",
  "/api/entries?limit=50",
  "/api/entries?donor=DE&type=pledge&limit=50",
  "/api/entries?from=2024-01&to=2024-06&limit=50&offset=500",
  "/api/events?limit=50",
  "/api/documents?limit=50",
  "/api/stats?by=donor",
  "/api/stats?by=month",
  "/api/stats?by=category&type=delivery",
];
const GOAL_MS = 50;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** The child: builds the ledger, serves it, sends back the port and a viewer token. */
async function serveGenerated(documents: number): Promise<void> {
  const data = new MemoryLedger();
  const rng = new Rng(42);
  const t0 = performance.now();
  for (let i = 0; i < documents; i++) await data.ingest(generatedDocument(rng, i));
  const loadMs = performance.now() - t0;
  // The first query builds the entries and each statistic once; later ones are served from that.
  const cold: Record<string, number> = {};
  for (const by of ["donor", "month", "category"] as const) {
    const t = performance.now();
    await data.statistics(by, by === "category" ? { type: "delivery" } : {});
    cold[`stats by ${by}`] = performance.now() - t;
  }
  const accounts = new MemoryAccounts();
  const token = newSecret("pw_");
  await accounts.putUser({
    name: "bench",
    role: "viewer",
    password_hash: "none",
    created: new Date().toISOString(),
  });
  await accounts.putToken({
    id: "bench",
    token_hash: sha256(token),
    user: "bench",
    role: "viewer",
    label: "bench",
    created: "",
  });
  const app = createApp({
    data,
    accounts,
    options: { publicRead: false, secureCookies: "auto", webRoot: null },
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  server.once("listening", () => {
    const { port } = server.address() as AddressInfo;
    process.send?.({
      url: `http://127.0.0.1:${port}`,
      token,
      loadMs,
      cold,
      heapMb: process.memoryUsage().heapUsed / 2 ** 20,
    });
  });
  process.on("disconnect", () => server.close());
}

async function load(
  url: string,
  token: string,
  path: string,
  seconds: number,
  connections: number,
): Promise<{ latencies: number[]; errors: number; rps: number; first: number }> {
  // The first request alone: it fills whatever cache the store keeps, so it is the cold figure.
  const t0 = performance.now();
  await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } }).then((r) =>
    r.arrayBuffer(),
  );
  const first = performance.now() - t0;
  const latencies: number[] = [];
  let errors = 0;
  let done: (rps: number) => void = () => undefined;
  const finished = new Promise<number>((resolve) => (done = resolve));
  const instance = autocannon(
    { url: `${url}${path}`, connections, duration: seconds, headers: { authorization: `Bearer ${token}` } },
    (error, result) => done(error ? NaN : result.requests.average),
  );
  instance.on("response", (_client, status, _bytes, ms) => {
    if (status === 200) latencies.push(ms);
    else errors++;
  });
  const rps = await finished;
  return { latencies: latencies.sort((a, b) => a - b), errors, rps, first };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      documents: { type: "string", default: "100000" },
      seconds: { type: "string", default: "5" },
      connections: { type: "string", default: "10" },
      url: { type: "string" },
      token: { type: "string" },
      serve: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return void process.stdout.write(USAGE);
  if (values.serve) return serveGenerated(Number(values.documents));
  let url = values.url;
  let token = values.token ?? "";
  const child = url ? null : fork(process.argv[1] as string, ["--serve", "--documents", values.documents]);
  if (child) {
    const ready = await new Promise<{
      url: string;
      token: string;
      loadMs: number;
      cold: Record<string, number>;
      heapMb: number;
    }>((resolve) => child.once("message", resolve as (m: unknown) => void));
    ({ url, token } = ready);
    process.stdout.write(
      `ledger: ${values.documents} generated documents in memory, loaded in ${(ready.loadMs / 1000).toFixed(1)} s, heap ${ready.heapMb.toFixed(0)} MB\n`,
    );
    process.stdout.write(
      `first (uncached) statistics: ${Object.entries(ready.cold)
        .map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
        .join(", ")}\n`,
    );
  }
  const cpu = cpus();
  process.stdout.write(
    `machine: ${cpu.length} × ${cpu[0]?.model ?? "?"}, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(
        " ",
      )}, memory ${(freemem() / 2 ** 30).toFixed(1)}/${(totalmem() / 2 ** 30).toFixed(1)} GB free; autocannon ${values.connections} connections, ${values.seconds} s a route\n\n`,
  );
  process.stdout.write(
    `${"route".padEnd(58)} ${"req/s".padStart(7)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"first ms".padStart(8)}  goal (p95 < ${GOAL_MS} ms)\n`,
  );
  let failed = false;
  for (const path of ROUTES) {
    const r = await load(url as string, token, path, Number(values.seconds), Number(values.connections));
    const p95 = percentile(r.latencies, 95);
    const ok = r.errors === 0 && p95 < GOAL_MS;
    if (path !== "/api/health") failed ||= !ok;
    process.stdout.write(
      `${path.padEnd(58)} ${r.rps.toFixed(0).padStart(7)} ${percentile(r.latencies, 50).toFixed(1).padStart(7)} ${p95.toFixed(1).padStart(7)} ${percentile(r.latencies, 99).toFixed(1).padStart(7)} ${r.first.toFixed(0).padStart(8)}  ${ok ? "ok" : `MISSED${r.errors ? ` (${r.errors} errors)` : ""}`}\n`,
    );
  }
  child?.disconnect();
  child?.kill();
  process.exitCode = failed ? 1 : 0;
}

await main();
