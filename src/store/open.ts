// Opens the ledger store: a SQLite file by default, PostgreSQL for a postgres:// address; migrates it first.
import BetterSqlite3 from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { PledgewireError } from "../core/errors.js";
import type { Dialect } from "./migrations.js";
import { migrationProvider } from "./migrations.js";
import type { Database } from "./schema.js";

export const DEFAULT_DB = "pledgewire.db";

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** The store as messages name it, without a password: "pledgewire.db", "postgres://postgres@host/test". */
  name: string;
  /** The PostgreSQL schema given with `?schema=`, if any. */
  schema?: string;
  close(): Promise<void>;
}

/** `--db` wins, then DATABASE_URL, then ./pledgewire.db. */
export function storeTarget(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? (env.DATABASE_URL || DEFAULT_DB);
}

const POSTGRES = /^postgres(?:ql)?:\/\//i;

/**
 * Opens and migrates the store at `target`: "postgres://user@host:5432/db" (an optional `?schema=name`
 * keeps the tables in that schema, created when missing: tests run side by side that way) or a file path.
 */
export async function openStore(target: string): Promise<Store> {
  const store = POSTGRES.test(target) ? await openPostgres(target) : openSqlite(target);
  const migrator = new Migrator({
    db: store.db,
    provider: migrationProvider(store.dialect),
    // Named, or kysely looks for its bookkeeping tables in every schema and takes another store's for this one's.
    ...(store.schema ? { migrationTableSchema: store.schema } : {}),
  });
  let { error } = await migrator.migrateToLatest();
  // kysely takes no lock on SQLite: of two processes opening a new file at once (serve and ingest started
  // together), the second fails on tables the first has just made ("table documents already exists"), and
  // finds them recorded as migrated when it tries again.
  for (let retry = 1; error && store.dialect === "sqlite" && retry <= 3; retry++) {
    await new Promise((resolve) => setTimeout(resolve, 100 * retry));
    ({ error } = await migrator.migrateToLatest());
  }
  if (error) {
    await store.close();
    throw new PledgewireError("store", `${store.name}: migration failed: ${(error as Error).message}`);
  }
  return store;
}

function openSqlite(path: string): Store {
  let database: BetterSqlite3.Database;
  try {
    database = new BetterSqlite3(path);
  } catch (error) {
    throw new PledgewireError("store", `${path}: cannot open the SQLite store: ${(error as Error).message}`);
  }
  // WAL lets readers (the dashboard) work while ingest writes, and with synchronous=NORMAL a killed
  // process loses at most the transaction it was in, never a committed one or the file's consistency.
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 10000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: "sqlite", name: path, close: () => db.destroy() };
}

async function openPostgres(target: string): Promise<Store> {
  const url = new URL(target);
  const schema = url.searchParams.get("schema");
  url.searchParams.delete("schema");
  const name = `${url.protocol}//${url.username ? `${url.username}@` : ""}${url.host}${url.pathname}${schema ? `?schema=${schema}` : ""}`;
  if (schema !== null && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new PledgewireError("usage", `${name}: schema must be a lower-case SQL name, got "${schema}"`);
  }
  const pool = new pg.Pool({
    connectionString: url.toString(),
    max: 4,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  try {
    const client = await pool.connect();
    try {
      if (schema) await client.query(`create schema if not exists ${schema}`);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw new PledgewireError("store", `${name}: cannot reach PostgreSQL: ${(error as Error).message}`);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: "postgres", name, ...(schema ? { schema } : {}), close: () => db.destroy() };
}
