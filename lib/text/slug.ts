// Cyrillic (Russian, Kyrgyz, Kazakh) to Latin, for readable URLs.
const TRANSLIT: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh",
  щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", ң: "ng", ө: "o", ү: "u", қ: "q", ғ: "gh", ұ: "u",
  һ: "h", і: "i", ә: "a",
};

export function slugify(text: string, maxLength = 60): string {
  const latin = Array.from(text.toLowerCase().normalize("NFC"))
    .map((char) => TRANSLIT[char] ?? char)
    .join("")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  const slug = latin.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  const cut = slug.slice(0, maxLength).replace(/-+[^-]*$/, "");
  return (slug.length > maxLength ? cut || slug.slice(0, maxLength) : slug) || "item";
}
