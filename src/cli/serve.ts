// `pledgewire serve`: the REST API, its OpenAPI docs and the dashboard on one port.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { defaultWorkers, openStoreFor, STORE_HELP, withoutPassword, writeSummary } from "./ingest.js";
import type { Io } from "./io.js";

export const SERVE_USAGE = `usage: pledgewire serve [options] [FILE...]

Serves the ledger store (API at /api, documented at /docs; the dashboard at /). FILE arguments
(articles, folders, feeds, as for ingest) are ingested into the store first; a text already stored
is not stored again, so serving the same files twice adds nothing.

options:
${STORE_HELP}
  --port N                port to listen on (default 8080)
  --host HOST             address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --sample                ingest the bundled sample articles (samples/)
  --public                public read-only mode: anyone may read without logging in
  --secure-cookies WHEN   mark session cookies Secure: auto (when the request is https), always, never;
                          use always behind an https proxy (default auto)
  -h, --help              show this help

Users and API tokens live in the store ('pledgewire user add NAME --role admin --db ...').
`;

export const SAMPLES = fileURLToPath(new URL("../../../samples/", import.meta.url));
const WEB_ROOT = fileURLToPath(new URL("../../web/", import.meta.url));

export async function runServe(args: string[], io: Io): Promise<number> {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        port: { type: "string", default: "8080" },
        host: { type: "string", default: "127.0.0.1" },
        sample: { type: "boolean" },
        db: { type: "string" },
        public: { type: "boolean" },
        "secure-cookies": { type: "string", default: "auto" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    io.stderr.write(`pledgewire serve: ${(error as Error).message}\nTry 'pledgewire serve --help'.\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(SERVE_USAGE);
    return 0;
  }
  const port = Number(values.port);
  const cookies = values["secure-cookies"];
  if (!Number.isInteger(port) || port < 0 || port > 65535 || !["auto", "always", "never"].includes(cookies)) {
    io.stderr.write(`pledgewire serve: --port wants 0-65535 and --secure-cookies auto, always or never\n`);
    return 2;
  }
  const { serve } = await import("@hono/node-server");
  const { createApp } = await import("../server/app.js");
  const { StoreData } = await import("../server/store-data.js");
  const { StoreAccounts } = await import("../server/store-accounts.js");
  const store = await openStoreFor("serve", values.db, io);
  if (!store) return 1;
  const data = new StoreData(store);
  const accounts = new StoreAccounts(store.db);
  const paths = [...(values.sample ? [SAMPLES] : []), ...positionals];
  if (paths.length) {
    const { ingest } = await import("../ingest/ingest.js");
    const { readSources } = await import("../ingest/sources.js");
    const summary = await ingest(readSources(paths), {
      store,
      command: "serve",
      args: args.map(withoutPassword),
      workers: defaultWorkers(),
    });
    writeSummary({ ...io, stdout: io.stderr }, summary, false);
  } else await data.catchUp();
  if ((await accounts.countUsers()) === 0 && !values.public) {
    io.stderr.write(
      `pledgewire serve: no users in ${store.name} yet; add one with 'pledgewire user add NAME --role admin'\n`,
    );
  }
  if (!existsSync(WEB_ROOT))
    io.stderr.write(`pledgewire serve: no dashboard build in ${WEB_ROOT}; run 'npm run build'\n`);
  const app = createApp({
    data,
    accounts,
    options: {
      publicRead: values.public ?? false,
      secureCookies: cookies === "auto" ? "auto" : cookies === "always",
      webRoot: existsSync(WEB_ROOT) ? WEB_ROOT : null,
    },
  });
  const server = serve({ fetch: app.fetch, port, hostname: values.host }, (info) => {
    io.stdout.write(`pledgewire serve: http://${values.host}:${info.port}/ (API docs at /docs)\n`);
  });
  // Runs until the process is stopped; Ctrl-C or SIGTERM closes open connections first.
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      server.close(() => resolve());
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await store.close();
  return 0;
}
