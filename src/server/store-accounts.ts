// Users, sessions and API tokens in the store, so `pledgewire user add` and every server on one store share them.
import type { Kysely, Selectable } from "kysely";
import type { Database, TokenTable, UserTable } from "../store/schema.js";
import type { Accounts, Role, SessionRecord, TokenRecord, UserRecord } from "./data.js";

const user = (r: Selectable<UserTable>): UserRecord => ({ ...r, role: r.role as Role });

const token = ({ user_name, ...r }: Selectable<TokenTable>): TokenRecord => ({
  ...r,
  user: user_name,
  role: r.role as Role,
});

/** Sessions are rows too: a restart keeps people logged in, and several servers on one store share them. */
export class StoreAccounts implements Accounts {
  constructor(private readonly db: Kysely<Database>) {}

  async countUsers(): Promise<number> {
    const row = await this.db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async getUser(name: string): Promise<UserRecord | null> {
    const row = await this.db.selectFrom("users").selectAll().where("name", "=", name).executeTakeFirst();
    return row ? user(row) : null;
  }

  async listUsers(): Promise<UserRecord[]> {
    return (await this.db.selectFrom("users").selectAll().orderBy("name").execute()).map(user);
  }

  async putUser(u: UserRecord): Promise<void> {
    const values = { role: u.role, password_hash: u.password_hash };
    await this.db
      .insertInto("users")
      .values({ ...values, name: u.name, created: u.created })
      .onConflict((c) => c.column("name").doUpdateSet(values))
      .execute();
  }

  /** With the user's sessions and tokens, in one transaction. */
  async deleteUser(name: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom("sessions").where("user_name", "=", name).execute();
      await trx.deleteFrom("tokens").where("user_name", "=", name).execute();
      const result = await trx.deleteFrom("users").where("name", "=", name).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    });
  }

  async putSession(s: SessionRecord): Promise<void> {
    // Expired sessions go when a new one starts, so the table holds only live ones and a few stale ones.
    await this.db.deleteFrom("sessions").where("expires", "<", Date.now()).execute();
    await this.db
      .insertInto("sessions")
      .values({ id_hash: s.id_hash, user_name: s.user, csrf: s.csrf, expires: s.expires })
      .execute();
  }

  async getSession(idHash: string): Promise<SessionRecord | null> {
    const row = await this.db
      .selectFrom("sessions")
      .selectAll()
      .where("id_hash", "=", idHash)
      .executeTakeFirst();
    // PostgreSQL hands bigint columns back as strings.
    return row
      ? { id_hash: row.id_hash, user: row.user_name, csrf: row.csrf, expires: Number(row.expires) }
      : null;
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
  }

  async putToken(t: TokenRecord): Promise<void> {
    const { user: user_name, ...rest } = t;
    await this.db
      .insertInto("tokens")
      .values({ ...rest, user_name })
      .execute();
  }

  async findToken(tokenHash: string): Promise<TokenRecord | null> {
    const row = await this.db
      .selectFrom("tokens")
      .selectAll()
      .where("token_hash", "=", tokenHash)
      .executeTakeFirst();
    return row ? token(row) : null;
  }

  async listTokens(): Promise<TokenRecord[]> {
    return (await this.db.selectFrom("tokens").selectAll().orderBy("created").execute()).map(token);
  }

  async deleteToken(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom("tokens").where("id", "=", id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
