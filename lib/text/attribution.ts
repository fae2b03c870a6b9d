/**
 * Who a text says a statement came from: the phrases that name the source in its attribution,
 * in Kyrgyz, Russian and English ("…, the interior ministry said", "according to the health
 * ministry", «по данным МВД», «сообщили в Генпрокуратуре», «Ички иштер министрлигинин маалыматы
 * боюнча», «... деди Токаев»). Pure: the phrases are matched against speakers elsewhere.
 */

// Verbs of saying, with the forms they take (said/says, заявил/заявила/заявили, билдирди/билдиришти).
const EN_VERBS = "said|says|say|told|tells|reported|reports|announced|announces|stated|states|claimed|claims|confirmed|confirms|added|noted|wrote|warned";
const RU_VERBS = "заяв(?:ил|ила|или|ляет|ляют)|сообщ(?:ил|ила|или|ает|ают)|отмети(?:л|ла|ли)|утвержда(?:ет|ют|л|ла|ли)|подчеркну(?:л|ла|ли)|рассказа(?:л|ла|ли)|объяви(?:л|ла|ли)|признал(?:а|и)?|уточни(?:л|ла|ли)|написа(?:л|ла|ли)";
const KY_VERBS = "деди|дешти|деген|билдирди|билдиришти|билдирген|маалымдады|маалымдашты|айтты|айтышты|жарыялады|белгиледи|кабарлады|кабарлашты|жазды|ырастады";

const NAME = "[^,.;:!?«»\"“”\\n]{2,60}?";
// The words each pattern cannot match without (asked case-insensitively and anywhere, so a text
// without them cannot match it): a pattern is tried only on a text holding its words.
const EN_SAYING = new RegExp(EN_VERBS, "iu");
const RU_SAYING = new RegExp(RU_VERBS, "iu");
const KY_SAYING = new RegExp(KY_VERBS, "iu");
const PATTERNS: { needs: RegExp; pattern: RegExp }[] = [
  // English: "…, the interior ministry said", "said the interior ministry", "according to X", "X told reporters".
  { needs: EN_SAYING, pattern: new RegExp(`(?:^|[,;:—–-]\\s*|\\.\\s+)(?:the\\s+)?(${NAME})\\s+(?:${EN_VERBS})\\b`, "giu") },
  { needs: EN_SAYING, pattern: new RegExp(`\\b(?:${EN_VERBS})\\s+(?:the\\s+)?(\\p{Lu}${NAME})(?=[,.;]|$)`, "gu") },
  { needs: /according to/iu, pattern: new RegExp(`\\baccording to\\s+(?:the\\s+)?(${NAME})(?=[,.;:]|$)`, "giu") },
  // Russian: «по данным МВД», «по словам Токаева», «X заявил», «сообщили в Генпрокуратуре».
  { needs: /по\s+(?:данным|словам|информации|сообщению|оценкам)/iu, pattern: new RegExp(`(?<![\\p{L}])по\\s+(?:данным|словам|информации|сообщению|оценкам)\\s+(${NAME})(?=[,.;:]|\\s+(?:\\p{Ll}+\\s+)?\\d|$)`, "giu") },
  { needs: RU_SAYING, pattern: new RegExp(`(?<![\\p{L}])(?:${RU_VERBS})\\s+в\\s+(${NAME})(?=[,.;:]|$)`, "giu") },
  { needs: RU_SAYING, pattern: new RegExp(`(?:^|[,;:—–-]\\s*|\\.\\s+)(\\p{Lu}${NAME})\\s+(?:${RU_VERBS})(?![\\p{L}])`, "gu") },
  // Kyrgyz: «X маалыматы боюнча», «X сөзүнө караганда», «... деди X», «X билдирди».
  { needs: /маалыматы|маалыматына|билдирүүсү|сөзү|сөзүнө/iu, pattern: new RegExp(`(?:^|[,;:—–-]\\s*|\\.\\s+)(${NAME})\\s+(?:маалыматы|маалыматына|билдирүүсү|сөзү|сөзүнө)\\s+(?:боюнча|караганда|ылайык)`, "giu") },
  { needs: KY_SAYING, pattern: new RegExp(`(?<![\\p{L}])(?:${KY_VERBS})\\s+(\\p{Lu}${NAME})(?=[,.;]|$)`, "gu") },
  { needs: KY_SAYING, pattern: new RegExp(`(?:^|[,;:—–-]\\s*|\\.\\s+)(\\p{Lu}${NAME})\\s+(?:${KY_VERBS})(?![\\p{L}])`, "gu") },
];

// Every pattern above needs one of these words: a text without any is read with one search
// rather than nine (the patterns' name groups try many lengths at each position).
const TRIGGER = new RegExp(`${EN_VERBS}|according to|по\\s+(?:данным|словам|информации|сообщению|оценкам)|${RU_VERBS}|маалыматы|маалыматына|билдирүүсү|сөзү|${KY_VERBS}`, "iu");

// A phrase that is the speaker's words, not the speaker: "he", "officials", "it was".
const NOT_A_SOURCE = /^(?:he|she|they|it|we|i|you|officials?|sources?|witnesses?|residents?|people|он|она|они|оно|мы|я|ал|алар|биз|мен|this|that|there|которы\p{L}*)$/iu;

/** The phrases naming who said it, in the order they stand in the text, without leading articles. */
export function attributionPhrases(text: string): string[] {
  const found: { at: number; phrase: string }[] = [];
  if (!TRIGGER.test(text)) return [];
  // Each word asked once: seven patterns share three.
  const holds = new Map<RegExp, boolean>();
  for (const { needs, pattern } of PATTERNS) {
    if (!holds.has(needs)) holds.set(needs, needs.test(text));
    if (!holds.get(needs)) continue;
    for (const match of text.matchAll(pattern)) {
      // A source's name holds no figure: in "Башкы прокуратура 225 сөөк … билдирди" the speaker ends before "225".
      const phrase = match[1].trim().replace(/^(?:the|a|an)\s+/iu, "").replace(/\s+/gu, " ").split(/\s(?=\d)/u)[0];
      if (phrase.length < 2 || NOT_A_SOURCE.test(phrase) || /^\d/u.test(phrase)) continue;
      found.push({ at: match.index + match[0].indexOf(match[1]), phrase });
    }
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .map((item) => item.phrase)
    .filter((phrase) => !seen.has(phrase.toLowerCase()) && seen.add(phrase.toLowerCase()));
}
