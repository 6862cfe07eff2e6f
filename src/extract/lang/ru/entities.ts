// Russian entities: the generated gazetteer (every case form is a term) plus the grammar of officials' titles.
import type { EntityLexicon } from "../../common/entities.js";
import { ignore, terms } from "./generated-gazetteer.js";

export const entities: EntityLexicon = {
  terms,
  ignore,
  // The genitive is a term of its own ("министр обороны Литвы"), so no possessive ending.
  possessive: "",
  // "пророссийские силы", "антиукраинский" name no actor; the prefix is glued, so a hyphen is optional.
  notAfter: "(?:[Пп]ро|[Аа]нти)-?",
  officials: {
    heads: [
      "министр",
      "министра",
      "премьер-министр",
      "премьер-министра",
      "президент",
      "президента",
      "посол",
      "посла",
      "пресс-секретарь",
      "канцлер",
      "канцлера",
      "глава",
      "командующий",
      "генеральный секретарь",
      "генсек",
    ],
    modifiers: ["вице", "первый", "заместитель", "генеральный", "верховный"],
    portfolios: [
      "обороны",
      "национальной",
      "иностранных",
      "дел",
      "финансов",
      "экономики",
      "стратегических",
      "отраслей",
      "промышленности",
      "цифровой",
      "трансформации",
      "внутренних",
      "энергетики",
      "здравоохранения",
    ],
    portfolioLink: "",
    stateLink: "",
    nameLink: "\\s+",
    appositionLink: ",\\s+",
    notNames: ["Об", "Это", "В", "На", "Как", "Также", "Он", "Она", "Они", "Мы", "И", "А", "За"],
    nameParticles: ["фон", "дер", "ван", "де"],
  },
};
