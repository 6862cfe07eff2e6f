// Kills `pledgewire ingest` (SIGKILL) at random points and re-runs it: every document stored once and whole.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { generateArticles } from "../bench/generate.js";
import { Rng } from "../bench/rng.js";
import { TEMPLATES } from "../bench/templates/index.js";
import { extractForStore } from "../src/ingest/extraction.js";
import { fingerprint } from "../src/ingest/fingerprint.js";
import type { Store } from "../src/store/open.js";
import { openStore } from "../src/store/open.js";
import { backends } from "./backends.js";

const CLI = fileURLToPath(new URL("../../bin/pledgewire", import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "pledgewire-crash-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

const rng = new Rng(4242);
const articles = [...generateArticles(TEMPLATES.en as NonNullable<typeof TEMPLATES.en>, rng, 200, "crash")];
/** 200 articles and every twentieth again under another id: 210 lines, 200 documents. */
const feed = join(tmp, "feed.jsonl");
writeFileSync(
  feed,
  [...articles, ...articles.filter((_, i) => i % 20 === 0).map((a) => ({ ...a, id: `${a.id}-again` }))]
    .map((a) => JSON.stringify(a))
    .join("\n") + "\n",
);

async function storedCount(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom("documents")
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Runs ingest as a separate program, 16 inputs a transaction. With `killAt` it is killed with SIGKILL
 * as soon as `watcher` sees at least that many documents stored (checked every 20 ms, so the kill falls
 * anywhere in the batch being extracted or written); returns the count seen at the kill.
 */
async function ingestProcess(target: string, watcher: Store, killAt?: number): Promise<number> {
  const child = spawn(
    process.execPath,
    [CLI, "ingest", "--db", target, "--workers", "1", "--batch", "16", "--json", feed],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  const closed = once(child, "close") as Promise<[number | null]>;
  let seen = 0;
  if (killAt !== undefined) {
    let running = true;
    void closed.then(() => (running = false));
    while (running && (seen = await storedCount(watcher)) < killAt) await sleep(20);
    child.kill("SIGKILL");
  }
  const [code] = await closed;
  if (killAt === undefined) assert.equal(code, 0, stderr);
  return seen;
}

async function perDocument(store: Store, table: "events" | "evidence"): Promise<Map<string, number>> {
  const rows = await store.db
    .selectFrom(table)
    .select((eb) => ["document_id", eb.fn.countAll<string | number>().as("n")])
    .groupBy("document_id")
    .execute();
  return new Map(rows.map((r) => [r.document_id, Number(r.n)]));
}

for (const backend of backends) {
  test(`ingest killed at random points into ${backend.name} stores every document once and whole`, async (t) => {
    const { target, drop } = await backend.fresh();
    try {
      // Opened (and so migrated) before the first run, and kept open to watch the runs' progress.
      const store = await openStore(target);
      try {
        for (const [low, high] of [
          [1, 50],
          [60, 110],
          [120, 180],
        ] as const) {
          const killAt = rng.int(low, high);
          const seen = await ingestProcess(target, store, killAt);
          t.diagnostic(
            `killed at ${seen} documents stored (aimed at ${killAt}); ${await storedCount(store)} after`,
          );
        }
        await ingestProcess(target, store);

        const ids = (await store.db.selectFrom("documents").select("id").execute()).map((r) => r.id);
        assert.equal(ids.length, 200);
        assert.equal(new Set(ids).size, 200);
        const events = await perDocument(store, "events");
        const evidence = await perDocument(store, "evidence");
        for (const article of articles) {
          const id = fingerprint(article.text).id;
          const expected = (await extractForStore(article)).ledger.events;
          assert.equal(events.get(id) ?? 0, expected.length, `events of ${article.id}`);
          const spans = expected.reduce((n, e) => n + e.evidence.length, 0);
          assert.equal(evidence.get(id) ?? 0, spans, `evidence of ${article.id}`);
        }
        // Across all runs, killed or not, each document was recorded new exactly once.
        const news = await store.db
          .selectFrom("run_items")
          .select((eb) => ["document_id", eb.fn.countAll<string | number>().as("n")])
          .where("outcome", "=", "new")
          .groupBy("document_id")
          .execute();
        assert.equal(news.length, 200);
        assert.ok(news.every((r) => Number(r.n) === 1));
      } finally {
        await store.close();
      }
    } finally {
      await drop();
    }
  });
}
