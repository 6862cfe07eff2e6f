// Finds kinds of aid and cooperation (LEDGER §4 categories) and aid-type cues in each sentence.
import type { Doc } from "../../core/doc.js";
import type { AidType, Category } from "../../core/ledger.js";
import type { Span } from "../../core/span.js";
import { narrowFor, pattern, scanTagged, tagged } from "../../core/span.js";
import { languageRuns } from "./runs.js";
import type { LanguagePack } from "./language.js";
import { packFor } from "../lang/index.js";
import type { Step } from "../step.js";

/**
 * A language's words for categories and aid types, as regular-expression sources. Categories are
 * tried in the order given, so list specific ones first: "artillery rounds" (ammunition) before
 * "artillery", "drone countermeasures" (counter_uav) before "drones".
 */
export interface ItemLexicon {
  categories: ReadonlyArray<readonly [Category, string]>;
  aidTypes: ReadonlyArray<readonly [AidType, string]>;
  /** Words right before a singular item that count it as one: "another IRIS-T system", "an additional SAMP-T". */
  single: string;
  /** Flags for the compiled patterns: "i" by default; `u` is added where a pattern needs it. */
  flags?: string;
  /**
   * What must hold before an item word: `\b` by default, which is fastest but only sees ASCII letters; a
   * language whose item words start with "é" or "ж" gives its own, e.g. "(?<![a-zà-ÿ])".
   */
  wordStart?: string;
}

interface Compiled {
  single: RegExp;
  items: RegExp;
  aid: RegExp;
}

const compiled = new WeakMap<ItemLexicon, Compiled>();

/**
 * One alternation with a capture group per entry, in the lexicon's order: a single pass over a stretch of
 * text finds every category, and the group that matched names it.
 */
function compile(lex: ItemLexicon): Compiled {
  let c = compiled.get(lex);
  if (c) return c;
  const flags = "g" + (lex.flags ?? "i");
  // One leading \b for the whole alternation instead of one per entry: the engine then tries the
  // alternatives only at word starts.
  // A Unicode lexicon ("u" flag: Cyrillic, "ž") needs a letter-aware start; plain \b sees only ASCII letters.
  const lead = lex.wordStart ?? ((lex.flags ?? "i").includes("u") ? "(?<![\\p{L}\\p{N}_])" : "\\b");
  const alternatives = (list: ReadonlyArray<readonly [unknown, string]>) =>
    `${lead}(?:${tagged(list.map(([, src]) => src.replace(/^\\b/, "")))})`;
  c = {
    single: pattern(`(?:${lex.single})$`, lex.flags ?? "i"),
    items: pattern(alternatives(lex.categories), flags),
    aid: pattern(alternatives(lex.aidTypes), flags),
  };
  compiled.set(lex, c);
  return c;
}

/** Finds categories and aid types in a stretch of text in one language. */
export function annotateItems(doc: Doc, pack: LanguagePack, within: Span): void {
  const c = compile(pack.items);
  for (const m of scanTagged(doc.text, within, c.items)) {
    const category = pack.items.categories[m.tag]?.[0];
    if (!category) continue;
    const before = { start: Math.max(within.start, m.start - 30), end: m.start };
    const one = narrowFor(c.single, doc.text, before).test(doc.slice(before));
    doc.items.push({
      start: m.start,
      end: m.end,
      category,
      single: one,
      rule: `${pack.code}/item/${category}`,
    });
  }
  for (const m of scanTagged(doc.text, within, c.aid)) {
    const aidType = pack.items.aidTypes[m.tag]?.[0];
    if (aidType)
      doc.aidTypes.push({ start: m.start, end: m.end, aidType, rule: `${pack.code}/aid-type/${aidType}` });
  }
}

export const itemsStep: Step = {
  name: "items",
  run(doc: Doc) {
    for (const run of languageRuns(doc)) annotateItems(doc, packFor(run.lang), run);
  },
};
