"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/**
 * Single-key shortcuts for the desk's main loop: a key clicks the first element marked
 * data-shortcut="<key>" (a link or a button), unless the person is typing in a field.
 */
export function KeyboardShortcuts({ help }: { help: [string, string][] }) {
  const t = useTranslations("desk.shell");
  const [open, setOpen] = useState(false);
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
      if (event.key === "?") return setOpen((value) => !value);
      const element = document.querySelector<HTMLElement>(`[data-shortcut="${CSS.escape(event.key)}"]`);
      if (!element || (element as HTMLButtonElement).disabled) return;
      event.preventDefault();
      element.click();
    }
    window.addEventListener("keydown", onKey);
    // Lets a test (or a script) know the keys work now.
    document.documentElement.dataset.shortcuts = "ready";
    return () => {
      window.removeEventListener("keydown", onKey);
      delete document.documentElement.dataset.shortcuts;
    };
  }, []);
  return (
    <div className="text-xs text-muted">
      <button type="button" className="underline" onClick={() => setOpen(!open)} aria-expanded={open}>
        {t("shortcuts")}
      </button>
      {open ? (
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3">
          {help.map(([key, label]) => (
            <div key={key} className="contents">
              <dt>
                <kbd className="rounded border px-1">{key}</kbd>
              </dt>
              <dd>{label}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
