// Polish event cues: instruments, pledge and delivery verbs in their tenses and aspects, recall markers, for common/events.ts.
import type { EventCues } from "../../common/events.js";

/** A word starts or ends here: `\b` knows only ASCII letters ("środki", "już"). */
const S = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
/** Any inflected ending: "podpisa" → podpisały, podpisali, podpisano. */
const W = "\\p{L}*";
/** Words, as a regex source list, each as a whole word. */
const words = (list: string): string => `${S}(?:${list})${E}`;

/** Verbs of giving, infinitive: "planuje przekazać", "zdecydowała się wysłać". */
const GIVE =
  "przekazać|dostarczyć|wysłać|przeznaczyć|udzielić|sfinansować|zapewnić|przekazywać|dostarczać|kupić";

export const events: EventCues = {
  // "list intencyjny", "memorandum o współpracy", "umowa", "porozumienie", "traktat", "wspólna deklaracja"
  instruments: [
    [
      "letter_of_intent",
      `${S}(?:list${W}\\s+intencyjn${W}|deklaracj${W}\\s+intencji|listów\\s+intencyjnych)`,
    ],
    ["memorandum", `${S}(?:memorand${W}|protokoł${W}\\s+ustaleń|protokół\\s+ustaleń)`],
    ["treaty", `${S}traktat${W}`],
    ["declaration", `${S}(?:wspóln${W}\\s+deklaracj${W}|deklaracj${W}|wspóln${W}\\s+komunikat${W})`],
    ["contract", `${S}(?:kontrakt${W}|umow${W}\\s+na\\s+dostaw${W})`],
    ["agreement", `${S}(?:umow${W}|porozumie${W})`],
    ["other", `${S}(?:protok${W}|map${W}\\s+drogow${W})`],
  ],
  signed: `${S}(?:podpisa${W}|podpisu${W}|zawar(?:ły|li|ł|ła|to)${E}|parafowa${W})`,
  announced: `${S}(?:uzgodni${W}|przyję(?:ł|li|ły|ło|to)${W}|przyjął|ogłosi${W}|zatwierdzi${W}|osiągnę${W}|zapowiedzia${W})`,
  planned: `${S}(?:podpisze|podpiszą|podpiszemy|(?:ma|mają|powinn${W})\\s+(?:zostać\\s+)?podpisa${W}|zostan${W}\\s+podpisan${W}|do\\s+podpisania|planuj${W}\\s+podpisa${W}|zamierza${W}\\s+podpisa${W}|negocjac${W}|negocjuj${W}|negocjowa${W}|przygotowuj${W}\\s+(?:umow${W}|porozumie${W}))`,
  // "przekaże", "planuje przekazać", "zapowiedziała", "przeznaczy", "otrzyma od", "zostanie przekazany"
  pledge: `${S}(?:przekaże|przekażą|przekażemy|dostarczy|dostarczą|dostarczymy|wyśle|wyślą|wyślemy|przeznacz${W}|sfinansuje|sfinansują|udzieli|udzielą|udzielimy|zapewni|zapewnią|zapewnimy|otrzyma|otrzymają|trafi|trafią|przekazuje|przekazują|(?:planuj${W}|zamierza${W}|chce|chcą|chcemy|postanowi${W}|zdecydowa${W}(?:\\s+się)?|zobowiąza${W}\\s+się|ma|mają)\\s+(?:\\p{L}+\\s+)?(?:${GIVE})|zdecydowa${W}\\s+o\\s+(?:przekazaniu|przeznaczeniu|wysłaniu|udzieleniu)|zapowi(?:edzia|ada)${W}|ogłosi${W}|ogłasza${W}|zadeklarowa${W}|deklaruj${W}|obieca${W}|obiecuj${W}|zobowiąza${W}\\s+się|zatwierdzi${W}|zatwierdza${W}|(?:przyjął|przyję(?:ła|li|ło))\\s+(?:\\p{L}+\\s+)?pakiet${W}|przygotowuj${W}\\s+(?:\\p{L}+\\s+){0,2}pakiet${W}|zostan${W}\\s+(?:przekazan|dostarczon|wysłan|przeznaczon)${W})${E}`,
  // "przekazała", "przekazano", "dostarczyła", "wysłała", "trafiły do", "otrzymała od", "dostarcza"
  delivery: `${S}(?:przekazał${W}|przekazali${W}|przekazano|dostarczył${W}|dostarczyli${W}|dostarczono|dostarcza|dostarczają|wysłał${W}|wysłali${W}|wysłano|trafił${W}|trafiły|dotarł${W}|dotarły|otrzymał${W}|otrzymali${W}|wypłacił${W}|wypłacono|udzielił${W}|udzielono|został${W}\\s+(?:już\\s+)?(?:przekazan|dostarczon|wysłan)${W}|zostały\\s+(?:już\\s+)?(?:przekazane|dostarczone|wysłane))${E}`,
  aidObject: `${S}(?:pomoc${W}|wsparci${W}|pakiet${W}|transz${W}|środk${W}|fundusz${W}|dotacj${W}|pożyczk${W}|grant${W}|sprzęt${W}|uzbrojeni${W}|bro(?:ń|ni)|dostaw${W}|darowizn${W}|finansowani${W}|system${W}|zestaw${W})${E}`,
  concrete: `${S}(?:pakiet${W}|transz${W}|parti${W}|dostaw${W}|cał${W}\\s+kwot${W})${E}`,
  // Requests, appeals, speculation, talks, sanctions: "Kijów apeluje o", "mogłaby rozważyć", "rozmawiali o".
  nonEvent: `${S}(?:apel${W}|zaapelowa${W}|wzywa${W}|wezwa${W}|prosi${W}|poprosi${W}|prośb${W}|zwróci${W}\\s+się\\s+(?:z\\s+prośbą|o)|domaga${W}\\s+się|oczekuje|rozważ${W}|mógłby|mogłaby|mogłoby|mogliby|mogłyby|mogą|może|powin${W}|rozmawia${W}|rozmow${W}|omówi${W}|omawia${W}|dyskus${W}|dyskutowa${W}|propon${W}|zaproponowa${W}|propozycj${W}|sankcj${W}|kontynu${W}|nadal\\s+będzie|gdyby|zastanawia${W})${E}`,
  recall: `^(?:przypomnijmy|przypominamy|warto\\s+przypomnieć|wcześniej|uprzednio|jak\\s+(?:już\\s+)?(?:informowaliśmy|pisaliśmy|podawaliśmy|informował${W}|podawał${W})|w\\s+(?:styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrześniu|październiku|listopadzie|grudniu)${E}[^.]{0,40}${S}(?:przekazał${W}|zapowiedział${W}|ogłosił${W}|wysłał${W}|dostarczył${W}|zatwierdził${W}))|${S}(?:przypomnijmy|jak\\s+(?:już\\s+)?(?:informowaliśmy|pisaliśmy|podawaliśmy)|w\\s+(?:zeszłym|ubiegłym|minionym)\\s+(?:tygodniu|miesiącu)|wcześniej\\s+w\\s+tym\\s+(?:tygodniu|miesiącu|roku)|rok\\s+temu|wcześniej\\s+(?:zapowiedzian|ogłoszon|przekazan)${W})${E}`,
  cumulative: `${S}(?:dotychczas|do\\s+tej\\s+pory|do\\s+chwili\\s+obecnej|dotąd|łącznie|w\\s+sumie|ogółem|od\\s+początku\\s+(?:pełnoskalowej\\s+)?(?:wojny|inwazji|agresji)|od\\s+(?:lutego\\s+)?2022|(?:przekaza|dostarczy|wysła)${W}\\s+już|już\\s+(?:przekaza|dostarczy|wysła)${W}|w\\s+ciągu\\s+(?:ostatnich\\s+)?(?:dwóch|trzech|\\p{L}+)\\s+lat)${E}`,
  // The speaker: "my", "nasz kraj", and verbs in the first person plural: "przekazaliśmy", "przekażemy".
  firstPerson: `${S}(?:[Mm]y|[Nn]asz${W}|\\p{Ll}+liśmy|\\p{Ll}+łyśmy|[Bb]ędziemy|[Pp]rzekażemy|[Dd]ostarczymy|[Ww]yślemy|[Pp]rzeznaczymy|[Zz]apewnimy|[Uu]dzielimy)${E}`,
  anaphora: `^(?:[-–•*]\\s*)?(?:[^.]{0,40}\\s)?(?:(?:ta|to|ten|tego|tej|niniejsz${W})\\s+|(?<=^(?:według\\s+\\p{L}+\\s+)?))(?:now${W}\\s+|historyczn${W}\\s+)?(?:umow${W}|porozumie${W}|memorand${W}|dokument${W}|traktat${W}|deklaracj${W}|list${W}\\s+intencyjn${W})${E}`,
  // "Dokument przewiduje ...", "W skład pakietu wchodzą ...", "Pakiet obejmuje ...", "W pakiecie znalazły się ..."
  continuation: `^(?:[-–•*]\\s*)?(?:w\\s+szczególności,?\\s+|ponadto,?\\s+|dodatkowo,?\\s+)?(?:(?:ten|ta|to|te|nowy|nowa|kolejny)\\s+)?(?:dokument|memorandum|umowa|porozumienie|list|pakiet|pomoc|wsparcie|transza|środki|sprzęt|dostawa|on|ona|ono|które|który|która|w\\s+(?:jego\\s+|jej\\s+)?skład\\p{L}*|w\\s+pakiecie|w\\s+ramach\\s+pakietu)${E}[^.]{0,60}?${S}(?:przewiduj${W}|zakłada|obejm${W}|zawier${W}|wchodz${W}|wejd${W}|znajd${W}\\s+się|znalazł${W}\\s+się|składa\\s+się|sfinansuje|pokryje|(?:ma|mają)\\s+(?:zostać\\s+)?(?:trafić|dostarczon${W}|przekazan${W})|trafi|trafią|zostan${W}\\s+(?:dostarczon|przekazan)${W})${E}|^(?:wraz|razem)\\s+z\\s+(?:nim|nią|nimi)${E}|^(?:wśród|w\\s+tym)${E}[^.]{0,60}?${S}(?:znalazł${W}\\s+się|są|były)${E}`,
  future: words("będzie|będą|planuje|planują|zamierza|zamierzają|ma|mają|zostanie|zostaną|chce|chcą"),
  authority: `${S}upoważnieni${W}[^.]{0,40}${S}(?:udzielił|przyznał)${W}`,
  defenceSubject: `${S}(?:obron${W}|bezpieczeństw${W}|wojskow${W}|militarn${W}|zbrojn${W}|zbrojeniow${W}|uzbrojeni${W}|bro(?:ń|ni)|amunicj${W}|dron${W}|odbudow${W}|pomoc${W}|wsparci${W})${E}`,
  offTopic: `${S}(?:bezpieczeństw${W}\\s+(?:energetyczn|żywnościow)${W}|handl${W}|klimat${W}|kultur${W}|konkurencyjn${W}|sankcj${W}|migracj${W}|rybołówstw${W}|rolnictw${W}|ustaw${W}|grup${W}\\s+robocz${W}|zesp[oó]ł${W}\\s+robocz${W})${E}`,
  jointTitle: `^(?:[\\p{L}\\d.,’' -]+ )?wspóln${W}\\s+(?:oświadczeni${W}|deklaracj${W}|komunikat${W})${E}`,
  attribution: `${S}(?:podał${W}|poinformował${W})\\s+(?<source>\\p{Lu}[^,.]{1,40}?)(?:,\\s*powołując\\s+się\\s+na\\s+(?<via>[^,.]+?))?[.,]`,
  // "przekaże Ukrainie", "do Ukrainy", "dla Ukrainy", "na rzecz Ukrainy", "dla ukraińskiej armii"
  recipientBefore: `${S}(?:do|dla|na\\s+rzecz|na\\s+potrzeby|wspiera${W}|wsparci${W}|wesprzeć|wspomóc|pomoc${W}|przekaz${W}|przekaż${W}|dostarcz${W}|wysła${W}|wyśl${W}|wysył${W}|udziel${W}|zapewni${W}|trafi${W}\\s+do|sprzeda${W})\\s+(?:\\p{L}+\\s+){0,3}?(?:(?:sił${W}\\s+zbrojn${W}|armi${W}|wojsk${W}|żołnierz${W}|obrońc${W}|rząd${W}|narod${W}|ludności|obywatel${W})\\s+)?|,\\s*|${S}i\\s+`,
  listJoin: `\\s*,\\s*(?:i\\s+|oraz\\s+)?|\\s+(?:i|oraz|a\\s+także)\\s+`,
  agentBefore: `${S}(?:od|przez|ze\\s+strony)\\s+`,
  harmAfter: `\\s+(?:pełnoskalow${W}\\s+|brutaln${W}\\s+|trwając${W}\\s+)*(?:wojn${W}|agresj${W}|inwazj${W}|atak${W}|ostrzał${W}|nalot${W}|okupacj${W}|reżim${W}|bombardowa${W}|zbrodni${W}|propagand${W})${E}`,
  actorAfter: `\\s+(?:rząd${W}|władz${W}|minist${W}|resort${W}|prezydent${W}|premier${W}|armi${W}|wojsk${W}|sił${W}|żołnierz${W}|stron${W}|partner${W}|dyplomac${W}|MON|MSZ|parlament${W}|obrońc${W}|społeczeństw${W}|narod${W}|lotnictw${W}|marynark${W}|koncern${W}|przemysł${W})${E}`,
  ownedBy: `\\s*(?:\\p{L}+\\s+){0,2}(?:od|ze\\s+strony)\\s+`,
  clauseBreak: `;\\s+|,\\s+(?:a|zaś|natomiast|ale|podczas\\s+gdy)\\s+(?=\\p{Lu})`,
  namedReceiver: `${S}(?:do|dla)\\s+(?=\\p{Lu})`,
  venueBefore: `${S}(?:w|we|pod)\\s+`,
  placeBefore: `${S}(?:w|we|na)\\s+`,
  periodBefore: `${S}na\\s+(?:rok\\s+)?`,
};
