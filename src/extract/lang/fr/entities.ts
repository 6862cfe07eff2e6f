// French entities: the generated gazetteer plus officials' titles ("le ministre des Armées Sébastien Lecornu").
import type { EntityLexicon } from "../../common/entities.js";
import { ignore, terms } from "./generated-gazetteer.js";

export const entities: EntityLexicon = {
  terms,
  ignore,
  // French has no possessive ending: "l'aide de la France" names the state with a preposition.
  possessive: "",
  // "les forces prorusses", "anti-américain", "non-UE" name no actor.
  notAfter: "(?:[Pp]ro|[Aa]nti|[Nn]on)-",
  officials: {
    // A title starts with a capital in running text only at a sentence start or in a caption ("Ministre des
    // Armées, Sébastien Lecornu"); mid-sentence titles are lower-case and found as state phrases instead.
    heads: [
      "Ministre",
      "Président",
      "Présidente",
      "Premier ministre",
      "Première ministre",
      "Secrétaire",
      "Secrétaire général",
      "Ambassadeur",
      "Ambassadrice",
      "Commissaire",
      "Haut représentant",
      "Chef d'état-major",
      "Porte-parole",
      "Chancelier",
      "Roi",
      "Reine",
    ],
    modifiers: ["Vice", "Ancien", "Ancienne", "Nouveau", "Nouvelle"],
    portfolios: [
      "Armées",
      "Défense",
      "Affaires",
      "étrangères",
      "Europe",
      "Économie",
      "Finances",
      "Industries",
      "stratégiques",
      "Intérieur",
      "nationale",
    ],
    portfolioLink: "(?:de\\s+la\\s+|des\\s+|du\\s+|de\\s+l['’]|de\\s+|et\\s+de\\s+l['’])",
    stateLink: "(?:de\\s+la\\s+|du\\s+|des\\s+|de\\s+l['’]|de\\s+|d['’])",
    nameLink: "\\s+",
    appositionLink: ",\\s+",
    notNames: [
      "Le",
      "La",
      "Les",
      "Ce",
      "Cette",
      "Il",
      "Elle",
      "Ils",
      "Nous",
      "Selon",
      "Lundi",
      "Mardi",
      "Mercredi",
      "Jeudi",
      "Vendredi",
      "Samedi",
      "Dimanche",
    ],
    nameParticles: ["de", "du", "des", "von", "van", "der", "den", "da", "di", "la", "le"],
  },
};
