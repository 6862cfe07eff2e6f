// Lithuanian noun declension for proper names: "Lietuva" → Lietuvos, Lietuvai, Lietuvą, Lietuva, Lietuvoje.

/** The case forms of one name; the vocative is left out, as news never addresses a state. */
export interface CaseForms {
  nominative: string;
  genitive: string;
  dative: string;
  accusative: string;
  instrumental: string;
  locative: string;
}

/**
 * Nominative endings and the endings of genitive, dative, accusative, instrumental and locative, longest
 * first: "Vilnius" (-ius) before "Izraelis" (-is); "Valstijos" (plural -os) before "Kyjivas" (-as).
 */
const PARADIGMS: ReadonlyArray<readonly [string, readonly [string, string, string, string, string]]> = [
  ["ius", ["iaus", "iui", "ių", "iumi", "iuje"]],
  ["os", ["ų", "oms", "as", "omis", "ose"]],
  ["ės", ["ių", "ėms", "es", "ėmis", "ėse"]],
  ["ai", ["ų", "ams", "us", "ais", "uose"]],
  ["as", ["o", "ui", "ą", "u", "e"]],
  ["is", ["io", "iui", "į", "iu", "yje"]],
  ["a", ["os", "ai", "ą", "a", "oje"]],
  ["ė", ["ės", "ei", "ę", "e", "ėje"]],
];

function declineWord(word: string): CaseForms {
  for (const [ending, [gen, dat, acc, ins, loc]] of PARADIGMS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    return {
      nominative: word,
      genitive: stem + gen,
      dative: stem + dat,
      accusative: stem + acc,
      instrumental: stem + ins,
      locative: stem + loc,
    };
  }
  // "JAV", "NATO", "Oslo": indeclinable.
  return {
    nominative: word,
    genitive: word,
    dative: word,
    accusative: word,
    instrumental: word,
    locative: word,
  };
}

/**
 * A name's case forms. A "|" marks where the declined part starts; what stands before it is a fixed
 * genitive: "Pietų |Korėja" → "Pietų Korėjai", "Europos |Sąjunga" → "Europos Sąjungoje". Without a bar
 * every word agrees: "Jungtinės Valstijos" → "Jungtinių Valstijų", "Jungtinė Karalystė" → "Jungtinei Karalystei".
 */
export function decline(name: string): CaseForms {
  const bar = name.indexOf("|");
  const fixed = bar < 0 ? "" : name.slice(0, bar);
  const words = (bar < 0 ? name : name.slice(bar + 1)).split(" ").map(declineWord);
  const join = (pick: (f: CaseForms) => string): string => fixed + words.map(pick).join(" ");
  return {
    nominative: join((f) => f.nominative),
    genitive: join((f) => f.genitive),
    dative: join((f) => f.dative),
    accusative: join((f) => f.accusative),
    instrumental: join((f) => f.instrumental),
    locative: join((f) => f.locative),
  };
}

/** The forms of a name that do not name a place: all but the genitive and, where `withLocative` is false, the locative. */
export function actingForms(forms: CaseForms, withLocative: boolean): string[] {
  const out = [forms.nominative, forms.dative, forms.accusative, forms.instrumental];
  if (withLocative) out.push(forms.locative);
  return [...new Set(out)];
}
