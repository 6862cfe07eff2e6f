// `pledgewire watch`: polls feeds with conditional requests and ingests what is new, until stopped.
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { ingest } from "../ingest/ingest.js";
import { pollFeed } from "../ingest/web/index.js";
import { feedState, saveFeedState } from "../store/repository.js";
import { UsageError } from "./extract.js";
import type { Io } from "./io.js";
import { complain } from "./io.js";
import {
  openStoreFor,
  parseCommand,
  parseWorkers,
  STORE_HELP,
  STORE_OPTIONS,
  writeSummary,
} from "./ingest.js";

export const WATCH_USAGE = `usage: pledgewire watch [options] FEED...

Polls each RSS or Atom feed, asking only for what changed since the last poll (ETag, Last-Modified),
and ingests entries not seen before, as \`ingest\` does. The feeds' state is kept in the store, so a
restarted watch goes on where it stopped. Stops on Ctrl-C (or SIGTERM) after the poll in progress.

options:
${STORE_HELP}
  --interval SECONDS      time between polls of all feeds (default 900)
  --once                  poll each feed once and stop
  --workers N             extraction threads (default 0: feeds bring few articles at a time)
  --json                  print each poll's summary as JSON (one object a line)
  -h, --help              show this help
`;

export async function runWatch(args: string[], io: Io): Promise<number> {
  const parsed = parseCommand("watch", io, () => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { ...STORE_OPTIONS, interval: { type: "string" }, once: { type: "boolean" } },
    });
    if (values.help) return "help" as const;
    if (positionals.length === 0) throw new UsageError("give at least one FEED address to watch");
    const interval = Number(values.interval ?? 900);
    if (!Number.isFinite(interval) || interval < 1)
      throw new UsageError(`--interval wants a number of seconds, at least 1, got "${values.interval}"`);
    return {
      feeds: positionals,
      db: values.db,
      interval,
      once: values.once ?? false,
      workers: parseWorkers(values.workers, 0),
      json: values.json ?? false,
    };
  });
  if (typeof parsed === "number") return parsed;
  if (parsed === "help") {
    io.stdout.write(WATCH_USAGE);
    return 0;
  }
  const store = await openStoreFor("watch", parsed.db, io);
  if (!store) return 1;
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
  let failures = 0;
  try {
    while (!stop.signal.aborted) {
      for (const url of parsed.feeds) {
        if (stop.signal.aborted) break;
        try {
          const { state, results } = await pollFeed(url, await feedState(store.db, url));
          const summary = await ingest(results, {
            store,
            command: "watch",
            args: [url],
            workers: parsed.workers,
          });
          // Saved after the entries are stored: a watch killed in between polls them again, and the
          // store recognises what it already has.
          await saveFeedState(store.db, url, state);
          writeSummary(io, summary, parsed.json);
        } catch (error) {
          failures++;
          complain(io, url, error instanceof Error ? error.message : String(error));
        }
      }
      if (parsed.once) break;
      await sleep(parsed.interval * 1000, undefined, { signal: stop.signal }).catch(() => {});
    }
  } finally {
    process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
    await store.close();
  }
  return parsed.once && failures === parsed.feeds.length ? 1 : 0;
}
