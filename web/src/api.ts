// Talks to /api: JSON in and out, the session's CSRF token on unsafe requests, 401 sends the user to log in.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface Me {
  user: { name: string; role: "viewer" | "analyst" | "admin" } | null;
  csrf: string | null;
  public: boolean;
}

let csrf: string | null = null;
let onUnauthorized: () => void = () => undefined;

export function setSession(me: Me): void {
  csrf = me.csrf;
}

export function whenUnauthorized(handler: () => void): void {
  onUnauthorized = handler;
}

export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; form?: FormData } = {},
): Promise<T> {
  const headers: Record<string, string> = {};
  const method = init.method ?? "GET";
  if (method !== "GET" && csrf) headers["x-csrf-token"] = csrf;
  let body: BodyInit | undefined;
  if (init.form) body = init.form;
  else if (init.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(init.body);
  }
  const res = await fetch(path, { method, headers, body, credentials: "same-origin" });
  if (res.status === 401 && path !== "/api/login") onUnauthorized();
  if (!res.ok) {
    const problem = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new ApiError(res.status, problem?.error?.message ?? `HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}

/** "?type=pledge&donor=LT" from the non-empty values. */
export function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
}
