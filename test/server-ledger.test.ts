// Tests the ledger API over the store on SQLite and PostgreSQL: ingest, lists, evidence, statistics, search, review, export.
import assert from "node:assert/strict";
import { PassThrough, Readable } from "node:stream";
import { describe, test } from "node:test";
import { main } from "../src/cli/main.js";
import type {
  AuditRecord,
  DocumentRecord,
  EntryDetail,
  EntryRecord,
  EventRecord,
  IngestResult,
  Page,
  SearchHit,
  StatRow,
} from "../src/server/data.js";
import { backends } from "./backends.js";
import { Client, MEMORANDUM, NORWAY, testServers } from "./server-helpers.js";

for (const backend of backends) {
  describe(`the ledger API on ${backend.name}`, () => {
    const testServer = testServers(backend);

    /** An analyst's client after ingesting the two articles, with the store's ids of their documents. */
    async function analystWithData(): Promise<{
      analyst: Client;
      memo: string;
      norway: string;
      target: string;
    }> {
      const { app, target } = await testServer();
      const analyst = new Client(app);
      await analyst.login("analyst");
      const memo = await analyst.json<IngestResult>("/api/ingest", { method: "POST", body: MEMORANDUM });
      const norway = await analyst.json<IngestResult>("/api/ingest", { method: "POST", body: NORWAY });
      return {
        analyst,
        memo: memo.documents[0]?.id ?? "",
        norway: norway.documents[0]?.id ?? "",
        target,
      };
    }

    test("ingested documents come back with evidence spans that slice their text", async () => {
      const { analyst, memo } = await analystWithData();
      const doc = await analyst.json<DocumentRecord>(`/api/documents/${memo}`);
      assert.equal(doc.source_id, MEMORANDUM.id);
      assert.ok(doc.event_list.length >= 2);
      for (const e of doc.event_list)
        for (const ev of e.evidence) assert.equal(doc.text.slice(ev.start, ev.end), ev.text);
      const agreement = doc.event_list.find((e) => e.type === "agreement");
      assert.deepEqual(agreement?.parties, ["LT", "UA"]);
      assert.equal(agreement?.instrument, "memorandum");
      const docs = await analyst.json<Page<unknown>>("/api/documents?party=NO");
      assert.equal(docs.total, 1);
    });

    test("entries filter by type and party, page, and open with each source's text", async () => {
      const { analyst, memo } = await analystWithData();
      const all = await analyst.json<Page<EntryRecord>>("/api/entries");
      assert.ok(all.total >= 3);
      const pledges = await analyst.json<Page<EntryRecord>>("/api/entries?type=pledge&donor=lt");
      assert.ok(pledges.items.every((e) => e.type === "pledge" && e.donor === "LT"));
      const paged = await analyst.json<Page<EntryRecord>>("/api/entries?limit=1&offset=1");
      assert.equal(paged.items.length, 1);
      assert.equal(paged.items[0]?.id, all.items[1]?.id);
      const agreement = all.items.find((e) => e.type === "agreement") as EntryRecord;
      const detail = await analyst.json<EntryDetail>(`/api/entries/${agreement.id}`);
      assert.equal(detail.source_list[0]?.document.id, memo);
      assert.match(detail.source_list[0]?.document.text ?? "", /Memorandum of Cooperation/);
    });

    test("bad filters are a 400 naming the parameter; unknown ids a 404", async () => {
      const { analyst } = await analystWithData();
      const bad = await analyst.request("/api/entries?type=gift");
      assert.equal(bad.status, 400);
      assert.match(await bad.text(), /type must be one of agreement, pledge, delivery, got \\"gift\\"/);
      assert.equal((await analyst.request("/api/entries?limit=100000")).status, 400);
      assert.equal((await analyst.request("/api/entries/nope")).status, 404);
      assert.equal((await analyst.request("/api/stats?by=colour")).status, 400);
    });

    test("statistics total committed and delivered euros by donor, and count by month", async () => {
      const { analyst } = await analystWithData();
      const { rows } = await analyst.json<{ rows: StatRow[] }>("/api/stats?by=donor");
      const lt = rows.find((r) => r.key === "LT");
      assert.equal(lt?.deliveries, 1);
      assert.equal(lt?.delivered_eur, 0, "a running total ('has already sent') is counted, never summed");
      const no = rows.find((r) => r.key === "NO");
      assert.ok(
        no && no.committed_eur > 40_000_000 && no.committed_eur < 45_000_000,
        "NOK 500 million in euros",
      );
      const months = await analyst.json<{ rows: StatRow[] }>("/api/stats?by=month");
      assert.ok(months.rows.some((r) => r.key === "2024-06"));
      const entities = await analyst.json<{ items: { code: string; name: string }[] }>("/api/entities");
      assert.equal(entities.items.find((e) => e.code === "LT")?.name, "Lithuania");
    });

    test("search finds documents by their words and marks them in a snippet", async () => {
      const { analyst } = await analystWithData();
      const hits = await analyst.json<Page<SearchHit>>("/api/search?q=power%20grid");
      assert.equal(hits.total, 1);
      const hit = hits.items[0] as SearchHit;
      assert.equal(hit.title, NORWAY.title);
      assert.deepEqual(
        hit.highlights.map((h) => hit.snippet.slice(h.start, h.end)),
        ["power", "grid"],
      );
    });

    test("a correction is audited with before and after, and survives re-extraction", async () => {
      const { analyst, target } = await analystWithData();
      const events = await analyst.json<Page<EventRecord>>("/api/events?donor=NO");
      const grant = events.items[0] as EventRecord;
      const result = await analyst.json<{ after: EventRecord; audit: AuditRecord }>(
        `/api/review/event/${encodeURIComponent(grant.id)}`,
        {
          method: "POST",
          body: {
            action: "correct",
            correction: { value: { amount: 600_000_000, currency: "NOK" }, aid_type: "financial" },
            note: "the ministry's later figure",
          },
        },
      );
      assert.equal(result.after.review, "corrected");
      assert.equal(result.after.value?.amount, 600_000_000);
      assert.equal((result.audit.before as EventRecord).value?.amount, 500_000_000);
      assert.equal(result.audit.user, "analyst");
      const entry = async (): Promise<EntryRecord | undefined> =>
        (await analyst.json<Page<EntryRecord>>("/api/entries?donor=NO")).items[0];
      assert.equal(
        (await entry())?.value?.amount,
        600_000_000,
        "the entry is computed from the corrected event",
      );
      // Every document extracted anew and the resolved ledger rebuilt, as after an extractor change.
      const io = { stdin: Readable.from([]), stdout: new PassThrough(), stderr: new PassThrough() };
      assert.equal(await main(["reprocess", "--all", "--workers", "0", "--db", target], io), 0);
      const again = await analyst.json<EventRecord>(`/api/events/${encodeURIComponent(grant.id)}`);
      assert.equal(again.value?.amount, 600_000_000, "the correction is applied to the new extraction");
      assert.equal(again.review, "corrected");
      const rebuilt = await entry();
      assert.equal(rebuilt?.value?.amount, 600_000_000);
      assert.equal(rebuilt?.review, "corrected");
      assert.ok(
        rebuilt && rebuilt.value_eur !== null && rebuilt.value_eur > 50_000_000,
        "NOK 600 million in euros",
      );
      const log = await analyst.json<Page<AuditRecord>>(
        `/api/audit?kind=event&id=${encodeURIComponent(grant.id)}`,
      );
      assert.equal(log.total, 1);
      assert.equal(log.items[0]?.note, "the ministry's later figure");
    });

    test("ingesting a stored text again adds nothing", async () => {
      const { analyst, norway } = await analystWithData();
      const before = await analyst.json<Page<EntryRecord>>("/api/entries");
      const again = await analyst.json<IngestResult>("/api/ingest", { method: "POST", body: NORWAY });
      assert.equal(again.documents[0]?.id, norway);
      const after = await analyst.json<Page<EntryRecord>>("/api/entries");
      assert.equal(after.total, before.total);
    });

    test("rejecting an entry takes it out of the statistics and the review queue", async () => {
      const { analyst } = await analystWithData();
      const queue = await analyst.json<Page<EntryRecord>>("/api/review/queue?donor=NO");
      const entry = queue.items[0] as EntryRecord;
      await analyst.json(`/api/review/entry/${entry.id}`, { method: "POST", body: { action: "reject" } });
      assert.equal((await analyst.json<Page<EntryRecord>>("/api/review/queue?donor=NO")).total, 0);
      const { rows } = await analyst.json<{ rows: StatRow[] }>("/api/stats?by=donor");
      assert.equal(
        rows.find((r) => r.key === "NO"),
        undefined,
      );
      const bad = await analyst.request(`/api/review/entry/${entry.id}`, {
        method: "POST",
        body: { action: "correct", correction: { id: "x" } },
      });
      assert.equal(bad.status, 400);
    });

    test("CSV export has the columns of `pledgewire export`; JSON too", async () => {
      const { analyst } = await analystWithData();
      const res = await analyst.request("/api/export?format=csv&donor=LT");
      assert.equal(res.headers.get("content-disposition"), 'attachment; filename="pledgewire-entries.csv"');
      const lines = (await res.text()).trim().split("\r\n");
      assert.match(lines[0] ?? "", /^\ufeff?id,donor,recipient,announcement_date,measure/);
      assert.ok(lines.length > 1);
      assert.ok(lines.slice(1).every((l) => l.split(",")[1] === "LT"));
      const json = await analyst.json<{ measure: string; donor: string }[]>(
        "/api/export?format=json&type=agreement",
      );
      assert.equal(json[0]?.measure, "Agreement");
      assert.equal(json[0]?.donor, "LT");
    });

    test("an upload is read by its file type; a bad one is reported, not fatal", async () => {
      const { app } = await testServer();
      const analyst = new Client(app);
      await analyst.login("analyst");
      const form = new FormData();
      form.append(
        "file",
        new File(
          [
            `<html><head><title>${NORWAY.title}</title></head><body><article><p>${NORWAY.text}</p></article></body></html>`,
          ],
          "grant.html",
          { type: "text/html" },
        ),
      );
      form.append("published", "2024-06-13");
      const send = (body: FormData) =>
        app.request("http://pledgewire.test/api/ingest", {
          method: "POST",
          body,
          headers: {
            cookie: (analyst as unknown as { cookie: string }).cookie,
            "x-csrf-token": analyst.csrf,
          },
        });
      const ok = (await (await send(form)).json()) as IngestResult;
      assert.equal(ok.documents[0]?.source_id, "grant");
      assert.equal(ok.documents[0]?.events, 1);
      const empty = new FormData();
      empty.append("file", new File([""], "../../empty.txt"));
      const result = (await (await send(empty)).json()) as {
        documents: unknown[];
        problems: { input: string; message: string }[];
      };
      assert.equal(result.documents.length, 0);
      assert.equal(result.problems[0]?.input, "../../empty.txt");
    });
  });
}
