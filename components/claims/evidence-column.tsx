import { formatDate } from "@/components/ui/format";

type EvidenceItem = {
  id: string;
  passageExact: string;
  note: string | null;
  entry: { id: string; postedAt: string | null; source: { title: string; url: string | null; publishedAt: Date | null; outlet: { name: string } | null } };
};

export function EvidenceColumn({ title, items }: { title: string; items: EvidenceItem[] }) {
  return (
    <div>
      <h3 className="font-semibold">
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-muted">None linked.</p>
      ) : (
        <ul className="mt-2 space-y-4">
          {items.map((item) => (
            <li key={item.id} className="rounded border border-gray-200 p-3">
              <blockquote className="text-sm">“{item.passageExact}”</blockquote>
              <p className="mt-2 text-xs text-muted">
                {item.entry.source.outlet?.name ? `${item.entry.source.outlet.name} · ` : ""}
                {item.entry.source.url ? (
                  <a href={item.entry.source.url} className="underline" rel="nofollow noopener">
                    {item.entry.source.title}
                  </a>
                ) : (
                  item.entry.source.title
                )}
                {" · "}
                {formatDate(item.entry.source.publishedAt)}
                {item.entry.postedAt ? ` ${item.entry.postedAt}` : ""}
              </p>
              {item.note ? <p className="mt-1 text-sm">{item.note}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
