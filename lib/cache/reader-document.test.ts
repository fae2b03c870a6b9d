import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const { documentOnly, isReaderPage } = createRequire(import.meta.url)("./reader-document.cjs") as {
  documentOnly: (html: string) => string;
  isReaderPage: (html: string) => boolean;
};

const page = [
  `<!DOCTYPE html><html lang="ky" data-document=""><head><meta charSet="utf-8"/>`,
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>`,
  `<link rel="modulepreload" href="/_next/static/chunks/m.js">`,
  `<link rel="preload" href="/fonts/noto.woff2" as="font" type="font/woff2" crossorigin=""/>`,
  `<link rel="canonical" href="https://factlog.example.org/ky/claims/x"/>`,
  `<style>main{color:#111}</style>`,
  `<script src="/_next/static/chunks/b.js" async=""></script>`,
  `<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>`,
  `<body><main><p>Script in text: &lt;script&gt;alert(1)&lt;/script&gt;</p>`,
  `<script type="application/ld+json">{"@type":"ClaimReview","name":"a </p> b"}</script>`,
  `<script>self.__next_f.push([1,"<\\/script> in the payload"])</script>`,
  `<SCRIPT id="_R_">document.write("x")</SCRIPT >`,
  `</main></body></html>`,
].join("");

describe("documentOnly", () => {
  const result = documentOnly(page);

  it("takes out every script a browser would run and the preloads of scripts", () => {
    expect(result).not.toMatch(/<script(?![^>]*application\/ld\+json)/i);
    expect(result).not.toContain("__next_f");
    expect(result).not.toContain("document.write");
    expect(result).not.toContain("/_next/static/chunks/");
  });

  it("keeps structured data, styles, other links and the text, escaped as it was", () => {
    expect(result).toContain(`<script type="application/ld+json">{"@type":"ClaimReview","name":"a </p> b"}</script>`);
    expect(result).toContain(`<style>main{color:#111}</style>`);
    expect(result).toContain(`as="font"`);
    expect(result).toContain(`rel="canonical"`);
    expect(result).toContain(`&lt;script&gt;alert(1)&lt;/script&gt;`);
    expect(result.startsWith(`<!DOCTYPE html><html lang="ky" data-document="">`)).toBe(true);
    expect(result.endsWith(`</main></body></html>`)).toBe(true);
  });

  it("leaves a page without scripts unchanged", () => {
    expect(documentOnly(result)).toBe(result);
  });
});

describe("isReaderPage", () => {
  it("is true only for pages whose root element is marked", () => {
    expect(isReaderPage(page)).toBe(true);
    expect(isReaderPage(`<!DOCTYPE html><html lang="en"><body data-document="">x</body></html>`)).toBe(false);
    expect(isReaderPage(`<html lang="en" data-documents="1">`)).toBe(false);
    expect(isReaderPage("")).toBe(false);
  });
});
