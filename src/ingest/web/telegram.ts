// Reads a Telegram Desktop channel export (result.json): one article per message that has text.
import { readFile } from "node:fs/promises";
import type { Article } from "../../core/doc.js";
import { PledgewireError } from "../../core/errors.js";
import type { InputResult } from "../../input/read-inputs.js";
import { problem } from "../../input/read-inputs.js";

/** The part of Telegram Desktop's "Export chat history" JSON that is read here. */
interface TelegramExport {
  name?: string;
  id?: number | string;
  /** Public channels only; exports of private ones have none, so their messages get no url. */
  username?: string;
  messages: TelegramMessage[];
}
interface TelegramMessage {
  id: number;
  type: string;
  /** "2024-11-04T12:30:00", local time of the exporting machine. */
  date?: string;
  /** Plain, or runs of plain strings and entities: ["Danish ", {"type": "bold", "text": "F-16"}, " arrive"]. */
  text?: string | Array<string | { type?: string; text?: string }>;
}

/** Every message with text in the export at `path`, oldest first as the export lists them. */
export async function* readTelegramExport(path: string): AsyncGenerator<InputResult> {
  let data: TelegramExport;
  try {
    data = parseExport(await readFile(path, "utf8"));
  } catch (error) {
    yield problem(path, error);
    return;
  }
  const channel = data.username ?? String(data.id ?? data.name ?? "telegram");
  let found = 0;
  for (const message of data.messages) {
    if (message.type !== "message") continue;
    const text = messageText(message.text).trim();
    if (!text) continue; // A photo or a sticker alone: nothing to read.
    found++;
    const article: Article = {
      id: `${channel}/${message.id}`,
      text,
      title: null,
      published: message.date?.slice(0, 10) ?? null,
      url: data.username ? `https://t.me/${data.username}/${message.id}` : null,
      outlet: data.name ?? null,
      origin: `${path}#${message.id}`,
    };
    yield { kind: "article", article };
  }
  if (found === 0)
    yield problem(path, new PledgewireError("input_empty", "no message with text in the export"));
}

function parseExport(json: string): TelegramExport {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new PledgewireError("input_malformed", `bad JSON: ${(error as Error).message}`);
  }
  const messages = (value as { messages?: unknown } | null)?.messages;
  if (!Array.isArray(messages)) {
    throw new PledgewireError("input_malformed", "not a Telegram Desktop export (no messages list)");
  }
  return value as TelegramExport;
}

function messageText(text: TelegramMessage["text"]): string {
  if (typeof text === "string") return text;
  if (!Array.isArray(text)) return "";
  return text.map((part) => (typeof part === "string" ? part : (part.text ?? ""))).join("");
}
