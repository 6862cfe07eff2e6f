// Tests for the entities step: names, demonyms, possessives, capitals, institutions, organisations, officials.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Doc } from "../src/core/doc.js";
import { entitiesStep } from "../src/extract/common/entities.js";
import { segmentStep } from "../src/extract/common/segment.js";
import { analyse } from "../src/extract/pipeline.js";

function run(text: string): Doc {
  return analyse({ id: "t", text, language: "en" }, [segmentStep, entitiesStep]);
}

/** Each mention as "text code form", in text order. */
function mentions(text: string): string[] {
  const doc = run(text);
  return doc.entities.map((e) => `${doc.slice(e)} ${e.code} ${e.form}`);
}

test("state names, aliases and organisations", () => {
  assert.deepEqual(
    mentions(
      "The United States, the UK and the Netherlands joined Czechia and Türkiye in backing the EU plan.",
    ),
    [
      "United States US name",
      "UK GB name",
      "Netherlands NL name",
      "Czechia CZ name",
      "Türkiye TR name",
      "EU EU name",
    ],
  );
  assert.deepEqual(
    mentions("Britain, Holland, Turkey and the Russian Federation met at the United Nations."),
    [
      "Britain GB name",
      "Holland NL name",
      "Turkey TR name",
      "Russian Federation RU name",
      "United Nations UN name",
    ],
  );
  assert.deepEqual(
    mentions("NATO, the G7, the IMF, the World Bank, the EIB and the EBRD pledged support to Moldova."),
    [
      "NATO NATO name",
      "G7 G7 name",
      "IMF IMF name",
      "World Bank WB name",
      "EIB EIB name",
      "EBRD EBRD name",
      "Moldova MD name",
    ],
  );
  const doc = run("The European Investment Bank lent money to Ukraine.");
  assert.deepEqual(
    doc.entities.map((e) => [e.code, e.kind]),
    [
      ["EIB", "organisation"],
      ["UA", "state"],
    ],
  );
});

test("longest name wins: North Korea is not Korea, South Korean is not Korean", () => {
  assert.deepEqual(
    mentions("North Korea sent shells; South Korean officials and the Republic of Korea protested."),
    ["North Korea KP name", "South Korean KR demonym", "Republic of Korea KR name"],
  );
});

test("US and U.S. are the state, the pronoun us is not", () => {
  assert.deepEqual(mentions("Let us thank the US and the U.S.A. for helping us."), [
    "US US name",
    "U.S.A. US name",
  ]);
  assert.deepEqual(mentions("US troops trained with USA teams."), ["US US name", "USA US name"]);
});

test("demonyms, plurals and plural possessives", () => {
  assert.deepEqual(
    mentions("Swedish, Danish and Polish engineers met Ukrainians, Dutch officers and a Finnish crew."),
    [
      "Swedish SE demonym",
      "Danish DK demonym",
      "Polish PL demonym",
      "Ukrainians UA demonym",
      "Dutch NL demonym",
      "Finnish FI demonym",
    ],
  );
  assert.deepEqual(mentions("The Russians' offensive stalled."), ["Russians' RU demonym"]);
});

test("possessives with straight and curly apostrophes", () => {
  assert.deepEqual(mentions("Ukraine's army, Lithuania’s navy and the U.S.'s aid."), [
    "Ukraine's UA possessive",
    "Lithuania’s LT possessive",
    "U.S.'s US possessive",
  ]);
});

test("capitals and institutions stand for their state", () => {
  assert.deepEqual(mentions("Vilnius sent aid to Kyiv, and Kiev thanked Washington and The Hague."), [
    "Vilnius LT capital",
    "Kyiv UA capital",
    "Kiev UA capital",
    "Washington US capital",
    "The Hague NL capital",
  ]);
  assert.deepEqual(
    mentions(
      "The Pentagon, the Kremlin, Downing Street, the Bundeswehr and the European Commission reacted.",
    ),
    [
      "Pentagon US institution",
      "Kremlin RU institution",
      "Downing Street GB institution",
      "Bundeswehr DE institution",
      "European Commission EU institution",
    ],
  );
});

test("Brussels is no actor: it is mostly where NATO and the EU meet", () => {
  assert.deepEqual(mentions("Ministers met in Brussels."), []);
});

test("hyphenated pairs give two mentions; the article belongs to the noun, not the name", () => {
  assert.deepEqual(
    mentions("The Ukraine-Lithuania memorandum and US-Ukraine talks covered U.S.-made rockets."),
    ["Ukraine UA name", "Lithuania LT name", "US US name", "Ukraine UA name", "U.S. US name"],
  );
});

test("a term inside a longer word, a group without a code, or a hiding phrase is not a mention", () => {
  assert.deepEqual(mentions("Ukrainebased firms and Francophone media."), []);
  assert.deepEqual(mentions("The GCC, the NB8 and the Nordic countries agreed."), []);
  assert.deepEqual(mentions("It cost 5 million US dollars, or US$5 million, in New Mexico."), []);
  assert.deepEqual(mentions("Pro-Russian and anti-American groups met non-EU states."), []);
});

/** Each official as "span | role | name | code". */
function officials(text: string): string[] {
  const doc = run(text);
  return doc.officials.map((o) => `${doc.slice(o)} | ${o.role} | ${o.name} | ${o.code}`);
}

test("officials with the state before the role, after it, or as a demonym", () => {
  assert.deepEqual(officials("Ukraine's Defense Minister Rustem Umerov arrived in Vilnius."), [
    "Ukraine's Defense Minister Rustem Umerov | Defense Minister | Rustem Umerov | UA",
  ]);
  assert.deepEqual(
    officials("He met Lithuania's Minister of National Defense, Laurynas Kasčiūnas, on Friday."),
    [
      "Lithuania's Minister of National Defense, Laurynas Kasčiūnas | Minister of National Defense | Laurynas Kasčiūnas | LT",
    ],
  );
  assert.deepEqual(officials("We thank the Minister for Strategic Industries of Ukraine, Herman Smetanin."), [
    "Minister for Strategic Industries of Ukraine, Herman Smetanin | Minister for Strategic Industries | Herman Smetanin | UA",
  ]);
  assert.deepEqual(officials("Later, Lithuania's Prime Minister Ingrida Šimonytė spoke."), [
    "Lithuania's Prime Minister Ingrida Šimonytė | Prime Minister | Ingrida Šimonytė | LT",
  ]);
  assert.deepEqual(officials("Swedish Defence Minister Pål Jonson visited Riga."), [
    "Swedish Defence Minister Pål Jonson | Defence Minister | Pål Jonson | SE",
  ]);
});

test("officials without a state keep the role and name; bare roles are skipped", () => {
  assert.deepEqual(officials("President Joe Biden and Secretary of Defense Lloyd Austin spoke."), [
    "President Joe Biden | President | Joe Biden | null",
    "Secretary of Defense Lloyd Austin | Secretary of Defense | Lloyd Austin | null",
  ]);
  assert.deepEqual(officials("The Minister of Defense wrote on Monday."), []);
});

test("state inside an official's phrase is also a mention", () => {
  const doc = run("Lithuania's Prime Minister Ingrida Šimonytė spoke.");
  const official = doc.officials[0];
  assert.ok(official);
  assert.deepEqual(
    doc.within(doc.entities, official).map((e) => [doc.slice(e), e.code, e.form, e.rule]),
    [["Lithuania's", "LT", "possessive", "en/entity/possessive"]],
  );
});
