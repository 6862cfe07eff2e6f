// English event cues: instruments, pledge and delivery verbs, recall markers, for common/events.ts.
import type { EventCues } from "../../common/events.js";

export const events: EventCues = {
  // "a Memorandum of Cooperation", "MoU", "Statement of Intent on Co-production", "security agreement"
  instruments: [
    ["letter_of_intent", "\\b(?:letters? of intent|statements? of intent|declarations? of intent|LOI)\\b"],
    ["memorandum", "\\b(?:memorand(?:um|a)(?: of (?:understanding|cooperation))?|MoUs?)\\b"],
    ["treaty", "\\btreat(?:y|ies)\\b"],
    ["declaration", "\\b(?:joint declaration|declaration|joint communiqu[eé])\\b"],
    ["contract", "\\bcontracts?\\b"],
    ["agreement", "\\b(?:agreements?|accords?)\\b"],
    ["other", "\\b(?:road ?maps?|protocols?|arrangements?)\\b"],
  ],
  signed: "\\b(?:sign(?:ed|s|ing)?|conclude[ds]?|concluding|entered into|ink(?:ed|s)|initial(?:l)?ed)\\b",
  announced: "\\b(?:agreed|adopt(?:ed|s)|endorsed|reached|announced|approved|launched|unveiled)\\b",
  planned:
    "\\b(?:will sign|to sign|(?:begin|start|launch|open|continue)(?:ed)? negotiations|negotiat(?:e|ing|ions)|to conclude|intend to conclude|are working on|to be signed)\\b",
  // "is authorizing", "announced a package", "plans to transfer", "will provide", "pledged", "donated by"
  pledge:
    "\\b(?:pledg(?:e|es|ed|ing)|bringing (?:the|its|our) total|commit(?:s|ted|ting)? to (?:provid|send|deliver|giv|donat|allocat|transfer)\\w*|will commit|commitments? (?:from|by)|increased (?:its|their) commitment|(?:is|are) providing|promis(?:e|es|ed)|approv(?:e|es|ed|ing)|authoriz(?:e|es|ed|ing)|authoris(?:e|es|ed|ing)|(?<!\\bas (?:I|we|the President) )announc(?:e|es|ed|ing)|unveil(?:s|ed)?|decid(?:e|es|ed) to (?:provide|give|send|allocate|donate|transfer)|decisions? to (?:provide|give|send|allocate|donate|transfer)|plans? to (?:provide|give|send|allocate|donate|transfer|deliver|supply)|planning to (?:provide|give|send|allocate|donate|transfer|deliver)|intends? to (?:provide|give|send|allocate|donate|transfer|deliver|supply)|will (?:also )?(?:provide|give|send|allocate|donate|transfer|deliver|supply|fund|finance|contribute)|(?:is|are) preparing to (?:deliver|send|provide)|(?:directed|instructed|ordered|asked) (?:my|the|our) [\\w-]+(?: [\\w-]+)? to (?:provide|send|deliver|transfer|allocate)|allocat(?:e|es|ed|ing)|earmark(?:s|ed)?|set aside|donat(?:e|es|ed|ing)|to provide up to|make available)\\b",
  // "has already sent", "provided a package", "have been flowing", "began disbursing", "is delivering"
  delivery:
    "\\b(?:(?:has|have|had)(?: (?:already|now|also|so far|recently|just))? (?:provided|sent|delivered|handed over|transferred|disbursed|given|supplied|shipped|contributed|donated)|(?:was|were|been) (?:delivered|handed over|transferred|disbursed|sent|shipped)|(?:is|are) delivering|have been flowing|(?:began|begun|started) (?:disbursing|delivering|shipping)|provision of|(?:is|are) in the process of delivering|(?<=\\bthank[^.]{0,80}? for )(?:providing|sending|delivering|donating)|delivered|handed over|disbursed|shipped|(?<!-)provided(?! that))\\b",
  // "aid", "security assistance", "a package", "$ ..." — what a pledge or delivery gives
  aidObject:
    "\\b(?:aid|assistance|support|package|tranche|funding|funds|financing|grants?|loans?|donation|contribution|drawdown|capabilities|weapons|equipment|systems|deliveries|supplies|provision|delivery|shipment)\\b",
  // Generic "continue to provide ... weapons" and the like need a figure, an item or a package to count.
  concrete: "\\b(?:package|tranche|drawdown|entire amount|batch|shipment|consignment|commitments? from)\\b",
  nonEvent:
    "\\b(?:(?:are|is|remain|remains) committed to|calls? on|call(?:ed|ing)? (?:on|for)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)? (?:for|congress)|request(?:s|ed|ing)?|supplemental request|may consider|could|would|should|might|if passed|propos(?:e|es|ed|al|als)|discuss(?:ed|es|ing|ion|ions)?|topics?|talks? (?:on|about)|considering|will continue to|continue to|continues to|to continue \\w+ing|stand with|would be|seek(?:s|ing)? authority|whether)\\b",
  recall:
    "^(?:we remind you|recall that|as a reminder|earlier|previously|later,|in (?:late |early |mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b[^.]{0,40}\\b(?:provided|announced|pledged|sent|donated|approved))|\\b(?:we remind you|it was (?:also )?(?:recently |previously |earlier )?reported|earlier this (?:week|month|year)|(?:in|over) (?:the )?(?:past|last|recent) (?:few )?weeks|just last (?:week|month)|last (?:week|month)|recent provision|one year ago|commitments from|had (?:previously )?(?:announced|pledged|provided))\\b",
  cumulative:
    "\\b(?:so far|to date|in total|a total of|altogether|overall|since the (?:start|beginning|outset)|since (?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?20\\d\\d|since (?:last )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b|since the full-scale invasion|during the (?:last|past) (?:two|three|\\w+) years|entire amount|has already sent|have already sent|has already provided|have already provided|(?:has|have) been flowing|running total|increased its commitment|bringing (?:the|its|our) total)\\b",
  // "we provided", "my Administration is authorizing", "the Biden-Harris Administration announced"
  firstPerson:
    "\\b(?:I|we|We|(?:[Mm]y|[Tt]he|[Tt]his|[Oo]ur)(?: [A-Z][\\w-]+)? Administration|[Oo]ur (?:country|government)|the Government|[Tt]he President(?! of\\b))\\b",
  anaphora:
    "^(?:[-–•*]\\s*)?(?:[^.]{0,40}\\s)?(?:this|the|that) (?:new |historic )?(?:agreement|partnership|memorandum|document|deal|treaty|declaration|statement of intent|letter of intent)\\b",
  continuation:
    "^(?:[-–•*]\\s*)?(?:in particular, |in addition, |additionally, )?(?:the|this|these|that|it|which)\\b[^.]{0,60}?\\b(?:provides? for|includes?|included|including|contains?|consists? of|will (?:include|contain|provide|arm|cover)|covers?)\\b|^(?:i|we) (?:have )?also (?:approved|authorized|announced)\\b|^(?:[-–•*]\\s*)?(?:the|this|these) (?:new |additional )?(?:funding|funds|money|package|aid|assistance|support|grant|loan)\\b[^.]{0,30}?\\bwill (?:pay for|fund|finance|cover|go to|be used|support|help)\\b",
  packageValue:
    "^(?:the\\s+)?(?:total\\s+|overall\\s+)?value\\s+of\\s+(?:the|this)\\s+(?:[\\w-]+\\s+){0,2}package\\b|\\b(?:the|this)\\s+(?:[\\w-]+\\s+){0,2}package\\s+is\\s+(?:valued|worth)\\b",
  since: "\\bsince\\s+(?:\\S+\\s+){0,6}",
  future: "\\b(?:will|shall|plans? to|planning to|intends? to|is going to|are going to|to be)\\b",
  authority: "\\b(?:drawdown authorit(?:y|ies)|authorit(?:y|ies))\\b[^.]{0,40}\\bprovided\\b",
  defenceSubject:
    "\\b(?:defen[cs]es?|security|military|armed forces|weapons|arms|ammunition|drones?|air defen[cs]e|co-production|reconstruction|aid|assistance|support to ukraine)\\b",
  offTopic:
    "\\b(?:energy security|food security|trade|climate|critical minerals|steel|aluminum|aluminium|tariffs?|culture|competitiveness|sanctions|migration|fisheries|fishing|agricultur\\w*|bill|legislation|task force|working group)\\b",
  jointTitle: "^(?:[\\w.,’' -]+ )?joint (?:statement|declaration|communiqu[eé])\\b",
  attribution:
    "\\breported by (?<source>[^,.]+?)(?:,\\s*citing (?<via>[^,.]+?)(?: (?:from|of) (?<person>[^,.]+?))?)?[.,]",
  recipientBefore:
    "\\b(?:to|for|into|towards|inside|support|supporting|strengthen|strengthening|help|helping|assist|bolster|arm|equip|provide|providing|provided|give|giving|send|sending|supply|supplying)\\s+(?:the\\s+)?(?:(?:people|government|armed forces|military|army|citizens|defenders|forces) of\\s+)?(?:both\\s+)?|,\\s*|\\band\\s+",
  listJoin: "\\s*,\\s*(?:and\\s+)?(?:the\\s+)?|\\s+and\\s+(?:the\\s+)?|\\s*&\\s*(?:the\\s+)?",
  agentBefore:
    "\\b(?:donated|provided|pledged|sent|delivered|supplied|given|funded|financed|committed|announced|commitments?|contributions?|pledges?|donations?|aid|assistance|support|package|funding|grants?|loans?)\\s+(?:by|from)\\s+(?:the\\s+)?",
  agentAfter: "\\s+by\\b",
  harmAfter:
    "\\s+(?:full-scale\\s+|brutal\\s+|ongoing\\s+|continued\\s+|unprovoked\\s+)*(?:war|aggression|invasion|attacks?|strikes?|military|forces|regime|troops|missiles?|drones?|bombardment|occupation)\\b",
  actorAfter:
    "\\s+(?:(?:armed\\s+)?forces|military|army|government|provision|donation|contribution|colleagues?|counterparts?|partners?|side|people|soldiers|defenders|ministry|minister|president|prime minister|authorities|troops|navy|air force)\\b",
  ownedBy: "\\s*(?:\\w+\\s+){0,2}(?:from|by)\\s+(?:the\\s+)?",
  clauseBreak: ";\\s+|,\\s+(?:and|while|whereas|but)\\s+(?=[A-Z])|,\\s+(?=bringing\\b)",
  namedReceiver: "\\b(?:to|for)\\s+(?:the\\s+)?(?=[A-Z])",
  venueBefore: "\\b(?:in|at|near)\\s+",
  placeBefore: "\\bin\\s+(?:the\\s+)?",
  periodBefore: "\\bfor\\s+(?:the\\s+year\\s+|fiscal\\s+year\\s+)?",
};
