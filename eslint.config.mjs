import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  { ignores: [".next/**", "node_modules/**", "lib/db/generated/**", ".data/**", "tests/.artifacts/**", "next-env.d.ts"] },
  {
    // House rule 4: pages and components read data through lib/<domain>/queries.ts, never Prisma.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/db/generated/**", "@prisma/*", "**/db/client"], message: "Use lib/<domain>/queries.ts or mutations.ts; no Prisma in app/ or components/." },
          ],
        },
      ],
    },
  },
  {
    // Every word a person reads comes from the message catalogs (lib/i18n/messages/*.json), in
    // their language: no text written into a page or component, only names and punctuation.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "react/jsx-no-literals": [
        "error",
        { noStrings: false, ignoreProps: true, allowedStrings: ["Factlog", "RSS", "Atom", "ClaimReview", "UTC", "·", "· #", "—", ") —", "×", "↑", "↓", "→", "…", "(", ")", ":", ",", "=", "#", "/", "+", "“", "”", "%"] },
      ],
    },
  },
];

export default config;
