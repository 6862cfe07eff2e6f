// Renders one ledger document as a short readable summary: its head, then one row per event.
import type { Figure, LedgerDocument, LedgerEvent, MoneyValue } from "../core/ledger.js";

/** 40000000 → "40M", 5000 → "5K"; made on first use, as building it loads locale data. */
let compact: Intl.NumberFormat | null = null;
const QUALIFIER = { more_than: ">", up_to: "up to ", about: "~" } as const;
const TYPE_WIDTH = 10;
const WHO_WIDTH = 12;
const EVIDENCE_LENGTH = 110;

/**
 * seed  Ukraine and Lithuania have signed a memorandum ...
 *   published 2025-01-02 · languages en, ru · 2 events
 *   agreement  LT + UA      memorandum · signed · scope uav, ammunition
 *                           "In particular, the Memorandum provides for ..."
 */
export function renderTable(doc: LedgerDocument): string {
  const { document: head, events } = doc;
  const facts = [`published ${head.published ?? "unknown"}`];
  if (head.reference_date) facts.push(`written ${head.reference_date}`);
  facts.push(`languages ${head.languages.join(", ") || "none"}`);
  facts.push(events.length === 1 ? "1 event" : `${events.length} events`);
  const lines = [`${doc.id}  ${head.title ?? "(no title)"}`, `  ${facts.join(" · ")}`];
  const indent = " ".repeat(2 + TYPE_WIDTH + 1 + WHO_WIDTH + 1);
  for (const event of events) {
    const row = `  ${event.type.padEnd(TYPE_WIDTH)} ${who(event).padEnd(WHO_WIDTH)} ${details(event).join(" · ")}`;
    lines.push(row.trimEnd());
    const evidence = event.evidence[0];
    if (evidence) lines.push(`${indent}"${shorten(evidence.text)}"`);
  }
  return lines.join("\n") + "\n\n";
}

function who(event: LedgerEvent): string {
  if (event.parties?.length) return event.parties.join(" + ");
  return `${event.donor ?? "?"} → ${event.recipient ?? "?"}`;
}

function details(event: LedgerEvent): string[] {
  const out: string[] = [];
  if (event.instrument) out.push(event.instrument);
  if (event.status) out.push(event.status);
  if (event.scope?.length) out.push(`scope ${event.scope.join(", ")}`);
  if (event.aid_type) out.push(event.aid_type);
  if (event.value) out.push(money(event.value));
  if (event.items?.length) {
    out.push(
      event.items.map((i) => (i.quantity ? `${figure(i.quantity)} ${i.category}` : i.category)).join(", "),
    );
  }
  if (event.date) out.push(event.date);
  if (event.deadline) out.push(`due ${event.deadline}`);
  if (event.retrospective) out.push("retro");
  if (event.cumulative) out.push("cumul");
  return out;
}

export function money(value: MoneyValue): string {
  return `${figure(value)} ${value.currency}`;
}

/** {min: 40e6, max: 50e6} → "40M–50M"; {min: 5000, qualifier: "more_than"} → ">5K". */
export function figure(f: Figure): string {
  compact ??= new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 2 });
  const format = compact;
  const number =
    f.amount != null
      ? format.format(f.amount)
      : [f.min, f.max]
          .filter((n) => n != null)
          .map((n) => format.format(n as number))
          .join("–");
  return `${f.qualifier ? QUALIFIER[f.qualifier] : ""}${number || "?"}`;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= EVIDENCE_LENGTH ? flat : `${flat.slice(0, EVIDENCE_LENGTH - 1).trimEnd()}…`;
}
