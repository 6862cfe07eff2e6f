// Generated ledger documents for the API benchmark: one to three events between a donor and a recipient each, as the store keeps them.
import type { Category, LedgerEvent } from "../src/core/ledger.js";
import { CATEGORIES } from "../src/core/ledger.js";
import { fingerprint, signatureBytes } from "../src/ingest/fingerprint.js";
import type { NewDocument } from "../src/store/repository.js";
import { documentFields } from "../src/store/repository.js";
import type { Rng } from "./rng.js";

/**
 * 40 donors and 8 recipients: 320 donor → recipient pairs, so each pair holds some hundreds of acts over the
 * four years. (Linking deliveries to pledges looks at every act of a pair, so a ledger whose 100,000
 * documents were all between 16 donors and Ukraine would take the resolver an hour to build.)
 */
const DONORS =
  "US DE GB LT PL SE NO DK FR NL CA EU FI EE LV CZ IT ES PT SK RO BG HR SI AT IE LU GR IS AU NZ JP KR TR CH BE NATO WB IMF EIB".split(
    " ",
  );
const RECIPIENTS = ["UA", "MD", "GE", "AM", "RS", "BA", "MK", "AL"];
const CURRENCIES = ["EUR", "USD", "GBP", "SEK", "NOK"];

/**
 * A synthetic document as ingest would write it: one to three events between a donor and a recipient, with
 * evidence into its text. No extractor runs, so 100,000 of them are written in a minute.
 */
export function generatedDocument(rng: Rng, i: number): NewDocument {
  const events: LedgerEvent[] = [];
  let text = "";
  for (let n = rng.int(1, 3); n > 0; n--) {
    const donor = rng.pick(DONORS);
    const recipient = rng.pick(RECIPIENTS);
    const type = rng.pick(["pledge", "pledge", "delivery", "agreement"] as const);
    const date = `${rng.int(2022, 2025)}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
    const category: Category = rng.pick(CATEGORIES);
    const amount = rng.int(1, 900) * 1_000_000;
    const currency = rng.pick(CURRENCIES);
    const sentence = `${donor} ${type === "delivery" ? "delivered" : type === "pledge" ? "pledged" : "signed an agreement with"} ${recipient} ${amount} ${currency} for ${category} on ${date} (report ${i}).`;
    const start = text.length;
    text += `${sentence} `;
    const evidence = [{ start, end: start + sentence.length, text: sentence }];
    events.push(
      type === "agreement"
        ? {
            type,
            parties: [donor, recipient].sort(),
            instrument: "memorandum",
            status: "signed",
            scope: [category],
            date,
            retrospective: false,
            evidence,
          }
        : {
            type,
            donor,
            recipient,
            aid_type: "military",
            value: { amount, currency },
            items: [{ category, text: category }],
            date,
            retrospective: false,
            cumulative: false,
            evidence,
          },
    );
  }
  const fp = fingerprint(text);
  const published = events[0]?.date ?? null;
  const extraction = {
    ledger: {
      id: `report-${i}`,
      document: { title: `Report ${i}`, published, languages: ["en"] },
      events,
    },
    cleanText: text,
    entities: [],
    officials: [],
  };
  return {
    row: {
      id: fp.id,
      content_hash: fp.hash,
      source_id: `report-${i}`,
      origin: null,
      url: null,
      language: "en",
      text,
      minhash: signatureBytes(fp.signature),
      duplicate_of: null,
      extractor_version: "generated",
      ingested_at: new Date().toISOString(),
      ...documentFields(extraction, text),
    },
    extraction,
    bands: [],
  };
}
