// Tests the resolved ledger in the store: two writers resolving at once lose nothing, and a reset resolves all anew.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { resetLedger, resolvePending } from "../src/store/ledger-store.js";
import type { Store } from "../src/store/open.js";
import { openStore } from "../src/store/open.js";
import { backends } from "./backends.js";

const DONORS = ["Norway", "Sweden", "Denmark", "Finland", "Estonia", "Latvia"];

const BIN = fileURLToPath(new URL("../../bin/pledgewire", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "pledgewire-ledger-store-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A JSONL file of own sentences: each donor announces a grant to Ukraine on a day of its own. */
function articles(name: string, from: number, to: number): string {
  const lines = [];
  for (let i = from; i < to; i++) {
    const donor = DONORS[i % DONORS.length] as string;
    lines.push(
      JSON.stringify({
        id: `grant-${i}`,
        text: `${donor} has announced a grant of EUR ${10 + i} million to Ukraine for the repair of its power grid, the ministry said on ${i + 1} March.`,
        published: `2024-03-${String(i + 1).padStart(2, "0")}`,
      }),
    );
  }
  const path = join(dir, name);
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}

async function count(store: Store, table: "ledger_sources" | "ledger_documents" | "events"): Promise<number> {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

for (const backend of backends) {
  describe(`the resolved ledger in ${backend.name}`, () => {
    test("two processes' ingests at once: every event is in one entry, every document resolved once", async () => {
      const { target, drop } = await backend.fresh();
      // Two processes, as two people's ingests are (better-sqlite3 blocks its thread while it waits for a lock).
      const run = (file: string) =>
        promisify(execFile)(process.execPath, [BIN, "ingest", "--db", target, "--workers", "0", file]);
      await Promise.all([run(articles("a.jsonl", 0, 12)), run(articles("b.jsonl", 12, 24))]);
      const a = await openStore(target);
      try {
        // Anything a writer left pending (it retries on a conflict, at most five times) is resolved now.
        await resolvePending(a);
        const events = await count(a, "events");
        assert.ok(events >= 24, `one grant a document, got ${events} events`);
        assert.equal(await count(a, "ledger_documents"), 24);
        assert.equal(await count(a, "ledger_sources"), events);
        const ids = await a.db.selectFrom("ledger_entries").select("id").execute();
        assert.equal(new Set(ids.map((r) => r.id)).size, ids.length);

        await resetLedger(a.db);
        assert.equal(await count(a, "ledger_sources"), 0);
        assert.equal(await resolvePending(a), 24);
        assert.equal(await count(a, "ledger_sources"), events);
      } finally {
        await a.close();
        await drop();
      }
    });
  });
}
