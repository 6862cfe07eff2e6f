// Account routes: log in and out, who am I, and the admin's users and API tokens.
import { getConnInfo } from "@hono/node-server/conninfo";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { PledgewireError } from "../core/errors.js";
import { hashPassword, newSecret, sha256, verifyPassword } from "./auth.js";
import type { AppContext, Deps } from "./context.js";
import type { Role, TokenRecord, UserRecord } from "./data.js";
import { ROLES } from "./data.js";
import { notFound } from "./http-errors.js";
import type { Route } from "./route.js";
import { readNewUser } from "./validate.js";

export const SESSION_COOKIE = "pw_session";
const SESSION_HOURS = 12;
let dummy: Promise<string> | null = null;

/** Verified against when the user does not exist, so a wrong name takes as long as a wrong password. */
function dummyHash(): Promise<string> {
  return (dummy ??= hashPassword(newSecret()));
}

function clientAddress(c: AppContext): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // In-process requests (tests) have no socket.
    return "local";
  }
}

/** A browser's login form on another site posting here ("login CSRF") is refused by its Origin. */
function sameOrigin(c: AppContext): boolean {
  const origin = c.req.header("origin");
  return origin === undefined || origin === new URL(c.req.url).origin;
}

function secure(c: AppContext, setting: boolean | "auto"): boolean {
  return setting === "auto" ? new URL(c.req.url).protocol === "https:" : setting;
}

function publicUser(u: UserRecord): { name: string; role: Role; created: string } {
  return { name: u.name, role: u.role, created: u.created };
}

function publicToken(t: TokenRecord): Omit<TokenRecord, "token_hash"> {
  return { id: t.id, user: t.user, role: t.role, label: t.label, created: t.created };
}

async function jsonBody(c: AppContext): Promise<Record<string, unknown>> {
  const body: unknown = await c.req.json().catch(() => null);
  if (typeof body !== "object" || body === null)
    throw new PledgewireError("invalid_request", "body must be a JSON object");
  return body as Record<string, unknown>;
}

export function accountRoutes({ accounts, limiter, options }: Deps): Route[] {
  return [
    {
      method: "get",
      path: "/api/health",
      tag: "accounts",
      summary: "Liveness check",
      access: "public",
      response: "Health",
      handle: async (c) => c.json({ ok: true }),
    },
    {
      method: "post",
      path: "/api/login",
      tag: "accounts",
      summary: "Starts a session: sets an HttpOnly cookie and returns the CSRF token for unsafe requests",
      access: "public",
      body: "Login",
      response: "Me",
      handle: async (c) => {
        if (!sameOrigin(c)) throw new PledgewireError("forbidden", "login from another origin refused");
        const body = await jsonBody(c);
        const name = String(body.name ?? "");
        const password = String(body.password ?? "");
        const key = `${clientAddress(c)}|${name}`;
        const wait = limiter.retryAfter(key);
        if (wait > 0) {
          c.header("retry-after", String(wait));
          throw new PledgewireError(
            "rate_limited",
            `too many failed logins for "${name}"; try again in ${wait} s`,
          );
        }
        const user = await accounts.getUser(name);
        const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHash()));
        if (!user || !ok) {
          limiter.fail(key);
          throw new PledgewireError("unauthorized", "wrong user name or password");
        }
        limiter.succeed(key);
        const sid = newSecret();
        const csrf = newSecret();
        await accounts.putSession({
          id_hash: sha256(sid),
          user: user.name,
          csrf,
          expires: Date.now() + SESSION_HOURS * 3600_000,
        });
        setCookie(c, SESSION_COOKIE, sid, {
          httpOnly: true,
          sameSite: "Lax",
          secure: secure(c, options.secureCookies),
          path: "/",
          maxAge: SESSION_HOURS * 3600,
        });
        return c.json({ user: { name: user.name, role: user.role }, csrf, public: options.publicRead });
      },
    },
    {
      method: "post",
      path: "/api/logout",
      tag: "accounts",
      summary: "Ends the session",
      access: "login",
      response: "Ok",
      handle: async (c) => {
        const sid = getCookie(c, SESSION_COOKIE);
        if (sid) await accounts.deleteSession(sha256(sid));
        deleteCookie(c, SESSION_COOKIE, { path: "/", secure: secure(c, options.secureCookies) });
        return c.json({ ok: true });
      },
    },
    {
      method: "get",
      path: "/api/me",
      tag: "accounts",
      summary: "The signed-in user, their role and the session's CSRF token",
      access: "viewer",
      response: "Me",
      handle: async (c) => {
        const auth = c.get("auth");
        return c.json({
          user: auth && auth.via !== "public" ? { name: auth.user, role: auth.role } : null,
          csrf: auth?.session?.csrf ?? null,
          public: options.publicRead,
        });
      },
    },
    {
      method: "get",
      path: "/api/users",
      tag: "admin",
      summary: "Users and their roles",
      access: "admin",
      response: "UserList",
      handle: async (c) => c.json({ items: (await accounts.listUsers()).map(publicUser) }),
    },
    {
      method: "post",
      path: "/api/users",
      tag: "admin",
      summary: "Creates a user, or sets an existing user's password and role",
      access: "admin",
      body: "NewUser",
      response: "User",
      handle: async (c) => {
        const { name, password, role } = readNewUser(await jsonBody(c));
        const user = {
          name,
          role,
          password_hash: await hashPassword(password),
          created: new Date().toISOString(),
        };
        await accounts.putUser(user);
        return c.json(publicUser(user), 201);
      },
    },
    {
      method: "delete",
      path: "/api/users/{name}",
      tag: "admin",
      summary: "Deletes a user with their sessions and tokens; the last admin stays",
      access: "admin",
      response: "Ok",
      handle: async (c) => {
        const name = c.req.param("name") ?? "";
        const users = await accounts.listUsers();
        const target = users.find((u) => u.name === name);
        if (!target) throw notFound("user", name);
        if (target.role === "admin" && users.filter((u) => u.role === "admin").length === 1) {
          throw new PledgewireError("conflict", `"${name}" is the last admin`);
        }
        await accounts.deleteUser(name);
        return c.json({ ok: true });
      },
    },
    {
      method: "get",
      path: "/api/tokens",
      tag: "admin",
      summary: "API tokens (without their secrets)",
      access: "admin",
      response: "TokenList",
      handle: async (c) => c.json({ items: (await accounts.listTokens()).map(publicToken) }),
    },
    {
      method: "post",
      path: "/api/tokens",
      tag: "admin",
      summary: "Creates an API token for the calling admin; the secret is shown only in this response",
      access: "admin",
      body: "NewToken",
      response: "NewTokenResult",
      handle: async (c) => {
        const body = await jsonBody(c);
        const role = String(body.role ?? "viewer");
        if (!(ROLES as readonly string[]).includes(role))
          throw new PledgewireError(
            "invalid_request",
            `role must be one of ${ROLES.join(", ")}, got "${role}"`,
          );
        const secret = newSecret("pw_");
        const token: TokenRecord = {
          id: newSecret().slice(0, 12),
          token_hash: sha256(secret),
          user: c.get("auth")?.user ?? "?",
          role: role as Role,
          label: String(body.label ?? "").slice(0, 100),
          created: new Date().toISOString(),
        };
        await accounts.putToken(token);
        return c.json({ ...publicToken(token), token: secret }, 201);
      },
    },
    {
      method: "delete",
      path: "/api/tokens/{id}",
      tag: "admin",
      summary: "Revokes an API token",
      access: "admin",
      response: "Ok",
      handle: async (c) => {
        const id = c.req.param("id") ?? "";
        if (!(await accounts.deleteToken(id))) throw notFound("token", id);
        return c.json({ ok: true });
      },
    },
  ];
}
