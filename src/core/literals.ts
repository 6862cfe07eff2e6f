// The strings every match of a case-insensitive pattern must contain, so one substring test rules a text out before the pattern runs.
import { parseRegExpLiteral } from "@eslint-community/regexpp";
import type { AST } from "@eslint-community/regexpp";

/**
 * What a part of a pattern is known to match, in case-folded text (see `foldCase`):
 * - `exact`: every string it can match ("lieferte|lieferten" → both), null where they are too many to list;
 * - `need`: strings one of which every match contains, its lookarounds' text included (the pattern runs on the
 *   text it is tested against, so what a lookaround sees is in that text too); null where none is known.
 */
interface Facts {
  readonly exact: readonly string[] | null;
  readonly need: readonly string[] | null;
}

const NONE: Facts = { exact: null, need: null };
const EMPTY: Facts = { exact: [""], need: null };
/** More strings than this make a list too long to be worth carrying: "[\\p{L}]*paket" is no list. */
const MAX_EXACT = 64;
const MAX_NEED = 400;

/**
 * Characters whose case-insensitive match `toLowerCase` does not reach: /s/iu matches "ſ", /в/iu matches "ᲀ".
 * Mapped so that a match of the pattern in a text is always a match of its strings in the folded text.
 */
const FOLDS: Readonly<Record<string, string>> = {
  ſ: "s",
  "\u212A": "k",
  "\u212B": "å",
  ẛ: "ṡ",
  "\u1C80": "в",
  "\u1C81": "д",
  "\u1C82": "о",
  "\u1C83": "с",
  "\u1C84": "т",
  "\u1C85": "т",
  "\u1C86": "ъ",
  "\u1C87": "ѣ",
  "\u1C88": "ꙋ",
};
const SPECIAL = new RegExp(`[${Object.keys(FOLDS).join("")}]`, "g");

/**
 * Lower case, one UTF-16 unit for one, so offsets into the folded text are offsets into the text: "İ" (which
 * `toLowerCase` makes two units) stays as it is, as no pattern letter this module reads matches it.
 */
export function foldCase(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    lower = "";
    for (const ch of text) {
      const l = ch.toLowerCase();
      lower += l.length === ch.length ? l : ch;
    }
  }
  return lower.replace(SPECIAL, (c) => FOLDS[c] ?? c);
}

/**
 * Letters whose every case-insensitive match `foldCase` folds to the same letter: Latin and Cyrillic (a Greek
 * "σ" also matches "ς", which lower-casing keeps apart). Anything else is read as matching too much to list.
 */
function safe(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x80) return true;
  if ((c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x400 && c <= 0x52f))
    return foldCase(ch).length === 1;
  return ch.toLowerCase() === ch && ch.toUpperCase() === ch && !/\p{L}/u.test(ch);
}

function unique(xs: Iterable<string>, max: number): string[] | null {
  const out = [...new Set(xs)];
  return out.length > max ? null : out;
}

function cross(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  return unique(
    a.flatMap((x) => b.map((y) => x + y)),
    MAX_EXACT,
  );
}

/** Needed strings are cut to this many characters: "lieferte|lieferten" → "liefer", as one test finds both. */
const KEEP = 6;
/** Past this length a needed string narrows no further in practice; fewer strings test faster. */
const ENOUGH = 4;

/** How much a set of needed strings narrows: its shortest string's length (0: no use, "" is in every text). */
function worth(set: readonly string[] | null): number {
  return set && set.length ? Math.min(ENOUGH, ...set.map((s) => s.length)) : 0;
}

function better(a: readonly string[] | null, b: readonly string[] | null): readonly string[] | null {
  const wa = worth(a);
  const wb = worth(b);
  if (wa === 0 && wb === 0) return null;
  if (wa !== wb) return wa > wb ? a : b;
  return (a?.length ?? Infinity) <= (b?.length ?? Infinity) ? a : b;
}

function disjunction(alternatives: readonly AST.Alternative[]): Facts {
  const facts = alternatives.map(sequence);
  const exacts = facts.map((f) => f.exact);
  const needs = facts.map((f) => better(f.need, f.exact));
  return {
    exact: exacts.every((e) => e !== null) ? unique(exacts.flat(), MAX_EXACT) : null,
    need: needs.every((n) => n !== null) ? unique(needs.flat(), MAX_NEED) : null,
  };
}

/** A sequence needs what any one of its parts needs, or what a stretch of listed parts spells together. */
function sequence(alternative: AST.Alternative): Facts {
  let exact: readonly string[] | null = [""];
  let run: readonly string[] = [""];
  let need: readonly string[] | null = null;
  for (const element of alternative.elements) {
    const f = facts(element);
    need = better(need, f.need);
    exact = exact && f.exact ? cross(exact, f.exact) : null;
    if (f.exact) {
      const longer = cross(run, f.exact);
      if (!longer) need = better(need, run);
      run = longer ?? f.exact;
    } else {
      need = better(need, run);
      run = [""];
    }
  }
  need = better(need, run);
  return { exact, need: better(need, exact) };
}

function character(value: number): Facts {
  const ch = String.fromCodePoint(value);
  if (ch.length !== 1 || !safe(ch)) return NONE;
  const folded = foldCase(ch);
  return { exact: [folded], need: [folded] };
}

function characterClass(node: AST.CharacterClass): Facts {
  if (node.negate || node.unicodeSets) return NONE;
  const chars: string[] = [];
  for (const e of node.elements) {
    if (e.type === "Character") {
      const f = character(e.value);
      if (!f.exact) return NONE;
      chars.push(...f.exact);
    } else if (e.type === "CharacterClassRange" && e.max.value - e.min.value < 8) {
      for (let v = e.min.value; v <= e.max.value; v++) {
        const f = character(v);
        if (!f.exact) return NONE;
        chars.push(...f.exact);
      }
    } else return NONE;
  }
  const exact = unique(chars, MAX_EXACT);
  return { exact, need: exact };
}

function facts(node: AST.Element): Facts {
  switch (node.type) {
    case "Character":
      return character(node.value);
    case "CharacterClass":
      return characterClass(node);
    case "Group":
      return node.modifiers ? NONE : disjunction(node.alternatives);
    case "CapturingGroup":
      return disjunction(node.alternatives);
    case "Assertion":
      if (node.kind !== "lookahead" && node.kind !== "lookbehind") return EMPTY;
      return node.negate ? EMPTY : { exact: [""], need: disjunction(node.alternatives).need };
    case "Quantifier": {
      const inner = facts(node.element);
      if (node.min === 0) {
        const exact = node.max === 1 && inner.exact ? unique(["", ...inner.exact], MAX_EXACT) : null;
        return { exact, need: null };
      }
      return { exact: node.max === 1 ? inner.exact : null, need: better(inner.need, inner.exact) };
    }
    default:
      return NONE;
  }
}

/** The strings every match of `re` needs, as `strings` finds them; null where it is case-sensitive or none are known. */
function needed(re: RegExp): readonly string[] | null {
  if (!re.flags.includes("i")) return null;
  let pattern: AST.Pattern;
  try {
    pattern = parseRegExpLiteral(re).pattern;
  } catch {
    return null;
  }
  const { need, exact } = disjunction(pattern.alternatives);
  const strings = better(need, exact);
  return strings && worth(strings) >= 2 ? strings : null;
}

/**
 * A pattern that finds, in a case-folded text, one of the strings that every match of any of `res` contains;
 * null where one of them is case-sensitive or no such strings are known (a match may be any word:
 * "[\\p{L}]*abkommen" needs "abkommen", but "\\p{Lu}\\p{L}+" needs nothing).
 */
export function requiredStrings(...res: readonly RegExp[]): RegExp | null {
  const sets = res.map(needed);
  if (sets.some((set) => set === null)) return null;
  const strings = sets.flatMap((set) => set ?? []);
  // A text holding "przekaż" holds "przeka": the shortest strings suffice, and a string holding another adds nothing.
  const cut = [...new Set(strings.map((s) => s.slice(0, KEEP)))].sort((a, b) => a.length - b.length);
  const kept = cut.filter((s, i) => !cut.slice(0, i).some((t) => s.includes(t)));
  return new RegExp(kept.map((s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("|"));
}
