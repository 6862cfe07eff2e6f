// Users, sessions and API tokens in memory; users and tokens optionally kept in a JSON file between runs.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { PledgewireError } from "../core/errors.js";
import type { Accounts, SessionRecord, TokenRecord, UserRecord } from "./data.js";

interface Saved {
  users: UserRecord[];
  tokens: TokenRecord[];
}

/**
 * With a `file` ("pledgewire-accounts.json"), users and tokens are read from it at start and written after
 * each change, so `pledgewire user add` and a later `serve` see the same accounts. Sessions stay in memory:
 * a restart logs everyone out, which is the safe direction.
 */
export class MemoryAccounts implements Accounts {
  private readonly users = new Map<string, UserRecord>();
  private readonly sessions = new Map<string, SessionRecord>();
  private readonly tokens = new Map<string, TokenRecord>();

  constructor(private readonly file: string | null = null) {
    if (file === null) return;
    let saved: Saved;
    try {
      saved = JSON.parse(readFileSync(file, "utf8")) as Saved;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw new PledgewireError(
        "input_malformed",
        `${file}: not a pledgewire accounts file (${(error as Error).message})`,
      );
    }
    for (const u of saved.users ?? []) this.users.set(u.name, u);
    for (const t of saved.tokens ?? []) this.tokens.set(t.id, t);
  }

  async countUsers(): Promise<number> {
    return this.users.size;
  }

  async getUser(name: string): Promise<UserRecord | null> {
    return this.users.get(name) ?? null;
  }

  async listUsers(): Promise<UserRecord[]> {
    return [...this.users.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  async putUser(user: UserRecord): Promise<void> {
    this.users.set(user.name, user);
    this.save();
  }

  async deleteUser(name: string): Promise<boolean> {
    const existed = this.users.delete(name);
    for (const [id, s] of this.sessions) if (s.user === name) this.sessions.delete(id);
    for (const [id, t] of this.tokens) if (t.user === name) this.tokens.delete(id);
    this.save();
    return existed;
  }

  async putSession(session: SessionRecord): Promise<void> {
    this.sessions.set(session.id_hash, session);
  }

  async getSession(idHash: string): Promise<SessionRecord | null> {
    return this.sessions.get(idHash) ?? null;
  }

  async deleteSession(idHash: string): Promise<void> {
    this.sessions.delete(idHash);
  }

  async putToken(token: TokenRecord): Promise<void> {
    this.tokens.set(token.id, token);
    this.save();
  }

  async findToken(tokenHash: string): Promise<TokenRecord | null> {
    for (const t of this.tokens.values()) if (t.token_hash === tokenHash) return t;
    return null;
  }

  async listTokens(): Promise<TokenRecord[]> {
    return [...this.tokens.values()];
  }

  async deleteToken(id: string): Promise<boolean> {
    const existed = this.tokens.delete(id);
    this.save();
    return existed;
  }

  /** Writes a new file and renames it over the old one, so a crash never leaves half a file. */
  private save(): void {
    if (this.file === null) return;
    const saved: Saved = { users: [...this.users.values()], tokens: [...this.tokens.values()] };
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.tmp`, JSON.stringify(saved, null, 2) + "\n", { mode: 0o600 });
    renameSync(`${this.file}.tmp`, this.file);
  }
}
