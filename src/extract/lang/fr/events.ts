// French event cues: instruments ("lettre d'intention", "protocole d'accord"), pledge and delivery verbs, recall markers, for common/events.ts.
import type { EventCues } from "../../common/events.js";
import { L, LETTER, R, UPPER, WORD } from "./word.js";

/** "l'", "la ", "le ", "les " before a name: "à l'Ukraine", "pour la Moldavie". */
const ART = "(?:l['’]|la\\s+|le\\s+|les\\s+)";
/** Infinitives of giving: "livrer", "fournir", "céder", "débloquer". */
const GIVE =
  "(?:livrer|fournir|envoyer|transf[ée]rer|donner|c[ée]der|financer|allouer|d[ée]bloquer|consacrer|verser|octroyer|accorder|offrir|remettre|mettre\\s+à\\s+disposition)";
/** Participles of having given: "livré", "fourni", "cédés". Accents are required: "livre" is the present (or a book). */
const GIVEN =
  "(?:(?:livr|envoy|transf[ée]r|c[ée]d|donn|vers|d[ée]caiss|exp[ée]di)(?:é|ée|és|ées)|fourni(?:e|s|es)?|remi(?:s|se|ses))";
/** Future forms of giving: "livrera", "fourniront", "enverra". */
const WILL_GIVE =
  "(?:livrer(?:a|ont)|fournir(?:a|ont)|enverr(?:a|ont)|transf[ée]rer(?:a|ont)|donner(?:a|ont)|c[ée]der(?:a|ont)|financer(?:a|ont)|allouer(?:a|ont)|d[ée]bloquer(?:a|ont)|consacrer(?:a|ont)|verser(?:a|ont)|octroier(?:a|ont)|accorder(?:a|ont)|offrir(?:a|ont)|remettr(?:a|ont))";
const MONTH =
  "(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)";
const AUX = "(?:a|ont|avait|avaient|aura|auront)";

export const events: EventCues = {
  // "une lettre d'intention", "un protocole d'accord", "un traité", "un accord de sécurité"
  instruments: [
    ["letter_of_intent", `${L}(?:lettres?|d[ée]clarations?)\\s+d['’]intention${R}`],
    [
      "memorandum",
      `${L}(?:m[ée]morand(?:um|a|ums)(?:\\s+d['’](?:accord|entente)|\\s+de\\s+coop[ée]ration)?|protocoles?\\s+d['’](?:accord|entente)|MoU)${R}`,
    ],
    ["treaty", `${L}trait[ée]s?${R}`],
    // A plain "déclaration" is any statement in French news ("dans une déclaration, le ministère ..."): only joint ones.
    ["declaration", `${L}(?:d[ée]clarations?|communiqu[ée]s?)\\s+(?:commune?s?|conjointe?s?)${R}`],
    ["contract", `${L}contrats?${R}`],
    // "se sont mis d'accord" agrees, it names no instrument.
    ["agreement", `${L}(?<!d['’])accords?(?:-cadres?)?${R}`],
    [
      "other",
      `${L}(?:feuilles?\\s+de\\s+route|arrangements?|protocoles?(?!\\s+d['’](?:accord|entente)))${R}`,
    ],
  ],
  signed: `${L}(?:sign(?:é|ée|és|ées|er|e|ent|ons|ait|aient|ant|ature)|paraph[ée]e?s?|conclu(?:e|s|es)?|ont\\s+conclu)${R}`,
  announced: `${L}(?:convenu(?:e|s|es)?|mis\\s+d['’]accord|adopt[ée]e?s?|approuv[ée]e?s?|annonc[ée]e?s?|d[ée]voil[ée]e?s?|entérin[ée]e?s?|lanc[ée]e?s?)${R}`,
  planned: `${L}(?:signer(?:a|ont)|(?:va|vont|doit|doivent|devrait|devraient|prévoit\\s+de|prévoient\\s+de|entend|entendent|compte|comptent)\\s+signer|(?:sera|seront|doit\\s+être|doivent\\s+être|devrait\\s+être)\\s+sign[ée]e?s?|n[ée]goci(?:er|ent|ons|ation|ations|ent)|pourparlers|en\\s+vue\\s+de\\s+(?:la\\s+)?signature|travaillent\\s+à)${R}`,
  // "a promis", "va livrer", "livrera", "prévoit de transférer", "a annoncé", "débloque", "s'est engagée à fournir"
  pledge: `${L}(?:promet(?:tent)?|promis(?:e|es)?|s['’](?:est|sont)\\s+engag[ée]e?s?\\s+à|s['’]engagen?t?\\s+à|engagements?\\s+(?:de|d['’])|annonc(?:e|ent|é|ée|és|ées|ait|aient)|d[ée]voil(?:e|é|ée)|(?:va|vont|doit|doivent|compte|comptent|entend|entendent|pr[ée]voit\\s+de|pr[ée]voient\\s+de|envisage\\s+de|a\\s+d[ée]cid[ée]\\s+de|ont\\s+d[ée]cid[ée]\\s+de|d[ée]cid[ée]\\s+de|s['’]appr[êe]te\\s+à|s['’]appr[êe]tent\\s+à|pr[ée]vu\\s+de)\\s+(?:également\\s+|aussi\\s+|encore\\s+)?${GIVE}|${WILL_GIVE}|d[ée]bloqu(?:e|ent|é|ée|és|ées)|allou(?:e|ent|é|ée|és|ées)|octroy(?:é|ée|és|ées)|octroie|approuv(?:e|é|ée|és|ées)|nouve(?:au|lle)\\s+(?:paquet|enveloppe|tranche)|pr[ée]voi(?:t|ent)\\s+(?:[ée]galement\\s+|aussi\\s+)?(?:une|un)\\s+(?:nouvel(?:le)?\\s+|nouveau\\s+)?(?:aide|enveloppe|paquet|soutien|assistance|tranche))${R}`,
  // "a livré", "ont déjà fourni", "a été livré", "sont arrivés", "livrés à l'Ukraine"
  delivery: `${L}(?:${AUX}\\s+(?:(?:d[ée]jà|également|aussi|ainsi|jusqu['’]ici|r[ée]cemment|maintenant)\\s+)?${GIVEN}|(?:a|ont|avait|avaient)\\s+(?:(?:d[ée]jà|également)\\s+)?[ée]t[ée]\\s+${GIVEN}|(?:est|sont)\\s+(?:d[ée]jà\\s+)?arriv[ée]e?s?|${GIVEN})${R}`,
  // What a pledge or delivery gives: "aide", "enveloppe", "paquet", "matériel".
  aidObject: `${L}(?:aides?|assistance|soutien|paquet|enveloppe|tranche|financements?|fonds|pr[êe]ts?|dons?|contributions?|livraisons?|mat[ée]riels?|[ée]quipements?|armements?|armes|syst[èe]mes|capacit[ée]s|cargaisons?|lots?)${R}`,
  concrete: `${L}(?:paquet|enveloppe|tranche|lot|cargaison|livraison|totalit[ée])${R}`,
  // Requests, calls, conditionals, talks: "Kiev demande", "pourrait livrer", "ont discuté", "continuera à".
  nonEvent: `${L}(?:appel(?:le|lent|é|ait)?\\s+à|demand(?:e|ent|é|ée|ait|aient|er)|r[ée]clam(?:e|ent|é|ait)|exhort(?:e|ent|é)|pri(?:e|ent)\\s+(?:les|la|le|l['’])|pourrai(?:t|ent)|devrai(?:t|ent)|serai(?:t|ent)|envisag(?:e|ent|é|eait|erait)|discut(?:e|ent|é|er)|discussions?|[ée]voqu(?:e|é|ée)|propos(?:e|é|ée|ition|itions)|souhait(?:e|ent|é)|continuer(?:a|ont)?\\s+(?:à|de)|continue(?:nt)?\\s+(?:à|de)|rest(?:e|ent)\\s+engag[ée]e?s?|sanctions\\s+contre|si\\s+(?:le|la|les|l['’])\\s+${WORD}\\s+(?:est|sont)\\s+adopt[ée]|sous\\s+r[ée]serve)${R}`,
  recall: `^(?:pour\\s+rappel|rappelons(?:-le)?|auparavant|pr[ée]c[ée]demment|plus\\s+t[ôo]t|en\\s+${MONTH}${R}[^.]{0,40}${L}(?:annonc[ée]|promis|livr[ée]|fourni|envoy[ée]|approuv[ée]))|${L}(?:pour\\s+rappel|rappelons|comme\\s+annonc[ée]|il\\s+a\\s+[ée]t[ée]\\s+rapport[ée]|(?:avait|avaient)\\s+(?:d[ée]jà\\s+|pr[ée]c[ée]demment\\s+)?(?:annonc[ée]|promis|livr[ée]|fourni|envoy[ée]|sign[ée]|d[ée]bloqu[ée])|plus\\s+t[ôo]t\\s+(?:cette|ce)\\s+(?:semaine|mois|ann[ée]e)|l['’]an\\s+dernier|l['’]ann[ée]e\\s+derni[èe]re|il\\s+y\\s+a\\s+un\\s+an)${R}`,
  cumulative: `${L}(?:au\\s+total|en\\s+tout|jusqu['’](?:à\\s+pr[ée]sent|ici)|à\\s+ce\\s+jour|depuis\\s+le\\s+d[ée]but\\s+de\\s+(?:la\\s+guerre|l['’]invasion|l['’]agression|l['’]offensive|l['’]ann[ée]e)|depuis\\s+(?:f[ée]vrier\\s+)?2022|depuis\\s+l['’]invasion|(?:a|ont)\\s+(?:${WORD}\\s+){0,2}?d[ée]jà\\s+${GIVEN}|un\\s+total\\s+de|montant\\s+total|en\\s+cumul[ée]?)${R}`,
  // Case-sensitive: "Nous avons livré", "notre pays", "Je".
  firstPerson: `${L}(?:[Nn]ous|[Nn]otre\\s+(?:pays|gouvernement)|[Jj]e|[Jj]['’]ai)${R}`,
  anaphora: `^(?:[-–•*]\\s*)?(?:[^.]{0,40}\\s)?(?:cet|cette|ce|le|la|l['’])\\s*(?:nouvel(?:le)?\\s+|nouveau\\s+)?(?:accord|partenariat|m[ée]morandum|protocole|document|texte|trait[ée]|d[ée]claration|lettre\\s+d['’]intention)${R}`,
  continuation: `^(?:[-–•*]\\s*)?(?:en\\s+particulier,?\\s*|en\\s+outre,?\\s*|par\\s+ailleurs,?\\s*)?(?:le|la|les|l['’]|ce|cet|cette|ces|il|elle|celui-ci|celle-ci)(?:${R}|(?<=['’]))[^.]{0,60}?${L}(?:pr[ée]voi(?:t|ent)\\s+(?!de\\s|d['’])|comprend|comprennent|inclut|incluent|comporte(?:nt)?|porte(?:nt)?\\s+(?:aussi\\s+|[ée]galement\\s+|notamment\\s+)?sur|couvre(?:nt)?|contient|se\\s+compose)|^(?:[-–•*]\\s*)?(?:ce|cette|ces|le|la|les)\\s+(?:nouveau\\s+|nouvelle\\s+|nouveaux\\s+|nouvelles\\s+)?(?:paquet|enveloppe|aide|financement|fonds|soutien)${R}[^.]{0,30}?${L}(?:servira|financera|permettra|sera\\s+consacr[ée]e?|sera\\s+utilis[ée]e?)${R}`,
  future: `${L}(?:va|vont|sera|seront|pr[ée]voit|pr[ée]voient|pr[ée]vu|compte|comptent|entend|entendent|s['’]appr[êe]tent?|doit|doivent|devra|devront|aura|auront|${WILL_GIVE}|signer(?:a|ont))${R}`,
  authority: `${L}autorisations?\\s+d['’]engagement${R}`,
  defenceSubject: `${L}(?:d[ée]fense|s[ée]curit[ée]|militaires?|arm[ée]es?|armements?|armes|munitions|drones?|coproduction|production\\s+conjointe|reconstruction|aide|assistance|industrie)${R}`,
  offTopic: `${L}(?:s[ée]curit[ée]\\s+(?:[ée]nerg[ée]tique|alimentaire)|commerce|commercial|climat|climatique|minerais\\s+critiques|acier|aluminium|droits\\s+de\\s+douane|culture|culturel|comp[ée]titivit[ée]|sanctions|migrat(?:ion|oire)|p[êe]che|agricole|agriculture|projet\\s+de\\s+loi|groupe\\s+de\\s+travail)${R}`,
  jointTitle: `^(?:[${LETTER}.,’' -]+\\s)?(?:d[ée]claration|communiqu[ée])\\s+(?:commune?|conjointe?)${R}`,
  attribution: `${L}rapporte\\s+(?<source>[^,.]+?)(?:,\\s*citant\\s+(?<via>[^,.]+?)(?:\\s+(?:de|du)\\s+(?<person>[^,.]+?))?)?[.,]`,
  // "à l'", "pour la ", "en faveur de l'", "à l'armée de l'", "au ", "aux ".
  recipientBefore: `(?:${L}(?:à|pour|envers|vers|soutenir|aider|armer|[ée]quiper|livrer|fournir|destin[ée]e?s?\\s+à)|en\\s+faveur\\s+(?:de|d['’]|du|des)|au\\s+profit\\s+(?:de|d['’]|du|des)|en\\s+soutien\\s+(?:à|au|aux))\\s*(?:${ART}?(?:(?:peuple|gouvernement|forces\\s+arm[ée]es|arm[ée]e|population|d[ée]fenseurs|soldats)\\s+(?:de\\s+(?:l['’]|la\\s+)?|du\\s+|d['’]))?)?|${L}(?:au|aux)\\s+`,
  listJoin: `\\s*,\\s*(?:et\\s+)?${ART}?|\\s+et\\s+${ART}?|\\s*&\\s*${ART}?`,
  agentBefore: `${L}(?:fourni(?:e|s|es)?|livr[ée]e?s?|promis(?:e|es)?|envoy[ée]e?s?|financ[ée]e?s?|donn[ée]e?s?|d[ée]bloqu[ée]e?s?|annonc[ée]e?s?|engagements?|contributions?|dons?)\\s+(?:par|de\\s+la\\s+part\\s+(?:de|du|des|d['’]))\\s*${ART}?`,
  harmAfter: `\\s+(?:a\\s+(?:attaqu[ée]|frapp[ée]|bombard[ée]|envahi)|attaque|frappe|bombarde|occupe)${R}`,
  actorAfter: `\\s+(?:de\\s+la\\s+D[ée]fense|des\\s+Arm[ée]es|des\\s+Affaires\\s+[ée]trang[èe]res|ont|vont)${R}`,
  ownedBy: `\\s*(?:\\S+\\s+){0,2}(?:de\\s+la\\s+part\\s+(?:de\\s+(?:la\\s+|l['’])?|du\\s+|des\\s+|d['’])|par\\s+${ART}?)`,
  clauseBreak: `;\\s+|,\\s+(?:et|tandis\\s+que|alors\\s+que|mais)\\s+(?=${UPPER})`,
  namedReceiver: `${L}(?:à|pour)\\s+${ART}?(?=${UPPER})`,
  // "signé à Vilnius", "réunis à Paris", "en Pologne": the place, not an actor. A bare "à Kiev" receives.
  venueBefore: `(?:gn[ée]e?s?|nie?s?|tenue?s?)\\s+à\\s+|${L}(?:en|au|dans)\\s+`,
  placeBefore: `${L}(?:en|au)\\s+`,
  // "pour 2025", and a sum's year: "3 milliards d'euros en 2024" is the pledge's period, not when it was made.
  periodBefore: `${L}pour\\s+(?:l['’]ann[ée]e\\s+|l['’]exercice\\s+)?|(?:euros|dollars|couronnes\\s+${WORD})\\s+(?:en|pour)\\s+`,
};
