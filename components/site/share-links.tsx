import { getMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";

/** Share links that work without JavaScript: each service's own share address, and the plain link. */
export function ShareLinks({ locale, url, title }: { locale: Locale; url: string; title: string }) {
  const messages = getMessages(locale);
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const services = [
    { name: "Telegram", href: `https://t.me/share/url?url=${u}&text=${t}` },
    { name: "WhatsApp", href: `https://wa.me/?text=${t}%20${u}` },
    { name: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "X", href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: "Email", href: `mailto:?subject=${t}&body=${u}` },
  ];
  return (
    <section aria-labelledby="share" className="mt-8">
      <h2 id="share" className="text-sm font-semibold uppercase tracking-wide text-muted">
        {messages("share")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-4 text-sm">
        {services.map((service) => (
          <li key={service.name}>
            <a href={service.href} className="text-accent underline" rel="noopener noreferrer" target="_blank">
              {service.name}
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        <span className="text-muted">{messages("shareCopy")}: </span>
        <a href={url} className="break-all text-accent underline" data-testid="canonical-link">
          {url}
        </a>
      </p>
    </section>
  );
}
