// `pledgewire user add NAME --role ROLE`: creates a user (the first admin, typically) in the ledger store.
import { parseArgs } from "node:util";
import { PledgewireError } from "../core/errors.js";
import { hashPassword } from "../server/auth.js";
import { ROLES } from "../server/data.js";
import type { Role } from "../server/data.js";
import { StoreAccounts } from "../server/store-accounts.js";
import { readPassword, readUserName } from "../server/validate.js";
import { openStoreFor, STORE_HELP } from "./ingest.js";
import type { Io } from "./io.js";

export const USER_USAGE = `usage: pledgewire user add NAME [--role ROLE] [--db PATH|URL]

Creates a user, or sets an existing user's password and role. The password (10 characters or more)
is read from the first line of standard input, or from PLEDGEWIRE_PASSWORD, never from the command
line where other users could see it:

  printf '%s\\n' "$PASSWORD" | pledgewire user add alice --role admin

options:
  --role ROLE             viewer (read), analyst (review, ingest) or admin (users, tokens); default viewer
${STORE_HELP}
  -h, --help              show this help
`;

async function firstLine(stdin: AsyncIterable<Buffer | string>): Promise<string> {
  let text = "";
  for await (const chunk of stdin) {
    text += chunk.toString();
    if (text.includes("\n")) break;
  }
  return text.split(/\r?\n/, 1)[0] ?? "";
}

export async function runUser(args: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        role: { type: "string", default: "viewer" },
        db: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    io.stderr.write(`pledgewire user: ${(error as Error).message}\nTry 'pledgewire user --help'.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USER_USAGE);
    return 0;
  }
  const [verb, name] = positionals;
  if (
    verb !== "add" ||
    name === undefined ||
    positionals.length !== 2 ||
    !(ROLES as readonly string[]).includes(values.role)
  ) {
    io.stderr.write(`pledgewire user: want 'add NAME' and --role ${ROLES.join(", ")}\n${USER_USAGE}`);
    return 2;
  }
  let password: string;
  let user: string;
  try {
    password = readPassword(process.env.PLEDGEWIRE_PASSWORD ?? (await firstLine(io.stdin)));
    user = readUserName(name);
  } catch (error) {
    if (!(error instanceof PledgewireError)) throw error;
    io.stderr.write(`pledgewire user: ${error.message}\n`);
    return 1;
  }
  const store = await openStoreFor("user", values.db, io);
  if (!store) return 1;
  try {
    const accounts = new StoreAccounts(store.db);
    const existed = (await accounts.getUser(user)) !== null;
    await accounts.putUser({
      name: user,
      role: values.role as Role,
      password_hash: await hashPassword(password),
      created: new Date().toISOString(),
    });
    io.stdout.write(
      `pledgewire user: ${existed ? "updated" : "added"} ${user} (${values.role}) in ${store.name}\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
