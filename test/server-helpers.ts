// Test helpers for the server: an app over a fresh store (SQLite or PostgreSQL) with one user per role, and a logged-in client.
import { after } from "node:test";
import { hashPassword } from "../src/server/auth.js";
import { createApp } from "../src/server/app.js";
import type { Role } from "../src/server/data.js";
import { StoreAccounts } from "../src/server/store-accounts.js";
import { StoreData } from "../src/server/store-data.js";
import type { Store } from "../src/store/open.js";
import { openStore } from "../src/store/open.js";
import type { Backend } from "./backends.js";

export const PASSWORD = "correct horse battery";
export const BASE = "http://pledgewire.test";

/** Models an Ukrinform-style report: a memorandum, a planned transfer and a delivered total. */
export const MEMORANDUM = {
  id: "lt-ua-memorandum",
  published: "2025-01-02",
  title: "Ukraine and Lithuania sign memorandum on defence industry cooperation",
  text: [
    "Ukraine and Lithuania have signed a Memorandum of Cooperation in the Defense Industry, Ukraine's Minister of Strategic Industries said on Thursday.",
    "",
    "The memorandum provides for joint production of drones, ammunition and electronic warfare systems.",
    "",
    "Lithuania plans to transfer more than 5,000 drones to Ukraine by the end of autumn, the Lithuanian defence minister said.",
    "",
    "Vilnius has already sent military aid worth 153 million euros to Ukraine in 2024.",
  ].join("\n"),
};

export const NORWAY = {
  id: "no-grant",
  published: "2024-06-13",
  title: "Norway grants NOK 500 million for Ukraine's power grid",
  text: "Norway has announced a grant of NOK 500 million to Ukraine for the repair of its power grid, the foreign ministry said.",
};

export interface TestServer {
  app: ReturnType<typeof createApp>;
  data: StoreData;
  accounts: StoreAccounts;
  store: Store;
  target: string;
}

let passwordHash: Promise<string> | null = null;

/**
 * Makes test servers on `backend`, each over a store of its own; the suite's `after` closes and drops them.
 * Call it inside the suite's describe.
 */
export function testServers(backend: Backend): (options?: { publicRead?: boolean }) => Promise<TestServer> {
  const made: { store: Store; drop(): Promise<void> }[] = [];
  after(async () => {
    for (const m of made) {
      await m.store.close();
      await m.drop();
    }
  });
  return async (options = {}) => {
    const { target, drop } = await backend.fresh();
    const store = await openStore(target);
    made.push({ store, drop });
    const data = new StoreData(store);
    const accounts = new StoreAccounts(store.db);
    // One scrypt hash for every test user: each costs 0.2 s.
    const hash = await (passwordHash ??= hashPassword(PASSWORD));
    for (const role of ["viewer", "analyst", "admin"] as Role[]) {
      await accounts.putUser({ name: role, role, password_hash: hash, created: "2025-01-01T00:00:00Z" });
    }
    const app = createApp({
      data,
      accounts,
      options: { publicRead: options.publicRead ?? false, secureCookies: "auto", webRoot: null },
    });
    return { app, data, accounts, store, target };
  };
}

/** A browser-like client: keeps the session cookie and sends the CSRF token on unsafe requests. */
export class Client {
  private cookie = "";
  csrf = "";

  constructor(private readonly app: TestServer["app"]) {}

  async login(name: string, password = PASSWORD): Promise<Response> {
    const res = await this.app.request(`${BASE}/api/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name, password }),
    });
    const set = res.headers.get("set-cookie");
    if (set) this.cookie = set.split(";")[0] ?? "";
    if (res.ok) this.csrf = ((await res.clone().json()) as { csrf: string }).csrf;
    return res;
  }

  request(path: string, init: { method?: string; body?: unknown; csrf?: boolean } = {}): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookie };
    if (init.body !== undefined) headers["content-type"] = "application/json";
    if (init.csrf !== false && init.method && init.method !== "GET") headers["x-csrf-token"] = this.csrf;
    return Promise.resolve(
      this.app.request(`${BASE}${path}`, {
        method: init.method ?? "GET",
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      }),
    );
  }

  async json<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
    const res = await this.request(path, init);
    if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }
}
