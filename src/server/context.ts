// What every server layer shares: the dependencies, who is asking, and the Hono environment carrying it.
import type { Context } from "hono";
import type { LoginLimiter } from "./auth.js";
import type { Accounts, LedgerData, Role, SessionRecord } from "./data.js";

/** Who is asking: a session (carries the CSRF token), an API token, or anyone in public read-only mode. */
export interface Auth {
  user: string;
  role: Role;
  via: "session" | "token" | "public";
  session?: SessionRecord;
}

export type AppEnv = { Variables: { auth: Auth | null } };
export type AppContext = Context<AppEnv>;

export interface ServerOptions {
  /** Lets anyone read (GET routes open to viewers) without logging in. */
  publicRead: boolean;
  /** Session cookies marked Secure: always, never, or when the request came over https. */
  secureCookies: boolean | "auto";
  /** Folder of the built dashboard (index.html and its assets); null serves the API alone. */
  webRoot: string | null;
}

export interface Deps {
  data: LedgerData;
  accounts: Accounts;
  limiter: LoginLimiter;
  options: ServerOptions;
}
