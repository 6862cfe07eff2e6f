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
  };
}

/** Hands kysely's Migrator the in-code list instead of a folder of files. */
export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}
