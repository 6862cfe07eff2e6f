// Benchmark: API latency (p50/p95/p99) of list and statistics routes under autocannon, on a 100,000-document store.
import { fork } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { cpus, freemem, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { serve } from "@hono/node-server";
import autocannon from "autocannon";
import { createApp } from "../src/server/app.js";
import { newSecret, sha256 } from "../src/server/auth.js";
import { StoreAccounts } from "../src/server/store-accounts.js";
import { StoreData } from "../src/server/store-data.js";
import { resolvePending } from "../src/store/ledger-store.js";
import type { Store } from "../src/store/open.js";
import { openStore } from "../src/store/open.js";
import type { NewDocument } from "../src/store/repository.js";
import { writeBatch } from "../src/store/repository.js";
import { generatedDocument } from "./generate-ledger.js";
import { Rng } from "./rng.js";

const USAGE = `usage: node dist/bench/api-bench.js [--documents N] [--seconds S] [--connections C] [--fresh]
       node dist/bench/api-bench.js --url http://host:port --token pw_...

Without --url: writes N generated documents (default 100,000) into a SQLite store with the store's
writer and resolves them into entries (src/resolve), once: the store is kept in the system's temporary
folder (pledgewire-api-bench-N.db) for the next run; --fresh builds it again. A child process serves it
as \`serve\` does (the same app over the same store), and this process loads it. With --url: loads a
running \`serve\` with an API token. Reports p50/p95/p99 per route, the first (uncached) request, and the
50 ms goal; /api/health is the floor (framework and token check, no data) to compare each route against.
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

/** Documents written per transaction while building the store. */
const BATCH = 2_000;

/** The store of `documents` generated documents, built once and kept in the temporary folder. */
async function generatedStore(
  documents: number,
  fresh: boolean,
): Promise<{ store: Store; buildMs: number | null }> {
  const path = join(tmpdir(), `pledgewire-api-bench-${documents}.db`);
  const done = `${path}.done`;
  if (fresh || !existsSync(done))
    for (const f of [path, `${path}-wal`, `${path}-shm`, done]) rmSync(f, { force: true });
  const store = await openStore(path);
  if (existsSync(done)) return { store, buildMs: null };
  const rng = new Rng(42);
  const t0 = performance.now();
  for (let i = 0; i < documents; i += BATCH) {
    const batch: NewDocument[] = [];
    for (let j = i; j < Math.min(documents, i + BATCH); j++) batch.push(generatedDocument(rng, j));
    await writeBatch(store.db, "bench", batch, []);
  }
  await resolvePending(store);
  const buildMs = performance.now() - t0;
  // Written last: a build that was stopped is not taken for a finished store.
  writeFileSync(done, new Date().toISOString());
  return { store, buildMs };
}

/** The child: opens (or builds) the store, serves it, sends back the port and a viewer token. */
async function serveGenerated(documents: number, fresh: boolean): Promise<void> {
  const { store, buildMs } = await generatedStore(documents, fresh);
  const counts = await Promise.all(
    (["documents", "events", "ledger_entries"] as const).map(async (table) =>
      Number(
        (
          await store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirst()
        )?.n ?? 0,
      ),
    ),
  );
  const accounts = new StoreAccounts(store.db);
  const token = newSecret("pw_");
  await accounts.deleteUser("bench");
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
    created: new Date().toISOString(),
  });
  const app = createApp({
    data: new StoreData(store),
    accounts,
    options: { publicRead: false, secureCookies: "auto", webRoot: null },
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  server.once("listening", () => {
    const { port } = server.address() as AddressInfo;
    process.send?.({ url: `http://127.0.0.1:${port}`, token, buildMs, counts, name: store.name });
  });
  process.on("disconnect", () => {
    server.close();
    void store.close();
  });
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
      fresh: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return void process.stdout.write(USAGE);
  if (values.serve) return serveGenerated(Number(values.documents), values.fresh ?? false);
  let url = values.url;
  let token = values.token ?? "";
  const child = url
    ? null
    : fork(process.argv[1] as string, [
        "--serve",
        "--documents",
        values.documents,
        ...(values.fresh ? ["--fresh"] : []),
      ]);
  if (child) {
    const ready = await new Promise<{
      url: string;
      token: string;
      buildMs: number | null;
      counts: number[];
      name: string;
    }>((resolve) => child.once("message", resolve as (m: unknown) => void));
    ({ url, token } = ready);
    const [documents, events, entries] = ready.counts;
    process.stdout.write(
      `store: ${ready.name}, SQLite: ${documents} generated documents, ${events} events, ${entries} entries; ${
        ready.buildMs === null
          ? "built by an earlier run (--fresh builds it again)"
          : `written and resolved in ${(ready.buildMs / 1000).toFixed(1)} s`
      }\n`,
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
