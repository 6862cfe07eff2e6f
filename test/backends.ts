// The stores every store test runs on: a SQLite file always, PostgreSQL when reachable (required in CI).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/** CI's database; PLEDGEWIRE_TEST_POSTGRES points elsewhere. */
const POSTGRES = process.env.PLEDGEWIRE_TEST_POSTGRES ?? "postgres://postgres@127.0.0.1:5432/test";

export interface Backend {
  name: "sqlite" | "postgres";
  /** A new empty store: a file in a temporary folder, or a schema of its own; `drop` removes it. */
  fresh(): Promise<{ target: string; drop(): Promise<void> }>;
}

const sqlite: Backend = {
  name: "sqlite",
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), "pledgewire-store-"));
    return { target: join(dir, "test.db"), drop: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

const postgres: Backend = {
  name: "postgres",
  async fresh() {
    const schema = `pw_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    return {
      target: `${POSTGRES}?schema=${schema}`,
      drop: async () => {
        const client = new pg.Client({ connectionString: POSTGRES });
        await client.connect();
        try {
          await client.query(`drop schema if exists ${schema} cascade`);
        } finally {
          await client.end();
        }
      },
    };
  },
};

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    // In CI a missing database is a failure, not a reason to test less.
    if (process.env.CI) {
      const message = `PostgreSQL at ${POSTGRES} is required in CI: ${(error as Error).message}`;
      throw new Error(message, { cause: error });
    }
    process.stderr.write(`# PostgreSQL at ${POSTGRES} unreachable: store tests run on SQLite only\n`);
    return false;
  }
}

export const backends: Backend[] = (await reachable()) ? [sqlite, postgres] : [sqlite];
