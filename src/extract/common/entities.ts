// Finds states, organisations and officials (LEDGER §3) in each sentence, in the sentence's language.
import type { Doc, EntityMention, OfficialMention, Sentence } from "../../core/doc.js";
import type { Span } from "../../core/span.js";
import { narrowFor, pattern } from "../../core/span.js";
import { packFor } from "../lang/index.js";
import type { Step } from "../step.js";

export type EntityForm = EntityMention["form"];

/** One surface form as a language writes it: ["Ukraine", "UA", "name"], ["Vilnius", "LT", "capital"]. */
export type EntityTerm = readonly [text: string, code: string, form: EntityForm];

/** LEDGER §3 codes that are organisations rather than ISO 3166-1 states. */
export const ORGANISATION_CODES: ReadonlySet<string> = new Set([
  "EU",
  "NATO",
  "UN",
  "G7",
  "IMF",
  "WB",
  "EIB",
  "EBRD",
]);

/**
 * The hand-kept word lists of one language, which scripts/gen-gazetteer.ts merges with the
 * i18n-iso-countries names into lang/<code>/generated-gazetteer.ts. Keys are LEDGER §3 codes.
 */
export interface CuratedEntities {
  /** Names the library lacks or spells otherwise: { US: ["America"], GB: ["Britain"], EU: ["European Union"] }. */
  names: Readonly<Record<string, readonly string[]>>;
  /** Library names never to match: "Jersey" (inside "New Jersey" it is not the island). */
  dropNames: readonly string[];
  /** An article the library puts before some names, stripped as mentions leave articles out: /^the\s+/i. */
  leadingArticle: RegExp;
  demonyms: Readonly<Record<string, readonly string[]>>;
  capitals: Readonly<Record<string, readonly string[]>>;
  /** Ministries, parliaments, seats of government, and the Union's institutions: { US: ["Pentagon"] }. */
  institutions: Readonly<Record<string, readonly string[]>>;
  /** Phrases that contain a term without naming its state: "New Mexico", "US$", "Swedish kronor". */
  ignore: readonly string[];
}

/** How a language names people by office: "Ukraine's Defense Minister Rustem Umerov". */
export interface OfficialGrammar {
  /** Nouns that make a role: "Minister", "Secretary", "President". */
  heads: readonly string[];
  /** Words that may stand before a head: "Defense" in "Defense Minister", "Deputy", "Prime". */
  modifiers: readonly string[];
  /** Words of a portfolio after the head: "National", "Defense" in "Minister of National Defense". */
  portfolios: readonly string[];
  /** Regex source between a head and its portfolio: "of " in "Minister of National Defense". */
  portfolioLink: string;
  /** Regex source between a role and its state: "of the " in "Minister of Defense of the Netherlands". */
  stateLink: string;
  /** Regex source between a role and the person: " " in "Defense Minister Rustem Umerov". */
  nameLink: string;
  /**
   * Regex source before a person in apposition: ", " in "Minister of National Defense, Laurynas
   * Kasčiūnas". The person then needs two words, so "Thank you, Mr. President, I ..." names nobody.
   */
  appositionLink: string;
  /** Capitalised words that never begin a name after a role: "The", "On", "Monday". */
  notNames: readonly string[];
  /** Lower-case words inside a name: "von der" in "Ursula von der Leyen". */
  nameParticles: readonly string[];
  /** Titles before a surname alone, for an official named before: "Mr." in "Mr. Sullivan announced". */
  honorifics?: readonly string[];
}

/** What one language brings for this step. Matching is case-sensitive ("US" the state, not "us"). */
export interface EntityLexicon {
  /** Every surface form, usually the generated gazetteer. Inflected languages list each case form. */
  terms: readonly EntityTerm[];
  /** Phrases that hide the terms inside them; see CuratedEntities.ignore. */
  ignore: readonly string[];
  /** Regex source of an ending that makes a name possessive: "'s" in "Ukraine's". "" where genitives are terms. */
  possessive: string;
  /** Regex source of what may not stand right before a term: "pro-" in "pro-Russian". "" for none. */
  notAfter: string;
  officials: OfficialGrammar;
}

interface Entry {
  code: string;
  form: EntityForm;
}

/**
 * A pattern run in two passes: `loose` (no `u` flag, ASCII word edges, so V8 runs it several times
 * faster) finds every place the `exact` one may match, and the exact one, sticky, is asked only there.
 * `sure` says when a loose match is the exact one as it stands, which saves asking.
 */
interface Matcher {
  loose: RegExp;
  exact: RegExp;
  sure: (text: string, m: RegExpExecArray) => boolean;
}

/** One language's lexicon turned into matchers, once. */
interface Compiled {
  mentions: Matcher;
  officials: Matcher;
  /** "Mr. Sullivan": an honorific and one name word; null where the language lists none. */
  honorific: RegExp | null;
  /** Term text with spaces collapsed → what it names; null for ignored phrases. */
  lookup: ReadonlyMap<string, Entry | null>;
  rule: (kind: string) => string;
}

const WORD_CHAR = "[\\p{L}\\p{N}\\p{M}_]";
const START = `(?<!${WORD_CHAR})`;
/** START for the loose patterns: looser, as any character outside ASCII passes. */
const ASCII_START = "(?<![A-Za-z0-9_])";
/** A word ends here unless a word character follows; "US$" ends itself, so "US$5" is still the currency. */
const END = `(?:(?<!${WORD_CHAR})|(?!${WORD_CHAR}))`;
/**
 * A capitalised word of a person's name, or an initial: "Kasčiūnas", "Jean-Pierre", "O'Brien", "J.". An
 * apostrophe needs two letters after it, so "Biden’s" leaves its possessive out.
 */
const NAME_WORD = "\\p{Lu}(?:\\.|(?:[\\p{L}\\p{M}]|['’-](?=\\p{L}\\p{L}))*)";
const SPACES = /\s+/gu;

/** WORD_CHAR below U+0080: [A-Za-z0-9_]. */
function asciiWord(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
  );
}

function escapeChar(ch: string): string {
  if (/\s/u.test(ch)) return "\\s+";
  return /[\\^$.*+?()[\]{}|]/u.test(ch) ? `\\${ch}` : ch;
}

/** Words with spaces collapsed and, with `eitherCase`, a capital first letter: "defense" → "Defense". */
function normalise(words: Iterable<string>, eitherCase: boolean): string[] {
  const out: string[] = [];
  for (const word of words) {
    const spaced = word.replace(/\s+/gu, " ");
    if (spaced) out.push(eitherCase ? spaced[0]!.toUpperCase() + spaced.slice(1) : spaced);
  }
  return out;
}

/**
 * A lookahead for the characters the word lists can begin with. Placed first, it lets the engine skip
 * most positions with one character test: the entity pattern runs four times faster with it. With
 * `capitalsOnly`, lists that match either case may still only start a match with a capital.
 */
function firstOf(lists: readonly WordList[], capitalsOnly = false): string {
  const chars = new Set<string>();
  for (const { words, eitherCase } of lists)
    for (const word of words) {
      const ch = String.fromCodePoint(word.codePointAt(0)!);
      chars.add(ch);
      if (eitherCase && !capitalsOnly) chars.add(ch.toLowerCase());
    }
  return `(?=[${[...chars].map((ch) => (/[\\\]^[-]/u.test(ch) ? `\\${ch}` : ch)).join("")}])`;
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * A regex alternation of literal words, folded into a trie so the engine rejects a position after one
 * character and always tries the longer word first: "North Korean" before "North Korea". With
 * `eitherCase`, each word's first letter may be upper or lower case: "Minister", "minister".
 */
function trieSource(words: readonly string[], eitherCase = false): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode, first: boolean): string => {
    const branches: string[] = [];
    for (const [ch, child] of node.next) {
      const lower = ch.toLowerCase();
      const head = first && eitherCase && lower !== ch ? `[${ch}${lower}]` : escapeChar(ch);
      branches.push(head + emit(child, false));
    }
    if (branches.length === 0) return "";
    if (node.end) branches.push("");
    return branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
  };
  return emit(root, true);
}

/** A word list as a trie pattern, with what firstOf needs to know about it. */
interface WordList {
  source: string;
  words: readonly string[];
  eitherCase: boolean;
}

function wordList(list: Iterable<string>, eitherCase = false): WordList {
  const words = normalise(list, eitherCase);
  return { source: `(?:${trieSource(words, eitherCase)})`, words, eitherCase };
}

function compile(code: string, lexicon: EntityLexicon): Compiled {
  const lookup = new Map<string, Entry | null>();
  for (const [text, termCode, form] of lexicon.terms)
    lookup.set(text.replace(/\s+/gu, " "), { code: termCode, form });
  for (const phrase of lexicon.ignore) lookup.set(phrase.replace(/\s+/gu, " "), null);
  const all = wordList(lookup.keys());
  const notAfter = lexicon.notAfter ? `(?<!${lexicon.notAfter})` : "";
  const possessive = lexicon.possessive ? `(?<poss>${lexicon.possessive})?` : "";
  const term = `${notAfter}(?<term>${all.source})${possessive}`;
  // The terms are tried in one order in both, so a loose match with plain edges is the exact one.
  const mentions: Matcher = {
    loose: pattern(`${firstOf([all])}${ASCII_START}${term}`, "g"),
    exact: new RegExp(`${START}${term}${END}`, "uy"),
    sure: (text, m) => plainEdges(text, m.index, m.index + m[0].length),
  };

  // The state before a role ("Ukraine's", "Swedish") is the mention just found there; only the state
  // after it ("of Ukraine") is matched here, so the pattern stays small and quick to compile. A role
  // starts with a capital ("Defense Minister", "Defense minister"): allowing "defense minister" too
  // would test every lower-case word and triple the time.
  const g = lexicon.officials;
  const names = wordList(lexicon.terms.filter(([, , f]) => f === "name").map(([t]) => t));
  const modifiers = wordList(g.modifiers, true);
  const heads = wordList(g.heads, true);
  const portfolio = wordList(g.portfolios, true).source;
  const role =
    `(?:${modifiers.source}[\\s-]+){0,3}${heads.source}` +
    `(?:\\s+${g.portfolioLink}${portfolio}(?:\\s+(?:and\\s+)?${portfolio}){0,3}${END})?`;
  const particle = `(?:${wordList(g.nameParticles).source}\\s+)*`;
  const person = (more: string): string =>
    `(?!${wordList(g.notNames).source}${END})${NAME_WORD}(?:\\s+${particle}${NAME_WORD})${more}`;
  const first = firstOf([modifiers, heads], true);
  const officials: Matcher = {
    // Where a role begins: "Deputy Defence Minister", "Minister".
    loose: pattern(`${first}${ASCII_START}(?:${modifiers.source}[\\s-]+){0,3}${heads.source}`, "g"),
    exact: new RegExp(
      `${first}${START}(?<role>${role})${END}` +
        `(?:\\s+${g.stateLink}(?<of>${names.source})${END})?(?:${g.nameLink}(?<name>${person("{0,4}")})|${g.appositionLink}(?<apposed>${person("{1,4}")}))?${END}`,
      "uy",
    ),
    sure: () => false,
  };
  const honorific = g.honorifics?.length
    ? new RegExp(`${START}${wordList(g.honorifics).source}\\s+(?<name>${NAME_WORD})${END}`, "gu")
    : null;
  return { mentions, officials, honorific, lookup, rule: (kind) => `${code}/${kind}` };
}

const compiled = new WeakMap<EntityLexicon, Compiled>();

/** The matchers of a language, built on first use and kept for the life of the process. */
function matchersFor(lang: string): Compiled {
  const pack = packFor(lang);
  let c = compiled.get(pack.entities);
  if (!c) compiled.set(pack.entities, (c = compile(pack.code, pack.entities)));
  return c;
}

/** What a matched term names; its spaces are collapsed only when the text has other spaces than single ones. */
function entryOf(c: Compiled, text: string | undefined): Entry | null {
  if (text === undefined) return null;
  const entry = c.lookup.get(text);
  return entry !== undefined ? entry : (c.lookup.get(text.replace(SPACES, " ")) ?? null);
}

/**
 * Whether a candidate from `c.candidates` at `start`..`end` of `text` is surely the exact pattern's match
 * there: ASCII on both sides and END holds ("Ukraine's" ends after "s" before " "). Otherwise ("“Ukraine",
 * "Indiana", where the candidate "India" fails END) the exact pattern decides.
 */
function plainEdges(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const last = text.charCodeAt(end - 1);
  const after = end < text.length ? text.charCodeAt(end) : 32;
  return before < 128 && last < 128 && after < 128 && (!asciiWord(last) || !asciiWord(after));
}

/**
 * The next exact match in `text` from where `matcher.loose` stands, or null: the first place from there
 * where the exact pattern matches, as a global search with it would find.
 */
function next(text: string, { loose, exact, sure }: Matcher): RegExpExecArray | null {
  for (let m = loose.exec(text); m !== null; m = loose.exec(text)) {
    if (sure(text, m)) return m;
    exact.lastIndex = m.index;
    const found = exact.exec(text);
    // Nothing starts here after all: go on from the next character.
    loose.lastIndex = found ? exact.lastIndex : m.index + 1;
    if (found) return found;
  }
  return null;
}

/** The matcher to run over `within` of the document: its patterns' `narrowFor` twins, the loose one reset. */
function matcherFor(doc: Doc, within: Span, { loose, exact, sure }: Matcher): Matcher {
  const m = {
    loose: narrowFor(loose, doc.text, within),
    exact: narrowFor(exact, doc.text, within),
    sure,
  };
  m.loose.lastIndex = 0;
  return m;
}

/**
 * "Ukraine's" → possessive UA; "the Pentagon" → institution US; "Lithuanian" → demonym LT. The span
 * leaves out an article: in "the Ukraine-Lithuania memorandum" or "the EU summit" it is the noun's.
 */
function findMentions(doc: Doc, { within, c }: Run, inSentence: (span: Span) => boolean): void {
  const text = doc.text.slice(within.start, within.end);
  const mentions = matcherFor(doc, within, c.mentions);
  for (let found = next(text, mentions); found !== null; found = next(text, mentions)) {
    const poss = found.groups?.poss;
    const entry = entryOf(c, found.groups?.term);
    const span = { start: within.start + found.index, end: within.start + found.index + found[0].length };
    if (!entry || !inSentence(span)) continue;
    const form: EntityForm = entry.form === "name" && poss ? "possessive" : entry.form;
    doc.entities.push({
      start: span.start,
      end: span.end,
      code: entry.code,
      kind: ORGANISATION_CODES.has(entry.code) ? "organisation" : "state",
      form,
      rule: c.rule(`entity/${form}`),
    });
  }
}

/**
 * "Lithuania's Minister of National Defense, Laurynas Kasčiūnas" → that name, role and LT. The state is
 * the mention right before the role (only spaces between) or the one after "of". A role with neither a
 * state nor a name ("wrote the Minister of Defense") says nothing and is skipped.
 */
function findOfficials(
  doc: Doc,
  { within, c }: Run,
  inSentence: (span: Span) => boolean,
  mentions: readonly EntityMention[],
): void {
  let i = 0;
  const text = doc.text.slice(within.start, within.end);
  const found: OfficialMention[] = [];
  const officials = matcherFor(doc, within, c.officials);
  for (let m = next(text, officials); m !== null; m = next(text, officials)) {
    const start = within.start + m.index;
    const end = start + m[0].length;
    const { role, of: state, name: named, apposed } = m.groups ?? {};
    while (i < mentions.length && mentions[i]!.end <= start) i++;
    const before = mentions[i - 1];
    const possessor = before && /^\s+$/u.test(doc.text.slice(before.end, start)) ? before : undefined;
    const of = entryOf(c, state);
    const code = possessor?.code ?? of?.code ?? null;
    const name = named ?? apposed ?? null;
    const span = { start: possessor?.start ?? start, end };
    if (!role || (!code && !name) || !inSentence(span)) continue;
    found.push({
      ...span,
      name,
      role: role.replace(SPACES, " "),
      code,
      rule: c.rule(`official/${possessor ? possessor.form : of ? "of-state" : "title"}`),
    });
  }
  // "National Security Advisor Jake Sullivan met ... Mr. Sullivan announced": the surname is the official named
  // before, with his state; one never introduced keeps none, and so speaks for the publisher like a bare title.
  const honorific = c.honorific ?? /(?!)/gu;
  honorific.lastIndex = 0;
  for (let m = honorific.exec(text); m !== null; m = honorific.exec(text)) {
    const span = { start: within.start + m.index, end: within.start + m.index + m[0].length };
    const surname = m.groups?.name ?? "";
    const known = [...doc.officials, ...found].find(
      (o) => o.start < span.start && o.name?.split(" ").pop() === surname,
    );
    if (!inSentence(span)) continue;
    found.push({
      ...span,
      name: known?.name ?? surname,
      role: m[0].slice(0, m[0].length - surname.length).trim(),
      code: known?.code ?? null,
      rule: c.rule("official/honorific"),
    });
  }
  doc.officials.push(...found.sort((a, b) => a.start - b.start));
}

/** A run of consecutive sentences in languages that share a lexicon. */
interface Run {
  within: Span;
  sentences: Sentence[];
  c: Compiled;
}

/** Each run is scanned at once: starting the patterns once per sentence is slow. */
function runs(sentences: readonly Sentence[]): Run[] {
  const out: Run[] = [];
  for (const sentence of sentences) {
    const c = matchersFor(sentence.lang);
    const last = out[out.length - 1];
    if (last && last.c === c) {
      last.within = { start: last.within.start, end: sentence.end };
      last.sentences.push(sentence);
    } else out.push({ within: { start: sentence.start, end: sentence.end }, sentences: [sentence], c });
  }
  return out;
}

/**
 * Whether a span lies inside one sentence of the run, for spans asked in text order; a match across a
 * sentence end ("... the Defense Minister" + heading "Rustem Umerov") is not one phrase.
 */
function oneSentence(sentences: readonly Sentence[]): (span: Span) => boolean {
  let i = 0;
  return (span) => {
    while (i < sentences.length && sentences[i]!.end <= span.start) i++;
    const s = sentences[i];
    return s !== undefined && s.start <= span.start && span.end <= s.end;
  };
}

export const entitiesStep: Step = {
  name: "entities",
  run(doc: Doc): void {
    for (const run of runs(doc.sentences)) {
      const first = doc.entities.length;
      findMentions(doc, run, oneSentence(run.sentences));
      findOfficials(doc, run, oneSentence(run.sentences), doc.entities.slice(first));
    }
  },
};
