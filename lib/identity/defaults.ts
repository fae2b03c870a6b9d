import type { Locale } from "../i18n/locales";
import type { IdentityTexts } from "./schema";

/**
 * What the site says of itself until an admin sets its identity: Factlog's own method, nothing
 * about any one story (a newsroom's story belongs in its identity, set in the desk).
 */
export const DEFAULT_IDENTITY: Record<Locale, IdentityTexts> = {
  en: {
    name: "Factlog",
    tagline: "Claims checked against their sources.",
    description: "",
    howWeCheck: [
      "We log a claim with its exact words, in the language it was said, and who said it, where and when, and how it reached us.",
      "An editor links every source we find that supports or contradicts it, with the passage that does. For a number, we put every figure reported for the same quantity on one timeline, with its hedge (about, at least, up to) and its date.",
      "A second editor, never the claim's author, reviews the evidence, sets the verdict and writes why. A verdict is published only with a summary and at least one piece of evidence.",
      "When we get something wrong or new evidence arrives, we correct the page and say what changed and when, at the foot of the page.",
    ].join("\n\n"),
  },
  ru: {
    name: "Factlog",
    tagline: "Заявления, проверенные по источникам.",
    description: "",
    howWeCheck: [
      "Мы записываем заявление дословно, на языке оригинала, с указанием, кто, где и когда его сделал и как оно до нас дошло.",
      "Редактор связывает с ним каждый найденный источник, который его подтверждает или опровергает, с соответствующим фрагментом. Для чисел мы помещаем все сообщённые цифры по одному показателю на общую шкалу времени, с оговорками («около», «не менее», «до») и датой.",
      "Второй редактор, никогда не автор записи, проверяет доказательства, выносит вердикт и объясняет его. Вердикт публикуется только с пояснением и хотя бы одним доказательством.",
      "Если мы ошиблись или появились новые данные, мы исправляем страницу и внизу указываем, что и когда изменилось.",
    ].join("\n\n"),
  },
  ky: {
    name: "Factlog",
    tagline: "Булактар менен текшерилген билдирүүлөр.",
    description: "",
    howWeCheck: [
      "Биз билдирүүнү сөзмө-сөз, айтылган тилинде жазабыз: ким, кайда, качан айтканын жана бизге кантип жеткенин көрсөтөбүз.",
      "Редактор аны ырастаган же төгүндөгөн ар бир булакты тиешелүү үзүндүсү менен байланыштырат. Сандар үчүн бир көрсөткүч боюнча айтылган бардык сандарды эскертүүлөрү («болжол менен», «кеминде», «эң көп дегенде») жана күнү менен бир убакыт сызыгына коёбуз.",
      "Экинчи редактор, эч качан жазуунун автору эмес, далилдерди текшерип, корутунду чыгарат жана аны түшүндүрөт. Корутунду түшүндүрмөсү жана жок дегенде бир далили болгондо гана жарыяланат.",
      "Ката кетсе же жаңы маалымат пайда болсо, баракты оңдоп, эмне жана качан өзгөргөнүн барактын аягында көрсөтөбүз.",
    ].join("\n\n"),
  },
};
