// German event cues: instruments, pledge and delivery verbs in every tense and word order, recall markers, for common/events.ts.
import type { EventCues } from "../../common/events.js";

/** Word edges that know umlauts: `\b` fails before "über" and after "Kommuniqué". */
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
/** Any letters, for compounds and endings: "Sicherheits" + "abkommen", "militärisch" + "en". */
const L = "[\\p{L}]*";

/**
 * Words that open a clause without being its subject, so that the finite verb after them comes before the
 * subject: "Bereits im August hatte Berlin ...", "Insgesamt hat Deutschland ...". Months and time nouns
 * are among them because German capitalises them like names.
 */
const OPENERS =
  "Bereits|Zuvor|Damit|Insgesamt|Seitdem|Bislang|Bisher|Dabei|Zudem|Außerdem|Inzwischen|Nun|Jetzt|Heute|Gestern|Auch|Zugleich|Zusätzlich|Dafür|Dazu|Deshalb|Daher|Kürzlich|Erst|Schon|Anschließend|Allein|Nach|Seit|Laut|So|Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahr|Jahres|Jahresende|Kriegsbeginn|Beginn|Anfang|Ende|Mitte|Woche|Monat|Herbst|Sommer|Winter|Frühjahr|Frühling|Vorjahr|Zeitraum|Paket|Angaben|Schritt|Rahmen|Zusammenhang|Treffen|Besuch|Gipfel|Konferenz|Tag|Abend|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag";

/**
 * A finite verb and what must follow it in its clause, in both German word orders, as one pattern whose
 * match stands where the giver ends and the recipient may begin:
 * - subject first, "Deutschland hat der Ukraine ... geliefert": the match is the verb ("hat"), as a word
 *   that opens no clause (the subject's last word) stands before it;
 * - verb first, "Bereits im August hatte Berlin der Ukraine ... angekündigt": the match is the space after
 *   the word that follows the verb ("Berlin"), so the giver still stands before the match.
 * The cues are matched ignoring case, so capitals cannot tell a subject from an opener: OPENERS does.
 * `rest`, if given, is what the clause must go on to hold: the participle or separable particle at its end.
 */
function clause(finite: string, rest?: string): { subjectFirst: string; verbFirst: string } {
  const ahead = rest ? `(?=[^;]{0,200}?${B}(?:${rest})${E})` : "";
  // A cheap test of the first letter before the lookbehinds: they are tried only where a verb may begin.
  const first = [...new Set(finite.split("|").map((w) => w[0]!.toLowerCase()))].join("");
  return {
    subjectFirst: `(?=[${first}])(?<=[\\p{L}\\-]\\s)(?<!\\b(?:${OPENERS})\\s)${B}(?:${finite})${E}${ahead}`,
    verbFirst: `(?=\\s)(?<=(?:\\b(?:${OPENERS})|[0-9,:]|^)\\s+(?:${finite})\\s+(?:die\\s+|das\\s+)?[\\p{L}\\-]+)(?<!\\b(?:die|das|der|den|dem|des|ein|eine|einen))\\s+${ahead}`,
  };
}

/**
 * Clauses (`clause`) and further cues as one pattern. The verb-first alternatives, each looking back for its
 * verb at every space, stand together behind one look back for any of their verbs, so a space after no such
 * verb costs one test instead of one per clause. The match is unchanged: a verb-first alternative matches only
 * at a space, the others only at a letter, so at any position only one group can match, in the cues' order.
 */
function clauses(list: readonly (readonly [string, string?])[], ...more: string[]): string {
  const parts = list.map(([finite, rest]) => clause(finite, rest));
  const verbs = list.map(([finite]) => finite).join("|");
  const anyVerb = `(?=\\s)(?<=\\s(?:${verbs})\\s+(?:die\\s+|das\\s+)?[\\p{L}\\-]+)`;
  return [
    ...parts.map((p) => p.subjectFirst),
    ...more,
    `${anyVerb}(?:${parts.map((p) => p.verbFirst).join("|")})`,
  ].join("|");
}

/** Past participles and particle phrases of handing over: "geliefert", "zur Verfügung gestellt". */
const HANDED =
  "geliefert|(?<!zu\\s)übergeben|überstellt|geschickt|gesendet|gesandt|übermittelt|bereitgestellt|zur\\s+Verfügung\\s+gestellt|ausgezahlt|überwiesen|gespendet|transferiert|zugestellt|geleistet";
/** Infinitives of giving after "will", "wird", "plant ... zu": "liefern", "zur Verfügung stellen". */
const GIVE =
  "liefern|übergeben|schicken|senden|bereitstellen|bereitzustellen|zur\\s+Verfügung\\s+(?:zu\\s+)?stellen|zu\\s+liefern|zu\\s+schicken|zu\\s+übergeben|überweisen|auszahlen|spenden|finanzieren|zahlen|beisteuern|erhalten|bekommen";
/** Participles of promising: "zugesagt", "angekündigt", "bewilligt". */
const PROMISED =
  "zugesagt|zugesichert|angekündigt|versprochen|bewilligt|genehmigt|beschlossen|freigegeben|in\\s+Aussicht\\s+gestellt";

/** "hat ... geliefert", "lieferte", "übergab": handed over. Present tense ("liefert") is read as a pledge. */
const DELIVERY = clauses([
  ["hat|haben|hatte|hatten", HANDED],
  ["wurde|wurden|ist|sind|war|waren", `${HANDED}|eingetroffen|angekommen`],
  ["lieferte|lieferten|übergab|übergaben|schickte|schickten|überwies|überwiesen|spendete|spendeten"],
  ["stellte|stellten", "bereit|zur\\s+Verfügung"],
  ["zahlte|zahlten", "aus"],
]);

/** "sagt ... zu", "hat ... zugesagt", "wird ... liefern", "kündigte ... an", "liefert", "plant ... zu liefern". */
const PLEDGE = clauses(
  [
    ["sagt|sagen|sagte|sagten|sichert|sicherte|sicherten", "zu"],
    ["hat|haben|hatte|hatten|wurde|wurden|ist|sind", PROMISED],
    ["kündigt|kündigte|kündigten|kündigen", "an"],
    ["stellt|stellen", "bereit|zur\\s+Verfügung"],
    ["wird|werden|will|wollen|soll|sollen|plant|planen|beabsichtigt|beabsichtigen|möchte|möchten", GIVE],
    [
      "liefert|liefern|schickt|schicken|übergibt|übergeben|spendet|bewilligt|bewilligte|genehmigte|versprach|versprachen|verspricht",
    ],
    ["plant|planen|plante|planten", `${L}hilfe|Unterstützung|${L}paket|Mittel`],
  ],
  `${B}(?:Zusage|Zusagen|zugesagte[nrs]?)${E}`,
);

export const events: EventCues = {
  // "Absichtserklärung", "Memorandum", "Sicherheitsabkommen", "Kooperationsvereinbarung", "Liefervertrag"
  instruments: [
    ["letter_of_intent", `${B}(?:Absichtserklärung(?:en)?|Letter of Intent|LoI)${E}`],
    ["memorandum", `${B}(?:Memorand(?:um|en|a)(?: of Understanding)?|MoU|Absichtsvereinbarung(?:en)?)${E}`],
    [
      "contract",
      `${B}(?:(?:Liefer|Kauf|Beschaffungs|Rüstungs)vertr(?:ag|ags|ages|äge|ägen)|Auftr(?:ag|äge))${E}`,
    ],
    ["treaty", `${B}(?:Vertr(?:ag|ags|ages|äge|ägen)|${L}vertr(?:ag|ags|ages|äge|ägen))${E}`],
    ["declaration", `${B}(?:gemeinsame[nr]?\\s+Erklärung(?:en)?|Kommuniqué|Communiqué)${E}`],
    [
      "agreement",
      `${B}(?:${L}abkommen[s]?|${L}vereinbarung(?:en)?|${L}übereinkunft|${L}übereinkommen[s]?)${E}`,
    ],
    ["other", `${B}(?:Fahrplan|Roadmap|Protokoll|Aktionsplan)${E}`],
  ],
  signed: `${B}(?:unterzeichne(?:n|t|te|ten|tet)?|unterschrieben|unterschreiben|unterschrieb(?:en)?|abgeschlossen|schlossen|schließen|paraphiert)${E}`,
  announced: `${B}(?:vereinbart(?:en)?|einigten\\s+sich|geeinigt|verabschiedet(?:en)?|billigte[n]?|gebilligt|angekündigt|beschlossen)${E}`,
  // Negotiations begun or a signing ahead; "nach monatelangen Verhandlungen unterzeichnet" is signed, so only verbs count.
  planned: `${B}(?:(?:wollen|will|sollen|soll|planen|plant)${E}[^;]{0,80}?${B}(?:unterzeichnen|abschließen|schließen)|unterzeichnet\\s+werden|Verhandlungen\\s+(?:über\\s+[^;]{0,60}?)?(?:aufgenommen|aufnehmen|beginnen|begonnen|führen|eingeleitet)|verhandel(?:n|t|ten))${E}`,
  pledge: PLEDGE,
  delivery: DELIVERY,
  aidObject: `${B}(?:${L}hilfe(?:n)?|Unterstützung|${L}paket(?:e|s)?|Tranche|Mittel|Gelder|Finanzierung|Zuschuss|Zuschüsse|Darlehen|Kredite?|Spende|Beitrag|${L}waffen|Ausrüstung|${L}systeme?|Lieferung(?:en)?|${L}güter)${E}`,
  concrete: `${B}(?:${L}paket(?:e|s)?|Tranche|Charge|Lieferung|Sendung|Gesamtbetrag|Zusagen?\\s+von)${E}`,
  // Requests, calls, speculation, discussion, sanctions: "forderte", "bat um", "könnte", "diskutierten".
  nonEvent: `${B}(?:fordert(?:e|en)?|forderten|gefordert|aufgefordert|bittet|bat|baten|gebeten|Bitte|appelliert${L}|drängt${L}|gedrängt|könnte|könnten|würde|würden|sollte|sollten|erwägt|erwägen|erwogen|prüft|prüfen|geprüft|diskutiert${L}|Diskussion${L}|beraten|berieten|Gespräche?|sprachen\\s+über|Vorschlag|vorgeschlagen|Sanktion${L}|ob)${E}`,
  recall: `^(?:Bereits|Zuvor|Schon|Wie\\s+bereits\\s+berichtet|Zur\\s+Erinnerung)${E}|${B}(?:wir\\s+erinnern|zur\\s+Erinnerung|wie\\s+bereits\\s+berichtet|zuvor\\s+hatte|hatten?|vergangene[nr]?\\s+(?:Woche|Monat|Jahr)|letzte[nr]?\\s+(?:Woche|Monat)|vor\\s+einem\\s+Jahr)${E}`,
  cumulative: `${B}(?:insgesamt|bisher|bislang|seit\\s+(?:Kriegsbeginn|Kriegsausbruch|Beginn\\s+des\\s+(?:russischen\\s+)?(?:Angriffskrieg|Krieg)e?s|Februar\\s+2022|2022)|alles\\s+in\\s+allem|in\\s+der\\s+Summe|(?:hat|haben)\\s+bereits|(?:hat|haben)${E}[^;]{0,60}?${B}bereits${E}[^;]{0,80}?${B}(?:${HANDED}))${E}`,
  // "Wir haben ... geliefert", "unsere Regierung": the speaker's government, case-sensitive.
  firstPerson: `${B}(?:wir|Wir|unsere\\s+Regierung|Unsere\\s+Regierung)${E}`,
  anaphora: `^(?:[-–•*]\\s*)?(?:[^.]{0,40}\\s)?(?:diese[snrm]?|das|die|der)\\s+(?:neue[n]?\\s+)?(?:Abkommen|Vereinbarung|Memorandum|Dokument|Vertrag|Erklärung|Absichtserklärung|Partnerschaft)${E}`,
  // "Das Memorandum sieht ... vor", "Das Paket umfasst ...", "Darunter sind ...", "Dazu gehören ...".
  continuation: `^(?:[-–•*]\\s*)?(?:Insbesondere\\s+|Außerdem\\s+|Zudem\\s+)?(?:(?:das|die|der|dieses|diese|dieser)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:umfass${L}|enthält|enthalten|beinhalte${L}|sieht|sehen|schließt|besteht)|darunter|dazu\\s+gehör${L}|es\\s+umfasst|enthalten\\s+sind|zu\\s+dem\\s+Paket\\s+gehör${L})${E}`,
  future: `${B}(?:wird|werden|will|wollen|soll|sollen|plant|planen|beabsichtigt|möchte|möchten)${E}`,
  authority: `${B}(?:Verpflichtungsermächtigung(?:en)?|Ermächtigung(?:en)?)${E}`,
  defenceSubject: `${B}(?:${L}verteidigung${L}|Verteidigungs${L}|Sicherheit${L}|${L}sicherheits${L}|militärisch${L}|Militär${L}|Streitkräfte${L}|${L}waffen${L}|Rüstung${L}|${L}munition|${L}drohne${L}|Flugabwehr${L}|Produktion|Wiederaufbau|${L}hilfe)${E}`,
  offTopic: `${B}(?:Energiesicherheit|Ernährungssicherheit|Handel${L}|Klima${L}|kritische[nr]?\\s+Rohstoffe|Rohstoff${L}|Stahl|Zölle|Zoll|Kultur${L}|Wettbewerbsfähigkeit|Sanktion${L}|Migration|Fischerei|Landwirtschaft${L}|Gesetzentwurf|Arbeitsgruppe|Taskforce)${E}`,
  jointTitle: `^(?:[\\p{L}\\d.,’' -]+\\s)?gemeinsame\\s+(?:Erklärung|Stellungnahme)${E}`,
  attribution: `${B}berichtet(?:e)?\\s+(?<source>\\p{Lu}[^,.]{1,40}?)(?:\\s+unter\\s+Berufung\\s+auf\\s+(?<via>[^,.]+?))?[.,]`,
  // "an die Ukraine", "für die ukrainischen Streitkräfte", "zur Unterstützung der Ukraine", and the dative "der Ukraine".
  recipientBefore: `${B}(?:an|für|nach|zugunsten|Unterstützung|unterstützen|unterstützt|helfen|hilft)\\s+(?:die\\s+|der\\s+|den\\s+|das\\s+)?(?:(?:Bevölkerung|Regierung|Streitkräfte[n]?|Armee|Menschen|Soldaten|Verteidiger[n]?|Truppen)\\s+(?:der|des)\\s+)?(?:beiden\\s+)?|${B}(?:der|dem)\\s+`,
  listJoin: `\\s*,\\s*(?:und\\s+)?(?:die\\s+|der\\s+|dem\\s+)?|\\s+(?:und|sowie)\\s+(?:die\\s+|der\\s+|dem\\s+)?|\\s*&\\s*`,
  agentBefore: `${B}(?:geliefert|gespendet|bereitgestellt|zugesagt|finanziert|${L}hilfe|Unterstützung|Zusagen?|Spenden?|Beitr(?:ag|äge)|${L}paket|Lieferung(?:en)?|Mittel|Darlehen|Waffen)\\s+(?:von|aus)\\s+(?:der\\s+|dem\\s+|den\\s+)?`,
  harmAfter: `\\s+(?:(?:vollumfänglich|brutal|andauernd|unprovoziert)${L}\\s+)*(?:${L}krieg${L}|Aggression|Invasion|${L}angriff${L}|Überfall|Militär|Streitkräfte|Regime|Truppen|Raketen|Drohnen|Besatzung${L})${E}`,
  actorAfter: `\\s+(?:Streitkräfte${L}|Armee|Militär|Regierung|Kolleg${L}|Amtskolleg${L}|Partner${L}|Seite|Volk|Soldaten|Verteidiger${L}|${L}ministerium${L}|${L}minister${L}|Präsident${L}|Regierungschef${L}|Behörden|Truppen|Marine|Luftwaffe|Botschaft)${E}`,
  ownedBy: `\\s*(?:[\\p{L}]+\\s+){0,2}(?:von|aus)\\s+(?:der\\s+|dem\\s+|den\\s+)?`,
  clauseBreak: `;\\s+|,\\s+(?:und|während|aber|wobei)\\s+(?=\\p{Lu})`,
  namedReceiver: `${B}(?:an|für)\\s+(?:den|die|das)\\s+(?=\\p{Lu}[\\p{L}-]*(?:[Ff]onds|[Pp]rogramm|[Ii]nitiative|[Oo]rganisation)${E})`,
  venueBefore: `${B}(?:in|im|bei|nahe)\\s+`,
  placeBefore: `${B}in\\s+(?:der\\s+|die\\s+|den\\s+)?`,
  periodBefore: `${B}für\\s+(?:das\\s+(?:Haushalts)?[Jj]ahr\\s+)?`,
};
