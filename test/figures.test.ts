// Table tests for the figures step: money and counted quantities in English news-style sentences.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Doc } from "../src/core/doc.js";
import type { Figure } from "../src/core/ledger.js";
import type { FigureGrammar } from "../src/extract/common/figures.js";
import { findFigures, figuresStep } from "../src/extract/common/figures.js";
import { segmentStep } from "../src/extract/common/segment.js";
import { figures as english } from "../src/extract/lang/en/figures.js";
import { analyse } from "../src/extract/pipeline.js";

/** A figure as the tests write it: the text it covers and only the fields that are set. */
interface Seen extends Figure {
  text: string;
  currency?: string;
  noun?: string;
}

interface Case {
  text: string;
  money?: Seen[];
  quantities?: Seen[];
}

function run(text: string): Doc {
  return analyse({ id: "t", text, language: "en" }, [segmentStep, figuresStep]);
}

function figureOf(f: Figure): Figure {
  const out: Figure = {};
  if (f.amount !== undefined) out.amount = f.amount;
  if (f.min !== undefined) out.min = f.min;
  if (f.max !== undefined) out.max = f.max;
  if (f.qualifier) out.qualifier = f.qualifier;
  return out;
}

function seen(doc: Doc): { money: Seen[]; quantities: Seen[] } {
  return {
    money: doc.money.map((m) => ({ text: doc.slice(m), currency: m.currency, ...figureOf(m) })),
    quantities: doc.quantities.map((q) => ({ text: doc.slice(q), noun: doc.slice(q.noun), ...figureOf(q) })),
  };
}

const M = 1e6;
const B = 1e9;

const MONEY: Case[] = [
  {
    text: "Vilnius intends to set aside another 40-50 million euros for Kyiv before the year is out.",
    money: [{ text: "40-50 million euros", currency: "EUR", min: 40 * M, max: 50 * M }],
  },
  {
    text: "So far this year the ministry has sent assistance worth 153 million euros.",
    money: [{ text: "153 million euros", currency: "EUR", amount: 153 * M }],
  },
  {
    text: "The Commission disbursed €1.2bn to Kyiv on Tuesday.",
    money: [{ text: "€1.2bn", currency: "EUR", amount: 1.2 * B }],
  },
  {
    text: "The Pentagon unveiled a $150 million package of security assistance.",
    money: [{ text: "$150 million", currency: "USD", amount: 150 * M }],
  },
  {
    text: "Stockholm's latest package is valued at SEK 7.1 billion, the government said.",
    money: [{ text: "SEK 7.1 billion", currency: "SEK", amount: 7.1 * B }],
  },
  {
    text: "Tokyo will extend a loan of USD 1.5 billion through the World Bank.",
    money: [{ text: "USD 1.5 billion", currency: "USD", amount: 1.5 * B }],
  },
  {
    text: "Washington pledged US$2 billion in long-term support.",
    money: [{ text: "US$2 billion", currency: "USD", amount: 2 * B }],
  },
  {
    text: "London added £2.3 billion in military aid for the coming year.",
    money: [{ text: "£2.3 billion", currency: "GBP", amount: 2.3 * B }],
  },
  {
    text: "The fund received EUR 500,000 from the Estonian government.",
    money: [{ text: "EUR 500,000", currency: "EUR", amount: 500_000 }],
  },
  {
    text: "A private donor gave 1,000,000 dollars to the hospital.",
    money: [{ text: "1,000,000 dollars", currency: "USD", amount: 1_000_000 }],
  },
  {
    text: "Allies have provided roughly $1.7 billion for demining since the invasion.",
    money: [{ text: "roughly $1.7 billion", currency: "USD", amount: 1.7 * B, qualifier: "about" }],
  },
  {
    text: "The bank approved nearly $600 million and approximately $45 million in grants.",
    money: [
      { text: "nearly $600 million", currency: "USD", amount: 600 * M, qualifier: "about" },
      { text: "approximately $45 million", currency: "USD", amount: 45 * M, qualifier: "about" },
    ],
  },
  {
    text: "Around $90 million will go to energy repairs and some $12 million to shelters.",
    money: [
      { text: "Around $90 million", currency: "USD", amount: 90 * M, qualifier: "about" },
      { text: "some $12 million", currency: "USD", amount: 12 * M, qualifier: "about" },
    ],
  },
  {
    text: "The administration will provide up to $250 million in emergency energy assistance.",
    money: [{ text: "up to $250 million", currency: "USD", max: 250 * M, qualifier: "up_to" }],
  },
  {
    text: "Canada has committed more than $500m, over $80 million of it in 2024.",
    money: [
      { text: "more than $500m", currency: "USD", min: 500 * M, qualifier: "more_than" },
      { text: "over $80 million", currency: "USD", min: 80 * M, qualifier: "more_than" },
    ],
  },
  {
    text: "Support in excess of $4 billion has been delivered, and at least $1 billion more is planned.",
    money: [
      { text: "in excess of $4 billion", currency: "USD", min: 4 * B, qualifier: "more_than" },
      { text: "at least $1 billion", currency: "USD", min: 1 * B, qualifier: "more_than" },
    ],
  },
  {
    text: "The loan will be worth between $40 and $50 million, officials said.",
    money: [{ text: "between $40 and $50 million", currency: "USD", min: 40 * M, max: 50 * M }],
  },
  {
    text: "Each tranche is expected to be $40 to $50 million.",
    money: [{ text: "$40 to $50 million", currency: "USD", min: 40 * M, max: 50 * M }],
  },
  {
    text: "Grants range from $400,000 for small towns upward.",
    money: [{ text: "$400,000", currency: "USD", amount: 400_000 }],
  },
  {
    text: "The World Bank began disbursing $9.9 billion in grants, part of a $33 billion effort.",
    money: [
      { text: "$9.9 billion", currency: "USD", amount: 9.9 * B },
      { text: "$33 billion", currency: "USD", amount: 33 * B },
    ],
  },
  {
    text: "Almost all of the $3.5 billion in drawdown authority has now been used.",
    money: [{ text: "$3.5 billion", currency: "USD", amount: 3.5 * B }],
  },
  {
    text: "Oslo announced another $1 billion for air defence.",
    money: [{ text: "$1 billion", currency: "USD", amount: 1 * B }],
  },
  {
    text: "Ottawa will send C$500 million and Canberra A$100 million.",
    money: [
      { text: "C$500 million", currency: "CAD", amount: 500 * M },
      { text: "A$100 million", currency: "AUD", amount: 100 * M },
    ],
  },
  {
    text: "Kyiv received 3.2 billion hryvnias, 200 million złoty and 50 million Swiss francs.",
    money: [
      { text: "3.2 billion hryvnias", currency: "UAH", amount: 3.2 * B },
      { text: "200 million złoty", currency: "PLN", amount: 200 * M },
      { text: "50 million Swiss francs", currency: "CHF", amount: 50 * M },
    ],
  },
  {
    text: "Tokyo pledged 15 billion yen, and Copenhagen 1.3 billion Danish kroner.",
    money: [
      { text: "15 billion yen", currency: "JPY", amount: 15 * B },
      { text: "1.3 billion Danish kroner", currency: "DKK", amount: 1.3 * B },
    ],
  },
  {
    text: "The package is worth 2.5 billion USD, or 2.3 billion EUR.",
    money: [
      { text: "2.5 billion USD", currency: "USD", amount: 2.5 * B },
      { text: "2.3 billion EUR", currency: "EUR", amount: 2.3 * B },
    ],
  },
  {
    text: "The fund grew to $400k, then to $1.2M.",
    money: [
      { text: "$400k", currency: "USD", amount: 400_000 },
      { text: "$1.2M", currency: "USD", amount: 1.2 * M },
    ],
  },
  {
    text: "A $2.3-billion package and a billion dollars in loans were agreed.",
    money: [
      { text: "$2.3-billion", currency: "USD", amount: 2.3 * B },
      { text: "a billion dollars", currency: "USD", amount: 1 * B },
    ],
  },
  {
    text: "Denmark will give five million euros, Norway twenty-five million kroner.",
    money: [{ text: "five million euros", currency: "EUR", amount: 5 * M }],
  },
  {
    text: "Britain sent 2 million pounds but 500 pounds of explosives were seized.",
    money: [{ text: "2 million pounds", currency: "GBP", amount: 2 * M }],
    quantities: [{ text: "500 pounds of explosives", noun: "pounds of explosives", amount: 500 }],
  },
  {
    text: "Spending rose from $5 billion to $7 billion over two years.",
    money: [
      { text: "$5 billion", currency: "USD", amount: 5 * B },
      { text: "$7 billion", currency: "USD", amount: 7 * B },
    ],
  },
  {
    text: "Berlin plans 1.5 to 2 billion euros and 500,000 to 2 million euros for smaller projects.",
    money: [
      { text: "1.5 to 2 billion euros", currency: "EUR", min: 1.5 * B, max: 2 * B },
      { text: "500,000 to 2 million euros", currency: "EUR", min: 500_000, max: 2 * M },
    ],
  },
];

const NOT_MONEY: string[] = [
  "The war has cost hundreds of millions of dollars in lost harvests.",
  "Allies have spent billions of dollars and millions of euros on the effort.",
  "Inflation reached 5.4 percent in 2023, up from 3% in 2022.",
  "The brigade fires 155mm shells at a rate of 6,000 a day.",
  "For details call +380 44 256 7000 before 30 April.",
  "The agreement was first signed in 1994 and renewed in 2014.",
];

const QUANTITIES: Case[] = [
  {
    text: "By the end of autumn Vilnius will hand over more than 5,000 drones to Kyiv.",
    quantities: [{ text: "more than 5,000 drones", noun: "drones", min: 5000, qualifier: "more_than" }],
  },
  {
    text: "The package includes up to 20 howitzers and 10 Leopard 2 tanks.",
    quantities: [
      { text: "up to 20 howitzers", noun: "howitzers", max: 20, qualifier: "up_to" },
      { text: "10 Leopard 2 tanks", noun: "Leopard 2 tanks", amount: 10 },
    ],
  },
  {
    text: "Sweden financed the shipment of 50,000 tonnes of wheat to Africa.",
    quantities: [{ text: "50,000 tonnes of wheat", noun: "tonnes of wheat", amount: 50_000 }],
  },
  {
    text: "Allies have delivered more than 50 million rounds of ammunition since 2022.",
    quantities: [
      {
        text: "more than 50 million rounds of ammunition",
        noun: "rounds of ammunition",
        min: 50 * M,
        qualifier: "more_than",
      },
    ],
  },
  {
    text: "Germany and the Netherlands will supply two Patriot batteries.",
    quantities: [{ text: "two Patriot batteries", noun: "Patriot batteries", amount: 2 }],
  },
  {
    text: "The unit received approximately 1,000 rounds last week.",
    quantities: [{ text: "approximately 1,000 rounds", noun: "rounds", amount: 1000, qualifier: "about" }],
  },
  {
    text: "Kyiv will get 20 armored personnel carriers, officials said.",
    quantities: [{ text: "20 armored personnel carriers", noun: "armored personnel carriers", amount: 20 }],
  },
  {
    text: "Some 300 military trucks arrived, and 12 howitzers delivered in May are in service.",
    quantities: [
      { text: "Some 300 military trucks", noun: "military trucks", amount: 300, qualifier: "about" },
      { text: "12 howitzers", noun: "howitzers", amount: 12 },
    ],
  },
  {
    text: "The country will send between 10 and 15 tanks and 40-50 armoured vehicles.",
    quantities: [
      { text: "between 10 and 15 tanks", noun: "tanks", min: 10, max: 15 },
      { text: "40-50 armoured vehicles", noun: "armoured vehicles", min: 40, max: 50 },
    ],
  },
  {
    text: "Training covers 5 thousand soldiers and 1.5 million artillery shells were ordered.",
    quantities: [
      { text: "5 thousand soldiers", noun: "soldiers", amount: 5000 },
      { text: "1.5 million artillery shells", noun: "artillery shells", amount: 1.5 * M },
    ],
  },
  {
    text: "Norway will donate one Patriot battery and twelve F-16 aircraft.",
    quantities: [
      { text: "one Patriot battery", noun: "Patriot battery", amount: 1 },
      { text: "twelve F-16 aircraft", noun: "F-16 aircraft", amount: 12 },
    ],
  },
  {
    text: "A dozen boats and two hundred generators were shipped by rail.",
    quantities: [
      { text: "A dozen boats", noun: "boats", amount: 12 },
      { text: "two hundred generators", noun: "generators", amount: 200 },
    ],
  },
  {
    text: "The 31 Abrams tanks are expected in September.",
    quantities: [{ text: "31 Abrams tanks", noun: "Abrams tanks", amount: 31 }],
  },
  {
    text: "It funds 100,000 155mm shells for the front.",
    quantities: [{ text: "100,000 155mm shells", noun: "155mm shells", amount: 100_000 }],
  },
  {
    text: "The $150 million package contains 500 Javelin missiles.",
    money: [{ text: "$150 million", currency: "USD", amount: 150 * M }],
    quantities: [{ text: "500 Javelin missiles", noun: "Javelin missiles", amount: 500 }],
  },
  {
    text: "Lithuania sent 40-50 million euros' worth of goods.",
    money: [{ text: "40-50 million euros", currency: "EUR", min: 40 * M, max: 50 * M }],
  },
];

const NOT_QUANTITIES: string[] = [
  "The memorandum was signed in Kyiv in 2024, a year after talks began in 1991.",
  "The talks were held on 30 April and again on April 30.",
  "Inflation fell to 4 percent and 5 per cent in most regions.",
  "The 32nd brigade and the 11th battalion fought there for a third week.",
  "Its 155mm guns and 155 mm shells were praised.",
  "Sweden will supply Leopard 2 tanks, F-16 jets, Rb 99 missiles, CV90 vehicles and T-72 tanks.",
  "He is one of the officials who led the 10-year programme.",
  "Dozens of drones, hundreds of shells and thousands of rounds were lost.",
  "The meeting began at 10:30 and ended at 14 GMT.",
  "A tank and an armoured vehicle were damaged.",
  "The reform took 5 years to prepare.",
];

for (const c of [...MONEY, ...QUANTITIES]) {
  test(`figures: ${c.text}`, () => {
    const got = seen(run(c.text));
    assert.deepEqual(got.money, c.money ?? []);
    assert.deepEqual(got.quantities, c.quantities ?? []);
  });
}

for (const text of [...NOT_MONEY, ...NOT_QUANTITIES]) {
  test(`no figures: ${text}`, () => {
    const got = seen(run(text));
    assert.deepEqual(got, { money: [], quantities: [] });
  });
}

test("figures carry rule tags and spans that slice to the written figure", () => {
  const doc = run(
    "Kyiv gets between $40 and $50 million, €1.2bn, 40 million euros, up to $5m and 20 howitzers.",
  );
  assert.deepEqual(
    doc.money.map((m) => m.rule),
    ["en/money/range", "en/money/symbol", "en/money/word", "en/money/qualified"],
  );
  assert.deepEqual(
    doc.quantities.map((q) => q.rule),
    ["en/quantity/count"],
  );
});

test("figures in a longer release keep to their sentences", () => {
  const text = [
    "Today the Ministry of Defence announced a new package of military assistance for Ukraine.",
    "",
    "The package, worth SEK 7.1 billion, includes up to 10 tanks and 5,000 drones. In 2025 further support of",
    "at least $1 billion will follow.",
  ].join("\n");
  const got = seen(run(text));
  assert.deepEqual(
    got.money.map((m) => m.text),
    ["SEK 7.1 billion", "at least $1 billion"],
  );
  assert.deepEqual(
    got.quantities.map((q) => q.text),
    ["up to 10 tanks", "5,000 drones"],
  );
});

/**
 * A grammar in the shape another language folder would give: decimal comma, space between digit groups,
 * inflected and dotted scale words. Only data differs from English; the algorithm is the same.
 */
const OTHER: FigureGrammar = {
  ...english,
  decimalMark: ",",
  groupMarks: [" ", "."],
  numberWords: { tre: 3, två: 2 },
  multipliers: {},
  oneBeforeScale: [],
  scales: { miljarder: 1e9, miljoner: 1e6, млн: 1e6, "тис.": 1e3, "tūkst.": 1e3, "Mrd.": 1e9, mln: 1e6 },
  moneyScales: {},
  currencyBefore: { SEK: "SEK" },
  currencyAfter: { kronor: "SEK", євро: "EUR", Euro: "EUR", zł: "PLN" },
  weakCurrencies: [],
  qualifiers: { runt: "about", "upp till": "up_to", понад: "more_than" },
  rangeWords: ["till"],
  rangePairs: [["mellan", "och"]],
  changeOpeners: [],
  nounStops: ["för", "av", "och", "для", "та"],
  nounLinks: [],
  nounHead: undefined,
  nounVerb: undefined,
  notCounted: ["procent"],
  notModelNames: [],
};

test("figures: the algorithm reads other languages from grammar data alone", () => {
  const text = [
    "Regeringen bidrar med 7,1 miljarder kronor, runt tre miljarder kronor och 50 000 ton vete.",
    "Литва планує 40–50 млн євро та понад 5 тис. дронів для ЗСУ.",
    "Vilnius perduos 5 tūkst. dronų; Berlin gibt 1,5 Mrd. Euro und Warschau 100 mln zł.",
  ].join("\n");
  const doc = new Doc("other", text, {
    title: null,
    published: null,
    url: null,
    outlet: null,
    attribution: [],
    language: null,
    referenceDate: null,
    referenceProvenance: "stated",
  });
  findFigures(doc, { start: 0, end: text.length }, OTHER, "xx");
  assert.deepEqual(seen(doc), {
    money: [
      { text: "7,1 miljarder kronor", currency: "SEK", amount: 7.1 * B },
      { text: "runt tre miljarder kronor", currency: "SEK", amount: 3 * B, qualifier: "about" },
      { text: "40–50 млн євро", currency: "EUR", min: 40 * M, max: 50 * M },
      { text: "1,5 Mrd. Euro", currency: "EUR", amount: 1.5 * B },
      { text: "100 mln zł", currency: "PLN", amount: 100 * M },
    ],
    quantities: [
      { text: "50 000 ton vete", noun: "ton vete", amount: 50_000 },
      { text: "понад 5 тис. дронів", noun: "дронів", min: 5000, qualifier: "more_than" },
      { text: "5 tūkst. dronų", noun: "dronų", amount: 5000 },
    ],
  });
  assert.ok(doc.money.every((m) => m.rule.startsWith("xx/money/")));
});
