// Turns annotated sentences into agreement, pledge and delivery events with their evidence.
import type { Doc, EntityMention, ItemMention, Sentence } from "../../core/doc.js";
import type { AidType, Category, Instrument, Item, LedgerEvent, MoneyValue } from "../../core/ledger.js";
import { MILITARY_CATEGORIES } from "../../core/ledger.js";
import type { Span, TaggedMatch } from "../../core/span.js";
import { firstTagged, narrowed, narrowText, pattern, scan, tagged } from "../../core/span.js";
import { foldCase, requiredStrings } from "../../core/literals.js";
import { packFor } from "../lang/index.js";
import type { Step } from "../step.js";
import { publisherState } from "./publishers.js";
import { Doc as TitleDoc } from "../../core/doc.js";
import { entitiesStep } from "./entities.js";
import { itemsStep } from "./items.js";
import { segmentStep } from "./segment.js";

/** A language's cue patterns (regular-expression sources, matched case-insensitively). */
export interface EventCues {
  /** Instrument nouns, most specific first: "letter of intent" before "agreement". */
  instruments: ReadonlyArray<readonly [Instrument, string]>;
  signed: string;
  announced: string;
  planned: string;
  pledge: string;
  delivery: string;
  /** What is given: "aid", "assistance", "package". */
  aidObject: string;
  /** A specific act rather than general language: "package", "tranche", "entire amount". */
  concrete: string;
  /** Requests, calls, speculation, discussion: "calls on Congress", "may consider". */
  nonEvent: string;
  /** Recalled background: "We remind you that", "Earlier this week". */
  recall: string;
  /** Running totals: "so far", "to date", "has already sent". */
  cumulative: string;
  /** The speaker's own government: "we", "my Administration". */
  firstPerson: string;
  /** A sentence that goes on describing the previous act: "These capabilities include ...". */
  continuation: string;
  /** A later sentence about the instrument itself: "This partnership ... establishes a fund ...". */
  anaphora: string;
  /** A continuation that names the act by its noun, so it reaches back any distance: "Stödpaketet innefattar ...". */
  namedAct?: string;
  /** A sentence giving the whole package's value after its parts: "Det sammanlagda värdet av detta stödpaket uppgår till". */
  packageValue?: string;
  /** Ends the text before a date that opens a running total's period, not its act: "sedan den ", "since ". */
  since?: string;
  /** Future or intent before a delivery verb makes it a pledge: "will", "plans to". */
  future: string;
  /** Authority or appropriations given are a commitment, not a hand-over: "drawdown authority Congress provided". */
  authority: string;
  /** Words that put an agreement in scope: defence, security, aid. */
  defenceSubject: string;
  /** Words that put an agreement out of scope: trade, climate, energy security. */
  offTopic: string;
  /** "reported by RBK-Ukraine, citing Facebook from ... Umerov": groups source, via, person. */
  attribution: string;
  /** A title that makes the whole text a joint declaration: "Joint Statement on Strengthening ... Air Defenses". */
  jointTitle: string;
  /** Ends the text before a receiving state: "to ", "for the people of ", "provide ". Anchored with `$`. */
  recipientBefore: string;
  /** Between two states of one list: ", ", " and ", ", and ". Matches the whole gap. */
  listJoin: string;
  /** Ends the text before a giver named after the gift: "donated by ", "commitments from ". */
  agentBefore: string;
  /** Starts the text right after a trigger whose giver follows: " by" in "announced by the Bank" (optional). */
  agentAfter?: string;
  /** Starts the text after a possessive that names a harm, not a receiver: " war", " aggression". */
  harmAfter: string;
  /** Starts the text after a demonym or possessive that names an actor: " Prime Minister", " government". */
  actorAfter: string;
  /** Between an amount and the state it belongs to: " commitment from ". Matches the whole gap. */
  ownedBy: string;
  /** Where one sentence's acts part: "; ", ", and " before a capital. */
  clauseBreak: string;
  /** A named body receiving, where a state is not named: "to Gavi", "for the Fund". */
  namedReceiver: string;
  /** Ends the text before a capital that is the place, not the actor: "in ", "at ". */
  venueBefore: string;
  /** Ends the text before a country where aid goes when no receiver is marked: "in ". */
  placeBefore: string;
  /** Ends the text before a year that is a pledge's period: "for ", "for fiscal year ". */
  periodBefore: string;
}

interface Compiled {
  instruments: ReadonlyArray<readonly [Instrument, string]>;
  /** All instruments as one tagged alternation, in the cues' order. */
  instrument: RegExp;
  signed: RegExp;
  announced: RegExp;
  planned: RegExp;
  pledge: RegExp;
  delivery: RegExp;
  aidObject: RegExp;
  concrete: RegExp;
  nonEvent: RegExp;
  recall: RegExp;
  cumulative: RegExp;
  firstPerson: RegExp;
  continuation: RegExp;
  anaphora: RegExp;
  namedAct: RegExp;
  packageValue: RegExp;
  since: RegExp;
  future: RegExp;
  authority: RegExp;
  defenceSubject: RegExp;
  offTopic: RegExp;
  attribution: RegExp;
  jointTitle: RegExp;
  recipientBefore: RegExp;
  listJoin: RegExp;
  agentBefore: RegExp;
  agentAfter: RegExp;
  /** `listJoin` at the end of a stretch: the mention after it continues a list. */
  listEnd: RegExp;
  harmAfter: RegExp;
  actorAfter: RegExp;
  ownedBy: RegExp;
  clauseBreak: RegExp;
  namedReceiver: RegExp;
  venueBefore: RegExp;
  placeBefore: RegExp;
  periodBefore: RegExp;
  /** The strings an instrument, pledge or delivery cue needs, in one pattern (`requiredStrings`). */
  triggers: RegExp | null;
}

const cache = new WeakMap<EventCues, Compiled>();
/** The `namedAct` of a language without one: its sentences need no look past the continuation reach. */
const NEVER = /$^/;

function compile(c: EventCues): Compiled {
  let out = cache.get(c);
  if (out) return out;
  const re = (src: string) => pattern(src, "gi");
  const instrument = re(tagged(c.instruments.map(([, src]) => src)));
  const pledge = re(c.pledge);
  const delivery = re(c.delivery);
  out = {
    instruments: c.instruments,
    instrument,
    signed: re(c.signed),
    announced: re(c.announced),
    planned: re(c.planned),
    pledge,
    delivery,
    aidObject: re(c.aidObject),
    concrete: re(c.concrete),
    nonEvent: re(c.nonEvent),
    recall: re(c.recall),
    cumulative: re(c.cumulative),
    // The first person is case-sensitive: "I" the speaker, not "i" in "i.e.".
    firstPerson: pattern(c.firstPerson, "g"),
    continuation: re(c.continuation),
    anaphora: re(c.anaphora),
    namedAct: c.namedAct ? re(c.namedAct) : NEVER,
    packageValue: c.packageValue ? re(c.packageValue) : NEVER,
    since: c.since ? pattern(`(?:${c.since})$`, "i") : NEVER,
    future: re(c.future),
    authority: re(c.authority),
    defenceSubject: re(c.defenceSubject),
    offTopic: re(c.offTopic),
    attribution: re(c.attribution),
    jointTitle: re(c.jointTitle),
    // Tests on a short stretch before or after a mention: anchored, no global state.
    recipientBefore: pattern(`(?:${c.recipientBefore})$`, "i"),
    listJoin: pattern(`^(?:${c.listJoin})$`, "i"),
    agentBefore: pattern(`(?:${c.agentBefore})$`, "i"),
    agentAfter: c.agentAfter ? pattern(`^(?:${c.agentAfter})`, "i") : /$^/,
    listEnd: pattern(`(?:${c.listJoin})$`, "i"),
    harmAfter: pattern(`^(?:${c.harmAfter})`, "i"),
    actorAfter: pattern(`^(?:${c.actorAfter})`, "i"),
    ownedBy: pattern(`^(?:${c.ownedBy})$`, "i"),
    clauseBreak: pattern(c.clauseBreak, "g"),
    namedReceiver: pattern(c.namedReceiver, "g"),
    venueBefore: pattern(`(?:${c.venueBefore})$`, "i"),
    placeBefore: pattern(`(?:${c.placeBefore})$`, "i"),
    periodBefore: pattern(`(?:${c.periodBefore})$`, "i"),
    triggers: requiredStrings(instrument, pledge, delivery),
  };
  cache.set(c, out);
  return out;
}

const narrowedCues = new WeakMap<Compiled, Compiled>();
/** Whether each document's text is one `narrowed` twins match exactly on (`narrowText`). */
const narrowDocs = new WeakMap<Doc, boolean>();

/**
 * A language's cues for reading a document: their u-free twins with the Unicode property classes spelt out
 * for Latin and Cyrillic (`narrowed`) where the document's text holds nothing else, the full patterns otherwise.
 */
function cuesFor(doc: Doc, lang: string | undefined): Compiled {
  const full = compile(packFor(lang).events);
  let narrow = narrowDocs.get(doc);
  if (narrow === undefined) {
    narrow = narrowText(doc.text, { start: 0, end: doc.text.length });
    narrowDocs.set(doc, narrow);
  }
  if (!narrow) return full;
  let out = narrowedCues.get(full);
  if (!out) {
    const fields: Record<string, unknown> = { ...full };
    for (const [key, value] of Object.entries(fields))
      if (value instanceof RegExp) fields[key] = narrowed(value);
    out = fields as unknown as Compiled;
    narrowedCues.set(full, out);
  }
  return out;
}

/** The cues of the language of the sentence around a position: a mention is read in its own sentence's language. */
function cuesAt(doc: Doc, pos: number): Compiled {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((doc.sentences[mid]?.start ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return cuesFor(doc, doc.sentences[lo]?.lang);
}

/** An event being built, with the sentences it came from. */
interface Draft {
  event: LedgerEvent;
  sentences: number[];
  paragraph: number;
  /** Explicitly recalled ("We remind you that ..."), as opposed to inferred from dates. */
  recalled: boolean;
}

const MILITARY: ReadonlySet<Category> = new Set(MILITARY_CATEGORIES);
/** How many sentences after an act a "This package includes ..." may still describe it. */
const CONTINUATION_REACH = 4;
/** How many sentences a list that an instrument's sentence opens may run: a few sections of a release. */
const LIST_REACH = 12;
/** A bullet that starts a list item: "- 800 Stinger anti-aircraft systems;", "* Tankfordon ...". */
const BULLET = /^[-•*]\s/u;
const LOWER = /^\p{Ll}/u;

/** Does the sentence open a list: "The new $800 million assistance package includes:"? */
function opensList(doc: Doc, i: number): boolean {
  const s = doc.sentences[i];
  return s !== undefined && doc.slice(s).trimEnd().endsWith(":");
}

/** How many sentences after an instrument one naming it again may still say what it is about. */
const ANAPHORA_REACH = 6;
const STATUS_RANK = { planned: 0, announced: 1, signed: 2 } as const;

/** Texts up to this long are matched without the needed-strings test first. */
const SHORT = 80;
/** Each pattern's needed strings (`requiredStrings`), found once. */
const needs = new WeakMap<RegExp, RegExp | null>();
/** Each document's text case-folded once, for the needed-strings test of its sentences. */
const foldedTexts = new WeakMap<Doc, string>();

function needOf(re: RegExp): RegExp | null {
  let need = needs.get(re);
  if (need === undefined) {
    need = requiredStrings(re);
    needs.set(re, need);
  }
  return need;
}

/**
 * Does `re` match `text` (`folded`: the same text case-folded)? The strings every match needs are looked for
 * first, without the pattern's lookbehinds and Unicode classes: most sentences hold none of a cue's words.
 */
function has(re: RegExp, text: string, folded?: string): boolean {
  // A few words before or after a mention ("to the ", " Prime Minister") cost the pattern less than the fold.
  const need = folded !== undefined || text.length > SHORT ? needOf(re) : null;
  if (need && !need.test(folded ?? foldCase(text))) return false;
  re.lastIndex = 0;
  return re.test(text);
}

function foldedSlice(doc: Doc, s: Span): string {
  let folded = foldedTexts.get(doc);
  if (folded === undefined) {
    folded = foldCase(doc.text);
    foldedTexts.set(doc, folded);
  }
  return folded.slice(s.start, s.end);
}

/** `has` on a stretch of the document. */
function hasIn(doc: Doc, s: Span, re: RegExp): boolean {
  return has(re, doc.slice(s), foldedSlice(doc, s));
}

/** False where `re` surely has no match in the stretch: its needed strings are not there. */
function mayHave(doc: Doc, s: Span, re: RegExp): boolean {
  const need = needOf(re);
  return !need || need.test(foldedSlice(doc, s));
}

function firstMatch(doc: Doc, s: Span, re: RegExp): TaggedMatch | undefined {
  return mayHave(doc, s, re) ? firstTagged(doc.text, s, re) : undefined;
}

/** Distinct entity codes in text order. */
function codes(list: readonly EntityMention[]): string[] {
  return [...new Set(list.map((e) => e.code))];
}

/** Entities chained with commas and "and" starting at index i (forwards): "the United States, Germany, and Romania". */
function chain(doc: Doc, ents: EntityMention[], i: number, step: 1 | -1): EntityMention[] {
  const out: EntityMention[] = [];
  const first = ents[i];
  if (!first) return out;
  out.push(first);
  for (let j = i + step; j >= 0 && j < ents.length; j += step) {
    const a = step === 1 ? ents[j - 1] : ents[j];
    const b = step === 1 ? ents[j] : ents[j + 1];
    if (!a || !b) break;
    const gap = doc.text.slice(a.end, b.start);
    if (gap === "" || !has(cuesAt(doc, b.start).listJoin, gap)) break;
    const next = ents[j];
    if (next) out.push(next);
  }
  return out;
}

interface Roles {
  donors: string[];
  recipients: string[];
  /** The text marks the recipient ("to Ukraine"), rather than the document's usual one being assumed. */
  explicit: boolean;
  /** Givers named after the trigger as agents or partners: "donated by Germany", "tillsammans med Danmark". */
  agents: string[];
}

/** Who gives and who gets in one sentence, around its first trigger. */
function roles(
  doc: Doc,
  sentence: Sentence,
  s: Span,
  trigger: Span,
  cues: Compiled,
  context: Context,
  delivered: boolean,
): Roles {
  const cuesHere = cues;
  const ents = doc.within(doc.entities, s).filter((e) => !isVenue(doc, e));
  const actors = ents.filter((e) => (e.form !== "demonym" && e.form !== "possessive") || isActor(doc, e));
  const recipients: string[] = [];
  const donors: string[] = [];
  const agents: string[] = [];
  // Recipients: "to Ukraine", "for the Ukrainian military", "to support Ukraine's", "to both Ukraine and Moldova".
  const receivers = ents.filter(
    (e) =>
      (e.form !== "demonym" || isActor(doc, e)) &&
      !has(cuesHere.harmAfter, doc.text.slice(e.end, Math.min(s.end, e.end + 40))),
  );
  receivers.forEach((e, i) => {
    // The second of a list is reached through the first: "to Ukraine and Moldova".
    if (e.start < trigger.start || !received(doc, s, e, cuesHere)) return;
    for (const r of chain(doc, receivers, i, 1)) if (!recipients.includes(r.code)) recipients.push(r.code);
  });
  // "humanitarian assistance in Yemen": a country named with "in" receives, when nothing else is named; so does
  // each of a list: "i bland annat Jemen och Sudan".
  if (!recipients.length) {
    const inside = receivers.findIndex(
      (e) =>
        e.start > trigger.end &&
        e.form === "name" &&
        has(cuesHere.placeBefore, doc.text.slice(e.start - 24, e.start)),
    );
    if (inside >= 0) recipients.push(...codes(chain(doc, receivers, inside, 1)));
  }
  const explicit = recipients.length > 0;
  // Donors named as agents: "donated by the United States, Germany, and Romania", "commitments from Japan".
  // A trigger followed by "by" has its giver there, named or not: "a package recently announced by the Bank".
  let agentAtTrigger = has(cuesHere.agentAfter, doc.text.slice(trigger.end, trigger.end + 12));
  ents.forEach((e, i) => {
    const before = doc.text.slice(Math.max(s.start, e.start - 40), e.start);
    if (!has(cuesHere.agentBefore, before) || e.start < trigger.start) return;
    if (e.start - trigger.end < 12) agentAtTrigger = true;
    for (const d of chain(doc, ents, i, 1))
      if (!recipients.includes(d.code) && !donors.includes(d.code)) {
        donors.push(d.code);
        agents.push(d.code);
      }
  });
  // The speaker announcing a gift others make ("we announce that batteries will be donated by Germany") gives nothing.
  if (!agentAtTrigger) {
    const subj = subject(doc, s, trigger, actors, recipients, cues, context);
    const named = actors.some((e) => e.end <= trigger.start && subj.includes(e.code));
    if (!donors.length || named) donors.unshift(...subj);
  }
  // "till det ukrainska initiativet": a state's thing named by its adjective is not the state receiving.
  if (!recipients.length) {
    const others = codes(actors).filter((c) => !donors.includes(c));
    if (others.includes("UA")) recipients.push("UA");
    else if (
      context.topic &&
      !donors.includes(context.topic) &&
      assumable(doc, sentence, context.topic, delivered) &&
      !toNamedBody(doc, s, trigger, cues)
    )
      recipients.push(context.topic);
  }
  return {
    donors: [...new Set(donors)].filter((d) => !recipients.includes(d)),
    recipients,
    explicit,
    agents,
  };
}

/** Capitalised words after "to" or "for": a named receiver, "to Gavi", "for the Africa Fertilizer Financing Mechanism". */

/**
 * May the document's usual recipient stand in for an unnamed one? Only where its paragraph names it; aid already
 * given also where the headline does ("Militärt stödpaket 16 till Ukraina" ... "har Sverige bidragit med 43,5
 * miljarder kronor i militärt stöd"), while a plan there may be the budget at home.
 */
function assumable(doc: Doc, sentence: Sentence, topic: string, delivered: boolean): boolean {
  const head = delivered && leads(doc) ? doc.paragraphs[0] : undefined;
  return [doc.paragraphs[sentence.paragraph], head].some(
    (p) => p !== undefined && doc.within(doc.entities, p).some((e) => e.code === topic),
  );
}

/** Does the sentence give, after its trigger, to a named body that is no state ("$1.58 billion ... to Gavi")? */
function toNamedBody(doc: Doc, s: Span, trigger: Span, cues: Compiled): boolean {
  const after = { start: trigger.end, end: s.end };
  return scan(doc.text, after, cues.namedReceiver).some((m) => !doc.entities.some((e) => e.start === m.end));
}

/** The subject before the trigger: a chain of states ("Lithuania plans"), or the speaker ("we provided"). */
function subject(
  doc: Doc,
  s: Span,
  trigger: Span,
  ents: readonly EntityMention[],
  recipients: readonly string[],
  cues: Compiled,
  context: Context,
): string[] {
  // "inom ramen för det 18:e stödpaketet till Ukraina att skänka pansarskott ... till Moldavien": a state
  // received before the verb ("till Ukraina") is not who gives now, where another stands there to give. (A language
  // that marks receivers by case alone sees a receiver in every mention: "Lietuva iš viso suteikė Ukrainai".)
  const ahead = ents.filter((e) => e.end <= trigger.start && !recipients.includes(e.code));
  const givers = ahead.filter((e) => !received(doc, s, e, cues));
  const before = givers.length ? givers : ahead;
  const lastEntity = before[before.length - 1];
  const speaker = scan(doc.text, { start: lastEntity?.end ?? s.start, end: trigger.start }, cues.firstPerson);
  // "in the run-up to the U.S.-Russia Summit—we provided": the pronoun nearer the verb is the subject.
  if (speaker.length && context.publisher) return [context.publisher];
  if (!lastEntity) {
    // "President Biden today announced $800 million": an official named with no state speaks for the publisher;
    // two of them ("President Biden and Prime Minister Lee") may be of two states.
    const officials = doc.within(doc.officials, { start: s.start, end: trigger.start });
    const official = officials.length === 1 ? officials[0] : undefined;
    if (officials.length) return official && !official.code && context.publisher ? [context.publisher] : [];
    // "600 miljoner kronor i nytt stöd till Ukraina": a headline that names no giver is the publisher's news.
    const head = doc.paragraphs[0];
    return context.publisher && head && leads(doc) && s.start >= head.start && s.end <= head.end
      ? [context.publisher]
      : [];
  }
  const named = chain(doc, before, before.length - 1, -1);
  // "under besöket i Moldavien och Ukraina presenterades ett stödpaket": a place visited, not who gives.
  const head = named[named.length - 1];
  if (head?.form === "name" && has(cues.venueBefore, doc.text.slice(Math.max(0, head.start - 8), head.start)))
    return [];
  return named.map((e) => e.code);
}

/** Is the mention marked as receiving ("till Ukraina", "to Ukraine"), not merely next in a list ("EU samt Ukraina")? */
function received(doc: Doc, s: Span, e: EntityMention, cues: Compiled): boolean {
  const before = doc.text.slice(Math.max(s.start, e.start - 60), e.start);
  return has(cues.recipientBefore, before) && !has(cues.listEnd, before);
}

/** What the whole document says about who speaks and who is being helped. */
interface Context {
  /** The state whose site published the text: the "we" of a government release. */
  publisher: string | null;
  /** The state most often named as receiving: the recipient when a sentence names none ("security assistance"). */
  topic: string | null;
}

function contextOf(doc: Doc): Context {
  const counts = new Map<string, number>();
  for (const e of doc.entities) {
    if (e.kind !== "state") continue;
    const before = doc.text.slice(Math.max(0, e.start - 60), e.start);
    if (has(cuesAt(doc, e.start).recipientBefore, before)) counts.set(e.code, (counts.get(e.code) ?? 0) + 1);
  }
  const site = publisherState(doc.meta.url);
  // The site's state is never the topic; a voice found in the text may be ("stödet till Sverige" in a budget text).
  const ranked = [...counts.entries()].filter(([c]) => c !== site).sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  return { publisher: site ?? ownVoice(doc), topic: top && top[1] >= 2 ? top[0] : null };
}

/**
 * The state a text with no publisher's address speaks for: its first-person words that name one government
 * ("Regeringen har i dag beslutat ...", "vi" in a minister's article; regeringen.se pages often come without
 * their address). None where such words name two states.
 */
function ownVoice(doc: Doc): string | null {
  const voices = new Set(
    doc.entities
      .filter((e) => e.form === "institution" && has(cuesAt(doc, e.start).firstPerson, doc.slice(e)))
      .map((e) => e.code),
  );
  return voices.size === 1 ? ([...voices][0] ?? null) : null;
}

/** "the declaration endorsed in Vilnius", "met at Washington": a capital named as the place, not the state acting. */
function isVenue(doc: Doc, e: EntityMention): boolean {
  return (
    e.form === "capital" &&
    has(cuesAt(doc, e.start).venueBefore, doc.text.slice(Math.max(0, e.start - 8), e.start))
  );
}

/**
 * "Lithuanian colleague" and "Lithuania's Prime Minister" name a state actor; "Russian aggression" and
 * "Russia's war" do not, so they are never taken for a giver.
 */
function isActor(doc: Doc, e: EntityMention): boolean {
  return has(cuesAt(doc, e.start).actorAfter, doc.text.slice(e.end, e.end + 40));
}

/** "IRIS-T SLM air defence system": names of one thing side by side, of one category, are one item. */
function joinAdjacent(doc: Doc, mentions: readonly ItemMention[]): ItemMention[] {
  const out: ItemMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && prev.category === m.category && /^\s*$/u.test(doc.text.slice(prev.end, m.start)))
      out[out.length - 1] = { ...prev, end: m.end, single: prev.single || m.single };
    else out.push(m);
  }
  return out;
}

function itemsIn(doc: Doc, spans: readonly Span[]): Item[] {
  const out: Item[] = [];
  for (const span of spans) {
    const quantities = doc.within(doc.quantities, span);
    for (const it of joinAdjacent(doc, doc.within(doc.items, span))) {
      if (doc.money.some((m) => m.start <= it.start && m.end >= it.end)) continue;
      const q = quantities.find((q) => q.noun.start <= it.start && q.noun.end >= it.start);
      const item: Item = { category: it.category, text: q ? doc.slice(q) : doc.slice(it) };
      if (!q && it.single) item.quantity = { amount: 1 };
      if (q) {
        const quantity: Item["quantity"] = {};
        if (q.amount !== undefined) quantity.amount = q.amount;
        if (q.min !== undefined) quantity.min = q.min;
        if (q.max !== undefined) quantity.max = q.max;
        if (q.qualifier) quantity.qualifier = q.qualifier;
        item.quantity = quantity;
      }
      out.push(item);
    }
  }
  return out;
}

function mergeItems(into: Item[], more: readonly Item[]): void {
  for (const it of more) {
    // "2,000 Javelin" and, further down the list, "6,000 AT-4 anti-armor systems": two counted kinds of one category.
    const same = into.find(
      (x) => x.category === it.category && (!x.quantity || !it.quantity || x.text === it.text),
    );
    if (!same) into.push(it);
    else if (!same.quantity && it.quantity) Object.assign(same, it);
  }
}

/** "$7.5 billion commitment from the United States": the amount belongs to the state named right after it. */

function ownerOf(doc: Doc, m: Span, s: Span): string | null {
  const next = doc.within(doc.entities, { start: m.end, end: Math.min(s.end, m.end + 50) })[0];
  return next && has(cuesAt(doc, m.start).ownedBy, doc.text.slice(m.end, next.start)) ? next.code : null;
}

function valueIn(
  doc: Doc,
  s: Span,
  trigger: Span,
  recipient: string,
  donor: string | null,
): MoneyValue | null {
  const money = doc.within(doc.money, s).filter((m) => {
    const owner = ownerOf(doc, m, s);
    return owner === null || owner === donor;
  });
  if (!money.length) return null;
  // "$1 billion ..., with $50 million specifically for Egypt": the amount tied to the recipient wins.
  const tied = money.find((m) => {
    const after = doc.text.slice(m.end, Math.min(s.end, m.end + 80));
    const ent = doc
      .within(doc.entities, { start: m.end, end: m.end + after.length })
      .find((e) => e.code === recipient);
    return ent && has(cuesAt(doc, m.start).recipientBefore, doc.text.slice(m.end, ent.start));
  });
  const m = tied ?? money.find((x) => x.start >= trigger.start) ?? money[money.length - 1];
  if (!m) return null;
  const v: MoneyValue = { currency: m.currency };
  if (m.amount !== undefined) v.amount = m.amount;
  if (m.min !== undefined) v.min = m.min;
  if (m.max !== undefined) v.max = m.max;
  if (m.qualifier) v.qualifier = m.qualifier;
  return v;
}

/** The largest figure a value states, 0 for none: what a total is compared by. */
function figure(v: MoneyValue | null | undefined): number {
  return Math.max(v?.amount ?? 0, v?.min ?? 0, v?.max ?? 0);
}

function aidTypeOf(doc: Doc, spans: readonly Span[], items: readonly Item[]): AidType | null {
  for (const span of spans) {
    const t = doc.within(doc.aidTypes, span)[0];
    if (t) return t.aidType;
  }
  if (items.some((i) => MILITARY.has(i.category))) return "military";
  if (items.some((i) => i.category === "budget_support")) return "financial";
  if (items.some((i) => i.category === "humanitarian_goods" || i.category === "medical"))
    return "humanitarian";
  return null;
}

/** Days an act may precede the text and still be its news: "entered into an agreement on April 30" in a 1 May release. */
const NEWS_WINDOW_DAYS = 7;

/** The last day a YYYY, YYYY-MM or YYYY-MM-DD value covers, as a UTC time. */
function lastDay(value: string): number {
  const [y = 0, m, d] = value.split("-").map(Number);
  if (d) return Date.UTC(y, (m ?? 1) - 1, d);
  if (m) return Date.UTC(y, m, 0);
  return Date.UTC(y, 11, 31);
}

/**
 * Did the act clearly happen before the text was written? "In March" in an April release: yes; a date in the
 * last week, or a reference known only to the year ("2024" for "in August"), is not enough to say so.
 */
function before(date: string, ref: string | null): boolean {
  if (!ref) return false;
  if (ref.length === 4) return date.slice(0, 4) < ref;
  const [y = 0, m = 1, d = 1] = ref.split("-").map(Number);
  return Date.UTC(y, m - 1, d) - lastDay(date) > NEWS_WINDOW_DAYS * 86_400_000;
}

function evidence(doc: Doc, sentences: readonly number[]): LedgerEvent["evidence"] {
  return [...new Set(sentences)]
    .sort((a, b) => a - b)
    .map((i) => doc.sentences[i])
    .filter((s): s is Sentence => Boolean(s))
    .map((s) => ({ start: s.start, end: s.end, text: doc.slice(s) }));
}

/**
 * What the next sentences say the instrument is about, where they name it again: "Avsiktsförklaring mellan Sverige
 * och Moldavien undertecknad" ... "Avsiktsförklaringen syftar till att utveckla ... det försvarspolitiska samarbetet".
 */
function laterAbout(doc: Doc, i: number, cues: Compiled): string {
  let out = "";
  for (let j = i + 1; j <= i + ANAPHORA_REACH && j < doc.sentences.length; j++) {
    const s = doc.sentences[j];
    if (s && has(cues.anaphora, doc.slice(s))) out += ` ${doc.slice(s)}`;
  }
  return out;
}

function agreementAt(doc: Doc, i: number, cues: Compiled, context: Context): Draft | null {
  const s = doc.sentences[i];
  if (!s) return null;
  // The earliest instrument named; at one position the more specific kind, listed first, wins.
  const at = firstMatch(doc, s, cues.instrument);
  const instrument = at ? (cues.instruments[at.tag]?.[0] ?? null) : null;
  if (!instrument || !at) return null;
  const status = hasIn(doc, s, cues.planned)
    ? "planned"
    : hasIn(doc, s, cues.signed)
      ? "signed"
      : hasIn(doc, s, cues.announced)
        ? "announced"
        : null;
  if (!status) return null;
  if (hasIn(doc, s, cues.offTopic) || !has(cues.defenceSubject, doc.slice(s) + laterAbout(doc, i, cues))) {
    const scope = doc.within(doc.items, s).filter((x) => x.category !== "other");
    if (!scope.length || hasIn(doc, s, cues.offTopic)) return null;
  }
  const named = doc.within(doc.entities, s).filter((e) => !isVenue(doc, e));
  // "överenskommelse med Danmark rörande donation av ... genom ukrainsk försvarsindustri för donation till Ukraina":
  // the state the instrument gives to, or one named only by an adjective, is no party when two others are; unless
  // it is also named otherwise ("som G7-länderna, EU samt Ukraina enades om").
  const signers = named.filter((e) =>
    named.some(
      (x) => x.code === e.code && !received(doc, s, x, cues) && (x.form !== "demonym" || isActor(doc, x)),
    ),
  );
  const parties = codes(codes(signers).length >= 2 ? signers : named);
  const { publisher } = context;
  if (publisher && !parties.includes(publisher) && hasIn(doc, s, cues.firstPerson)) parties.push(publisher);
  // "Det svensk-danska försvarssamarbetet ska stärkas. Pål Jonson och Danmarks försvarsminister ... undertecknade
  // idag en avsiktsförklaring": a signer named only by person is one of the states the sentence before pairs with
  // the other ("inom ramen för NATO, EU och Nordefco" names no state).
  const prev = doc.sentences[i - 1];
  if (parties.length === 1 && prev && prev.paragraph === s.paragraph) {
    const pair = codes(doc.within(doc.entities, prev).filter((e) => e.kind === "state" && !isVenue(doc, e)));
    if (pair.length === 2 && pair.includes(parties[0] ?? "")) parties.splice(0, 1, ...pair);
  }
  if (parties.length < 2) return null;
  const scope = [...new Set(doc.within(doc.items, s).map((x) => x.category))];
  const date = doc.within(doc.dates, s).find((d) => d.role === "point")?.value ?? null;
  const recalled = hasIn(doc, s, cues.recall);
  return {
    event: {
      type: "agreement",
      parties: parties.sort(),
      instrument,
      status,
      scope,
      date: date ?? (recalled ? null : doc.meta.referenceDate),
      retrospective: recalled || (date !== null && before(date, doc.meta.referenceDate)),
      evidence: [],
      rules: [`${s.lang}/event/agreement`],
    },
    sentences: [i],
    paragraph: s.paragraph,
    recalled,
  };
}

/** Where a sentence holds several acts: "Spain will send launchers to Ukraine, and Norway will provide funds". */

/** The sentence's clauses that each have a trigger of their own; a part without one stays with the part before. */
function clauses(doc: Doc, s: Span, cues: Compiled): Span[] {
  const parts: Span[] = [];
  let start = s.start;
  for (const cut of scan(doc.text, s, cues.clauseBreak)) {
    parts.push({ start, end: cut.start });
    start = cut.end;
  }
  parts.push({ start, end: s.end });
  const out: Span[] = [];
  for (const part of parts) {
    const prev = out[out.length - 1];
    if (prev && !hasIn(doc, part, cues.pledge) && !hasIn(doc, part, cues.delivery))
      out[out.length - 1] = { start: prev.start, end: part.end };
    else out.push(part);
  }
  return out;
}

function aidAt(doc: Doc, i: number, cues: Compiled, context: Context): Draft[] {
  const s = doc.sentences[i];
  if (!s) return [];
  // "President Biden today announced $800 million ..., bringing the total ... to $2 billion": a clause with no
  // subject of its own has the one before it.
  let givers: string[] = [];
  return clauses(doc, s, cues).flatMap((c) => {
    const acts = aidIn(doc, i, c, cues, context, givers);
    givers = [...new Set(acts.map((d) => d.event.donor ?? ""))].filter(Boolean);
    return acts;
  });
}

/**
 * Can the rules below find an act in this sentence? Each needs an instrument, pledge or delivery cue in the
 * sentence or in one of its clauses, whose words a clause holds only where its sentence does. A sentence of
 * one clause is read whole by them, so there the cues themselves decide, as cheaply as the rules would.
 */
function mayState(doc: Doc, s: Span, cues: Compiled): boolean {
  if (cues.triggers && !cues.triggers.test(foldedSlice(doc, s))) return false;
  if (scan(doc.text, s, cues.clauseBreak).length > 0) return true;
  return [cues.instrument, cues.pledge, cues.delivery].some((re) => firstMatch(doc, s, re) !== undefined);
}

/** The pledges or deliveries one clause states, one per giver and receiver. */
function aidIn(
  doc: Doc,
  i: number,
  c: Span,
  cues: Compiled,
  context: Context,
  inherited: readonly string[],
): Draft[] {
  const s = doc.sentences[i];
  if (!s) return [];
  const delivery = firstMatch(doc, c, cues.delivery);
  const pledge = firstMatch(doc, c, cues.pledge);
  const trigger = delivery && (!pledge || delivery.start <= pledge.start) ? delivery : pledge;
  // A request or speculation governs what follows it ("calls on Congress to provide"); one in a later part of the
  // sentence does not undo the act: "I am proud to announce $2.5 billion ..., as the Ukrainian people continue to".
  if (!trigger) return [];
  const comma = doc.text.indexOf(",", trigger.end);
  if (has(cues.nonEvent, doc.text.slice(s.start, comma < 0 || comma > s.end ? s.end : comma))) return [];
  // "will ... so they are delivered", "drawdown authority Congress provided": promised, not yet handed over.
  const promised =
    hasIn(doc, { start: c.start, end: trigger.start }, cues.future) || hasIn(doc, c, cues.authority);
  const type = trigger === delivery && !promised ? "delivery" : "pledge";
  const items = itemsIn(doc, [c]);
  const hasMoney = doc.within(doc.money, c).length > 0;
  // General language ("continue to provide weapons") names no figure, item or package.
  if (!hasMoney && !items.length && !hasIn(doc, c, cues.concrete)) return [];
  if (!hasMoney && !hasIn(doc, c, cues.aidObject) && !items.length) return [];
  const found = roles(doc, s, c, trigger, cues, context, type === "delivery");
  const { recipients, explicit } = found;
  const donors = found.donors.length ? found.donors : inherited.filter((d) => !recipients.includes(d));
  if (!donors.length || !recipients.length) return [];
  // Without a figure, an aid word or a named recipient, "announced the launch of a dialogue" is no aid.
  if (
    !explicit &&
    !hasMoney &&
    !hasIn(doc, c, cues.aidObject) &&
    !items.some((x) => MILITARY.has(x.category))
  )
    return [];
  const recalled = hasIn(doc, s, cues.recall);
  const cumulative = hasIn(doc, c, cues.cumulative);
  // "$39 billion for 2023": a pledge's period is its deadline, not the day it was made.
  const own = doc.within(doc.dates, c);
  // "Sedan Rysslands fullskaliga invasion av Ukraina den 24 februari 2022 har Sverige bidragit med ...": a running
  // total's period opens there; it has no one date.
  const stated = (own.length ? own : doc.within(doc.dates, s)).filter(
    (d) => !cumulative || !has(cues.since, doc.text.slice(Math.max(s.start, d.start - 60), d.start)),
  );
  const dates = stated.map((d) =>
    type === "pledge" && d.role === "point" && has(cues.periodBefore, doc.text.slice(d.start - 20, d.start))
      ? { ...d, role: "deadline" as const }
      : d,
  );
  const date = dates.find((d) => d.role === "point")?.value ?? null;
  const deadline = type === "pledge" ? (dates.find((d) => d.role === "deadline")?.value ?? null) : null;
  const retrospective = recalled || (!cumulative && date !== null && before(date, doc.meta.referenceDate));
  const out: Draft[] = [];
  // "bidrog Sverige med 275 miljoner dollar ... tillsammans med Danmark och Norge": a sole subject puts in the amount;
  // the partners named after the trigger have no share stated.
  const leading = donors.filter((d) => !found.agents.includes(d));
  for (const donor of donors) {
    // Several givers of one package share it: a value only where the text gives this giver's own share.
    const sole = leading.length === 1 && leading[0] === donor;
    const shared =
      donors.length > 1 && !sole && !doc.within(doc.money, c).some((m) => ownerOf(doc, m, c) === donor);
    for (const recipient of recipients) {
      const event: LedgerEvent = {
        type,
        donor,
        recipient,
        aid_type: aidTypeOf(doc, [c], items),
        value: shared ? null : valueIn(doc, c, trigger, recipient, donor),
        items: items.map((x) => ({ ...x })),
        // Raising a running total of commitments is the day's act; a total given so far has no one date.
        date: date ?? (retrospective || (cumulative && type === "delivery") ? null : doc.meta.referenceDate),
        deadline,
        retrospective,
        cumulative,
        evidence: [],
        rules: [`${s.lang}/event/${type}`],
      };
      out.push({ event, sentences: [i], paragraph: s.paragraph, recalled });
    }
  }
  return out;
}

/** Two drafts state the same act: one key, and nothing that sets them apart. */
/** Is the first paragraph a one-line headline, and are `a` in it and `b` in the lead paragraphs just under it? */
function leads(doc: Doc, a?: Draft, b?: Draft): boolean {
  const head = doc.paragraphs[0];
  if ((a && a.paragraph !== 0) || (b && b.paragraph > 2) || head === undefined) return false;
  const text = doc.slice(head);
  return !text.includes("\n") && (head.heading || text === doc.meta.title);
}

function sameAct(a: LedgerEvent, b: LedgerEvent, headline = false): boolean {
  if (a.type !== b.type) return false;
  if (a.type === "agreement") {
    // "har sedan tidigare en avsiktsförklaring som ingicks 2017" beside today's: two instruments.
    return (
      (a.parties ?? []).join() === (b.parties ?? []).join() &&
      a.retrospective === b.retrospective &&
      (!a.instrument || !b.instrument || a.instrument === b.instrument || a.instrument === "other")
    );
  }
  if (a.donor !== b.donor || a.recipient !== b.recipient) return false;
  if (a.retrospective !== b.retrospective || a.cumulative !== b.cumulative) return false;
  if (a.value && b.value) return JSON.stringify(a.value) === JSON.stringify(b.value);
  // A headline and the lead both state the news, with or without the amount; so does a later sentence that
  // names the same giver's news pledge without one ("Sverige donerar luftvärn ... 1,2 miljarder" and "kommer
  // regeringen att bemyndiga FMV att anskaffa Robot 70 ... för donation till Ukraina").
  const news = a.type === "pledge" && !a.retrospective && !a.cumulative;
  return headline || (news && a.value !== null && a.value !== undefined && !b.value);
}

function absorb(into: Draft, other: Draft): void {
  const a = into.event;
  const b = other.event;
  into.sentences.push(...other.sentences);
  if (a.type === "agreement") {
    a.scope = [...new Set([...(a.scope ?? []), ...(b.scope ?? [])])];
    if (b.status && (!a.status || STATUS_RANK[b.status] > STATUS_RANK[a.status])) a.status = b.status;
    if (!a.instrument || a.instrument === "other") a.instrument = b.instrument ?? a.instrument;
    return;
  }
  a.items = a.items ?? [];
  mergeItems(a.items, b.items ?? []);
  a.value = a.value ?? b.value;
  a.aid_type = a.aid_type ?? b.aid_type;
  a.deadline = a.deadline ?? b.deadline;
}

/**
 * A continuation with its own amount of another aid type is a further act of the same giver:
 * "It also includes $650 million in military assistance to Ukraine" after humanitarian deliveries.
 */
function splitOff(doc: Doc, draft: Draft, i: number): Draft | null {
  const s = doc.sentences[i];
  const e = draft.event;
  if (!s || e.type === "agreement" || !doc.within(doc.money, s).length) return null;
  const items = itemsIn(doc, [s]);
  const aidType = aidTypeOf(doc, [s], items);
  if (!aidType || !e.aid_type || aidType === e.aid_type) return null;
  return {
    event: {
      ...e,
      aid_type: aidType,
      items,
      value: valueIn(doc, s, s, e.recipient ?? "", e.donor ?? null),
      evidence: [],
    },
    sentences: [i],
    paragraph: s.paragraph,
    recalled: draft.recalled,
  };
}

/** Adds what a continuation sentence names ("These capabilities include ...") to the act before it. */
function extend(doc: Doc, draft: Draft, i: number, shared: boolean): void {
  const s = doc.sentences[i];
  if (!s) return;
  draft.sentences.push(i);
  const items = itemsIn(doc, [s]);
  const e = draft.event;
  if (e.type === "agreement") {
    e.scope = [...new Set([...(e.scope ?? []), ...items.map((x) => x.category)])];
    return;
  }
  e.items = e.items ?? [];
  mergeItems(e.items, items);
  e.aid_type = e.aid_type ?? aidTypeOf(doc, [s], e.items);
  // "Paketet som presenterades i januari ...": when a recalled act happened.
  e.date = e.date ?? doc.within(doc.dates, s).find((d) => d.role === "point")?.value ?? null;
  // "The funding will pay for food ... before the end of June": the package's deadline.
  if (e.type === "pledge")
    e.deadline = e.deadline ?? doc.within(doc.dates, s).find((d) => d.role === "deadline")?.value ?? null;
  // A package to several receivers states no one receiver's share: "till Ukraina och Moldavien ... 300 miljoner".
  if (!e.value && !shared && doc.within(doc.money, s).length === 1) {
    const m = doc.within(doc.money, s)[0];
    if (m) e.value = valueIn(doc, s, m, e.recipient ?? "", e.donor ?? null);
  }
}

function attribution(doc: Doc, cues: Compiled): void {
  // The chain's parts stop at "," and ".", so a match never runs past its sentence.
  const m = scan(doc.text, { start: 0, end: doc.text.length }, cues.attribution)[0];
  if (!m) return;
  for (const name of ["source", "via", "person"] as const) {
    const g = m.groups[name];
    if (!g) continue;
    const official = doc.officials.find((o) => o.start < g.end && o.end > g.start && o.name);
    doc.meta.attribution.push(official?.name ?? doc.slice(g).trim());
  }
}

export const eventsStep: Step = {
  name: "events",
  run(doc: Doc) {
    const context = contextOf(doc);
    const drafts: Draft[] = [];
    // The acts of the last sentence that stated any: a package to "Ukraina och Moldavien" is two, and what the
    // next sentences add ("Paketet innehåller ...") belongs to both.
    let last: Draft[] = [];
    let lastSentence = -10;
    /** The last sentence extended the act as an item of a list it opened. */
    let listing = false;
    doc.sentences.forEach((s, i) => {
      const near = last.length > 0 && i - lastSentence <= CONTINUATION_REACH;
      const cues = cuesFor(doc, s.lang);
      // Only the text's own news package is named again from afar; a recalled act is background.
      const open =
        cues.namedAct !== NEVER && last.some((d) => d.event.type === "pledge" && !d.event.retrospective);
      // "Det sammanlagda värdet av detta trettonde stödpaket uppgår till cirka 3,4 miljarder kronor": the news
      // package's value, stated after its parts and after other acts ("USA kommer i sin tur att skänka ...").
      const money = doc.within(doc.money, s);
      const pack = drafts.find(
        (d) => d.event.type === "pledge" && !d.event.retrospective && !d.event.cumulative,
      );
      // The cue first: most sentences with one figure are not a package's total, and pricing them is wasted.
      const total =
        pack && money[0] && money.length === 1 && hasIn(doc, s, cues.packageValue)
          ? valueIn(doc, s, money[0], "", null)
          : null;
      // A total is at least each part it sums: "högst 1,1 miljard" for spare parts, then "cirka 3,4 miljarder".
      if (pack && total && figure(total) > figure(pack.event.value)) {
        pack.event.value = total;
        pack.sentences.push(i);
        return;
      }
      const text = doc.slice(s);
      // "These new capabilities include ...": more about the act just described, not a new one; so is each bullet
      // of a list that a sentence of the act opens: "The new $800 million assistance package includes:" "- 800 Stinger
      // anti-aircraft systems;".
      // A bullet that is an act of its own opens no list: "- MSI Embedded Advisor: ... plans to send an advisor".
      // A wrapped line of a bullet goes on with it: "- 2,000 Javelin, ... and 6,000 AT-4" "anti-armor systems;".
      const listed =
        lastSentence >= i - 1 &&
        ((BULLET.test(text) && (listing || opensList(doc, lastSentence))) || (listing && LOWER.test(text)));
      listing = listed;
      if (listed || ((near || (open && hasIn(doc, s, cues.namedAct))) && hasIn(doc, s, cues.continuation))) {
        const split = last[0] && splitOff(doc, last[0], i);
        // A running total beside the package lists none of its contents.
        const described = last.filter((d) => !d.event.cumulative || last.length === 1);
        if (split) drafts.push(split);
        else for (const d of described) extend(doc, d, i, described.length > 1);
        last = split ? [split] : last;
        lastSentence = i;
        return;
      }
      if (!mayState(doc, s, cues)) return;
      const found = [agreementAt(doc, i, cues, context), ...aidAt(doc, i, cues, context)].filter(
        (d): d is Draft => d !== null,
      );
      if (!found.length) return;
      const acts = found.map((d) => {
        // A headline without the amount is the act a later sentence prices, however far down: "Sverige skänker
        // pansarskott till Moldavien" ... "föreslår regeringen att skänka pansarskott, till ett värde om högst ...".
        const prev = drafts.find((x) =>
          sameAct(x.event, d.event, leads(doc, x, d) || (!x.event.value && leads(doc, x))),
        );
        if (prev) absorb(prev, d);
        else drafts.push(d);
        return prev ?? d;
      });
      // A running total lists no contents: "höja ramen ... till 40 miljarder" leaves the package before it open.
      if (!last.length || acts.some((d) => !d.event.cumulative)) last = acts;
      lastSentence = i;
    });
    const joint = jointDeclaration(doc, context, drafts);
    if (joint && !drafts.some((d) => sameAct(d.event, joint.event))) drafts.unshift(joint);
    widenScopes(doc, drafts);
    headlineFigure(doc, drafts);
    attribution(doc, cuesFor(doc, doc.languages()[0]));
    for (const d of drafts) {
      // "en gemensam avsiktsförklaring om fördjupat samarbete": cooperation that names no category covers "other".
      if (d.event.type === "agreement" && !d.event.scope?.length) d.event.scope = ["other"];
      d.event.evidence = evidence(doc, d.sentences);
      doc.events.push(d.event);
    }
  },
};

/**
 * A headline's exact amount refines the rounded one the text gives its news pledge: "Utbetalningar för 916
 * miljoner för stöd till Ukraina" over "till ett totalt värde av drygt 900 miljoner kronor" is 916 million. Only
 * an amount the rounded one allows (more than 900 million, up to a tenth above; about: a tenth either side).
 */
function headlineFigure(doc: Doc, drafts: readonly Draft[]): void {
  const head = doc.paragraphs[0];
  if (!head || !leads(doc)) return;
  const stated = doc.within(doc.money, head).filter((m) => !m.qualifier);
  const at = doc.sentences.findIndex((s) => s.start >= head.start && s.end <= head.end);
  for (const d of drafts) {
    const v = d.event.value;
    const base = v?.qualifier === "more_than" ? v.min : v?.qualifier === "about" ? v.amount : undefined;
    if (!v || base === undefined || d.event.type !== "pledge" || d.event.retrospective || d.event.cumulative)
      continue;
    const low = v.qualifier === "about" ? base * 0.9 : base;
    const m = stated.find(
      (x) => x.currency === v.currency && x.amount !== undefined && x.amount >= low && x.amount <= base * 1.1,
    );
    if (m?.amount === undefined) continue;
    d.event.value = { currency: m.currency, amount: m.amount };
    if (at >= 0) d.sentences.push(at);
  }
}

/**
 * A text titled as a joint statement on defence or aid is itself a declaration of the states its title names:
 * "Joint Statement on Strengthening Ukraine's Air Defenses by U.S. President ..., Dutch Prime Minister ...".
 * Its evidence is the first sentence that states the shared commitment.
 */
function jointDeclaration(doc: Doc, context: Context, drafts: readonly Draft[]): Draft | null {
  const title = doc.meta.title;
  const first = doc.sentences[0];
  if (!title || !first) return null;
  const cues = compile(packFor(first.lang).events);
  if (!has(cues.jointTitle, title) || has(cues.offTopic, title) || !has(cues.defenceSubject, title))
    return null;
  const head = new TitleDoc(`${doc.id}#title`, title, { ...doc.meta, attribution: [] });
  for (const step of [segmentStep, entitiesStep, itemsStep]) step.run(head);
  const parties = new Set(codes(head.entities));
  // "Today, we are announcing that, collectively, we are providing ... donated by Germany": the "we" who give.
  for (const d of drafts) {
    const said = d.sentences.some((i) => {
      const s = doc.sentences[i];
      return s !== undefined && hasIn(doc, s, cues.firstPerson);
    });
    if (!said || d.event.type === "agreement") continue;
    for (const code of [d.event.donor, d.event.recipient]) if (code) parties.add(code);
  }
  if (context.publisher && parties.size) parties.add(context.publisher);
  if (parties.size < 2) return null;
  const index = Math.max(
    0,
    doc.sentences.findIndex((s) => hasIn(doc, s, cues.defenceSubject) && hasIn(doc, s, cues.firstPerson)),
  );
  const s = doc.sentences[index] ?? first;
  return {
    event: {
      type: "agreement",
      parties: [...parties].sort(),
      instrument: "declaration",
      status: "announced",
      scope: [...new Set(head.items.map((x) => x.category))],
      date: doc.meta.referenceDate,
      retrospective: false,
      evidence: [],
      rules: [`${s.lang}/event/joint-title`],
    },
    sentences: [index],
    paragraph: s.paragraph,
    recalled: false,
  };
}

/**
 * An agreement's scope also takes what later sentences say the instrument covers, when they name it again:
 * "This partnership establishes a fund that will receive royalties from natural resource projects."
 */
function widenScopes(doc: Doc, drafts: readonly Draft[]): void {
  const used = new Set(drafts.flatMap((d) => d.sentences));
  for (const d of drafts) {
    if (d.event.type !== "agreement") continue;
    const first = Math.min(...d.sentences);
    // "Avsiktsförklaringen innehåller följande områden:" names the instrument and opens a list of what it covers:
    // the sections after it ("Det kan komma att handla om inköp av och träning med stridsfordonet CV 90").
    let listEnd = -1;
    doc.sentences.forEach((s, i) => {
      const named = i > listEnd && hasIn(doc, s, cuesFor(doc, s.lang).anaphora);
      if (i <= first || used.has(i) || (!named && i > listEnd)) return;
      if (named && opensList(doc, i)) listEnd = i + LIST_REACH;
      const scope = new Set(d.event.scope ?? []);
      for (const item of doc.within(doc.items, s)) scope.add(item.category);
      d.event.scope = [...scope];
    });
  }
}
