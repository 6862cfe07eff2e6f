// Swedish event cues: instruments, pledge and delivery verbs, recall markers, for common/events.ts.
import type { EventCues } from "../../common/events.js";
import { terms } from "./generated-gazetteer.js";
import { CAPITAL, LETTER, WORD } from "./letters.js";

/** Word edges that see å, ä, ö as letters (`\b` does not). */
const B = `(?<!${LETTER})`;
const E = `(?!${LETTER})`;

/**
 * A subject that Swedish word order puts after the verb ("I januari presenterade regeringen ett paket"): a state,
 * capital or institution from the gazetteer, or "vi", optionally joined by "och" ("donerar Sverige och Danmark").
 */
const NAME = `(?:vi|${terms
  .filter(([, , form]) => form === "name" || form === "institution" || form === "capital")
  .map(([text]) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
  .sort((a, b) => b.length - a.length)
  .join("|")})`;
const INVERTED = `${NAME}(?::?s)?(?:\\s+och\\s+${NAME})?${E}`;
/** Finite pledge verbs that may stand before their subject (V2 order after an adverbial). */
const V2_PLEDGE =
  "enades|presenterade|presenterar|donerade|donerar|skänkte|skänker|allokerar|allokerade|beslutade\\s+om|beslutar\\s+om|lovade|lovar|överlåter|skickar|skickade|anslår|avsätter|lanserar|bidrar\\s+med";

export const events: EventCues = {
  // "en avsiktsförklaring", "ett samförståndsavtal", "en gemensam vision", "deklaration antagen"
  instruments: [
    ["letter_of_intent", `${B}(?:avsiktsförklaring${LETTER}*)${E}`],
    [
      "memorandum",
      `${B}(?:samförståndsavtal${LETTER}*|samförståndsprotokoll${LETTER}*|memorand${LETTER}*)${E}`,
    ],
    ["treaty", `${B}(?:fördrag${LETTER}*)${E}`],
    [
      "declaration",
      `${B}(?:deklaration${LETTER}*|gemensam(?:ma)?\\s+(?:vision|förklaring|uttalande)${LETTER}*)${E}`,
    ],
    ["contract", `${B}(?:kontrakt${LETTER}*)${E}`],
    ["agreement", `${B}(?:${LETTER}*avtal(?:et|en)?|överenskommelse(?:n|r|rna)?)${E}`],
  ],
  signed: `${B}(?:undertecknade?|undertecknat|undertecknas|skrev\\s+(?:${LETTER}+\\s+){0,4}under|skriver\\s+(?:${LETTER}+\\s+){0,4}under|ingick|ingicks|ingått|ingår|ingås|ingåtts)${E}`,
  announced: `${B}(?:antog|antagits|antagen|antar|enades|enats|kom\\s+överens|presenterade)${E}`,
  planned: `${B}(?:ska\\s+undertecknas|kommer\\s+att\\s+underteckna|förhandlingar|förhandla|inleda\\s+förhandlingar)${E}`,
  // "beslutat om ett nytt stödpaket", "donerar", "planerar regeringen donera", "avsätts", "kommer att skänkas"
  // Verbs alone, so that an inverted subject after them stays the giver: "planerar regeringen donera", "kommer Sverige att donera".
  // With an inverted subject the cue is the word after it, so that the subject stands before the cue:
  // "I januari presenterade regeringen [ett] stödpaket". The first look-behind is a cheap guard for the second.
  // "höjer det svenska stödet ... till 29,5 miljarder": the cue is the noun, so that "svenska" stands before it.
  // A package named by its giver or as the latest stands for its pledge without a verb: "Sveriges senaste
  // rekordstora vinterpaket till Ukraina", "Sveriges 19:e militära stödpaket", "regeringen med det senaste militära
  // stödpaketet". An amount "i nytt stöd till" names the pledge without a verb, as headlines do: "600 miljoner kronor
  // i nytt stöd till Ukraina". Material to be bought "för donation till Ukraina" is pledged to it ("anskaffa Robot 70 ... för
  // donation till Ukraina"); production agreed "för donation" is an agreement's subject.
  pledge: `${B}(?:senaste|(?<=s\\s)\\d+:[ae])\\s+(?:${LETTER}+\\s+){0,2}${LETTER}*paket(?:et)?${E}|${B}för\\s+donation\\s+till${E}(?<=${B}(?:anskaffa|upphandla|köpa)\\s[^.]{0,120}för\\s+donation\\s+till)|(?:stödet|ramen)${E}(?<=${B}höj(?:er|de|a|s)\\s+(?:${LETTER}+\\s+){0,3}(?:stödet|ramen))|(?<=(?:${V2_PLEDGE})\\s+\\S+(?:\\s+och\\s+\\S+)?\\s+)(?<=${B}(?:${V2_PLEDGE})\\s+${INVERTED}\\s+)(?!och${E})(?:${LETTER}|\\d)+|${B}(?:${V2_PLEDGE}|beslutat?\\s+om|beslutade|beslutar|beslutats|donera|donerar|doneras|donerade|skänka|skänker|skänkas|skänkte|överlåter|allokera|avsätts|avsätta|avsätter|avsatt|lovade|lovat|utlovat|löfte|anslå|anslår|ger(?=\\s+(?:${LETTER}+\\s+){0,2}\\d)|bistår|bidra\\s+med|bidrar\\s+med|presenterade|presenterar|presenteras|presenterades|föreslår|enades|överens|skickar|lanserar|överlåts|överlåtes)${E}(?!\\s+${INVERTED})|${B}stöd(?=\\s+till${E})(?<=\\d\\s+(?:miljoner|miljarder)(?:\\s+kronor)?\\s+i\\s+(?:${LETTER}+\\s+)?stöd)|${B}i\\s+uppdrag\\s+att\\s+(?:bidra|utbetala|betala\\s+ut|göra\\s+(?:${LETTER}+\\s+)?utbetalningar)${E}`,
  // "har bidragit med", "har levererat", "har skickat", "har överlämnats", "påbörjade ... sin transport",
  // "MSB har under 2022 stöttat Ukraina med minröjningsmateriel"
  // The participle after "har"/"hade", with the subject free to stand between: "har Sverige bidragit med".
  // Money put in is given: "Sverige bidrog med 40 miljoner", "I maj bidrog Sverige med 275 miljoner dollar" (the
  // cue is "med" after an inverted subject, so that the subject stands before it).
  delivery: `${B}bidrog\\s+med${E}|(?<=${B}bidrog\\s+${INVERTED}\\s+)med${E}|(?<=${B}(?:har|hade)\\s+(?:${WORD}+\\s+){0,3})(?:bidragit|levererat|skickat|överlämnat|gett(?!\\s+(?:${LETTER}+\\s+){1,3}i\\s+uppdrag)|givit|stöttat|donerat|skänkt|levererats|skickats|överlämnats)${E}|${B}(?:levererades|överlämnades|skickades|påbörjade\\s+(?:${LETTER}+\\s+){0,2}transport)${E}`,
  // A sanctions package gives nothing: "välkomnar detta sanktionspaket".
  aidObject: `${B}(?:${LETTER}*stöd(?:et|paket|paketet)?|(?!sanktions)${LETTER}*paket(?:et)?|bistånd${LETTER}*|hjälp|bidrag|lån|materiel|vapen${LETTER}*|system|donation${LETTER}*|löfte|leveranser)${E}`,
  concrete: `${B}(?:(?!sanktions)${LETTER}*paket${LETTER}*|tranche|leverans)${E}`,
  nonEvent: `${B}(?:diskuter${LETTER}*|diskussion${LETTER}*|samtal|uppmanar|uppmanade|efterfrågar|begär${LETTER}*|bad\\s+om|vill\\s+se|kan\\s+komma\\s+att|skulle|borde|kunde|överväg${LETTER}*|sanktion${LETTER}*|fortsätta\\s+att|fortsätter\\s+att|fokus|agendan|arbetsgrupp|möte\\s+om|träffas|träffade|talade)${E}`,
  recall: `^(?:tidigare|sedan\\s+dess|i\\s+(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\\s+(?:${LETTER}+\\s+){0,3}(?:beslutade|presenterade|donerade|skickade|lovade))|^i\\s+${LETTER}*paket\\s+\\d+\\s+(?:beslutade|presenterade|donerade|skänkte|skickade|lovade)${E}|${B}(?:tidigare\\s+(?:har|hade|i\\s+år|beslutat|presenterat)|har\\s+(?:${LETTER}+\\s+)?tidigare|även\\s+tidigare|senaste\\s+(?:${LETTER}+\\s+){0,2}${LETTER}*paket(?:et)?|paketet\\s+som\\s+presenterades|som\\s+presenterades\\s+i)${E}`,
  // "det största hittills" ranks a package; it is no running total.
  cumulative: `${B}(?:hittills(?<!störst(?:a|e)?\\s+(?:${LETTER}+\\s+){0,2}hittills)|totalt(?!\\s+värde)|sammanlagt|sedan\\s+(?:den\\s+)?(?:fullskaliga\\s+)?invasionen|sedan\\s+(?:(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\\s+)?20\\d\\d|har\\s+(?:${LETTER}+\\s+){0,2}bidragit\\s+med|höjer\\s+(?:${LETTER}+\\s+){0,3}stödet|ekonomiska\\s+ramen|(?<!inom\\s)ramen\\s+för)${E}`,
  firstPerson: `${B}(?:vi|Vi|regeringen|Regeringen)${E}`,
  anaphora: `^(?:[-–•*]\\s*)?(?:[^.]{0,40}\\s)?(?:avsiktsförklaringen|samförståndsavtalet|avtalet|deklarationen|överenskommelsen)${E}`,
  // A package goes on over several sentences and bullets; the government's further intent belongs to it too
  // ("Regeringen avser därför, att skänka ...", "avser regeringen efter riksdagens bemyndigande att skänka ...").
  // A package goes on over several sentences and bullets: "* Tankfordon ...", "Sverige donerar också ...",
  // "Utöver dessa två luftvärnssystem ...", "I stödpaketet donerar Sverige ...", "Paketet innehåller även ...".
  // "Som en del av det här stödpaketet avsätts ...", "Faciliteten består av ...": more of the act just named.
  // "Den så kallade Ukrainafaciliteten innebär att ... betalas ut": what the facility or package named before means.
  // A package's parts one by one: "För det första får MSB medel för ...", "Kustbevakningen får också medel ...",
  // "Det handlar om brandbilar, hjullastare ...". What the money buys: "Det möjliggör fler satsningar på robotar,
  // drönare ..."; a package in the plural: "Paketen inkluderar luftförsvarssystem och ammunition".
  continuation: `^(?:${LETTER}+\\s+){0,3}${LETTER}*(?:faciliteten|paketet)\\s+innebär\\s+att${E}|^${LETTER}*paketet\\s+som${E}|^(?:för\\s+det\\s+(?:första|andra|tredje|fjärde|femte|sjätte)|slutligen)${E}|^(?:${LETTER}+\\s+){1,3}får\\s+(?:också\\s+|även\\s+)?medel${E}|^det\\s+(?:handlar|rör\\s+sig)\\s+om${E}|^som\\s+(?:en\\s+)?del\\s+av\\s+(?:det\\s+här\\s+|detta\\s+|det\\s+)?${LETTER}*paket|^(?:${LETTER}+\\s+){1,2}(?:består\\s+av|innefattar)${E}|${B}(?:(?:regeringen|vi|sverige)\\s+avser\\s+(?:${LETTER}+\\s*,?\\s+){0,3}|avser\\s+(?:därför\\s+)?(?:regeringen|vi|sverige)\\s+(?:${LETTER}+\\s+){0,3})att\\s+(?:skänka|donera|överlåta)${E}|^(?:[-•*]\\s*)|^(?:utöver|förutom)\\s+(?:detta|dessa|det)${E}|^i\\s+(?:detta\\s+|det\\s+här\\s+)?(?:stöd)?paket(?:et)?${E}|${B}(?:${LETTER}*paket(?:et|en)|stödet)\\s+(?:${LETTER}+\\s+){0,2}(?:innehåller|omfattar|inkluderar)${E}|^(?:det|detta|stödet|bidraget)\\s+möjliggör${E}|${B}(?:innehåller|omfattar|inkluderar)\\s+(?:(?:${LETTER}+\\s+){0,2})?(?:${LETTER}*paketet)${E}|^(?:sverige|regeringen)\\s+(?:donerar|överlåter|skänker)${E}|${B}(?:donerar|skänker|överlåter|bidrar)\\s+(?:Sverige\\s+|regeringen\\s+)?(?:också|även|dessutom)${E}`,
  // "Stödpaketet innefattar ...", "Detta stödpaket innehåller ...", "I stödpaketet avsätts ...": the package again.
  namedAct: `^(?:i\\s+)?(?:det\\s+här\\s+|detta\\s+)?${LETTER}*paket(?:et|en)?${E}`,
  // "Det sammanlagda värdet av detta trettonde stödpaket uppgår till cirka 3,4 miljarder kronor", "Erbjudandet
  // uppgår till ett värde av 15 MSEK": the act's price in a sentence of its own.
  packageValue: `^(?:${LETTER}*paketet|erbjudandet|donationen|bidraget)\\s+(?:uppgår|motsvarar)\\s+till${E}|^(?:det\\s+)?(?:sammanlagda|totala)\\s+värdet\\s+(?:av|för|på)\\s+(?:det\\s+här\\s+|detta\\s+)?(?:${LETTER}+\\s+)?${LETTER}*paket(?:et)?${E}|${B}${LETTER}*paketets\\s+(?:sammanlagda\\s+|totala\\s+)?värde${E}`,
  since: `${B}sedan\\s+(?:\\S+\\s+){0,6}`,
  future: `${B}(?:ska|skall|kommer\\s+att|planerar|avser|inom\\s+kort)${E}`,
  authority: `${B}(?:bemyndiga${LETTER}*)${E}`,
  defenceSubject: `${B}(?:försvar${LETTER}*|säkerhet${LETTER}*|militär${LETTER}*|vapen${LETTER}*|luftvärn${LETTER}*|luftförsvar${LETTER}*|ammunition|drönare|samproduktion|gemensam\\s+produktion|Gripen|stöd\\s+till\\s+Ukraina)${E}`,
  offTopic: `${B}(?:energisäkerhet|livsmedelssäkerhet|handel${LETTER}*|klimat${LETTER}*|jordbruk${LETTER}*|fiske${LETTER}*|kultur${LETTER}*|konkurrenskraft|sanktion${LETTER}*|migration|arbetsmarknad${LETTER}*|infrastruktur|integration)${E}`,
  jointTitle: `^(?:(?:${LETTER}|[\\d.,’' -])+ )?gemensam(?:t)?\\s+(?:uttalande|deklaration|förklaring)${E}`,
  attribution: `${B}rapporterar\\s+(?<source>[^,.]+?)(?:,\\s*med\\s+hänvisning\\s+till\\s+(?<via>[^,.]+?))?[.,]`,
  recipientBefore: `${B}(?:till|för|åt|i|stödja|stärka|hjälpa|bistå|bistår|ge|stött|stöttat|stöttar|stöttade)\\s+(?:(?:folket|regeringen|försvarsmakten|armén|soldaterna)\\s+i\\s+)?(?:både\\s+)?|,\\s*`,
  listJoin: "\\s*,\\s*(?:och\\s+)?|\\s+och\\s+|\\s+samt\\s+|\\s*&\\s*",
  // "bidrog Sverige med 275 miljoner dollar till ett stödpaket tillsammans med Danmark och Norge": co-givers.
  agentBefore: `${B}tillsammans\\s+med\\s+|${B}(?:donerad${LETTER}*|skänkt${LETTER}*|levererad${LETTER}*|stöd|bistånd|bidrag|paket|löfte)\\s+(?:av|från)\\s+`,
  // "presenterades av regeringen", "donerade av Danmark": the giver follows the trigger.
  agentAfter: `\\s+av${E}`,
  harmAfter: `\\s+(?:fullskaliga\\s+|brutala\\s+|pågående\\s+|olagliga\\s+)*(?:krig${LETTER}*|aggression${LETTER}*|invasion${LETTER}*|anfall${LETTER}*|attack${LETTER}*|angrepp${LETTER}*|ockupation${LETTER}*|robotanfall${LETTER}*|styrkor)${E}`,
  // "Sveriges senaste rekordstora vinterpaket", "Sveriges 19:e militära stödpaket": the giver of a package.
  actorAfter: `\\s+(?:(?:senaste|\\d+:[ae]|${LETTER}+a)\\s+){0,3}${LETTER}*paket(?:et)?${E}|\\s+(?:(?:\\d+\\s+)?medlems(?:länder|stater)|stöd(?:et)?|stödpaket(?:et)?|försvarsmakt${LETTER}*|armé${LETTER}*|regering${LETTER}*|kollega${LETTER}*|motpart${LETTER}*|partner${LETTER}*|sida|folk${LETTER}*|soldat${LETTER}*|försvarsminist${LETTER}*|utrikesminist${LETTER}*|statsminist${LETTER}*|president${LETTER}*|minist${LETTER}*|myndighet${LETTER}*|styrkor)${E}`,
  ownedBy: `\\s*(?:${LETTER}+\\s+){0,2}(?:från|av)\\s+`,
  clauseBreak: `;\\s+|,\\s+(?:och|medan|men)\\s+(?=${CAPITAL})`,
  // "till Gavi"; "till det ukrainska initiativet", "till ukrainsk livsmedelsexport": a state's thing, not the state.
  namedReceiver: `${B}(?:till|för)\\s+(?=${CAPITAL})|${B}till\\s+(?:det\\s+|den\\s+)?${LETTER}+sk[at]?\\s+(?=(?:initiativ|program|fond|organisation|${LETTER}*export)${LETTER}*${E})`,
  venueBefore: `${B}(?:i|på|vid)\\s+`,
  placeBefore: `${B}i\\s+(?:bland\\s+annat\\s+)?`,
  periodBefore: `${B}(?:för|under)\\s+(?:år\\s+)?`,
};
