/**
 * Kyrgyz case endings on a number written in digits ("10 000ге жакын", "3000ден ашык"): the
 * ending follows the last word the number is read with (vowel harmony and the final sound), so
 * 10 000 ("он миң") takes "ге", 300 ("үч жүз") "гө", 238 ("... сегиз") "ге", 225 ("... беш") "ке".
 */
export type KyrgyzCase = "dative" | "ablative";

// The last spoken word of a number by its last non-zero part, with its dative and ablative endings.
const ONES = ["", "ге", "ге", "кө", "кө", "ке", "га", "ге", "ге", "га"]; // бир, эки, үч, төрт, беш, алты, жети, сегиз, тогуз
const ONES_ABLATIVE = ["", "ден", "ден", "төн", "төн", "тен", "дан", "ден", "ден", "дан"];
const TENS = ["", "го", "га", "га", "ка", "гө", "ка", "ке", "ге", "го"]; // он, жыйырма, отуз, кырк, элүү, алтымыш, жетимиш, сексен, токсон
const TENS_ABLATIVE = ["", "дон", "дан", "дан", "тан", "дөн", "тан", "тен", "ден", "дон"];
const SCALES: [number, string, string][] = [
  [1e9, "га", "дан"], // миллиард
  [1e6, "го", "дон"], // миллион
  [1e3, "ге", "ден"], // миң
  [100, "гө", "дөн"], // жүз
];

/** The ending for `value` in the case: "ге" for 238, "го" for 10, "ден" for 3000; "ге" for a fraction (the last digit decides). */
export function kyrgyzEnding(value: number, grammaticalCase: KyrgyzCase): string {
  const dative = grammaticalCase === "dative";
  const digits = Math.abs(value).toString().replace(/\.\d*?(\d)$/, "$1");
  const whole = Number.isInteger(value) ? Math.abs(value) : Number(digits.slice(-1));
  if (whole === 0) return dative ? "гө" : "дөн"; // нөл
  const ones = whole % 10;
  if (ones) return dative ? ONES[ones] : ONES_ABLATIVE[ones];
  const tens = Math.floor(whole / 10) % 10;
  if (tens) return dative ? TENS[tens] : TENS_ABLATIVE[tens];
  for (const [scale, dat, abl] of SCALES) if (whole % scale === 0 && whole >= scale) return dative ? dat : abl;
  return dative ? "гө" : "дөн";
}
