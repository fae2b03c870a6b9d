// Demo claims. Each names its quote's entry and its evidence by the entry keys in sources.ts.
type Evidence = { entry: string; stance: "SUPPORTS" | "CONTRADICTS" | "CONTEXT"; passage: string; note?: string };
export type DemoClaim = {
  statement: string;
  speaker: string;
  speakerRole?: string;
  entry: string;
  quote: string;
  quoteLanguage: "ky" | "ru" | "en";
  translations: { en?: string; ru?: string; ky?: string };
  attribution: string;
  saidAt: string;
  saidWhere?: string;
  figure?: { value: number; hedge: "EXACT" | "APPROX" | "AT_LEAST" | "AT_MOST"; unit: string; quantity: string; asOf: string };
  tags: string[];
  evidence: Evidence[];
  outcome: "draft" | "review" | { rating: string; summary: string };
};

export const DEMO_ACTORS = [
  { key: "tokayev", name: "Kassym-Jomart Tokayev", aliases: ["Токаев", "Tokayev", "Тоқаев", "Касым-Жомарт Токаев"], title: "President of Kazakhstan" },
  { key: "prosecutor", name: "Prosecutor General's Office of Kazakhstan", aliases: ["Генпрокуратура", "Башкы прокуратура"], title: null, kind: "ORGANISATION" as const },
  { key: "interior", name: "Ministry of Internal Affairs of Kazakhstan", aliases: ["МВД", "Ички иштер министрлиги"], title: null, kind: "ORGANISATION" as const },
  { key: "health", name: "Ministry of Health of Kazakhstan", aliases: ["Минздрав"], title: null, kind: "ORGANISATION" as const },
  { key: "channel", name: "Demo Telegram channel", aliases: ["demo_channel"], title: null, kind: "ORGANISATION" as const },
  { key: "kenesh", name: "Jogorku Kenesh", aliases: ["Жогорку Кеңеш"], title: "Parliament of Kyrgyzstan", kind: "ORGANISATION" as const },
];

export const DEMO_QUANTITIES = [
  { key: "deaths-january-2022", labelEn: "Deaths in the January 2022 events", labelRu: "Погибшие в январских событиях 2022 года", labelKy: "2022-жылдын январь окуяларында каза болгондор", unit: "people" },
  { key: "detained-january-2022", labelEn: "People detained", labelRu: "Задержанные", labelKy: "Кармалгандар", unit: "people" },
  { key: "attackers-almaty-january-2022", labelEn: "Attackers in Almaty", labelRu: "Нападавшие в Алматы", labelKy: "Алматыдагы кол салуучулар", unit: "people" },
  { key: "injured-january-2022", labelEn: "People injured", labelRu: "Пострадавшие", labelKy: "Жаракат алгандар", unit: "people" },
  { key: "injured-police-january-2022", labelEn: "Police officers injured", labelRu: "Пострадавшие полицейские", labelKy: "Жаракат алган милиция кызматкерлери", unit: "people", partOfKey: "injured-january-2022" },
  { key: "injured-civilians-january-2022", labelEn: "Civilians injured", labelRu: "Пострадавшие мирные жители", labelKy: "Жаракат алган тынч тургундар", unit: "people", partOfKey: "injured-january-2022" },
  { key: "lpg-price-january-2022", labelEn: "Price of liquefied gas", labelRu: "Цена сжиженного газа", labelKy: "Суюлтулган газдын баасы", unit: "tenge per litre" },
];

export const DEMO_CLAIMS: DemoClaim[] = [
  {
    statement: "20,000 bandits attacked Almaty",
    speaker: "tokayev", speakerRole: "President of Kazakhstan", entry: "ky-live-1", quote: "Алматыга 20 миң бандит кол салганын", quoteLanguage: "ky",
    translations: { en: "20,000 bandits attacked Almaty", ru: "На Алматы напали 20 тысяч бандитов" },
    attribution: "Televised address, reported by the live blog", saidAt: "2022-01-07T04:00:00Z", saidWhere: "Televised address to the nation",
    figure: { value: 20000, hedge: "EXACT", unit: "people", quantity: "attackers-almaty-january-2022", asOf: "2022-01-07T00:00:00Z" },
    tags: ["Almaty", "Tokayev"],
    evidence: [
      { entry: "en-addr-1", stance: "SUPPORTS", passage: "Almaty had been attacked by 20,000 bandits", note: "The president repeated the figure in the official summary; it shows he said it, not that it is true." },
      { entry: "ru-off-5", stance: "CONTRADICTS", passage: "Численность нападавших в Алматы в материалах следствия не приводится.", note: "The investigation never put a number on the attackers." },
      { entry: "ky-art-2", stance: "CONTRADICTS", passage: "эч бир расмий документте далилденген эмес" },
    ],
    outcome: { rating: "unproven", summary: "The president gave the figure without evidence; the prosecutor's final account of the events gives no count of attackers, and no document has supported it since." },
  },
  {
    statement: "238 people died in the January 2022 events",
    speaker: "prosecutor", entry: "ru-off-1", quote: "погибли 238 человек", quoteLanguage: "ru",
    translations: { en: "238 people died", ky: "238 адам каза болгон" },
    attribution: "Official statement of the Prosecutor General's Office", saidAt: "2022-12-20T09:00:00Z",
    figure: { value: 238, hedge: "EXACT", unit: "people", quantity: "deaths-january-2022", asOf: "2022-12-20T00:00:00Z" },
    tags: ["death toll"],
    evidence: [
      { entry: "ky-art-1", stance: "SUPPORTS", passage: "238 адам каза болгонун тастыктады" },
      { entry: "en-toll-4", stance: "CONTRADICTS", passage: "the real number of deaths may be higher", note: "Rights groups dispute completeness, not the counted deaths." },
    ],
    outcome: { rating: "mostly-true", summary: "The figure is the official final count and matches later reporting, but rights groups say deaths in custody may be missing from it." },
  },
  {
    statement: "The health ministry reported 164 deaths on 9 January",
    speaker: "health", entry: "en-toll-1", quote: "164 people had been killed", quoteLanguage: "en",
    translations: { ru: "Погибли 164 человека" },
    attribution: "Quoted by state television, reported by the wire", saidAt: "2022-01-09T10:00:00Z",
    figure: { value: 164, hedge: "EXACT", unit: "people", quantity: "deaths-january-2022", asOf: "2022-01-09T00:00:00Z" },
    tags: ["death toll"],
    evidence: [
      { entry: "en-toll-2", stance: "CONTRADICTS", passage: "officials withdrew the figure of 164, calling it a technical error" },
      { entry: "en-toll-3", stance: "CONTEXT", passage: "225 bodies had been delivered to morgues" },
      { entry: "ky-art-1", stance: "SUPPORTS", passage: "238 адам каза болгонун", note: "The final toll is higher than 164, so 164 was not an overstatement." },
    ],
    outcome: { rating: "misleading", summary: "The figure was broadcast and then withdrawn as an error; the later official counts of 225 and 238 were higher, so it understated the toll at the time." },
  },
  {
    statement: "7,939 people were detained by 10 January",
    speaker: "interior", entry: "en-toll-5", quote: "7,939 people had been detained across the country by 10 January", quoteLanguage: "en",
    translations: { ru: "К 10 января задержаны 7939 человек" },
    attribution: "Interior ministry statement, reported by the wire", saidAt: "2022-01-10T08:00:00Z",
    figure: { value: 7939, hedge: "EXACT", unit: "people", quantity: "detained-january-2022", asOf: "2022-01-10T00:00:00Z" },
    tags: ["detentions"],
    evidence: [
      { entry: "en-det-1", stance: "SUPPORTS", passage: "Nearly 10,000 people have now been detained", note: "The count kept rising the next day." },
      { entry: "ky-live-3", stance: "CONTEXT", passage: "3706 адам кармалды" },
      { entry: "ky-art-3", stance: "CONTRADICTS", passage: "кармалгандардын саны 10 миңден ашканын", note: "Later counts by rights groups are higher; the figure changed over time." },
    ],
    outcome: { rating: "true", summary: "The ministry gave this figure on 10 January; it was an accurate snapshot of a count that kept growing." },
  },
  {
    statement: "Police in Zhanaozen went over to the protesters",
    speaker: "channel", entry: "tg-1", quote: "Полиция в Жанаозене перешла на сторону протестующих", quoteLanguage: "ru",
    translations: { en: "Police in Zhanaozen went over to the protesters' side" },
    attribution: "Telegram post", saidAt: "2022-01-04T14:00:00Z",
    tags: ["Zhanaozen", "police"],
    evidence: [
      { entry: "tg-3", stance: "SUPPORTS", passage: "полицейские снимают шлемы перед толпой" },
      { entry: "en-brief-2", stance: "CONTRADICTS", passage: "no unit went over to the protesters" },
    ],
    outcome: { rating: "unproven", summary: "A video shows officers removing helmets, which does not show a unit changing sides; the ministry denies it and no independent report confirms it." },
  },
  {
    statement: "The protesters were terrorists trained abroad",
    speaker: "tokayev", speakerRole: "President of Kazakhstan", entry: "en-addr-3", quote: "terrorists trained abroad", quoteLanguage: "en",
    translations: { ru: "Протестующие — террористы, прошедшие подготовку за рубежом" },
    attribution: "Address to the nation, official English summary", saidAt: "2022-01-07T04:00:00Z",
    tags: ["Tokayev", "terrorism"],
    evidence: [
      { entry: "ru-live-3", stance: "SUPPORTS", passage: "террористическими бандами, прошедшими подготовку за рубежом", note: "Shows the claim was repeated, not that it was proven." },
      { entry: "ru-off-2", stance: "CONTRADICTS", passage: "Расследование не подтвердило участие иностранных боевиков" },
    ],
    outcome: { rating: "mostly-false", summary: "The prosecutor's own investigation found no foreign fighters in the attacks on government buildings." },
  },
  {
    statement: "Liquefied gas price doubled at the start of 2022",
    speaker: "channel", entry: "ru-live-5", quote: "выросла примерно вдвое, до 120 тенге за литр", quoteLanguage: "ru",
    translations: { en: "rose roughly twofold, to 120 tenge per litre" },
    attribution: "Live blog", saidAt: "2022-01-05T23:55:00Z",
    figure: { value: 120, hedge: "EXACT", unit: "tenge per litre", quantity: "lpg-price-january-2022", asOf: "2022-01-01T00:00:00Z" },
    tags: ["prices"],
    evidence: [
      { entry: "ky-art-5", stance: "SUPPORTS", passage: "эки эсеге жакын кымбаттаган" },
      { entry: "tg-4", stance: "CONTRADICTS", passage: "снизить цену на газ до 50 тенге", note: "A later promise, not the price at the start of the year." },
    ],
    outcome: { rating: "true", summary: "Several sources agree the price of liquefied gas roughly doubled on 1 January 2022, which set off the protests." },
  },
  {
    statement: "Security forces were ordered to fire without warning",
    speaker: "tokayev", speakerRole: "President of Kazakhstan", entry: "en-addr-2", quote: "ordered security forces to open fire without warning", quoteLanguage: "en",
    translations: { ky: "коопсуздук күчтөрүнө эскертүүсүз ок атууга буйрук берген" },
    attribution: "Address to the nation", saidAt: "2022-01-07T04:00:00Z",
    tags: ["Tokayev", "use of force"],
    evidence: [
      { entry: "ky-live-2", stance: "SUPPORTS", passage: "эскертүүсүз ок атууга буйрук бергенин" },
      { entry: "en-addr-4", stance: "CONTEXT", passage: "He rejected calls for talks with the protesters" },
      { entry: "ru-off-4", stance: "CONTRADICTS", passage: "Зарегистрировано шесть случаев смерти задержанных", note: "Not about the order itself; kept as context for the use of force." },
    ],
    outcome: { rating: "true", summary: "The president said so himself in a televised address, and the live blog and the official summary record it." },
  },
  {
    statement: "Kyrgyz troops took no part in the fighting",
    speaker: "kenesh", entry: "ky-live-4", quote: "согуштук аракеттерге катышпай", quoteLanguage: "ky",
    translations: { en: "will not take part in combat", ru: "не будут участвовать в боевых действиях" },
    attribution: "Parliament's decision, reported by the live blog", saidAt: "2022-01-07T09:00:00Z",
    tags: ["CSTO", "Kyrgyzstan"],
    evidence: [
      { entry: "en-det-4", stance: "SUPPORTS", passage: "guarded a power plant in Almaty and took no part in fighting" },
      { entry: "ky-art-4", stance: "SUPPORTS", passage: "жылуулук станциясын кайтарып" },
      { entry: "en-brief-5", stance: "CONTRADICTS", passage: "guards strategic sites", note: "Guarding sites is not combat, but the contingent was armed." },
    ],
    outcome: "review",
  },
  {
    statement: "Internet access was cut across Kazakhstan",
    speaker: "channel", entry: "ru-live-4", quote: "связь пропала почти по всему Казахстану", quoteLanguage: "ru",
    translations: { en: "connectivity was lost across almost all of Kazakhstan" },
    attribution: "Live blog citing NetBlocks", saidAt: "2022-01-05T23:10:00Z",
    tags: ["internet"],
    evidence: [
      { entry: "ky-live-5", stance: "SUPPORTS", passage: "интернет байланышы дагы эле өчүк" },
      { entry: "en-brief-4", stance: "CONTRADICTS", passage: "Internet access is being restored in Almaty in stages", note: "Restoration had begun by 8 January." },
    ],
    outcome: "review",
  },
  {
    statement: "At least 10,000 people gathered in Zhanaozen",
    speaker: "channel", entry: "tg-2", quote: "собралось не менее 10 тысяч человек", quoteLanguage: "ru",
    translations: { en: "at least 10,000 people gathered" },
    attribution: "Telegram post", saidAt: "2022-01-04T14:00:00Z",
    tags: ["Zhanaozen", "crowd size"],
    evidence: [
      { entry: "tg-5", stance: "SUPPORTS", passage: "Поддерживаем протестующих!", note: "Same channel; no independent count." },
      { entry: "en-brief-2", stance: "CONTRADICTS", passage: "Police in Zhanaozen stayed at their posts throughout" },
    ],
    outcome: "draft",
  },
  {
    statement: "190 people were injured by 5 January",
    speaker: "interior", entry: "ru-live-2", quote: "ранения получили 190 человек: 137 полицейских и 53 мирных жителя", quoteLanguage: "ru",
    translations: { en: "190 people were injured: 137 police officers and 53 civilians" },
    attribution: "Ministry figures, reported by the live blog", saidAt: "2022-01-05T12:30:00Z",
    figure: { value: 190, hedge: "EXACT", unit: "people", quantity: "injured-january-2022", asOf: "2022-01-05T00:00:00Z" },
    tags: ["injuries"],
    evidence: [
      { entry: "ky-live-6", stance: "SUPPORTS", passage: "190 адам жаракат алды" },
      { entry: "en-brief-3", stance: "CONTEXT", passage: "more than 18 officers died in the clashes" },
      { entry: "en-toll-3", stance: "CONTRADICTS", passage: "including 19 members of the security forces", note: "Later figures concern deaths, not injuries; shown to compare the scale." },
    ],
    outcome: "draft",
  },
  {
    statement: "26 armed criminals were killed in the clashes",
    speaker: "interior", entry: "en-brief-3", quote: "26 armed criminals were killed", quoteLanguage: "en",
    translations: { ru: "Ликвидированы 26 вооружённых преступников" },
    attribution: "Interior ministry briefing", saidAt: "2022-01-08T12:00:00Z",
    figure: { value: 26, hedge: "EXACT", unit: "people", quantity: "deaths-january-2022", asOf: "2022-01-08T00:00:00Z" },
    tags: ["death toll"],
    evidence: [
      { entry: "en-toll-3", stance: "CONTRADICTS", passage: "225 bodies had been delivered to morgues" },
      { entry: "en-toll-1", stance: "CONTRADICTS", passage: "164 people had been killed" },
      { entry: "ky-art-1", stance: "SUPPORTS", passage: "каза болгонун тастыктады", note: "Confirms there were deaths, not the number." },
    ],
    outcome: { rating: "misleading", summary: "It counted only people the ministry called criminals on one day; every later toll was many times larger and included bystanders." },
  },
];
