// Splits the cleaned text into paragraphs and sentences, and gives each sentence its language.
import { eld } from "eld/small";
import type { Doc, Paragraph } from "../../core/doc.js";
import type { Span } from "../../core/span.js";
import { scan } from "../../core/span.js";
import { languages } from "../lang/index.js";
import type { Step } from "../step.js";

/**
 * A sentence ends at . ! ? … (and closing quotes) before a capital, digit or opening quote, unless the
 * word before the stop is an abbreviation: "U.S. Secretary", "Mr. Smith", "bl.a. Sverige".
 */
const BOUNDARY = /[.!?…]+["”»’)]*\s+(?=["“«„(]?[A-Z\u00C0-\u00DE\u0100-\u017F\u0400-\u042F\d])/g;
const abbreviationPatterns = new Map<string, RegExp>();

/**
 * The word before a full stop that does not end a sentence: an initial ("R."), or one of the language's
 * abbreviations ("Mr", "U.S", "bl.a").
 */
function abbreviation(lang: string): RegExp {
  let re = abbreviationPatterns.get(lang);
  if (!re) {
    const words = (languages.get(lang) ?? languages.get("en"))?.abbreviations ?? [];
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    re = new RegExp(
      `(?:^|[\\s(])(?:[A-Z\\u00C0-\\u00DE\\u0400-\\u042F]|[A-Z]\\.[A-Z]|${escaped.join("|")})$`,
    );
    abbreviationPatterns.set(lang, re);
  }
  return re;
}
const HEADING_MAX = 90;
/** Lines separated by single line breaks; paragraphs by blank lines (cleaning leaves exactly one). */
const PARAGRAPH = /[^\n]+(?:\n[^\n]+)*/g;
const LINE = /[^\n]+/g;
// Plain code-point ranges: a Unicode-property regex over every sentence costs more than the rest of segmenting.
const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z\u00C0-\u024F]/;
/** Letters only Ukrainian uses among Cyrillic languages: "Україна", "їх", "ґрунт". */
const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/u;
/** Languages eld may answer with: ours and close neighbours, so a Danish quote is not called Norwegian-ish English. */
const CANDIDATES = [
  "en",
  "sv",
  "da",
  "nb",
  "no",
  "fi",
  "de",
  "fr",
  "pl",
  "lt",
  "lv",
  "et",
  "es",
  "it",
  "nl",
  "cs",
];
eld.setLanguageSubset([...new Set([...CANDIDATES, ...languages.keys()])]);
/** eld reads this much of a paragraph; more costs time without changing the answer. */
const SAMPLE = 300;

type Script = "latin" | "cyrillic" | "other";

function scriptOf(text: string): Script {
  if (CYRILLIC.test(text)) return LATIN.test(text) && latinShare(text) > 0.5 ? "latin" : "cyrillic";
  return LATIN.test(text) ? "latin" : "other";
}

function latinShare(text: string): number {
  let latin = 0;
  let cyr = 0;
  for (const ch of text) {
    if (LATIN.test(ch)) latin++;
    else if (CYRILLIC.test(ch)) cyr++;
  }
  return latin / Math.max(1, latin + cyr);
}

/** Latin text shorter than this ("Warsaw, 9 May 2024") says too little; it takes the language around it. */
const SHORT = 60;

function detect(text: string, fallback: string): string {
  const script = scriptOf(text);
  if (script === "cyrillic") return UKRAINIAN_LETTERS.test(text) ? "uk" : "ru";
  if (script !== "latin" || text.length < SHORT) return fallback;
  // Running eld on every paragraph costs more than all the rules: a paragraph full of the surrounding
  // language's commonest words ("the", "and", "of") is taken to be in it.
  if (sounds(text, fallback)) return fallback;
  const res = eld.detect(text.slice(0, SAMPLE));
  return res.language && res.isReliable() ? res.language : fallback;
}

/** Share of a language's function words above which a paragraph is in that language, unless its pack says. */
const FUNCTION_SHARE = 0.12;
const functionPatterns = new Map<string, RegExp>();

/** "the|of|and|..." as one pattern per language, counted in a single native pass over the sample. */
function functionPattern(lang: string): RegExp | null {
  const words = languages.get(lang)?.functionWords;
  if (!words) return null;
  let re = functionPatterns.get(lang);
  if (!re) {
    // ASCII word boundaries: a Unicode-aware lookaround costs more than the whole check is worth.
    re = new RegExp(`\\b(?:${[...words].join("|")})\\b`, "gi");
    functionPatterns.set(lang, re);
  }
  return re;
}

/** How far a paragraph's share of `lang`'s function words is above the share that makes it `lang` (≥ 0: it is). */
function soundsBy(text: string, lang: string): number {
  const re = functionPattern(lang);
  if (!re) return -1;
  const sample = text.slice(0, SAMPLE);
  const total = sample.split(" ").length;
  if (total < 8) return -1;
  const hits = sample.match(re)?.length ?? 0;
  return hits / total - (languages.get(lang)?.functionShare ?? FUNCTION_SHARE);
}

function sounds(text: string, lang: string): boolean {
  return soundsBy(text, lang) >= 0;
}

/**
 * The document's language from its opening: the language whose function words fill it furthest past its
 * share, and eld only where none does. "Lietuva ir Ukraina pasirašė ..." is Lithuanian without eld.
 */
function mainLanguage(text: string): string {
  if (scriptOf(text) !== "latin" || text.length < SHORT) return detect(text, "en");
  let best = "en";
  let margin = -1;
  for (const lang of languages.keys()) {
    const by = soundsBy(text, lang);
    if (by > margin) [best, margin] = [lang, by];
  }
  return margin >= 0 ? best : detect(text, "en");
}

function sentenceSpans(doc: Doc, line: Span, lang: string): Span[] {
  const ABBREVIATION = abbreviation(lang);
  const out: Span[] = [];
  let start = line.start;
  for (const b of scan(doc.text, line, BOUNDARY)) {
    const before = doc.text.slice(Math.max(line.start, b.start - 12), b.start);
    if (ABBREVIATION.test(before) && doc.text[b.start] === "." && b.text.trimEnd().length === 1) continue;
    const stop = doc.text.slice(b.start, b.end).trimEnd().length;
    out.push({ start, end: b.start + stop });
    start = b.end;
  }
  if (start < line.end) out.push({ start, end: line.end });
  return out;
}

export const segmentStep: Step = {
  name: "segment",
  run(doc: Doc) {
    const given = doc.meta.language;
    // The document's own language, from its opening, for paragraphs too short to tell.
    const main = given ?? mainLanguage(doc.text.slice(0, 4 * SAMPLE));
    let previous = main;
    for (const p of scan(doc.text, { start: 0, end: doc.text.length }, PARAGRAPH)) {
      const text = p.text;
      const paragraph: Paragraph = {
        start: p.start,
        end: p.end,
        heading: !text.includes("\n") && text.length <= HEADING_MAX && !/[.!?:;"”»]$/u.test(text),
      };
      const index = doc.paragraphs.push(paragraph) - 1;
      const script = scriptOf(text);
      const plang = given && script === "latin" ? given : detect(text, text.length < SHORT ? main : previous);
      previous = plang;
      // Only a paragraph that mixes scripts needs its sentences' languages told apart.
      const mixed = CYRILLIC.test(text) && LATIN.test(text);
      for (const line of scan(doc.text, p, LINE)) {
        for (const s of sentenceSpans(doc, line, plang)) {
          const stext = mixed ? doc.slice(s) : "";
          const lang = !mixed || scriptOf(stext) === script ? plang : detect(stext, plang);
          doc.sentences.push({ start: s.start, end: s.end, paragraph: index, lang });
        }
      }
    }
  },
};
