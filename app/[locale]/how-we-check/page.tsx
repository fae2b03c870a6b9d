import type { Metadata } from "next";
import { LanguageLinks } from "@/components/site/language-links";
import { VerdictLabel } from "@/components/site/verdict-label";
import { findRatingScale } from "@/lib/claims/public-queries";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { pageMetadata, resolveLocale } from "@/lib/i18n/page";

export const revalidate = 3600;

type Props = { params: Promise<{ locale: string }> };

// The method, in each language. Kept here rather than in the messages: it is prose, not labels.
const METHOD: Record<Locale, string[]> = {
  en: [
    "We log a claim with its exact words, in the language it was said, and who said it, where and when, and how it reached us.",
    "An editor links every source we find that supports or contradicts it, with the passage that does. For a number, we put every figure reported for the same quantity on one timeline, with its hedge (about, at least, up to) and its date.",
    "A second editor, never the claim's author, reviews the evidence, sets the verdict and writes why. A verdict is published only with a summary and at least one piece of evidence.",
    "When we get something wrong or new evidence arrives, we correct the page and say what changed and when, at the foot of the page.",
  ],
  ru: [
    "Мы записываем заявление дословно, на языке оригинала, с указанием, кто, где и когда его сделал и как оно до нас дошло.",
    "Редактор связывает с ним каждый найденный источник, который его подтверждает или опровергает, с соответствующим фрагментом. Для чисел мы помещаем все сообщённые цифры по одному показателю на общую шкалу времени, с оговорками («около», «не менее», «до») и датой.",
    "Второй редактор, никогда не автор записи, проверяет доказательства, выносит вердикт и объясняет его. Вердикт публикуется только с пояснением и хотя бы одним доказательством.",
    "Если мы ошиблись или появились новые данные, мы исправляем страницу и внизу указываем, что и когда изменилось.",
  ],
  ky: [
    "Биз билдирүүнү сөзмө-сөз, айтылган тилинде жазабыз: ким, кайда, качан айтканын жана бизге кантип жеткенин көрсөтөбүз.",
    "Редактор аны ырастаган же төгүндөгөн ар бир булакты тиешелүү үзүндүсү менен байланыштырат. Сандар үчүн бир көрсөткүч боюнча айтылган бардык сандарды эскертүүлөрү («болжол менен», «кеминде», «эң көп дегенде») жана күнү менен бир убакыт сызыгына коёбуз.",
    "Экинчи редактор, эч качан жазуунун автору эмес, далилдерди текшерип, корутунду чыгарат жана аны түшүндүрөт. Корутунду түшүндүрмөсү жана жок дегенде бир далили болгондо гана жарыяланат.",
    "Ката кетсе же жаңы маалымат пайда болсо, баракты оңдоп, эмне жана качан өзгөргөнүн барактын аягында көрсөтөбүз.",
  ],
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return pageMetadata({ locale, path: "/how-we-check", title: getMessages(locale).methodTitle });
}

export default async function MethodPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const messages = getMessages(locale);
  const ratings = await findRatingScale();
  return (
    <>
      <LanguageLinks locale={locale} path="/how-we-check" />
      <h1 className="mt-4 text-3xl font-bold">{messages.methodTitle}</h1>
      <ol className="mt-4 list-decimal space-y-3 pl-5">
        {METHOD[locale].map((paragraph) => (
          <li key={paragraph}>{paragraph}</li>
        ))}
      </ol>
      <h2 className="mt-8 text-xl font-semibold">{messages.verdict}</h2>
      <ul className="mt-2 space-y-2">
        {ratings.map((rating) => (
          <li key={rating.key}>
            <VerdictLabel locale={locale} rating={rating} />
          </li>
        ))}
      </ul>
    </>
  );
}
