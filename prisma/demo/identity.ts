import { DEFAULT_IDENTITY } from "../../lib/identity/defaults";
import type { SiteIdentityInput } from "../../lib/identity/schema";

// The demo newsroom's identity, as its admin would set it in the desk (Site identity): the
// story belongs here, never in the code.
export const DEMO_IDENTITY: SiteIdentityInput = {
  en: {
    name: "Factlog",
    tagline: "Claims about the January 2022 events in Kazakhstan, checked against the sources.",
    description: "Claims made during the January 2022 events in Kazakhstan, checked against the record.",
    howWeCheck: DEFAULT_IDENTITY.en.howWeCheck,
  },
  ru: {
    name: "Factlog",
    tagline: "Заявления о январских событиях 2022 года в Казахстане, проверенные по источникам.",
    description: "Заявления, сделанные во время январских событий 2022 года в Казахстане, сверенные с фактами.",
    howWeCheck: DEFAULT_IDENTITY.ru.howWeCheck,
  },
  ky: {
    name: "Factlog",
    tagline: "Казакстандагы 2022-жылдын январь окуялары тууралуу айтылгандар, булактар менен текшерилген.",
    description: "Казакстандагы 2022-жылдын январь окуяларында айтылгандар, фактылар менен салыштырылган.",
    howWeCheck: DEFAULT_IDENTITY.ky.howWeCheck,
  },
  ratings: {
    false: { en: "The sources we found contradict it.", ru: "Найденные нами источники его опровергают.", ky: "Биз тапкан булактар аны төгүндөйт." },
    true: { en: "The sources we found confirm it.", ru: "Найденные нами источники его подтверждают.", ky: "Биз тапкан булактар аны ырастайт." },
  },
  contactEmail: "desk@factlog.example",
};
