// The store's schema as kysely migrations written in code, one list for SQLite and PostgreSQL.
import type { Kysely, Migration, MigrationProvider } from "kysely";
import { sql } from "kysely";

export type Dialect = "sqlite" | "postgres";

/**
 * Migrations by name, applied in name order by kysely's Migrator. A change to the schema is a new entry
 * ("0002-…"), never an edit of an applied one. The only dialect difference is the binary type.
 */
export function migrations(dialect: Dialect): Record<string, Migration> {
  const binary = dialect === "postgres" ? sql`bytea` : sql`blob`;
  return {
    "0001-ledger": {
      async up(db: Kysely<unknown>): Promise<void> {
        await db.schema
          .createTable("documents")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("content_hash", "text", (c) => c.notNull().unique())
          .addColumn("source_id", "text", (c) => c.notNull())
          .addColumn("origin", "text")
          .addColumn("url", "text")
          .addColumn("outlet", "text")
          .addColumn("title", "text")
          .addColumn("published", "text")
          .addColumn("language", "text")
          .addColumn("languages", "text", (c) => c.notNull())
          .addColumn("attribution", "text", (c) => c.notNull())
          .addColumn("reference_date", "text")
          .addColumn("text", "text", (c) => c.notNull())
          .addColumn("clean_text", "text")
          .addColumn("minhash", binary, (c) => c.notNull())
          .addColumn("duplicate_of", "text", (c) => c.references("documents.id"))
          .addColumn("extractor_version", "text")
          .addColumn("ingested_at", "text", (c) => c.notNull())
          .execute();
        await db.schema.createIndex("documents_url").on("documents").column("url").execute();
        await db.schema
          .createIndex("documents_extractor")
          .on("documents")
          .column("extractor_version")
          .execute();

        await db.schema
          .createTable("events")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("document_id", "text", (c) => c.notNull().references("documents.id"))
          .addColumn("ordinal", "integer", (c) => c.notNull())
          .addColumn("type", "text", (c) => c.notNull())
          .addColumn("donor", "text")
          .addColumn("recipient", "text")
          .addColumn("date", "text")
          .addColumn("data", "text", (c) => c.notNull())
          .execute();
        await db.schema.createIndex("events_document").on("events").column("document_id").execute();

        await db.schema
          .createTable("evidence")
          .addColumn("event_id", "text", (c) => c.notNull().references("events.id"))
          .addColumn("document_id", "text", (c) => c.notNull().references("documents.id"))
          .addColumn("ordinal", "integer", (c) => c.notNull())
          .addColumn("start_offset", "integer", (c) => c.notNull())
          .addColumn("end_offset", "integer", (c) => c.notNull())
          .addColumn("text", "text", (c) => c.notNull())
          .addPrimaryKeyConstraint("evidence_pk", ["event_id", "ordinal"])
          .execute();
        await db.schema.createIndex("evidence_document").on("evidence").column("document_id").execute();

        await db.schema
          .createTable("entities")
          .addColumn("document_id", "text", (c) => c.notNull().references("documents.id"))
          .addColumn("code", "text", (c) => c.notNull())
          .addColumn("kind", "text", (c) => c.notNull())
          .addColumn("mentions", "integer", (c) => c.notNull())
          .addPrimaryKeyConstraint("entities_pk", ["document_id", "code"])
          .execute();
        await db.schema.createIndex("entities_code").on("entities").column("code").execute();

        await db.schema
          .createTable("officials")
          .addColumn("document_id", "text", (c) => c.notNull().references("documents.id"))
          .addColumn("ordinal", "integer", (c) => c.notNull())
          .addColumn("name", "text")
          .addColumn("role", "text", (c) => c.notNull())
          .addColumn("code", "text")
          .addColumn("start_offset", "integer", (c) => c.notNull())
          .addColumn("end_offset", "integer", (c) => c.notNull())
          .addPrimaryKeyConstraint("officials_pk", ["document_id", "ordinal"])
          .execute();

        await db.schema
          .createTable("document_bands")
          .addColumn("key", "integer", (c) => c.notNull())
          .addColumn("document_id", "text", (c) => c.notNull().references("documents.id"))
          .execute();
        await db.schema.createIndex("document_bands_key").on("document_bands").column("key").execute();

        await db.schema
          .createTable("runs")
          .addColumn("id", "text", (c) => c.primaryKey())
          .addColumn("command", "text", (c) => c.notNull())
          .addColumn("arguments", "text", (c) => c.notNull())
          .addColumn("started_at", "text", (c) => c.notNull())
          .addColumn("finished_at", "text")
          .addColumn("summary", "text")
          .execute();

        await db.schema
          .createTable("run_items")
          .addColumn("run_id", "text", (c) => c.notNull().references("runs.id"))
          .addColumn("seq", "integer", (c) => c.notNull())
          .addColumn("input", "text", (c) => c.notNull())
          .addColumn("outcome", "text", (c) => c.notNull())
          .addColumn("document_id", "text")
          .addColumn("reason", "text")
          .addPrimaryKeyConstraint("run_items_pk", ["run_id", "seq"])
          .execute();

        await db.schema
          .createTable("feeds")
          .addColumn("url", "text", (c) => c.primaryKey())
          .addColumn("etag", "text")
          .addColumn("last_modified", "text")
          .addColumn("seen", "text", (c) => c.notNull())
          .addColumn("polled_at", "text", (c) => c.notNull())
          .execute();
      },
    },
    "0002-server": {
      up: (db: Kysely<unknown>) => serverTables(db, dialect),
    },
  };
}

/**
 * The served ledger: resolved entries with the keys they are counted under, reviews and their audit log,
 * accounts, full-text search, and indexes for the lists' newest-first order.
 */
async function serverTables(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const postgres = dialect === "postgres";
  // PostgreSQL's bigint for milliseconds and counters; SQLite's integer is 64-bit already.
  const big = postgres ? sql`bigint` : sql`integer`;
  await db.schema
    .createTable("ledger_entries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("donor", "text")
    .addColumn("recipient", "text")
    .addColumn("aid_type", "text")
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("value_eur", "double precision")
    .addColumn("cumulative", "integer", (c) => c.notNull())
    .addColumn("review", "text", (c) => c.notNull())
    .addColumn("record", "text", (c) => c.notNull())
    .addColumn("machine", "text", (c) => c.notNull())
    .addColumn("reviewed", "text")
    .execute();
  for (const column of [null, "type", "donor", "recipient", "review"]) {
    await db.schema
      .createIndex(`ledger_entries_${column ?? "date"}`)
      .on("ledger_entries")
      .columns(column ? [column, "date", "id"] : ["date", "id"])
      .execute();
  }
  await db.schema
    .createTable("ledger_entry_keys")
    .addColumn("entry_id", "text", (c) => c.notNull())
    .addColumn("dim", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("weight", "double precision", (c) => c.notNull())
    .addPrimaryKeyConstraint("ledger_entry_keys_pk", ["entry_id", "dim", "key"])
    .execute();
  await db.schema
    .createIndex("ledger_entry_keys_key")
    .on("ledger_entry_keys")
    .columns(["dim", "key", "entry_id"])
    .execute();
  await db.schema
    .createTable("ledger_sources")
    .addColumn("entry_id", "text", (c) => c.notNull())
    .addColumn("document_id", "text", (c) => c.notNull())
    .addColumn("ordinal", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("ledger_sources_pk", ["entry_id", "document_id", "ordinal"])
    .execute();
  await db.schema
    .createIndex("ledger_sources_event")
    .on("ledger_sources")
    .columns(["document_id", "ordinal"])
    .execute();
  await db.schema
    .createTable("ledger_documents")
    .addColumn("document_id", "text", (c) => c.primaryKey())
    .execute();
  await db.schema
    .createTable("ledger_meta")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", big, (c) => c.notNull())
    .execute();
  await sql`insert into ledger_meta (key, value) values ('version', 0), ('next_id', 1)`.execute(db);

  await db.schema
    .createTable("reviews")
    .addColumn("event_id", "text", (c) => c.primaryKey())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("correction", "text", (c) => c.notNull())
    .addColumn("user_name", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("audit")
    .addColumn("id", postgres ? "serial" : "integer", (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("user_name", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("target_kind", "text", (c) => c.notNull())
    .addColumn("target_id", "text", (c) => c.notNull())
    .addColumn("before", "text", (c) => c.notNull())
    .addColumn("after", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .execute();
  await db.schema.createIndex("audit_target").on("audit").columns(["target_kind", "target_id"]).execute();

  await db.schema
    .createTable("users")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("created", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("sessions")
    .addColumn("id_hash", "text", (c) => c.primaryKey())
    .addColumn("user_name", "text", (c) => c.notNull().references("users.name").onDelete("cascade"))
    .addColumn("csrf", "text", (c) => c.notNull())
    .addColumn("expires", big, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("user_name", "text", (c) => c.notNull().references("users.name").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("created", "text", (c) => c.notNull())
    .execute();

  // Newest first with the id as tie-break: SQLite walks these backwards; PostgreSQL wants the direction
  // and its NULLs (undated) last spelled out to use them for `order by date desc nulls last, id desc`.
  const order = (column: string) =>
    postgres ? sql.raw(`${column} desc nulls last, id desc`) : sql.raw(`${column}, id`);
  await sql`create index events_date on events (${order("date")})`.execute(db);
  await sql`create index documents_published on documents (${order("published")})`.execute(db);

  if (postgres) {
    // 'simple': lower-cased words without stemming, which suits a ledger read in eight languages. A
    // tsvector holds at most 1 MB, so very long texts are indexed by their first 200,000 characters.
    await sql`alter table documents add column search tsvector generated always as
      (to_tsvector('simple', left(coalesce(title, '') || ' ' || coalesce(clean_text, text), 200000))) stored`.execute(
      db,
    );
    await sql`create index documents_search on documents using gin (search)`.execute(db);
    return;
  }
  // FTS5 without a copy of the text (contentless, with deletes); document_search gives each document a
  // rowid of its own, since a table's implicit rowid may change on VACUUM.
  await sql`create table document_search (rowid integer primary key, document_id text not null unique)`.execute(
    db,
  );
  await sql`create virtual table documents_fts using fts5(title, body, content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2')`.execute(db);
  await sql`create trigger documents_fts_insert after insert on documents begin
    insert into document_search (document_id) values (new.id);
    insert into documents_fts (rowid, title, body) values
      (last_insert_rowid(), new.title, coalesce(new.clean_text, new.text));
  end`.execute(db);
  await sql`create trigger documents_fts_update after update of title, text, clean_text on documents begin
    delete from documents_fts where rowid = (select rowid from document_search where document_id = old.id);
    insert into documents_fts (rowid, title, body) values
      ((select rowid from document_search where document_id = new.id), new.title, coalesce(new.clean_text, new.text));
  end`.execute(db);
  await sql`create trigger documents_fts_delete after delete on documents begin
    delete from documents_fts where rowid = (select rowid from document_search where document_id = old.id);
    delete from document_search where document_id = old.id;
  end`.execute(db);
  // Documents stored before this migration.
  await sql`insert into document_search (document_id) select id from documents order by id`.execute(db);
  await sql`insert into documents_fts (rowid, title, body)
    select s.rowid, d.title, coalesce(d.clean_text, d.text) from documents d join document_search s on s.document_id = d.id`.execute(
    db,
  );
}

/** Hands kysely's Migrator the in-code list instead of a folder of files. */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}
