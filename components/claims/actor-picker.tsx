"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { createActorAction, findActorsAction } from "@/lib/actors/actions";
import type { ActorOption } from "@/lib/actors/queries";
import { inputClass, secondaryButtonClass } from "../ui/field";

/**
 * Choose the speaker by any spelling ("Tokayev" finds "Токаев" and "Тоқаев"), or add a new
 * one inline with its other spellings.
 */
export function ActorPicker({ id, value, name, onChange, error }: { id: string; value: string | null; name: string; onChange: (id: string | null, name: string) => void; error?: string }) {
  const t = useTranslations("desk.actorPicker");
  const [query, setQuery] = useState(name);
  const [options, setOptions] = useState<ActorOption[]>([]);
  const [open, setOpen] = useState(false);
  const [aliases, setAliases] = useState("");
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (!open) return;
    const timer = setTimeout(async () => {
      const result = await findActorsAction(query);
      if (result.ok) setOptions(result.data);
    }, 150);
    return () => clearTimeout(timer);
  }, [query, open]);

  async function addActor() {
    setMessage(null);
    const result = await createActorAction({ name: query, aliases: aliases.split(",").map((alias) => alias.trim()).filter(Boolean) });
    if (!result.ok) return setMessage(result.message);
    onChange(result.data.id, result.data.name);
    setOpen(false);
  }

  return (
    <div>
      <input
        id={id}
        className={inputClass}
        value={query}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-options`}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error`}
        autoComplete="off"
        placeholder={t("placeholder")}
        onFocus={() => setOpen(true)}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          if (value) onChange(null, "");
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape") setOpen(false);
        }}
      />
      {value ? <p className="mt-1 text-xs text-muted" data-testid="speaker-chosen">{t("chosen", { name })}</p> : null}
      {open ? (
        <div className="mt-1 rounded border border-gray-300 bg-white p-2">
          <ul id={`${id}-options`} role="listbox" aria-label={t("matching")} className="space-y-1">
            {options.map((option) => (
              <li key={option.id} role="option" aria-selected={option.id === value}>
                <button
                  type="button"
                  className="w-full rounded px-2 py-1 text-left text-sm hover:bg-gray-100 focus:bg-gray-100"
                  onClick={() => {
                    onChange(option.id, option.name);
                    setQuery(option.name);
                    setOpen(false);
                  }}
                >
                  <span className="font-semibold">{option.name}</span>
                  {option.aliases.length ? <span className="text-muted"> · {option.aliases.join(", ")}</span> : null}
                  {option.title ? <span className="block text-xs text-muted">{option.title}</span> : null}
                </button>
              </li>
            ))}
            {options.length === 0 ? <li className="px-2 text-sm text-muted">{t("noMatch", { query })}</li> : null}
          </ul>
          {query.trim() ? (
            <div className="mt-2 border-t pt-2">
              <label htmlFor={`${id}-aliases`} className="block text-xs font-semibold">
                {t("aliases", { query })}
              </label>
              <input id={`${id}-aliases`} className={inputClass} value={aliases} onChange={(event) => setAliases(event.target.value)} />
              <button type="button" className={`${secondaryButtonClass} mt-2`} onClick={addActor}>
                {t("addNew", { query })}
              </button>
              {message ? <p role="alert" className="mt-1 text-sm text-red-700">{message}</p> : null}
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
