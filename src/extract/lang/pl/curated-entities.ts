// Polish word lists for the gazetteer: case forms of states, capitals and institutions, adjectives, organisations.
import type { CuratedEntities } from "../../common/entities.js";

/*
 * i18n-iso-countries gives only the nominative ("Ukraina"), but Polish news names states in all seven cases:
 * "przekaże Ukrainie" (dative), "do Ukrainy" (genitive), "z Ukrainą" (instrumental). No stemmer ships with the
 * project, so the case forms of the ~60 states that matter in defence news (Europe, US, CA, JP, KR, KP, AU, UA, RU,
 * BY, IR, CN, TR, the Middle East) are curated here, one space-separated line per state; multi-word forms join
 * their words with "_". Forms equal to the nominative (the vocative aside) are listed once.
 */
const STATES: Readonly<Record<string, string>> = {
  UA: "Ukraina Ukrainy Ukrainie Ukrainę Ukrainą",
  PL: "Polska Polski Polsce Polskę Polską RP Rzeczpospolita_Polska Rzeczypospolitej_Polskiej Rzecząpospolitą_Polską",
  LT: "Litwa Litwy Litwie Litwę Litwą",
  LV: "Łotwa Łotwy Łotwie Łotwę Łotwą",
  EE: "Estonia Estonii Estonię Estonią",
  DE: "Niemcy Niemiec Niemcom Niemcami Niemczech RFN Republika_Federalna_Niemiec Republiki_Federalnej_Niemiec",
  FR: "Francja Francji Francję Francją",
  GB: "Wielka_Brytania Wielkiej_Brytanii Wielką_Brytanię Wielką_Brytanią Zjednoczone_Królestwo Zjednoczonego_Królestwa Zjednoczonemu_Królestwu Zjednoczonym_Królestwem Zjednoczonym_Królestwie",
  US: "Stany_Zjednoczone Stanów_Zjednoczonych Stanom_Zjednoczonym Stanami_Zjednoczonymi Stanach_Zjednoczonych USA Ameryka Ameryki Ameryce Amerykę Ameryką",
  CA: "Kanada Kanady Kanadzie Kanadę Kanadą",
  JP: "Japonia Japonii Japonię Japonią",
  KR: "Korea_Południowa Korei_Południowej Koreę_Południową Koreą_Południową Republika_Korei Republiki_Korei",
  KP: "Korea_Północna Korei_Północnej Koreę_Północną Koreą_Północną KRLD",
  AU: "Australia Australii Australię Australią",
  RU: "Rosja Rosji Rosję Rosją Federacja_Rosyjska Federacji_Rosyjskiej Federację_Rosyjską Federacją_Rosyjską",
  BY: "Białoruś Białorusi Białorusią",
  IR: "Iran Iranu Iranowi Iranem Iranie",
  CN: "Chiny Chin Chinom Chinami Chinach ChRL",
  TR: "Turcja Turcji Turcję Turcją",
  SE: "Szwecja Szwecji Szwecję Szwecją",
  NO: "Norwegia Norwegii Norwegię Norwegią",
  DK: "Dania Danii Danię Danią",
  FI: "Finlandia Finlandii Finlandię Finlandią",
  NL: "Holandia Holandii Holandię Holandią Niderlandy Niderlandów Niderlandom Niderlandami Niderlandach",
  BE: "Belgia Belgii Belgię Belgią",
  CZ: "Czechy Czech Czechom Czechami Czechach Republika_Czeska Republiki_Czeskiej",
  SK: "Słowacja Słowacji Słowację Słowacją",
  HU: "Węgry Węgier Węgrom Węgrami Węgrzech",
  RO: "Rumunia Rumunii Rumunię Rumunią",
  BG: "Bułgaria Bułgarii Bułgarię Bułgarią",
  IT: "Włochy Włoch Włochom Włochami Włoszech",
  ES: "Hiszpania Hiszpanii Hiszpanię Hiszpanią",
  PT: "Portugalia Portugalii Portugalię Portugalią",
  AT: "Austria Austrii Austrię Austrią",
  CH: "Szwajcaria Szwajcarii Szwajcarię Szwajcarią",
  IE: "Irlandia Irlandii Irlandię Irlandią",
  GR: "Grecja Grecji Grecję Grecją",
  HR: "Chorwacja Chorwacji Chorwację Chorwacją",
  SI: "Słowenia Słowenii Słowenię Słowenią",
  MD: "Mołdawia Mołdawii Mołdawię Mołdawią Mołdowa Mołdowy Mołdowie Mołdowę Mołdową",
  GE: "Gruzja Gruzji Gruzję Gruzją",
  IL: "Izrael Izraela Izraelowi Izraelem Izraelu",
  SA: "Arabia_Saudyjska Arabii_Saudyjskiej Arabię_Saudyjską Arabią_Saudyjską",
  AE: "ZEA Zjednoczonych_Emiratów_Arabskich Zjednoczonym_Emiratom_Arabskim",
  IS: "Islandia Islandii Islandię Islandią",
  LU: "Luksemburg Luksemburga Luksemburgowi Luksemburgiem Luksemburgu",
  NZ: "Nowa_Zelandia Nowej_Zelandii Nową_Zelandię Nową_Zelandią",
  AL: "Albania Albanii Albanię Albanią",
  MK: "Macedonia_Północna Macedonii_Północnej Macedonię_Północną Macedonią_Północną",
  ME: "Czarnogóra Czarnogóry Czarnogórze Czarnogórę Czarnogórą",
  RS: "Serbia Serbii Serbię Serbią",
  IN: "Indie Indii Indiom Indiami Indiach",
  KZ: "Kazachstan Kazachstanu Kazachstanowi Kazachstanem Kazachstanie",
  AZ: "Azerbejdżan Azerbejdżanu Azerbejdżanowi Azerbejdżanem Azerbejdżanie",
  AM: "Armenia Armenii Armenię Armenią",
  SY: "Syria Syrii Syrię Syrią",
  EG: "Egipt Egiptu Egiptowi Egiptem Egipcie",
  PK: "Pakistan Pakistanu Pakistanowi Pakistanem Pakistanie",
  TW: "Tajwan Tajwanu Tajwanowi Tajwanem Tajwanie",
  CY: "Cypr Cypru Cyprowi Cyprem Cyprze",
  MT: "Malta Malty Malcie Maltę Maltą",
  EU: "Unia_Europejska Unii_Europejskiej Unię_Europejską Unią_Europejską UE",
  NATO: "NATO Sojusz_Północnoatlantycki Sojuszu_Północnoatlantyckiego Sojuszowi_Północnoatlantyckiemu",
  UN: "ONZ Organizacja_Narodów_Zjednoczonych Organizacji_Narodów_Zjednoczonych Narody_Zjednoczone Narodów_Zjednoczonych",
  G7: "G7 G-7 Grupa_Siedmiu Grupy_Siedmiu",
  IMF: "MFW IMF Międzynarodowy_Fundusz_Walutowy Międzynarodowego_Funduszu_Walutowego Międzynarodowemu_Funduszowi_Walutowemu Międzynarodowym_Funduszem_Walutowym Międzynarodowym_Funduszu_Walutowym",
  WB: "Bank_Światowy Banku_Światowego Bankowi_Światowemu Bankiem_Światowym Banku_Światowym",
  EIB: "EBI EIB Europejski_Bank_Inwestycyjny Europejskiego_Banku_Inwestycyjnego Europejskiemu_Bankowi_Inwestycyjnemu Europejskim_Bankiem_Inwestycyjnym Europejskim_Banku_Inwestycyjnym",
  EBRD: "EBOiR EBRD Europejski_Bank_Odbudowy_i_Rozwoju Europejskiego_Banku_Odbudowy_i_Rozwoju Europejskiemu_Bankowi_Odbudowy_i_Rozwoju Europejskim_Bankiem_Odbudowy_i_Rozwoju Europejskim_Banku_Odbudowy_i_Rozwoju",
};

/** Capitals in their cases: "w Kijowie", "z Wilnem", "Warszawa przekazała". Brussels is left out as in English. */
const CAPITALS: Readonly<Record<string, string>> = {
  UA: "Kijów Kijowa Kijowowi Kijowem Kijowie",
  PL: "Warszawa Warszawy Warszawie Warszawę Warszawą",
  LT: "Wilno Wilna Wilnu Wilnem Wilnie",
  LV: "Ryga Rygi Rydze Rygę Rygą",
  EE: "Tallin Tallinn Tallina Tallinowi Tallinem Tallinie",
  DE: "Berlin Berlina Berlinowi Berlinem Berlinie",
  FR: "Paryż Paryża Paryżowi Paryżem Paryżu",
  GB: "Londyn Londynu Londynowi Londynem Londynie",
  US: "Waszyngton Waszyngtonu Waszyngtonowi Waszyngtonem Waszyngtonie",
  CA: "Ottawa Ottawy Ottawie Ottawę Ottawą",
  JP: "Tokio",
  KR: "Seul Seulu Seulowi Seulem",
  KP: "Pjongjang Pjongjangu Pjongjangowi Pjongjangiem",
  RU: "Moskwa Moskwy Moskwie Moskwę Moskwą",
  BY: "Mińsk Mińska Mińskowi Mińskiem Mińsku",
  IR: "Teheran Teheranu Teheranowi Teheranem Teheranie",
  CN: "Pekin Pekinu Pekinowi Pekinem Pekinie",
  TR: "Ankara Ankary Ankarze Ankarę Ankarą",
  SE: "Sztokholm Sztokholmu Sztokholmowi Sztokholmem Sztokholmie",
  NO: "Oslo",
  DK: "Kopenhaga Kopenhagi Kopenhadze Kopenhagę Kopenhagą",
  FI: "Helsinki Helsinek Helsinkach",
  NL: "Haga Hagi Hadze Hagę Hagą",
  CZ: "Praga Pragi Pradze Pragę Pragą",
  SK: "Bratysława Bratysławy Bratysławie Bratysławę Bratysławą",
  HU: "Budapeszt Budapesztu Budapesztowi Budapesztem Budapeszcie",
  RO: "Bukareszt Bukaresztu Bukaresztowi Bukaresztem Bukareszcie",
  IT: "Rzym Rzymu Rzymowi Rzymem Rzymie",
  ES: "Madryt Madrytu Madrytowi Madrytem Madrycie",
  AT: "Wiedeń Wiednia Wiedniowi Wiedniem",
  MD: "Kiszyniów Kiszyniowa Kiszyniowowi Kiszyniowem Kiszyniowie",
  GE: "Tbilisi",
};

/** Bodies that stand for their state or organisation, in their cases: "Pentagon ogłosił", "szef Pentagonu". */
const INSTITUTIONS: Readonly<Record<string, string>> = {
  US: "Pentagon Pentagonu Pentagonowi Pentagonem Pentagonie Biały_Dom Białego_Domu Białemu_Domowi Białym_Domem Białym_Domu Departament_Stanu Departamentu_Stanu Kongres Kongresu Kongresowi Kongresem Kongresie",
  RU: "Kreml Kremla Kremlowi Kremlem Kremlu Duma_Państwowa Dumy_Państwowej",
  PL: "MON Minister_Obrony_Narodowej minister_obrony_narodowej Ministra_Obrony_Narodowej ministra_obrony_narodowej ministrem_obrony_narodowej Ministerstwo_Obrony_Narodowej Ministerstwa_Obrony_Narodowej Ministerstwu_Obrony_Narodowej Ministerstwem_Obrony_Narodowej Ministerstwie_Obrony_Narodowej Sejm Sejmu Sejmowi Sejmem Sejmie",
  UA: "ZSU Werchowna_Rada Werchownej_Rady Werchownej_Radzie Werchowną_Radę Rada_Najwyższa_Ukrainy",
  DE: "Bundeswehra Bundeswehry Bundeswehrze Bundeswehrę Bundeswehrą Bundestag Bundestagu Bundestagowi Bundestagiem",
  GB: "Downing_Street",
  FR: "Pałac_Elizejski Pałacu_Elizejskiego",
  EU: "Komisja_Europejska Komisji_Europejskiej Komisję_Europejską Komisją_Europejską KE Rada_Europejska Rady_Europejskiej Radzie_Europejskiej Radę_Europejską Parlament_Europejski Parlamentu_Europejskiego Parlamentowi_Europejskiemu Parlamentem_Europejskim Parlamencie_Europejskim Europejski_Instrument_na_rzecz_Pokoju Europejskiego_Instrumentu_na_rzecz_Pokoju",
};

/** Adjective stems ("ukraińsk" → ukraiński, ukraińska, ukraińskie, ukraińskiego, ..., ukraińscy); all end in -k. */
const ADJECTIVES: Readonly<Record<string, string>> = {
  UA: "ukraińsk",
  PL: "polsk",
  LT: "litewsk",
  LV: "łotewsk",
  EE: "estońsk",
  DE: "niemieck",
  FR: "francusk",
  GB: "brytyjsk",
  US: "amerykańsk",
  CA: "kanadyjsk",
  JP: "japońsk",
  KR: "południowokoreańsk",
  KP: "północnokoreańsk",
  AU: "australijsk",
  RU: "rosyjsk",
  BY: "białorusk",
  IR: "irańsk",
  CN: "chińsk",
  TR: "tureck",
  SE: "szwedzk",
  NO: "norwesk",
  DK: "duńsk",
  FI: "fińsk",
  NL: "holendersk niderlandzk",
  BE: "belgijsk",
  CZ: "czesk",
  SK: "słowack",
  HU: "węgiersk",
  RO: "rumuńsk",
  BG: "bułgarsk",
  IT: "włosk",
  ES: "hiszpańsk",
  PT: "portugalsk",
  AT: "austriack",
  CH: "szwajcarsk",
  IE: "irlandzk",
  GR: "greck",
  HR: "chorwack",
  SI: "słoweńsk",
  MD: "mołdawsk",
  GE: "gruzińsk",
  IL: "izraelsk",
  SA: "saudyjsk",
  IS: "islandzk",
  NZ: "nowozelandzk",
  AL: "albańsk",
  RS: "serbsk",
  IN: "indyjsk",
  KZ: "kazachsk",
  AZ: "azerbejdżańsk",
  AM: "ormiańsk",
  SY: "syryjsk",
  EG: "egipsk",
  TW: "tajwańsk",
};

/** Nouns for the people, where news uses them as actors: "Amerykanie przekazali", "Niemcy dostarczyli". */
const PEOPLE: Readonly<Record<string, string>> = {
  UA: "Ukraińcy Ukraińców Ukraińcom",
  PL: "Polacy Polaków Polakom",
  LT: "Litwini Litwinów",
  DE: "Niemców",
  US: "Amerykanie Amerykanów Amerykanom",
  GB: "Brytyjczycy Brytyjczyków",
  FR: "Francuzi Francuzów",
  RU: "Rosjanie Rosjan Rosjanom",
};

/** Adjective endings after a -k stem, the masculine personal plural ("polscy") aside. */
const ENDINGS = ["i", "a", "ie", "iego", "iej", "im", "ą", "ich", "imi", "iemu"];

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "polsk" → polski, polska, ..., polscy, and each capitalised for a sentence start: "Polskie wojsko". */
function adjectiveForms(stem: string): string[] {
  const lower = [...ENDINGS.map((e) => stem + e), `${stem.slice(0, -1)}cy`];
  return [...lower, ...lower.map(capitalise)];
}

function forms(table: Readonly<Record<string, string>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [code, line] of Object.entries(table))
    out[code] = line.split(" ").map((f) => f.replace(/_/g, " "));
  return out;
}

function demonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [code, stems] of Object.entries(ADJECTIVES))
    out[code] = [...stems.split(" ").flatMap(adjectiveForms), ...(PEOPLE[code]?.split(" ") ?? [])];
  return out;
}

export const curated: CuratedEntities = {
  names: forms(STATES),
  dropNames: [],
  leadingArticle: /^$/u,
  demonyms: demonyms(),
  capitals: forms(CAPITALS),
  institutions: forms(INSTITUTIONS),
  // Names of outlets, regions and currencies that contain a state's name or adjective without naming an actor.
  ignore: [
    "Polska Agencja Prasowa",
    "Polskiej Agencji Prasowej",
    "Polskie Radio",
    "Polskiego Radia",
    "Polska Press",
    "Ukraińska Prawda",
    "Ukraińskiej Prawdy",
    "Ameryka Łacińska",
    "Ameryki Łacińskiej",
    "Ameryce Łacińskiej",
    "Ameryka Północna",
    "Ameryki Północnej",
    "Ameryka Południowa",
    "Ameryki Południowej",
    "Nowy Jork",
    "Nowym Jorku",
    "dolar amerykański",
    "dolarów amerykańskich",
    "dolary amerykańskie",
    "korony szwedzkie",
    "koron szwedzkich",
    "korony duńskie",
    "koron duńskich",
    "korony norweskie",
    "koron norweskich",
    "korony czeskie",
    "koron czeskich",
    "funtów brytyjskich",
    "funty brytyjskie",
    "franków szwajcarskich",
    "hrywien ukraińskich",
    "jenów japońskich",
    "dolarów kanadyjskich",
    "dolarów australijskich",
    "Układ Warszawski",
    "Układu Warszawskiego",
    "porozumienia mińskie",
    "porozumień mińskich",
  ],
};
