import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language";

describe("detectLanguage", () => {
  it.each([
    ["Казакстандын укук коргоо органдары 3706 адамды кармады.", "ky"],
    ["Учурда Костанайдагы абал", "ky"],
    ["Павлодарда да митинг кызуу жүрүп жатат", "ky"],
    ["Ал арада борбор калаада өзгөчө кырдаал режими киргизилди.", "ky"],
    ["В столице Казахстана введен режим чрезвычайного положения и комендантский час.", "ru"],
    ["Выражаем протестующим свою солидарность!", "ru"],
    ["Алматы қаласында төтенше жағдай енгізілді және адамдар көшеге шықты.", "kk"],
    ["The interior ministry said nearly 10,000 people had been detained.", "en"],
    ["12:30", "und"],
  ])("%s → %s", (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("tells Kyrgyz from Kazakh by the letters only Kazakh uses", () => {
    expect(detectLanguage("Өкмөт отставкага кетти, президент жаңы өкмөттү дайындады.")).toBe("ky");
    expect(detectLanguage("Үкімет отставкаға кетті, президент жаңа үкіметті тағайындады.")).toBe("kk");
  });

  it("calls a passage mixed when two languages each carry a good share of it", () => {
    expect(
      detectLanguage("Президент заявил, что все требования будут выполнены и что порядок восстановлен. The president said all demands would be met and that order was restored in the city."),
    ).toBe("mixed");
  });
});
