import type { HedgeWord } from "../../lib/text/hedge-words";
// Demo sources, written by the project: short passages restating documented facts of the
// January 2022 events in Kazakhstan. Nothing here is copied from ../shared/corpus.
type DemoFigure = { text: string; value: number | null; hedge: "EXACT" | "APPROX" | "AT_LEAST" | "AT_MOST" | "VAGUE"; hedgeWord?: HedgeWord; unit?: string; quantity?: string };
export type DemoEntry = { key: string; postedAt?: string; headline?: string; text: string; language: "ky" | "ru" | "en"; figures?: DemoFigure[] };
export type DemoSource = {
  title: string;
  outlet: { name: string; url: string; country: string; language: "ky" | "ru" | "en" };
  kind: "LIVE_BLOG" | "ARTICLE" | "SOCIAL_POST" | "OFFICIAL_STATEMENT" | "TRANSCRIPT";
  url: string;
  language: "ky" | "ru" | "en";
  publishedAt: string;
  entries: DemoEntry[];
};

export const DEMO_SOURCES: DemoSource[] = [
  {
    title: "Казакстандагы окуялар: 7-январь, түз маалымат",
    outlet: { name: "Demo Kabar (ky)", url: "https://ky.demo-kabar.example", country: "KG", language: "ky" },
    kind: "LIVE_BLOG",
    url: "https://ky.demo-kabar.example/live/2022-01-07",
    language: "ky",
    publishedAt: "2022-01-07T06:00:00Z",
    entries: [
      { key: "ky-live-1", postedAt: "10:15", headline: "Токаев: Алматыга 20 миң бандит кол салды", text: "Президент Касым-Жомарт Токаев телеберүү аркылуу кайрылып, Алматыга 20 миң бандит кол салганын айтты.", language: "ky", figures: [{ text: "20 миң", value: 20000, hedge: "EXACT", unit: "people", quantity: "attackers-almaty-january-2022" }] },
      { key: "ky-live-2", postedAt: "11:02", headline: "Эскертүүсүз ок атууга буйрук", text: "Токаев укук коргоо органдарына эскертүүсүз ок атууга буйрук бергенин билдирди.", language: "ky" },
      { key: "ky-live-3", postedAt: "13:40", text: "Ички иштер министрлигинин маалыматы боюнча, 3706 адам кармалды.", language: "ky", figures: [{ text: "3706", value: 3706, hedge: "EXACT", unit: "people", quantity: "detained-january-2022" }] },
      { key: "ky-live-4", postedAt: "15:20", headline: "Кыргызстандан аскерлер жөнөтүлөт", text: "Жогорку Кеңеш ЖККУнун тынчтык орнотуу күчтөрүнүн курамында кыргыз аскерлерин Казакстанга жөнөтүүнү жактырды. Алар согуштук аракеттерге катышпай, маанилүү объекттерди кайтарат.", language: "ky" },
      { key: "ky-live-6", postedAt: "16:30", text: "Ички иштер министрлиги: окуялар башталгандан бери 190 адам жаракат алды, алардын 137си милиция кызматкери.", language: "ky", figures: [{ text: "190", value: 190, hedge: "EXACT", unit: "people", quantity: "injured-january-2022" }, { text: "137", value: 137, hedge: "EXACT", unit: "people", quantity: "injured-police-january-2022" }] },
      { key: "ky-live-5", postedAt: "17:05", text: "Алматыда интернет байланышы дагы эле өчүк, банктар жабык.", language: "ky" },
    ],
  },
  {
    title: "Беспорядки в Казахстане: хроника 5–6 января",
    outlet: { name: "Demo Vesti (ru)", url: "https://demo-vesti.example", country: "KZ", language: "ru" },
    kind: "LIVE_BLOG",
    url: "https://demo-vesti.example/live/2022-01-05",
    language: "ru",
    publishedAt: "2022-01-05T05:00:00Z",
    entries: [
      { key: "ru-live-1", postedAt: "09:10", text: "Правительство Аскара Мамина ушло в отставку, президент принял её утром 5 января.", language: "ru" },
      { key: "ru-live-2", postedAt: "12:30", text: "К 5 января ранения получили 190 человек: 137 полицейских и 53 мирных жителя.", language: "ru", figures: [
        { text: "190", value: 190, hedge: "EXACT", unit: "people", quantity: "injured-january-2022" },
        { text: "137", value: 137, hedge: "EXACT", unit: "people", quantity: "injured-police-january-2022" },
        { text: "53", value: 53, hedge: "EXACT", unit: "people", quantity: "injured-civilians-january-2022" },
      ] },
      { key: "ru-live-3", postedAt: "18:45", text: "Токаев обратился к ОДКБ за помощью, назвав протестующих террористическими бандами, прошедшими подготовку за рубежом.", language: "ru" },
      { key: "ru-live-4", postedAt: "23:10", text: "В стране отключён интернет: по данным NetBlocks, связь пропала почти по всему Казахстану.", language: "ru" },
      { key: "ru-live-5", postedAt: "23:55", text: "Цена на сжиженный газ с начала года выросла примерно вдвое, до 120 тенге за литр.", language: "ru", figures: [{ text: "120 тенге", value: 120, hedge: "EXACT", unit: "KZT" }] },
    ],
  },
  {
    title: "Kazakhstan unrest: what we know about the death toll",
    outlet: { name: "Demo Wire (en)", url: "https://demo-wire.example", country: "GB", language: "en" },
    kind: "ARTICLE",
    url: "https://demo-wire.example/kazakhstan-death-toll",
    language: "en",
    publishedAt: "2022-01-16T10:00:00Z",
    entries: [
      { key: "en-toll-1", text: "On 9 January state television quoted the health ministry as saying 164 people had been killed.", language: "en", figures: [{ text: "164", value: 164, hedge: "EXACT", unit: "people", quantity: "deaths-january-2022" }] },
      { key: "en-toll-2", text: "The next day officials withdrew the figure of 164, calling it a technical error in a social media post.", language: "en", figures: [{ text: "164", value: 164, hedge: "EXACT", unit: "people", quantity: "deaths-january-2022" }] },
      { key: "en-toll-3", text: "On 15 January the prosecutor general's office said 225 bodies had been delivered to morgues, including 19 members of the security forces.", language: "en", figures: [{ text: "225", value: 225, hedge: "EXACT", unit: "people", quantity: "deaths-january-2022" }, { text: "19", value: 19, hedge: "EXACT", unit: "people" }] },
      { key: "en-toll-4", text: "Rights groups say the real number of deaths may be higher and that several people died in custody.", language: "en" },
      { key: "en-toll-5", text: "The interior ministry said 7,939 people had been detained across the country by 10 January.", language: "en", figures: [{ text: "7,939", value: 7939, hedge: "EXACT", unit: "people", quantity: "detained-january-2022" }] },
    ],
  },
  {
    title: "Official statement: results of the investigation into the January events",
    outlet: { name: "Demo Prosecutor's Office", url: "https://prokuror.demo.example", country: "KZ", language: "ru" },
    kind: "OFFICIAL_STATEMENT",
    url: "https://prokuror.demo.example/january-events",
    language: "ru",
    publishedAt: "2022-12-20T09:00:00Z",
    entries: [
      { key: "ru-off-1", text: "В результате январских событий погибли 238 человек, в том числе 19 сотрудников правоохранительных органов и военнослужащих.", language: "ru", figures: [{ text: "238", value: 238, hedge: "EXACT", unit: "people", quantity: "deaths-january-2022" }, { text: "19", value: 19, hedge: "EXACT", unit: "people" }] },
      { key: "ru-off-2", text: "Расследование не подтвердило участие иностранных боевиков в нападениях на административные здания.", language: "ru" },
      { key: "ru-off-3", text: "Около 1,2 тысячи уголовных дел возбуждено по фактам массовых беспорядков.", language: "ru", figures: [{ text: "Около 1,2 тысячи", value: 1200, hedge: "APPROX" }] },
      { key: "ru-off-4", text: "Зарегистрировано шесть случаев смерти задержанных в результате пыток.", language: "ru" },
      { key: "ru-off-5", text: "Численность нападавших в Алматы в материалах следствия не приводится.", language: "ru" },
    ],
  },
  {
    title: "Telegram: Жанаозен, 4 января",
    outlet: { name: "Demo Telegram channel", url: "https://t.me/s/demo_channel", country: "KZ", language: "ru" },
    kind: "SOCIAL_POST",
    url: "https://t.me/s/demo_channel/1201",
    language: "ru",
    publishedAt: "2022-01-04T14:00:00Z",
    entries: [
      { key: "tg-1", text: "Полиция в Жанаозене перешла на сторону протестующих и сняла оцепление!", language: "ru" },
      { key: "tg-2", text: "На площади в Жанаозене собралось не менее 10 тысяч человек.", language: "ru", figures: [{ text: "не менее 10 тысяч", value: 10000, hedge: "AT_LEAST", unit: "people" }] },
      { key: "tg-3", text: "Видео: полицейские снимают шлемы перед толпой в Жанаозене.", language: "ru" },
      { key: "tg-4", text: "Акимат обещает снизить цену на газ до 50 тенге за литр.", language: "ru", figures: [{ text: "50 тенге", value: 50, hedge: "EXACT", unit: "KZT" }] },
      { key: "tg-5", text: "Поддерживаем протестующих! Требуем отставки правительства.", language: "ru" },
    ],
  },
  {
    title: "Interior ministry briefing, 8 January 2022 (transcript)",
    outlet: { name: "Demo Gov Press", url: "https://gov-press.demo.example", country: "KZ", language: "en" },
    kind: "TRANSCRIPT",
    url: "https://gov-press.demo.example/briefing-2022-01-08",
    language: "en",
    publishedAt: "2022-01-08T12:00:00Z",
    entries: [
      { key: "en-brief-1", text: "As of this morning 4,404 people have been detained in connection with the riots.", language: "en", figures: [{ text: "4,404", value: 4404, hedge: "EXACT", unit: "people", quantity: "detained-january-2022" }] },
      { key: "en-brief-2", text: "Police in Zhanaozen stayed at their posts throughout; no unit went over to the protesters.", language: "en" },
      { key: "en-brief-3", text: "A spokesman said 26 armed criminals were killed and more than 18 officers died in the clashes.", language: "en", figures: [{ text: "26", value: 26, hedge: "EXACT", unit: "people", quantity: "deaths-january-2022" }, { text: "more than 18", value: 18, hedge: "AT_LEAST", unit: "officers" }] },
      { key: "en-brief-4", text: "Internet access is being restored in Almaty in stages.", language: "en" },
      { key: "en-brief-5", text: "The CSTO contingent numbers about 2,030 troops and guards strategic sites.", language: "en", figures: [{ text: "about 2,030", value: 2030, hedge: "APPROX", unit: "troops" }] },
    ],
  },
  {
    title: "Январь окуялары: бир жылдан кийин",
    outlet: { name: "Demo Azattyk (ky)", url: "https://ky.demo-azattyk.example", country: "KG", language: "ky" },
    kind: "ARTICLE",
    url: "https://ky.demo-azattyk.example/january-one-year-later",
    language: "ky",
    publishedAt: "2023-01-05T08:00:00Z",
    entries: [
      { key: "ky-art-1", text: "Башкы прокуратура январь окуяларында 238 адам каза болгонун тастыктады.", language: "ky", figures: [{ text: "238", value: 238, hedge: "EXACT", unit: "people", quantity: "deaths-january-2022" }] },
      { key: "ky-art-2", text: "20 миң бандит тууралуу ырастоо эч бир расмий документте далилденген эмес.", language: "ky", figures: [{ text: "20 миң", value: 20000, hedge: "EXACT", unit: "people", quantity: "attackers-almaty-january-2022" }] },
      { key: "ky-art-3", text: "Укук коргоочулар кармалгандардын саны 10 миңден ашканын белгилешет.", language: "ky", figures: [{ text: "10 миңден ашканын", value: 10000, hedge: "AT_LEAST", hedgeWord: "more-than", unit: "people", quantity: "detained-january-2022" }] },
      { key: "ky-art-4", text: "Кыргыз аскерлери Алматыдагы жылуулук станциясын кайтарып, 13-январда кайтып келишкен.", language: "ky" },
      { key: "ky-art-5", text: "Суюлтулган газдын баасы жыл башында эки эсеге жакын кымбаттаган.", language: "ky" },
    ],
  },
  {
    title: "President's address to the nation, 7 January 2022 (English summary)",
    outlet: { name: "Demo Gov Press", url: "https://gov-press.demo.example", country: "KZ", language: "en" },
    kind: "OFFICIAL_STATEMENT",
    url: "https://gov-press.demo.example/address-2022-01-07",
    language: "en",
    publishedAt: "2022-01-07T09:00:00Z",
    entries: [
      { key: "en-addr-1", text: "The president said Almaty had been attacked by 20,000 bandits with a clear plan of action.", language: "en", figures: [{ text: "20,000", value: 20000, hedge: "EXACT", unit: "people", quantity: "attackers-almaty-january-2022" }] },
      { key: "en-addr-2", text: "He said he had ordered security forces to open fire without warning.", language: "en" },
      { key: "en-addr-3", text: "He described the protesters as terrorists trained abroad.", language: "en" },
      { key: "en-addr-4", text: "He rejected calls for talks with the protesters, calling that idea nonsense.", language: "en" },
      { key: "en-addr-5", text: "He thanked the CSTO leaders for sending peacekeepers at short notice.", language: "en" },
    ],
  },
  {
    title: "Kazakhstan: detentions rise to nearly 10,000",
    outlet: { name: "Demo Wire (en)", url: "https://demo-wire.example", country: "GB", language: "en" },
    kind: "ARTICLE",
    url: "https://demo-wire.example/kazakhstan-detentions",
    language: "en",
    publishedAt: "2022-01-11T15:00:00Z",
    entries: [
      { key: "en-det-1", text: "Nearly 10,000 people have now been detained, the interior ministry said on 11 January.", language: "en", figures: [{ text: "Nearly 10,000", value: 10000, hedge: "APPROX", unit: "people", quantity: "detained-january-2022" }] },
      { key: "en-det-2", text: "Lawyers said many detainees were held without access to counsel.", language: "en" },
      { key: "en-det-3", text: "The ministry denied that any detainee had been mistreated.", language: "en" },
      { key: "en-det-4", text: "Kyrgyz troops in the CSTO contingent guarded a power plant in Almaty and took no part in fighting.", language: "en" },
    ],
  },
];
