// Tests the ledger store on SQLite and PostgreSQL alike: migrations, one-transaction writes, look-ups, runs, feeds.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Extraction } from "../src/ingest/extraction.js";
import { fingerprint, signatureBytes, signatureFromBytes } from "../src/ingest/fingerprint.js";
import type { Store } from "../src/store/open.js";
import { openStore } from "../src/store/open.js";
import type { NewDocument } from "../src/store/repository.js";
import {
  bandMembers,
  feedState,
  replaceExtractions,
  saveFeedState,
  signatures,
  staleDocuments,
  startRun,
  storedIds,
  writeBatch,
} from "../src/store/repository.js";
import { backends } from "./backends.js";

const TEXT =
  "Vilnius, 11 June 2024. Lithuania will send more than 5,000 drones to Ukraine by the end of autumn, the defence minister said.";
const DRONES = "Lithuania will send more than 5,000 drones to Ukraine by the end of autumn";

/** What the pipeline would give for TEXT, written out by hand so these tests need no extractor. */
function extraction(): Extraction {
  const start = TEXT.indexOf(DRONES);
  return {
    ledger: {
      id: "lt-drones",
      document: { title: null, published: "2024-06-11", languages: ["en"], outlet: null, attribution: [] },
      events: [
        {
          type: "pledge",
          donor: "LT",
          recipient: "UA",
          items: [{ category: "uav", quantity: { amount: 5000, qualifier: "more_than" }, text: "drones" }],
          deadline: "2024-11",
          retrospective: false,
          evidence: [{ start, end: start + DRONES.length, text: DRONES }],
        },
      ],
    },
    cleanText: TEXT,
    entities: [
      { code: "LT", kind: "state", mentions: 1 },
      { code: "UA", kind: "state", mentions: 1 },
    ],
    officials: [{ name: null, role: "defence minister", code: null, start: 103, end: 119 }],
  };
}

function newDocument(
  text: string,
  extracted: Extraction | null,
  duplicateOf: string | null = null,
): NewDocument {
  const fp = fingerprint(text);
  return {
    row: {
      id: fp.id,
      content_hash: fp.hash,
      source_id: "lt-drones",
      origin: "news.jsonl:1",
      url: null,
      outlet: null,
      title: null,
      published: "2024-06-11",
      language: null,
      languages: '["en"]',
      attribution: "[]",
      reference_date: null,
      text,
      clean_text: null,
      minhash: signatureBytes(fp.signature),
      duplicate_of: duplicateOf,
      extractor_version: extracted ? "test-1" : null,
      ingested_at: "2024-06-12T08:00:00.000Z",
    },
    extraction: extracted,
    bands: extracted ? fp.bands : [],
  };
}

async function count(
  store: Store,
  table: "documents" | "events" | "evidence" | "entities" | "officials",
): Promise<number> {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string | number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

for (const backend of backends) {
  describe(`store on ${backend.name}`, () => {
    async function withStore(body: (store: Store, target: string) => Promise<void>): Promise<void> {
      const { target, drop } = await backend.fresh();
      const store = await openStore(target);
      try {
        await body(store, target);
      } finally {
        await store.close();
        await drop();
      }
    }

    test("migrating an up-to-date store again changes nothing", () =>
      withStore(async (store, target) => {
        const again = await openStore(target);
        await again.close();
        assert.equal(await count(store, "documents"), 0);
      }));

    test("a document, its events, evidence and names are written together and read back", () =>
      withStore(async (store) => {
        await startRun(store.db, "run-1", "ingest", ["news.jsonl"]);
        const doc = newDocument(TEXT, extraction());
        await writeBatch(
          store.db,
          "run-1",
          [doc],
          [{ seq: 0, input: "news.jsonl:1", outcome: "new", document_id: doc.row.id, reason: null }],
        );
        assert.deepEqual([...(await storedIds(store.db, [doc.row.id, "0000000000000000"]))], [doc.row.id]);
        const evidence = await store.db.selectFrom("evidence").selectAll().execute();
        assert.equal(evidence.length, 1);
        const e = evidence[0];
        assert.equal(TEXT.slice(e?.start_offset, e?.end_offset), DRONES);
        const event = await store.db.selectFrom("events").selectAll().executeTakeFirstOrThrow();
        assert.deepEqual([event.type, event.donor, event.recipient], ["pledge", "LT", "UA"]);
        assert.equal((JSON.parse(event.data) as { deadline: string }).deadline, "2024-11");
        assert.equal(await count(store, "entities"), 2);
        assert.equal(await count(store, "officials"), 1);

        const members = await bandMembers(store.db, doc.bands);
        assert.deepEqual([...new Set([...members.values()].flat())], [doc.row.id]);
        const stored = (await signatures(store.db, [doc.row.id])).get(doc.row.id);
        assert.ok(stored);
        assert.deepEqual(signatureFromBytes(stored), fingerprint(TEXT).signature);
      }));

    test("a batch with one bad row leaves nothing behind", () =>
      withStore(async (store) => {
        await startRun(store.db, "run-1", "ingest", []);
        const good = newDocument(TEXT, extraction());
        const bad = newDocument("Estonia will send 10 howitzers to Ukraine.", null, "ffffffffffffffff");
        await assert.rejects(writeBatch(store.db, "run-1", [good, bad], []));
        assert.equal(await count(store, "documents"), 0);
        assert.equal(await count(store, "events"), 0);
      }));

    test("writing a stored document again keeps one copy", () =>
      withStore(async (store) => {
        await startRun(store.db, "run-1", "ingest", []);
        await writeBatch(store.db, "run-1", [newDocument(TEXT, extraction())], []);
        await writeBatch(store.db, "run-1", [newDocument(TEXT, extraction())], []);
        assert.equal(await count(store, "documents"), 1);
        assert.equal(await count(store, "events"), 1);
      }));

    test("reprocessing replaces events and keeps their ids", () =>
      withStore(async (store) => {
        await startRun(store.db, "run-1", "ingest", []);
        const doc = newDocument(TEXT, extraction());
        await writeBatch(store.db, "run-1", [doc], []);
        const before = await store.db.selectFrom("events").select("id").execute();
        assert.deepEqual(
          (await staleDocuments(store.db, "test-2", "", 10)).map((d) => d.id),
          [doc.row.id],
        );
        assert.deepEqual(await staleDocuments(store.db, "test-1", "", 10), []);
        await replaceExtractions(
          store.db,
          [{ document: { id: doc.row.id, text: TEXT }, extraction: extraction() }],
          "test-2",
        );
        assert.deepEqual(await store.db.selectFrom("events").select("id").execute(), before);
        assert.equal(await count(store, "evidence"), 1);
        assert.deepEqual(await staleDocuments(store.db, "test-2", "", 10), []);
      }));

    test("a feed's state is saved and replaced", () =>
      withStore(async (store) => {
        const url = "https://example.org/defence/rss.xml";
        assert.equal(await feedState(store.db, url), null);
        await saveFeedState(store.db, url, { etag: '"a1"', seen: ["https://example.org/a"] });
        await saveFeedState(store.db, url, {
          lastModified: "Tue, 11 Jun 2024 08:00:00 GMT",
          seen: ["https://example.org/a", "https://example.org/b"],
        });
        assert.deepEqual(await feedState(store.db, url), {
          lastModified: "Tue, 11 Jun 2024 08:00:00 GMT",
          seen: ["https://example.org/a", "https://example.org/b"],
        });
      }));
  });
}
