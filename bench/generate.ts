// Generates news-like articles from a language's sentence templates, repeatably from a seed, for the benchmarks.
import type { Article } from "../src/core/doc.js";
import type { Rng } from "./rng.js";

/** A state as the templates name it: "the Netherlands", "Dutch", "The Hague". */
export interface Place {
  name: string;
  adjective: string;
  capital: string;
}

/** Who an article is about, fixed for the whole article so its sentences agree. */
export interface Cast {
  rng: Rng;
  donor: Place;
  partner: Place;
  recipient: Place;
  /** The publication year; dates in the text fall around it. */
  year: number;
}

/** Fills one `{slot}` of a template: "{money}" → "40 million euros". */
export type Slot = (cast: Cast) => string;

/**
 * One language's material. Templates are sentences with `{slot}` marks; a slot written with a capital
 * ("{Donor}") is the same slot with its first letter raised, for the start of a sentence.
 */
export interface LanguageTemplates {
  code: string;
  donors: readonly Place[];
  recipients: readonly Place[];
  titles: readonly string[];
  /** Sentences that state an agreement, pledge or delivery. */
  events: readonly string[];
  /** Sentences around them that are not events: background, requests, speculation, weather. */
  context: readonly string[];
  slots: Readonly<Record<string, Slot>>;
}

const MARK = /\{(\w+)\}/g;

/** Fills a template's slots: "{Donor} will send {recipient} ..." → "Sweden will send Ukraine ...". */
/** The slots every language fills straight from the cast: who gives, who gets, who speaks. */
export function placeSlots(officials: readonly string[]): Record<string, Slot> {
  return {
    donor: (c) => c.donor.name,
    donorAdj: (c) => c.donor.adjective,
    donorCapital: (c) => c.donor.capital,
    partner: (c) => c.partner.name,
    partnerAdj: (c) => c.partner.adjective,
    recipient: (c) => c.recipient.name,
    recipientAdj: (c) => c.recipient.adjective,
    recipientCapital: (c) => c.recipient.capital,
    official: (c) => c.rng.pick(officials),
  };
}

/** "drones, radars and trucks": two to four distinct picks, joined with the language's "and". */
export function listOf(c: Cast, pick: (c: Cast) => string, and: string): string {
  const list = new Set<string>();
  for (let n = c.rng.int(2, 4); list.size < n;) list.add(pick(c));
  const all = [...list];
  return `${all.slice(0, -1).join(", ")} ${and} ${all.at(-1)}`;
}

export function fill(t: LanguageTemplates, template: string, cast: Cast): string {
  const text = template.replace(MARK, (_, name: string) => {
    const lower = name[0]?.toLowerCase() + name.slice(1);
    const slot = t.slots[name] ?? t.slots[lower];
    if (!slot) throw new Error(`bench template ${t.code}: no slot {${name}} in "${template}"`);
    const value = slot(cast);
    return name === lower ? value : value[0]?.toUpperCase() + value.slice(1);
  });
  return text[0]?.toUpperCase() + text.slice(1);
}

/** A publication date between March 2022 and October 2025: "2024-05-17". */
function publishedDate(rng: Rng): string {
  const day = new Date(Date.UTC(2022, 2, 1) + rng.int(0, 1340) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/**
 * One article of about `size` UTF-16 units: paragraphs of two to four sentences, roughly two in five
 * of them events, until the text is long enough.
 */
export function generateArticle(t: LanguageTemplates, rng: Rng, id: string, size = 3900): Article {
  const published = publishedDate(rng);
  const donor = rng.pick(t.donors);
  let partner = rng.pick(t.donors);
  while (partner === donor) partner = rng.pick(t.donors);
  const cast: Cast = {
    rng,
    donor,
    partner,
    recipient: rng.pick(t.recipients),
    year: Number(published.slice(0, 4)),
  };
  const paragraphs: string[] = [];
  let length = 0;
  while (length < size) {
    const sentences: string[] = [];
    for (let n = rng.int(2, 4); n > 0; n--) {
      sentences.push(fill(t, rng.pick(rng.chance(0.4) ? t.events : t.context), cast));
    }
    const paragraph = sentences.join(" ");
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return { id, title: fill(t, rng.pick(t.titles), cast), published, text: paragraphs.join("\n\n") };
}

/** `count` articles with ids "<prefix>-000001", ... */
export function* generateArticles(
  t: LanguageTemplates,
  rng: Rng,
  count: number,
  prefix = t.code,
): Generator<Article> {
  for (let i = 1; i <= count; i++) yield generateArticle(t, rng, `${prefix}-${String(i).padStart(6, "0")}`);
}
