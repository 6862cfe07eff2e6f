// The server's ledger over the SQLite/PostgreSQL store: indexed queries on resolved entries, events, documents.
import type { Kysely, RawBuilder, Transaction } from "kysely";
import { sql } from "kysely";
import type { LedgerEvent } from "../core/ledger.js";
import type { InputResult } from "../input/read-inputs.js";
import { ingest } from "../ingest/ingest.js";
import type { LedgerEntry } from "../resolve/types.js";
import type { StoredReview } from "../store/ledger-store.js";
import {
  bumpVersion,
  dataVersion,
  entriesOfEvents,
  resolvePending,
  writeEntries,
} from "../store/ledger-store.js";
import type { Store } from "../store/open.js";
import type { Database } from "../store/schema.js";
import type {
  AuditRecord,
  DocumentRecord,
  DocumentSummary,
  EntitySummary,
  EntryDetail,
  EntryRecord,
  EventRecord,
  Filters,
  IngestDefaults,
  IngestResult,
  LedgerData,
  Page,
  Paging,
  ReviewAction,
  ReviewState,
  SearchHit,
  StatDimension,
  StatRow,
} from "./data.js";
import { entityName } from "./entity-names.js";

type Db = Kysely<Database> | Transaction<Database>;
type Condition = RawBuilder<unknown>;

/** Results kept per data version; past this many, the cache starts over. */
const CACHE_LIMIT = 1024;

interface EntryRow {
  machine: string;
  reviewed: string | null;
}

const reviewedOf = (r: EntryRow): LedgerEntry => JSON.parse(r.reviewed ?? r.machine) as LedgerEntry;

/**
 * "2024-06" → "2024-07": the first string after every date with this prefix, so `to=2024-06` admits
 * 2024-06-30 with one comparison the index can use. "2024-12" → "2024-13" sorts right just the same.
 */
function after(prefix: string): string {
  const m = /^(.*?)(\d+)$/.exec(prefix) as RegExpExecArray;
  const last = m[2] as string;
  return `${m[1]}${String(Number(last) + 1).padStart(last.length, "0")}`;
}

function words(q: string): string[] {
  return q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function and(conditions: readonly Condition[]): Condition {
  return conditions.length ? sql`(${sql.join(conditions, sql` and `)})` : sql`1 = 1`;
}

/** Code-unit order: keys and ISO dates sort right without locale rules. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export class StoreData implements LedgerData {
  private readonly db: Kysely<Database>;
  private cache = new Map<string, unknown>();
  private cacheVersion = -1;
  /** Writes from this process one at a time: each ingest resolves what the one before it added. */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    /** Extraction threads for ingestion; 0 extracts in the server's thread. */
    private readonly workers = 0,
  ) {
    this.db = store.db;
  }

  /** Resolves documents stored by an `ingest` that stopped before it could. */
  async catchUp(): Promise<number> {
    return this.serial(() => resolvePending(this.store));
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.writing.then(work, work);
    this.writing = next.catch(() => undefined);
    return next;
  }

  /** A result computed once per data version: statistics and totals over 100,000s of rows. */
  private async cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const version = await dataVersion(this.db);
    if (version !== this.cacheVersion || this.cache.size >= CACHE_LIMIT) {
      this.cache = new Map();
      this.cacheVersion = version;
    }
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const value = await compute();
    if (this.cacheVersion === version) this.cache.set(key, value);
    return value;
  }

  /** Documents whose title or text hold every word (as a word's start: "drone" finds "drones"). */
  private matching(q: string): RawBuilder<unknown> {
    const terms = words(q);
    if (terms.length === 0) return sql`select null where 1 = 0`;
    if (this.store.dialect === "postgres") {
      const query = terms.map((t) => `${t}:*`).join(" & ");
      return sql`select id from documents where search @@ to_tsquery('simple', ${query})`;
    }
    const query = terms.map((t) => `"${t}"*`).join(" ");
    return sql`select document_id from document_search
      where rowid in (select rowid from documents_fts where documents_fts match ${query})`;
  }

  /** Conditions on `ledger_entries e`; `dates` false leaves from/to to the caller (documents use published). */
  private entryConditions(f: Filters, dates = true): Condition[] {
    const c: Condition[] = [];
    if (f.type !== undefined) c.push(sql`e.type = ${f.type}`);
    if (f.donor !== undefined) c.push(sql`e.donor = ${f.donor}`);
    if (f.recipient !== undefined) c.push(sql`e.recipient = ${f.recipient}`);
    if (f.aid_type !== undefined) c.push(sql`e.aid_type = ${f.aid_type}`);
    if (f.review !== undefined) c.push(sql`e.review = ${f.review}`);
    for (const [dim, key] of [
      ["party", f.party],
      ["category", f.category],
    ] as const) {
      if (key !== undefined)
        c.push(sql`exists (select 1 from ledger_entry_keys k
          where k.entry_id = e.id and k.dim = ${dim} and k.key = ${key})`);
    }
    if (dates && f.from !== undefined) c.push(sql`e.date >= ${f.from}`);
    if (dates && f.to !== undefined) c.push(sql`e.date < ${after(f.to)} and e.date <> ''`);
    if (f.q !== undefined)
      c.push(
        sql`e.id in (select s.entry_id from ledger_sources s where s.document_id in (${this.matching(f.q)}))`,
      );
    return c;
  }

  private async total(kind: string, f: Filters, count: () => Promise<number>): Promise<number> {
    return this.cached(`total|${kind}|${JSON.stringify(f)}`, count);
  }

  async listEntries(filters: Filters, paging: Paging): Promise<Page<EntryRecord>> {
    const where = and(this.entryConditions(filters));
    const { rows } = await sql<{ record: string }>`select e.record from ledger_entries e
      where ${where} order by e.date desc, e.id desc limit ${paging.limit} offset ${paging.offset}`.execute(
      this.db,
    );
    const total = await this.total("entries", filters, async () => {
      const { rows: n } = await sql<{
        n: number;
      }>`select count(*) as n from ledger_entries e where ${where}`.execute(this.db);
      return Number(n[0]?.n ?? 0);
    });
    return {
      items: rows.map((r) => JSON.parse(r.record) as EntryRecord),
      total,
      ...paging,
    };
  }

  async exportEntries(filters: Filters, limit: number): Promise<LedgerEntry[]> {
    const conditions = this.entryConditions(filters);
    // Rejected entries stay out of an export unless asked for.
    if (filters.review === undefined) conditions.push(sql`e.review <> 'rejected'`);
    const { rows } = await sql<EntryRow>`select e.machine, e.reviewed from ledger_entries e
      where ${and(conditions)} order by e.date desc, e.id desc limit ${limit}`.execute(this.db);
    return rows.map(reviewedOf);
  }

  async getEntry(id: string): Promise<EntryDetail | null> {
    return this.entry(this.db, id);
  }

  private async entry(db: Db, id: string): Promise<EntryDetail | null> {
    const row = await db
      .selectFrom("ledger_entries")
      .select(["record", "machine"])
      .where("id", "=", id)
      .executeTakeFirst();
    if (!row) return null;
    const machine = JSON.parse(row.machine) as LedgerEntry;
    const events = await this.events(
      db,
      sql`exists (select 1 from ledger_sources s where s.entry_id = ${id}
        and s.document_id = ev.document_id and s.ordinal = ev.ordinal)`,
      { limit: machine.sources.length + 1, offset: 0 },
    );
    const documents = new Map<string, Omit<DocumentRecord, "event_list">>();
    for (const d of await this.documents(db, [...new Set(events.map((e) => e.document_id))]))
      documents.set(d.id, d);
    // Every report, a rejected one too, so a reviewer sees what was set aside.
    const source_list = events.flatMap((event) => {
      const document = documents.get(event.document_id);
      return document ? [{ event, document }] : [];
    });
    return { ...(JSON.parse(row.record) as EntryRecord), source_list };
  }

  /** Events (reviews applied, evidence attached) passing `where` on `events ev` / `reviews r`, newest first. */
  private async events(db: Db, where: Condition, paging: Paging): Promise<EventRecord[]> {
    // Each event's evidence as one JSON array in the same query: a second query for 50 events' spans cost
    // more than the events themselves. '[[ordinal, start, end, "text"], …]', put in order below (SQLite's
    // aggregate takes no ORDER BY, and a sorted subquery per event doubled the query's time).
    const spans =
      this.store.dialect === "postgres"
        ? sql`(select json_agg(json_build_array(x.ordinal, x.start_offset, x.end_offset, x.text))::text
            from evidence x where x.event_id = ev.id)`
        : sql`(select json_group_array(json_array(x.ordinal, x.start_offset, x.end_offset, x.text))
            from evidence x where x.event_id = ev.id)`;
    const { rows } = await sql<{
      id: string;
      document_id: string;
      data: string;
      evidence: string | null;
      state: string | null;
      correction: string | null;
    }>`select ev.id, ev.document_id, ev.data, ${spans} as evidence, r.state, r.correction
      from events ev left join reviews r on r.event_id = ev.id
      where ${where} order by ev.date desc nulls last, ev.id desc
      limit ${paging.limit} offset ${paging.offset}`.execute(db);
    return rows.map((r) => ({
      ...(JSON.parse(r.data) as Omit<LedgerEvent, "evidence">),
      evidence: (JSON.parse(r.evidence ?? "[]") as [number, number, number, string][])
        .sort((a, b) => a[0] - b[0])
        .map(([, start, end, text]) => ({ start, end, text })),
      ...(r.correction ? (JSON.parse(r.correction) as StoredReview["correction"]) : {}),
      id: r.id,
      document_id: r.document_id,
      review: (r.state ?? "machine") as ReviewState,
    }));
  }

  /**
   * Conditions on `events ev`: its own type, donor, recipient and date; party, category and aid type
   * through the entry it belongs to; its own review; words in its document.
   */
  private eventConditions(f: Filters): Condition[] {
    const c: Condition[] = [];
    if (f.type !== undefined) c.push(sql`ev.type = ${f.type}`);
    if (f.donor !== undefined) c.push(sql`ev.donor = ${f.donor}`);
    if (f.recipient !== undefined) c.push(sql`ev.recipient = ${f.recipient}`);
    if (f.from !== undefined) c.push(sql`ev.date >= ${f.from}`);
    if (f.to !== undefined) c.push(sql`ev.date < ${after(f.to)}`);
    if (f.review !== undefined) c.push(sql`coalesce(r.state, 'machine') = ${f.review}`);
    const viaEntry = this.entryConditions({ party: f.party, category: f.category, aid_type: f.aid_type });
    if (viaEntry.length)
      c.push(sql`exists (select 1 from ledger_sources s join ledger_entries e on e.id = s.entry_id
        where s.document_id = ev.document_id and s.ordinal = ev.ordinal and ${and(viaEntry)})`);
    if (f.q !== undefined) c.push(sql`ev.document_id in (${this.matching(f.q)})`);
    return c;
  }

  async listEvents(filters: Filters, paging: Paging): Promise<Page<EventRecord>> {
    const where = and(this.eventConditions(filters));
    const items = await this.events(this.db, where, paging);
    const total = await this.total("events", filters, async () => {
      const { rows } = await sql<{ n: number }>`select count(*) as n
        from events ev left join reviews r on r.event_id = ev.id where ${where}`.execute(this.db);
      return Number(rows[0]?.n ?? 0);
    });
    return { items, total, ...paging };
  }

  async getEvent(id: string): Promise<EventRecord | null> {
    return (await this.events(this.db, sql`ev.id = ${id}`, { limit: 1, offset: 0 }))[0] ?? null;
  }

  private documentConditions(f: Filters): Condition[] {
    const c: Condition[] = [];
    if (f.from !== undefined) c.push(sql`d.published >= ${f.from}`);
    if (f.to !== undefined) c.push(sql`d.published < ${after(f.to)}`);
    if (f.q !== undefined) c.push(sql`d.id in (${this.matching(f.q)})`);
    const viaEntry = this.entryConditions({ ...f, q: undefined }, false);
    if (viaEntry.length)
      c.push(sql`exists (select 1 from ledger_sources s join ledger_entries e on e.id = s.entry_id
        where s.document_id = d.id and ${and(viaEntry)})`);
    return c;
  }

  private async summaries(db: Db, where: Condition, paging: Paging): Promise<DocumentSummary[]> {
    const { rows } = await sql<{
      id: string;
      source_id: string;
      title: string | null;
      published: string | null;
      url: string | null;
      languages: string;
      ingested_at: string;
      events: number;
    }>`select d.id, d.source_id, d.title, d.published, d.url, d.languages, d.ingested_at,
        (select count(*) from events ev where ev.document_id = d.id) as events
      from documents d where ${where} order by d.published desc nulls last, d.id desc
      limit ${paging.limit} offset ${paging.offset}`.execute(db);
    return rows.map((r) => ({
      id: r.id,
      source_id: r.source_id,
      title: r.title,
      published: r.published,
      url: r.url,
      languages: JSON.parse(r.languages) as string[],
      events: Number(r.events),
      ingested: r.ingested_at,
    }));
  }

  /** Summaries with the cleaned text that evidence offsets index. */
  private async documents(db: Db, ids: readonly string[]): Promise<Omit<DocumentRecord, "event_list">[]> {
    if (ids.length === 0) return [];
    const summaries = await this.summaries(db, sql`d.id in (${sql.join(ids)})`, {
      limit: ids.length,
      offset: 0,
    });
    const texts = await db
      .selectFrom("documents")
      .select(["id", "text", "clean_text"])
      .where("id", "in", ids)
      .execute();
    const text = new Map(texts.map((t) => [t.id, t.clean_text ?? t.text]));
    return summaries.map((s) => ({ ...s, text: text.get(s.id) ?? "" }));
  }

  async listDocuments(filters: Filters, paging: Paging): Promise<Page<DocumentSummary>> {
    const where = and(this.documentConditions(filters));
    const items = await this.summaries(this.db, where, paging);
    const total = await this.total("documents", filters, async () => {
      const { rows } = await sql<{ n: number }>`select count(*) as n from documents d where ${where}`.execute(
        this.db,
      );
      return Number(rows[0]?.n ?? 0);
    });
    return { items, total, ...paging };
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    const [document] = await this.documents(this.db, [id]);
    if (!document) return null;
    const event_list = await this.events(this.db, sql`ev.document_id = ${id}`, {
      limit: document.events + 1,
      offset: 0,
    });
    return { ...document, event_list };
  }

  async entities(): Promise<EntitySummary[]> {
    return this.cached("entities", async () => {
      const { rows } = await sql<{ code: string; as_donor: number; as_recipient: number; as_party: number }>`
        select k.key as code,
          sum(case when k.dim = 'donor' and e.type <> 'agreement' then 1 else 0 end) as as_donor,
          sum(case when k.dim = 'recipient' and e.type <> 'agreement' then 1 else 0 end) as as_recipient,
          sum(case when k.dim = 'donor' and e.type = 'agreement' then 1 else 0 end) as as_party
        from ledger_entry_keys k join ledger_entries e on e.id = k.entry_id
        where k.dim in ('donor', 'recipient') and k.key <> 'unknown' and e.review <> 'rejected'
        group by k.key`.execute(this.db);
      return rows
        .map((r) => ({
          code: r.code,
          name: entityName(r.code),
          as_donor: Number(r.as_donor),
          as_recipient: Number(r.as_recipient),
          as_party: Number(r.as_party),
        }))
        .sort((a, b) => cmp(a.code, b.code));
    });
  }

  /**
   * Counts and euro sums per key, rejected entries left out. A running total ("has so far given") is
   * counted, never summed; a value is split over the entry's keys, so category totals add up to the whole.
   */
  async statistics(by: StatDimension, filters: Filters): Promise<StatRow[]> {
    return this.cached(`stats|${by}|${JSON.stringify(filters)}`, async () => {
      const keyed = by === "donor" || by === "recipient" || by === "category";
      const key = keyed
        ? sql`k.key`
        : by === "type"
          ? sql`e.type`
          : sql`case when length(e.date) >= 7 then substr(e.date, 1, 7) else 'undated' end`;
      const weight = keyed ? sql`k.weight` : sql`1`;
      const join = keyed ? sql`join ledger_entry_keys k on k.entry_id = e.id and k.dim = ${by}` : sql``;
      const where = and([sql`e.review <> 'rejected'`, ...this.entryConditions(filters)]);
      const sum = (type: string) =>
        sql`sum(case when e.type = ${type} and e.cumulative = 0 then coalesce(e.value_eur, 0) * ${weight} else 0 end)`;
      // PostgreSQL hands sums of integers back as strings: every number goes through Number() below.
      const { rows } = await sql<StatRow>`select ${key} as key,
          sum(case when e.type = 'agreement' then 1 else 0 end) as agreements,
          sum(case when e.type = 'pledge' then 1 else 0 end) as pledges,
          sum(case when e.type = 'delivery' then 1 else 0 end) as deliveries,
          ${sum("pledge")} as committed_eur, ${sum("delivery")} as delivered_eur
        from ledger_entries e ${join} where ${where} group by 1`.execute(this.db);
      const result: StatRow[] = rows.map((r) => ({
        key: r.key,
        agreements: Number(r.agreements),
        pledges: Number(r.pledges),
        deliveries: Number(r.deliveries),
        committed_eur: Number(r.committed_eur),
        delivered_eur: Number(r.delivered_eur),
      }));
      return result.sort((a, b) =>
        by === "month"
          ? cmp(a.key, b.key)
          : b.committed_eur + b.delivered_eur - (a.committed_eur + a.delivered_eur) || cmp(a.key, b.key),
      );
    });
  }

  async search(q: string, paging: Paging): Promise<Page<SearchHit>> {
    const where = sql`d.id in (${this.matching(q)})`;
    const { rows } = await sql<{ id: string; title: string | null; published: string | null; body: string }>`
      select d.id, d.title, d.published, coalesce(d.clean_text, d.text) as body from documents d
      where ${where} order by d.published desc nulls last, d.id desc
      limit ${paging.limit} offset ${paging.offset}`.execute(this.db);
    const total = await this.total("search", { q }, async () => {
      const { rows: n } = await sql<{
        n: number;
      }>`select count(*) as n from documents d where ${where}`.execute(this.db);
      return Number(n[0]?.n ?? 0);
    });
    const terms = words(q);
    return {
      items: rows.map((r) => ({
        document_id: r.id,
        title: r.title,
        published: r.published,
        ...snippet(r.body, terms),
      })),
      total,
      ...paging,
    };
  }

  async ingest(
    inputs: AsyncIterable<InputResult>,
    defaults: IngestDefaults,
    origin: string,
  ): Promise<IngestResult> {
    return this.serial(async () => {
      const summary = await ingest(inputs, {
        store: this.store,
        command: "serve",
        args: [origin],
        workers: this.workers,
        defaults,
      });
      const items = await this.db
        .selectFrom("run_items")
        .selectAll()
        .where("run_id", "=", summary.run)
        .orderBy("seq")
        .execute();
      const ids = items.flatMap((i) =>
        i.document_id && !i.outcome.match(/skipped|failed/) ? [i.document_id] : [],
      );
      const byId = new Map(
        (
          await this.summaries(this.db, ids.length ? sql`d.id in (${sql.join(ids)})` : sql`1 = 0`, {
            limit: ids.length,
            offset: 0,
          })
        ).map((d) => [d.id, d]),
      );
      return {
        documents: ids.flatMap((id) => byId.get(id) ?? []),
        problems: items
          .filter((i) => i.outcome === "skipped" || i.outcome === "failed")
          .map((i) => ({ input: i.input, message: i.reason ?? i.outcome })),
      };
    });
  }

  async review(
    target: { kind: "event" | "entry"; id: string },
    action: ReviewAction,
    user: string,
  ): Promise<{ after: EventRecord | EntryRecord; audit: AuditRecord } | null> {
    return this.serial(() =>
      this.db.transaction().execute(async (trx) => {
        const before =
          target.kind === "event" ? await this.event(trx, target.id) : await this.entry(trx, target.id);
        if (!before) return null;
        const events = await trx
          .selectFrom("events")
          .select(["id", "document_id", "ordinal"])
          .where(
            "id",
            "in",
            "source_list" in before ? before.source_list.map((s) => s.event.id) : [before.id],
          )
          .execute();
        const state =
          action.action === "accept" ? "accepted" : action.action === "reject" ? "rejected" : "corrected";
        const at = new Date().toISOString();
        const earlier = new Map(
          (
            await trx
              .selectFrom("reviews")
              .selectAll()
              .where(
                "event_id",
                "in",
                events.map((e) => e.id),
              )
              .execute()
          ).map((r) => [r.event_id, JSON.parse(r.correction) as StoredReview["correction"]]),
        );
        for (const e of events) {
          const values = {
            state,
            correction: JSON.stringify({ ...earlier.get(e.id), ...(action.correction ?? {}) }),
            user_name: user,
            at,
          };
          await trx
            .insertInto("reviews")
            .values({ event_id: e.id, ...values })
            .onConflict((c) => c.column("event_id").doUpdateSet(values))
            .execute();
        }
        await writeEntries(trx, await entriesOfEvents(trx, events));
        await bumpVersion(trx, null);
        const now =
          target.kind === "event" ? await this.event(trx, target.id) : await this.entry(trx, target.id);
        const afterRecord: EventRecord | EntryRecord | null =
          now && "source_list" in now ? withoutSources(now) : now;
        const beforeRecord = "source_list" in before ? withoutSources(before) : before;
        const inserted = await trx
          .insertInto("audit")
          .values({
            at,
            user_name: user,
            action: action.action,
            target_kind: target.kind,
            target_id: target.id,
            before: JSON.stringify(beforeRecord),
            after: JSON.stringify(afterRecord),
            note: action.note ?? null,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        const audit: AuditRecord = {
          id: Number(inserted.id),
          at,
          user,
          action: action.action,
          target_kind: target.kind,
          target_id: target.id,
          before: beforeRecord,
          after: afterRecord,
          note: action.note ?? null,
        };
        return { after: afterRecord as EventRecord | EntryRecord, audit };
      }),
    );
  }

  private async event(db: Db, id: string): Promise<EventRecord | null> {
    return (await this.events(db, sql`ev.id = ${id}`, { limit: 1, offset: 0 }))[0] ?? null;
  }

  async audit(
    target: { kind: "event" | "entry"; id: string } | null,
    paging: Paging,
  ): Promise<Page<AuditRecord>> {
    let query = this.db.selectFrom("audit");
    if (target) query = query.where("target_kind", "=", target.kind).where("target_id", "=", target.id);
    const rows = await query
      .selectAll()
      .orderBy("id", "desc")
      .limit(paging.limit)
      .offset(paging.offset)
      .execute();
    const count = await query.select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
    return {
      items: rows.map((r) => ({
        id: Number(r.id),
        at: r.at,
        user: r.user_name,
        action: r.action as AuditRecord["action"],
        target_kind: r.target_kind as AuditRecord["target_kind"],
        target_id: r.target_id,
        before: JSON.parse(r.before) as unknown,
        after: JSON.parse(r.after) as unknown,
        note: r.note,
      })),
      total: Number(count?.n ?? 0),
      ...paging,
    };
  }
}

function withoutSources(e: EntryDetail): EntryRecord {
  const record: Partial<EntryDetail> = { ...e };
  delete record.source_list;
  return record as EntryRecord;
}

const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 220;

/** "…Lithuania will send more than 5,000 drones…" around the first match, with each term marked. */
function snippet(body: string, terms: readonly string[]): Pick<SearchHit, "snippet" | "highlights"> {
  const lower = body.toLowerCase();
  const first = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0), body.length);
  const start = Math.max(0, first - SNIPPET_BEFORE);
  const text = body.slice(start, start + SNIPPET_LENGTH);
  const lowerText = text.toLowerCase();
  const highlights: { start: number; end: number }[] = [];
  for (const t of terms) {
    for (let i = lowerText.indexOf(t); i >= 0; i = lowerText.indexOf(t, i + t.length)) {
      highlights.push({ start: i, end: i + t.length });
    }
  }
  highlights.sort((a, b) => a.start - b.start);
  return { snippet: text, highlights };
}
