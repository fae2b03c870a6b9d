import { chromium, type Browser, type Page } from "playwright-core";
import { inject } from "vitest";
import { CHROMIUM_ARGS } from "./chromium";

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject("chromiumPath"), args: CHROMIUM_ARGS });
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${inject("baseUrl")}/signin`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Selects `words` inside an element the way a person drags over them (across figure marks). */
export async function selectWords(page: Page, selector: string, words: string) {
  await page.evaluate(
    ({ selector, words }) => {
      const element = document.querySelector(selector)!;
      const full = element.textContent ?? "";
      const start = full.indexOf(words);
      if (start < 0) throw new Error(`"${words}" is not in ${selector}`);
      const end = start + words.length;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let offset = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (offset <= start && start < offset + length) range.setStart(node, start - offset);
        if (offset < end && end <= offset + length) range.setEnd(node, end - offset);
        offset += length;
      }
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { selector, words },
  );
}
