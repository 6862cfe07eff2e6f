// Tests the server's gatekeeping: every OpenAPI route refuses strangers, roles, CSRF, tokens, rate limit, headers.
import assert from "node:assert/strict";
import { PassThrough, Readable } from "node:stream";
import { describe, test } from "node:test";
import { main } from "../src/cli/main.js";
import { LoginLimiter } from "../src/server/auth.js";
import { StoreAccounts } from "../src/server/store-accounts.js";
import { openStore } from "../src/store/open.js";
import { backends } from "./backends.js";
import type { TestServer } from "./server-helpers.js";
import { BASE, Client, PASSWORD, testServers } from "./server-helpers.js";

interface OpenApi {
  paths: Record<string, Record<string, { "x-access": string }>>;
}

async function routes(app: TestServer["app"]): Promise<{ method: string; path: string; access: string }[]> {
  const spec = (await (await app.request(`${BASE}/api/openapi.json`)).json()) as OpenApi;
  return Object.entries(spec.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path: path.replace(/\{\w+\}/g, "x"),
      access: op["x-access"],
    })),
  );
}

for (const backend of backends) {
  describe(`the server on ${backend.name}`, () => {
    const testServer = testServers(backend);

    test("every non-public route in the OpenAPI document answers 401 without a session or token", async () => {
      const { app } = await testServer();
      const all = await routes(app);
      assert.ok(all.length >= 20, `expected the whole API in the document, got ${all.length} routes`);
      const open = all.filter((r) => r.access === "public").map((r) => `${r.method} ${r.path}`);
      assert.deepEqual(open.sort(), ["GET /api/health", "GET /api/openapi.json", "POST /api/login"]);
      for (const r of all.filter((x) => x.access !== "public")) {
        const res = await app.request(`${BASE}${r.path}`, {
          method: r.method,
          headers: { "content-type": "application/json" },
          body: r.method === "GET" ? undefined : "{}",
        });
        assert.equal(res.status, 401, `${r.method} ${r.path}`);
        const body = (await res.json()) as { error: { code: string } };
        assert.equal(body.error.code, "unauthorized");
      }
    });

    test("public read-only mode opens viewer GETs and nothing else", async () => {
      const { app } = await testServer({ publicRead: true });
      for (const r of (await routes(app)).filter((x) => x.access !== "public")) {
        const res = await app.request(`${BASE}${r.path}`, {
          method: r.method,
          headers: { "content-type": "application/json" },
          body: r.method === "GET" ? undefined : "{}",
        });
        if (r.access === "viewer" && r.method === "GET")
          assert.notEqual(res.status, 401, `${r.method} ${r.path}`);
        else assert.equal(res.status, 401, `${r.method} ${r.path}`);
      }
    });

    test("a session cookie is HttpOnly and SameSite=Lax, Secure over https, and logout ends it", async () => {
      const { app } = await testServer();
      const viewer = new Client(app);
      const res = await viewer.login("viewer");
      assert.equal(res.status, 200);
      assert.match(
        res.headers.get("set-cookie") ?? "",
        /pw_session=[\w-]{40,}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Lax/,
      );
      assert.doesNotMatch(res.headers.get("set-cookie") ?? "", /Secure/);
      const https = await app.request("https://pledgewire.test/api/login", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "viewer", password: PASSWORD }),
      });
      assert.match(https.headers.get("set-cookie") ?? "", /; Secure/);
      assert.equal((await viewer.request("/api/entries")).status, 200);
      assert.equal((await viewer.request("/api/logout", { method: "POST" })).status, 200);
      assert.equal((await viewer.request("/api/entries")).status, 401);
    });

    test("wrong passwords are refused alike for unknown users, and the sixth try in a row is rate limited", async () => {
      const { app } = await testServer();
      const client = new Client(app);
      assert.equal((await client.login("nobody", "whatever-long")).status, 401);
      for (let i = 0; i < 4; i++)
        assert.equal((await client.login("analyst", "wrong password!")).status, 401);
      assert.equal((await client.login("analyst", "wrong password!")).status, 401);
      const limited = await client.login("analyst");
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get("retry-after")) > 0);
    });

    test("a login posted from another origin is refused", async () => {
      const { app } = await testServer();
      const res = await app.request(`${BASE}/api/login`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: "https://evil.example" },
        body: JSON.stringify({ name: "admin", password: PASSWORD }),
      });
      assert.equal(res.status, 403);
    });

    test("unsafe requests with a session need the session's CSRF token", async () => {
      const { app } = await testServer();
      const analyst = new Client(app);
      await analyst.login("analyst");
      const body = { text: "Norway has announced a grant of NOK 500 million to Ukraine.", id: "n1" };
      assert.equal((await analyst.request("/api/ingest", { method: "POST", body, csrf: false })).status, 403);
      assert.equal((await analyst.request("/api/ingest", { method: "POST", body })).status, 200);
    });

    test("roles: viewers read, analysts ingest and review, admins manage users", async () => {
      const { app } = await testServer();
      const viewer = new Client(app);
      await viewer.login("viewer");
      const analyst = new Client(app);
      await analyst.login("analyst");
      const admin = new Client(app);
      await admin.login("admin");
      assert.equal(
        (await viewer.request("/api/ingest", { method: "POST", body: { text: "x" } })).status,
        403,
      );
      assert.equal((await viewer.request("/api/review/queue")).status, 403);
      assert.equal((await analyst.request("/api/review/queue")).status, 200);
      assert.equal((await analyst.request("/api/users")).status, 403);
      assert.equal((await admin.request("/api/users")).status, 200);
      const created = await admin.request("/api/users", {
        method: "POST",
        body: { name: "sam", password: "short", role: "viewer" },
      });
      assert.equal(created.status, 400);
      assert.match(await created.text(), /password wants 10 to 200 characters/);
      assert.equal((await admin.request("/api/users/admin", { method: "DELETE" })).status, 409);
    });

    test("API tokens: shown once, stored as a hash, limited by their role, revocable", async () => {
      const { app, accounts } = await testServer();
      const admin = new Client(app);
      await admin.login("admin");
      const made = await admin.json<{ id: string; token: string }>("/api/tokens", {
        method: "POST",
        body: { label: "ci", role: "viewer" },
      });
      assert.match(made.token, /^pw_/);
      const stored = await accounts.listTokens();
      assert.equal(stored.length, 1);
      assert.ok(!JSON.stringify(stored).includes(made.token), "the secret is not stored");
      const bearer = (path: string, method = "GET", token = made.token) =>
        app.request(`${BASE}${path}`, {
          method,
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: method === "GET" ? undefined : "{}",
        });
      assert.equal((await bearer("/api/entries")).status, 200);
      assert.equal(
        (await bearer("/api/ingest", "POST")).status,
        403,
        "a viewer token cannot ingest, though its owner could",
      );
      assert.equal((await bearer("/api/entries", "GET", "pw_forged")).status, 401);
      assert.equal((await admin.request(`/api/tokens/${made.id}`, { method: "DELETE" })).status, 200);
      assert.equal((await bearer("/api/entries")).status, 401);
    });

    test("every response carries a CSP without inline script, and the docs page lists the routes", async () => {
      const { app } = await testServer();
      const res = await app.request(`${BASE}/docs`);
      const csp = res.headers.get("content-security-policy") ?? "";
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline/);
      assert.match(csp, /frame-ancestors 'none'/);
      const page = await res.text();
      assert.match(page, /\/api\/entries\/\{id\}/);
      assert.doesNotMatch(page, /<script/);
      assert.equal(res.headers.get("x-content-type-options"), "nosniff");
    });
  });
}

test("the limiter forgets failures once they leave the window", () => {
  let now = 0;
  const limiter = new LoginLimiter(2, 1000, () => now);
  limiter.fail("a");
  limiter.fail("a");
  assert.equal(limiter.retryAfter("a"), 1);
  now = 1001;
  assert.equal(limiter.retryAfter("a"), 0);
});

for (const backend of backends) {
  test(`\`pledgewire user add\` reads the password from stdin and writes a hashed user to ${backend.name}`, async () => {
    const { target, drop } = await backend.fresh();
    try {
      const out = new PassThrough();
      const err = new PassThrough();
      const io = { stdin: Readable.from([`${PASSWORD}\n`]), stdout: out, stderr: err };
      assert.equal(await main(["user", "add", "root", "--role", "admin", "--db", target], io), 0);
      const store = await openStore(target);
      try {
        const user = await new StoreAccounts(store.db).getUser("root");
        assert.equal(user?.role, "admin");
        assert.match(user?.password_hash ?? "", /^scrypt\$131072\$8\$1\$/);
        assert.ok(!user?.password_hash.includes(PASSWORD));
      } finally {
        await store.close();
      }
      const short = { stdin: Readable.from(["short\n"]), stdout: out, stderr: err };
      assert.equal(await main(["user", "add", "root", "--db", target], short), 1);
      assert.equal(await main(["user", "add", "root", "--role", "boss", "--db", target], short), 2);
    } finally {
      await drop();
    }
  });
}
