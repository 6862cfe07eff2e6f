// The Hono application: security headers, who is asking, each route behind its permission check, the dashboard.
import { timingSafeEqual } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getCookie } from "hono/cookie";
import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { PledgewireError } from "../core/errors.js";
import { MAX_FILE_BYTES } from "../input/read-inputs.js";
import { allows, LoginLimiter, sha256 } from "./auth.js";
import type { AppEnv, Auth, Deps, ServerOptions } from "./context.js";
import type { Accounts, LedgerData, Role } from "./data.js";
import { errorResponse } from "./http-errors.js";
import { docsPage, openApiDocument } from "./openapi.js";
import type { Route } from "./route.js";
import { honoPath } from "./route.js";
import { accountRoutes, SESSION_COOKIE } from "./routes-accounts.js";
import { ledgerRoutes } from "./routes-ledger.js";

const JSON_LIMIT = 1024 * 1024;

/** Every API route, the OpenAPI document's own included. */
export function apiRoutes(deps: Deps): Route[] {
  const routes: Route[] = [...accountRoutes(deps), ...ledgerRoutes(deps)];
  routes.push({
    method: "get",
    path: "/api/openapi.json",
    tag: "accounts",
    summary: "This API's OpenAPI 3.1 document",
    access: "public",
    response: "OpenApi",
    handle: async (c) => c.json(openApiDocument(routes)),
  });
  return routes;
}

function lower(a: Role, b: Role): Role {
  return allows(a, b) ? b : a;
}

/** Sets `auth` from a bearer token (which must be valid when sent) or a live session cookie. */
function authenticate(accounts: Accounts): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let auth: Auth | null = null;
    const header = c.req.header("authorization");
    if (header !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      const token = m?.[1] ? await accounts.findToken(sha256(m[1])) : null;
      const user = token ? await accounts.getUser(token.user) : null;
      if (!token || !user) throw new PledgewireError("unauthorized", "the API token is not valid");
      // A token never does more than its owner may do now.
      auth = { user: user.name, role: lower(token.role, user.role), via: "token" };
    } else {
      const sid = getCookie(c, SESSION_COOKIE);
      const session = sid ? await accounts.getSession(sha256(sid)) : null;
      const user = session && session.expires > Date.now() ? await accounts.getUser(session.user) : null;
      if (session && user) auth = { user: user.name, role: user.role, via: "session", session };
    }
    c.set("auth", auth);
    await next();
  };
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The permission layer in front of each route: 401 without a session or token (unless the route is
 * public, or public read-only mode opens a viewer GET), 403 for a role too low, and for a cookie session's
 * unsafe request without the session's CSRF token in X-CSRF-Token. Tokens need no CSRF token: a browser
 * never sends them by itself.
 */
function guard(route: Route, options: ServerOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (route.access === "public") return next();
    const auth = c.get("auth");
    if (!auth) {
      if (options.publicRead && route.access === "viewer" && route.method === "get") {
        c.set("auth", { user: "public", role: "viewer", via: "public" });
        return next();
      }
      throw new PledgewireError("unauthorized", "log in (POST /api/login) or send an API token");
    }
    if (route.access !== "login" && !allows(auth.role, route.access)) {
      throw new PledgewireError(
        "forbidden",
        `this needs the ${route.access} role; "${auth.user}" is ${auth.role}`,
      );
    }
    if (route.method !== "get" && auth.via === "session") {
      const sent = c.req.header("x-csrf-token") ?? "";
      if (!auth.session || !sameSecret(sent, auth.session.csrf)) {
        throw new PledgewireError(
          "forbidden",
          "missing or wrong X-CSRF-Token (GET /api/me gives the session's)",
        );
      }
    }
    return next();
  };
}

/**
 * The dashboard's own files and nothing else: no script from anywhere but here, no inline script or style,
 * no framing, no plugins. Article text reaches the page only through textContent, so even a missed escape
 * could not run.
 */
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** The built dashboard, read once: a fixed set of files, so no request path ever reaches the file system. */
function loadAssets(root: string): Map<string, { body: Buffer; type: string }> {
  const assets = new Map<string, { body: Buffer; type: string }>();
  for (const name of readdirSync(root)) {
    const type = TYPES[extname(name)];
    if (type) assets.set(name, { body: readFileSync(join(root, name)), type });
  }
  return assets;
}

export interface AppParts {
  data: LedgerData;
  accounts: Accounts;
  options: ServerOptions;
  limiter?: LoginLimiter;
}

export function createApp({ data, accounts, options, limiter = new LoginLimiter() }: AppParts): Hono<AppEnv> {
  const deps: Deps = { data, accounts, limiter, options };
  const routes = apiRoutes(deps);
  const app = new Hono<AppEnv>();
  app.use("*", secureHeaders({ contentSecurityPolicy: CSP, referrerPolicy: "same-origin" }));
  app.use("/api/*", authenticate(accounts));
  for (const route of routes) {
    const limit = bodyLimit({
      maxSize: route.path === "/api/ingest" ? MAX_FILE_BYTES + 64 * 1024 : JSON_LIMIT,
      onError: () => {
        throw new PledgewireError("input_too_large", "request body too large");
      },
    });
    app.on(route.method.toUpperCase(), honoPath(route.path), limit, guard(route, options), route.handle);
  }
  app.get("/docs", (c) => c.html(docsPage(routes)));
  if (options.webRoot !== null) {
    const assets = loadAssets(options.webRoot);
    const serve = (name: string) => {
      const asset = assets.get(name);
      if (!asset) return null;
      return new Response(new Uint8Array(asset.body), {
        headers: { "content-type": asset.type, "cache-control": "no-cache" },
      });
    };
    app.get("/", (c) => serve("index.html") ?? c.notFound());
    app.get("/assets/:name", (c) => serve(c.req.param("name")) ?? c.notFound());
  }
  app.notFound((c) =>
    c.json(new PledgewireError("not_found", `no route ${c.req.method} ${c.req.path}`).toJSON(), 404),
  );
  app.onError((error, c) => {
    const { status, body } = errorResponse(error);
    if (status === 500) console.error(error);
    return c.json(body, status);
  });
  return app;
}
