/** A labelled form field with its error beside it, announced to screen readers. */
export function Field({ id, label, hint, error, children, className }: { id: string; label: string; hint?: string; error?: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={className ?? "mt-3"}>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      <div className="mt-1">{children}</div>
      <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm text-red-700" data-testid={`error-${id}`}>
        {error ?? ""}
      </p>
    </div>
  );
}

export const inputClass = "w-full rounded border border-gray-400 bg-white px-2 py-1.5 text-sm";
export const buttonClass = "rounded bg-accent px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-50";
export const secondaryButtonClass = "rounded border border-gray-400 bg-white px-3 py-1.5 text-sm font-semibold disabled:opacity-50";

/** Field error props for an input: aria-invalid and the ids that describe it. */
export function describedBy(id: string, error: string | undefined, hint = false) {
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ") };
}
