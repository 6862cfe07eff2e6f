// The `pledgewire` command line: a table of commands, each with its own options and help.
import { runExtract } from "./extract.js";
import type { Io } from "./io.js";
import { processIo } from "./io.js";

interface Command {
  summary: string;
  run(args: string[], io: Io): Promise<number>;
}

/** Adding a command (ingest, serve, ledger, export) is one entry here. */
const COMMANDS: Record<string, Command> = {
  extract: { summary: "print the agreements, pledges and deliveries in articles", run: runExtract },
  ingest: {
    summary: "read articles, pages and feeds into the ledger store, once per document",
    run: async (args, io) => (await import("./ingest.js")).runIngest(args, io),
  },
  watch: {
    summary: "poll feeds and ingest their new entries",
    run: async (args, io) => (await import("./watch.js")).runWatch(args, io),
  },
  reprocess: {
    summary: "extract stored documents again after the extractor changed",
    run: async (args, io) => (await import("./reprocess.js")).runReprocess(args, io),
  },
  eval: {
    summary: "score extraction against gold events",
    // Loaded on use: evaluation code is not needed to extract.
    run: async (args, io) => (await import("../eval/command.js")).runEvalCommand(args, io),
  },
  ledger: {
    summary: "one entry per act across reports, with EUR totals per donor and recipient",
    run: async (args, io) => (await import("./ledger.js")).runLedger(args, io),
  },
  export: {
    summary: "write the ledger as csv, xlsx or json with the Kiel tracker's columns",
    run: async (args, io) => (await import("./ledger.js")).runExport(args, io),
  },
  fx: {
    summary: "refresh the ECB euro reference rates ('fx update')",
    run: async (args, io) => (await import("./fx.js")).runFx(args, io),
  },
  serve: {
    summary: "serve the ledger API, its docs and the dashboard",
    run: async (args, io) => (await import("./serve.js")).runServe(args, io),
  },
  user: {
    summary: "add a user who may log in to serve",
    run: async (args, io) => (await import("./user.js")).runUser(args, io),
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const rows = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `usage: pledgewire <command> [options]\n\ncommands:\n${rows.join("\n")}\n\nRun 'pledgewire <command> --help' for a command's options.\n`;
}

/** Runs one command line (without the node and script arguments) and returns the exit status. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === "help" || name === "--help" || name === "-h") {
    const topic = args[0] !== undefined && Object.hasOwn(COMMANDS, args[0]) ? COMMANDS[args[0]] : undefined;
    if (topic) return topic.run(["--help"], io);
    io.stdout.write(usage());
    return 0;
  }
  const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr.write((name === undefined ? "" : `pledgewire: unknown command "${name}"\n`) + usage());
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    io.stderr.write(`pledgewire ${name}: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
